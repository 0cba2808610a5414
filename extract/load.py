"""Input bytes to a decoded source string: encoding detection, type and sanity checks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from . import errors
from .documents import Box, read_docx, read_pdf, sniff

SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".doc")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_HTML_SNIFF = re.compile(r"<\s*(html|body|p|div|table|span|br|head|meta)\b", re.I)


@dataclass(frozen=True)
class Source:
    """A decoded input: `text` is what every span in the output indexes."""

    name: str
    text: str
    is_html: bool
    encoding: str  # a text encoding, or "pdf" / "docx" for text read from a document
    boxes: tuple[Box | None, ...] | None = None  # PDF: page and box of each character of `text`
    notes: tuple[str, ...] = ()  # warnings from reading (pages without a text layer ...)


def _decode(name: str, data: bytes, declared: str | None) -> tuple[str, str]:
    candidates = [declared] if declared else []
    candidates += ["utf-8-sig", "utf-8"]
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding.replace("-sig", "")
        except (LookupError, UnicodeDecodeError):
            continue
    best = from_bytes(data[:200_000], cp_isolation=["gb18030", "big5", "utf_16", "cp1252"]).best()
    if best is None or best.encoding not in ("gb18030", "big5", "utf_16"):
        raise errors.unknown_encoding(name)
    try:
        text = data.decode(best.encoding)
    except UnicodeDecodeError as exc:
        raise errors.unknown_encoding(name) from exc
    return text, best.encoding


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"\xff\xd8")):
        return True
    control = sum(1 for b in head if b < 0x20 and b not in (0x09, 0x0A, 0x0C, 0x0D, 0x1B))
    return control > len(head) // 100


def decode_bytes(
    name: str, data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES, ocr: bool = False, pdf_seconds: float | None = None
) -> Source:
    """Decode one input's bytes; raise a coded error for empty, binary, huge or undecodable input.

    PDF and Word files are recognised by their bytes or their suffix and read with their layout
    (`extract.documents`); `ocr` reads PDF pages without a text layer by OCR; `pdf_seconds` caps
    the time a PDF may take (the documents module's default otherwise).
    """
    suffix = Path(name).suffix.lower()
    if suffix and suffix not in SUFFIXES:
        raise errors.unsupported_type(name, suffix, SUFFIXES)
    if len(data) > max_bytes:
        raise errors.too_large(name, len(data), max_bytes)
    if not data.strip():
        raise errors.empty_input(name)
    kind = sniff(name, data)
    if kind == "pdf":
        return (
            read_pdf(name, data, ocr=ocr) if pdf_seconds is None else read_pdf(name, data, ocr=ocr, seconds=pdf_seconds)
        )
    if kind == "docx":
        return read_docx(name, data)
    if kind == "doc":
        raise errors.word_97(name)
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")) and _looks_binary(data):
        raise errors.binary_input(name)
    match = _META_CHARSET.search(data[:4096])
    declared = match.group(1).decode("ascii").lower() if match else None
    if declared in ("gb2312", "gbk"):
        declared = "gb18030"
    text, encoding = _decode(name, data, declared)
    if "\x00" in text or sum(ch < " " and ch not in "\t\r\n\f" for ch in text[:20000]) > 50:
        raise errors.binary_input(name)
    is_html = suffix in (".html", ".htm") or (suffix != ".txt" and bool(_HTML_SNIFF.search(text[:2000])))
    return Source(name=name, text=text, is_html=is_html, encoding=encoding)


def read_path(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, ocr: bool = False) -> Source:
    """Read and decode a file from disk, checking its size before reading it."""
    size = path.stat().st_size
    if size > max_bytes:
        raise errors.too_large(str(path), size, max_bytes)
    return decode_bytes(str(path), path.read_bytes(), max_bytes=max_bytes, ocr=ocr)
