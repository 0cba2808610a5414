"""The reconstructor against the gold of the seeds and the full dev reports."""

import json

import pytest
from conftest import CORPUS, GOLD

from extract import extract_path
from extract.errors import ZfxxgkError
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


def test_gold_without_table_cells_scores_no_table_fields():
    """A gold file marked tables_annotated=false (the wild set) does not count the extractor's cells as extra."""
    from extract.model import FieldValue, Report

    report = Report(file="x.txt")
    report.fields["t3.new_received.total"] = FieldValue(value=5, span=(0, 1), source="table", confidence=1.0)
    report.fields["headline.applications_received"] = FieldValue(value=5, span=(0, 1), source="table", confidence=1.0)
    gold = {"file": "x.txt", "fields": {"headline.applications_received": 5}, "tables_annotated": False}
    ev = Evaluation()
    score_report(gold, report, "any", ev)
    assert (ev.groups["table"].tp, ev.groups["table"].fp) == (0, 0)
    assert ev.groups["headline"].tp == 1
    gold["tables_annotated"] = True
    ev = Evaluation()
    score_report(gold, report, "any", ev)
    assert ev.groups["table"].fp == 1


def test_body_names_compare_without_scripts_spaces_or_pinyin_glosses():
    from extract.evaluate import same_body

    assert same_body("懷化市統(tǒng)計(jì)局", "怀化市统计局")
    assert same_body("遂溪县建新镇人民政府", "建新镇")
    assert not same_body("怀化市统计局", "怀化市财政局")


def test_a_gold_file_the_split_does_not_list_is_in_neither_part(tmp_path):
    """A fresh batch not yet split must not leak into the dev (or test) figures."""
    from extract.evaluate import evaluate
    from extract.model import Report

    gold, corpus = tmp_path / "gold", tmp_path / "corpus"
    for name in ("listed", "fresh"):
        (gold / name).mkdir(parents=True)
        (corpus / name).mkdir(parents=True)
        (corpus / name / "a.txt").write_text("主动公开信息5条。", encoding="utf-8")
        record = {"file": f"{name}/a.txt", "fields": {"headline.proactive_total": 5}, "tables_annotated": False}
        (gold / name / "a.json").write_text(json.dumps(record), encoding="utf-8")
    split_file = tmp_path / "split.tsv"
    split_file.write_text("gold\tsplit\tstratum\nlisted/a.json\tdev\tx\n", encoding="utf-8")
    seen = []

    def extractor(path):
        seen.append(path.parent.name)
        return Report(file=path.name)

    assert evaluate(gold, corpus, extractor, split="dev", split_file=split_file).reports == 1
    assert seen == ["listed"]
    assert evaluate(gold, corpus, extractor, split="all", split_file=split_file).reports == 2
    split_file.unlink()  # no split file: the part is unknown (a copied folder must not mix test into dev)
    with pytest.raises(ZfxxgkError, match="E126"):
        evaluate(gold, corpus, extractor, split="dev", split_file=split_file)
    assert evaluate(gold, corpus, extractor, split="all", split_file=split_file).reports == 2


def test_a_street_office_short_form_names_the_street():
    from extract.evaluate import same_body

    assert same_body("东岳路街办", "东岳路街道")
    assert same_body("东岳路街办", "东岳路街道办事处")
    assert not same_body("东岳路街办", "西岳路街道")


def test_same_body_reads_the_usual_short_endings():
    from extract.evaluate import same_body

    assert same_body("兴安盟卫生健康委员会", "兴安盟卫生健康委")
    assert same_body("西咸新区沣东新城管理委员会", "陕西省西咸新区沣东新城管委会")
    assert not same_body("西咸新区沣东新城管理委员会", "陕西省西咸新区沣东新城")
    assert not same_body("某市卫生健康委员会", "某市发展和改革委")
    # 政府 is the usual short form of 人民政府, inside a name as at its end
    assert same_body("市政府办公室", "荆某市人民政府办公室")
    assert same_body("某县人民政府", "某县政府")
    assert not same_body("某县人民政府办公室", "某县政府研究室")


def test_same_body_reads_an_autonomous_countys_short_form_and_usual_abbreviations():
    from extract.evaluate import same_body

    assert same_body("西盟县卫生健康局", "西盟佤族自治县卫生健康局")
    assert same_body("双江县教育局", "双江拉祜族佤族布朗族傣族自治县教育局")
    assert not same_body("西盟县卫生健康局", "孟连傣族拉祜族佤族自治县卫生健康局")
    assert same_body("泗阳县残疾人联合会", "泗阳县残联")
    assert same_body("高安市供销合作社", "高安市供销社")
    assert not same_body("泗阳县残联", "泗洪县残疾人联合会")
    # a department's usual short name (wild40/u09: 开福区发改局 in the title, 发展和改革局 in the page field)
    assert same_body("开福区发展和改革局", "开福区发改局")
    assert same_body("某市发展改革委", "某市发展和改革委员会")
    assert same_body("某区人社局", "某区人力资源和社会保障局")
    # wild2/l04: 西藏自治区政府国资委 in the title, the full name inside its own documents' titles
    assert same_body("西藏自治区政府国资委", "西藏自治区人民政府国有资产监督管理委员会")
    assert not same_body("某区发改局", "某区财政局")


def test_same_body_reads_guan_wei_as_its_committee():
    from extract.evaluate import same_body

    assert same_body("某开发区管委", "某开发区管委会")


def test_bootstrap_intervals_over_reports():
    import math

    from extract.evaluate import TALLY_KEYS, Evaluation, intervals

    ev = Evaluation()
    zeros = dict.fromkeys(TALLY_KEYS, 0)
    # nine reports with both headline figures right, one with both wrong; one null field kept in each
    right = {**zeros, "headline_tp": 2, "null_total": 1, "null_kept": 1, "body_right": 1, "body_total": 1}
    wrong = {**zeros, "headline_fp": 2, "headline_fn": 2, "null_total": 1, "null_kept": 1, "body_total": 1}
    ev.per_report = [tuple(right.values())] * 9 + [tuple(wrong.values())]
    found = intervals(ev, resamples=500)
    value, low, high = found["headline F1"]
    assert math.isclose(value, 36 / 40)  # 2*18 / (2*18 + 2 + 2)
    assert low < value <= high <= 1.0
    assert found["null precision"] == (1.0, 1.0, 1.0)
    assert found["body accuracy"][0] == 0.9 and found["body accuracy"][1] < 0.9
    assert "year accuracy" not in found  # no report states a year: no figure, no interval
    # one report: a figure but no interval
    ev.per_report = ev.per_report[:1]
    value, low, high = intervals(ev)["headline F1"]
    assert value == 1.0 and math.isnan(low) and math.isnan(high)


def test_evaluate_keeps_each_reports_tallies():
    from extract.evaluate import evaluate

    gold_dir = GOLD / "seeds"
    ev = evaluate(gold_dir, CORPUS, lambda p: extract_path(p), split="all")
    assert len(ev.per_report) == ev.reports
    summed = [sum(column) for column in zip(*ev.per_report, strict=True)]
    assert summed[:3] == [ev.groups["headline"].tp, ev.groups["headline"].fp, ev.groups["headline"].fn]
