"""The reconstructor against the gold of the seeds and the full dev reports."""

import json

import pytest
from conftest import CORPUS, GOLD

from extract import extract_path
from extract.evaluate import Evaluation, score_report
from extract.split import load_split

SPLIT = load_split(GOLD.parent / "split.tsv")
TABLE_REPORTS = sorted(
    rel for rel, part in SPLIT.items() if part == "dev" and (rel.startswith("seeds/") or rel.startswith("real/full_"))
)


@pytest.mark.parametrize("rel", TABLE_REPORTS)
def test_table_fields_match_gold_exactly(rel):
    gold = json.loads((GOLD / rel).read_text(encoding="utf-8"))
    report = extract_path(CORPUS / gold["file"])
    ev = Evaluation()
    score_report(gold, report, "any", ev)
    table = ev.groups["table"]
    misses = [m for m in ev.misses if "\tt" in m or ("legacy." in m and "prose" not in m)]
    assert (table.fp, table.fn) == (0, 0), misses


def test_every_gold_span_slices_its_source():
    for rel in SPLIT:
        gold = json.loads((GOLD / rel).read_text(encoding="utf-8"))
        source = (CORPUS / gold["file"]).read_text(encoding="utf-8")
        for kind in ("problems", "improvements"):
            for item in gold[kind]:
                assert source[item["span"][0] : item["span"][1]] == item["text"], (rel, item["text"])


def test_split_is_fixed_and_covers_every_gold_file():
    files = {p.relative_to(GOLD).as_posix() for p in GOLD.rglob("*.json")}
    assert files == set(SPLIT)
    assert sum(v == "test" for v in SPLIT.values()) >= 25
