"""The dev/test split of the gold, made once: `python -m extract.split` writes annotations/split.tsv.

Stratified by family and script. Seeds are all dev (the project was built looking at
them), and so are the three full reports the tables issue names as layouts to support
(full_001/002/003): they were read closely while building the reconstructor. Within a
stratum, files are ordered by a hash of their name and every third one goes to test,
so the split does not depend on the order files were annotated in.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from pathlib import Path

from .normalize import _to_simplified

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "annotations" / "gold"
CORPUS = ROOT / "annotations" / "corpus"
SPLIT = ROOT / "annotations" / "split.tsv"
PINNED_DEV = frozenset({"real/full_001.json", "real/full_002.json", "real/full_003.json"})


def _script(text: str) -> str:
    sample = text[:3000]
    changed = sum(a != b for a, b in zip(sample, _to_simplified(sample), strict=False))
    return "traditional" if changed > 20 else "simplified"


def make_split() -> list[tuple[str, str, str]]:
    """Rows (gold path relative to gold/, split, stratum)."""
    strata: dict[str, list[str]] = {}
    rows: list[tuple[str, str, str]] = []
    for path in sorted(GOLD.rglob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        rel = path.relative_to(GOLD).as_posix()
        text = (CORPUS / gold["file"]).read_text(encoding="utf-8")
        stratum = f"{gold['report'].get('family')}/{_script(text)}"
        if rel.startswith("seeds/") or rel in PINNED_DEV:
            rows.append((rel, "dev", stratum))
        else:
            strata.setdefault(stratum, []).append(rel)
    for stratum, members in sorted(strata.items()):
        members.sort(key=lambda r: hashlib.sha256(r.encode()).hexdigest())
        for i, rel in enumerate(members):
            rows.append((rel, "test" if i % 3 == 1 else "dev", stratum))
    return sorted(rows)


def load_split(path: Path = SPLIT) -> dict[str, str]:
    """Gold path (relative to gold/) → 'dev' or 'test'."""
    with path.open(encoding="utf-8") as handle:
        return {row["gold"]: row["split"] for row in csv.DictReader(handle, delimiter="\t")}


def main() -> None:
    if SPLIT.exists() and "--force" not in sys.argv:
        sys.exit(f"{SPLIT} exists; the split is made once (pass --force to remake it on purpose)")
    with SPLIT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["gold", "split", "stratum"])
        writer.writerows(make_split())


if __name__ == "__main__":
    main()
