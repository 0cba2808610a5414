"""The dev part again, its text sources scrambled the ways scrapers scramble them (one character
for one, so gold spans still hold): flattened to one line, traditional characters, full-width
digits. Prints the evaluation per scramble next to the unscrambled one. Dev only: the test part
is for reporting, not for finding what to fix.

    python benchmarks/prose_robustness.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.evaluate import evaluate  # noqa: E402
from extract.load import Source, read_path  # noqa: E402
from extract.pipeline import extract_source  # noqa: E402

_S2T = opencc.OpenCC("s2t")


def traditional(text: str) -> str:
    out = _S2T.convert(text)
    return out if len(out) == len(text) else "".join(c if len(c := _S2T.convert(ch)) == 1 else ch for ch in text)


SCRAMBLES = {
    "none": lambda text: text,
    "one line": lambda text: text.replace("\n", " "),
    "traditional": traditional,
    "full-width digits": lambda text: text.translate({ord(d): chr(ord(d) + 0xFEE0) for d in "0123456789"}),
}


def main() -> None:
    gold, corpus = ROOT / "annotations" / "gold", ROOT / "annotations" / "corpus"
    print(
        f"{'scramble':18s} {'table':>6s} {'headline':>8s} {'null P':>6s} {'problems':>8s} {'improv.':>8s} {'body':>6s}"
    )
    for name, scramble in SCRAMBLES.items():

        def extract(path: Path, scramble=scramble):
            source = read_path(path)
            if source.is_html:  # markup is not scrambled; its text view is
                return extract_source(source)
            return extract_source(Source(source.name, scramble(source.text), False, source.encoding))

        ev = evaluate(gold, corpus, extract, split="dev", split_file=gold.parent / "split.tsv")
        groups = ev.groups
        print(
            f"{name:18s} {groups['table'].f1:6.3f} {groups['headline'].f1:8.3f} {ev.null_precision():6.3f} "
            f"{ev.statements['problems'].f1:8.3f} {ev.statements['improvements'].f1:8.3f} "
            f"{ev.meta_accuracy('body'):6.3f}"
        )


if __name__ == "__main__":
    main()
