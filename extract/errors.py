"""User-facing errors and warnings, each with a code and a hint on how to fix it."""

from __future__ import annotations


class ZfxxgkError(Exception):
    """An error a user can act on. `str(error)` is one line: `[E0xx] message`."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"[{code}] {message}")
        self.code = code
        self.message = message


def empty_input(name: str) -> ZfxxgkError:
    return ZfxxgkError("E101", f"{name}: the file is empty; nothing to extract")


def binary_input(name: str) -> ZfxxgkError:
    return ZfxxgkError("E102", f"{name}: the file looks binary (not text or HTML); convert it to text first")


def too_large(name: str, size: int, limit: int) -> ZfxxgkError:
    return ZfxxgkError(
        "E103", f"{name}: {size:,} bytes is over the {limit:,}-byte limit; split the file or raise --max-bytes"
    )


def unknown_encoding(name: str) -> ZfxxgkError:
    return ZfxxgkError(
        "E104", f"{name}: cannot tell the text encoding (tried UTF-8, GB18030, Big5); re-save it as UTF-8"
    )


def not_a_report(name: str) -> ZfxxgkError:
    return ZfxxgkError(
        "E105",
        f"{name}: no government information-disclosure annual report found in this file "
        "(no report title, section heading or statistics table)",
    )


def unsupported_type(name: str, suffix: str, allowed: tuple[str, ...]) -> ZfxxgkError:
    return ZfxxgkError("E106", f"{name}: unsupported file type {suffix!r}; allowed: {', '.join(allowed)}")


def bad_choice(what: str, value: str, allowed: tuple[str, ...]) -> ZfxxgkError:
    return ZfxxgkError("E107", f"unknown {what} {value!r}; choose one of: {', '.join(allowed)}")


def bad_document(name: str, kind: str, detail: str) -> ZfxxgkError:
    return ZfxxgkError("E120", f"{name}: cannot read this {kind} file ({detail}); it may be truncated or damaged")


def encrypted_document(name: str) -> ZfxxgkError:
    return ZfxxgkError("E121", f"{name}: the PDF is encrypted with a password; save an unprotected copy first")


def too_many_pages(name: str, pages: int, limit: int) -> ZfxxgkError:
    return ZfxxgkError(
        "E122", f"{name}: {pages:,} pages is over the {limit:,}-page limit; an annual report is far shorter"
    )


def too_slow(name: str, seconds: float, done: int, pages: int) -> ZfxxgkError:
    where = f" with {done} of {pages} pages read" if done >= 0 else " inside one page"
    return ZfxxgkError("E123", f"{name}: stopped after {seconds:.0f} s{where}; the file may be malformed")


def no_text_layer(name: str, pages: int) -> ZfxxgkError:
    return ZfxxgkError(
        "E124",
        f"{name}: none of its {pages} pages has a text layer (a scanned or image PDF, 图片版); "
        "rerun with --ocr (pip install 'zfxxgk[ocr]')",
    )


def missing_extra(what: str, extra: str) -> ZfxxgkError:
    return ZfxxgkError("E109", f"{what} needs optional packages: pip install 'zfxxgk[{extra}]'")


def word_97(name: str) -> ZfxxgkError:
    return ZfxxgkError(
        "E125",
        f"{name}: Word 97-2003 (.doc) files are not supported; convert it first: "
        "libreoffice --headless --convert-to docx FILE",
    )


def no_split_file(gold_dir: str, split: str) -> ZfxxgkError:
    return ZfxxgkError(
        "E126",
        f"{gold_dir}: no split.tsv beside this gold folder or above it, so the {split} part is unknown "
        "(a copied folder would mix test reports into dev); use --split all, or evaluate under annotations/",
    )


def no_second_annotation(folder: str) -> ZfxxgkError:
    """A second annotation folder that holds no annotation JSON."""
    return ZfxxgkError("E127", f"{folder}: no annotation JSON files to compare with the gold")


def bad_reader(path: str, detail: str) -> ZfxxgkError:
    return ZfxxgkError("E128", f"{path}: reader file cannot be used ({detail}); retrain it with `zfxxgk train-reader`")
