"""The learned reader: candidates and features, filling only what the rules leave empty, its file, its training."""

import json
import shutil
from pathlib import Path

import pytest

from extract import extract_text
from extract.engines import RulesEngine, load_engine
from extract.errors import ZfxxgkError
from extract.load import Source
from extract.pipeline import prepare
from extract.prose import Candidate, find_figures
from extract.reader import FieldModel, Item, LinearScorer, Reader, candidate_items, load_reader
from training.reader import (
    GRID,
    OVERRIDE_GRID,
    ReportExamples,
    choose_override,
    choose_threshold,
    collect,
    fill_counts,
    override_counts,
    train_reader,
)

ROOT = Path(__file__).resolve().parent.parent


def _prose(text: str):
    prepared = prepare(Source(name="t.txt", text=text, is_html=False, encoding="utf-8"))
    prose = prepared.prose_input()
    candidates = find_figures(prose.sentences, year=prose.year, family=prose.family, skip=prose.table_spans)
    return prose, candidates


def _reader(field_id: str, weights: dict[str, float], threshold: float | None, bias: float = -6.0) -> Reader:
    return Reader({field_id: FieldModel(bias, weights, threshold)})


REPORT = (
    "2018年某市民政局政府信息公开工作年度报告\n一、概述\n2018年主动公开政府信息120条。\n"
    "四、政府信息公开行政复议、行政诉讼和投诉的情况\n2018年,市民政局共收到行政复议3件,均为维持具体行政行为。\n"
    "五、存在的主要问题及改进措施\n一是公开内容不全,如7个栏目更新慢。\n"
)


def test_every_prose_number_is_a_candidate_with_its_context_but_not_the_problems_section():
    prose, _ = _prose(REPORT)
    items = candidate_items(prose.mapped.text, prose.sentences, year=prose.year)
    text = prose.mapped.text
    printed = [text[it.start : it.end] for it in items]
    assert "3" in printed and "120" in printed
    assert "7" not in printed  # the problems section is not read for figures
    three = next(it for it in items if text[it.start : it.end] == "3")
    assert three.value == 3
    assert three.features["kwC=复议"] == 1.0 and three.features["R1=件"] == 1.0
    assert three.features["ownyear"] == 1.0 and three.features["zero"] == 0.0


def test_a_run_of_hundreds_of_digits_is_no_candidate_and_no_crash():
    # (parse_amount reads 320 sevens as infinity; the rules alone never minded it)
    text = REPORT + "附件编号" + "7" * 320 + "。\n" + "政府信息公开 " + "１２３４５６７８９０" * 40 + "件\n"
    prose, _ = _prose(text)
    assert all(it.value < 1e12 for it in candidate_items(prose.mapped.text, prose.sentences, year=prose.year))
    report = extract_text(text, engine=RulesEngine(reader=load_reader()))
    assert report.fields["headline.proactive_total"].value == 120


def test_the_reader_fills_an_empty_field_and_never_overrides_the_rules():
    prose, candidates = _prose(REPORT)
    reader = _reader("headline.review_total", {"kwC=复议": 8.0, "R1=件": 2.0}, 0.9)
    got = reader.fill(prose.mapped.text, prose.sentences, candidates, {}, year=prose.year)
    figure = got["headline.review_total"]
    assert figure.value == 3 and figure.rule == "reader" and prose.mapped.text[figure.start : figure.end] == "3"
    assert 0.9 <= figure.confidence <= 1.0
    # a field the rules read is not the reader's to change
    ruled = {"headline.review_total": candidates[0]}
    assert reader.fill(prose.mapped.text, prose.sentences, candidates, ruled, year=prose.year) == {}
    # nor one a rule found a candidate for and set aside (decision 1's platform counts)
    set_aside = [*candidates, Candidate("headline.review_total", 5, 0, 1, 0.8, "review")]
    assert reader.fill(prose.mapped.text, prose.sentences, set_aside, {}, year=prose.year) == {}
    # under its threshold, and with no threshold at all, it fills nothing
    timid = _reader("headline.review_total", {"kwC=复议": 8.0, "R1=件": 2.0}, None)
    assert timid.fill(prose.mapped.text, prose.sentences, candidates, {}, year=prose.year) == {}
    weak = _reader("headline.review_total", {"kwC=复议": 1.0}, 0.9)
    assert weak.fill(prose.mapped.text, prose.sentences, candidates, {}, year=prose.year) == {}


def test_an_override_replaces_a_rules_figure_only_where_the_reader_finds_no_sign_of_it():
    prose, candidates = _prose(REPORT)
    ruled = {"headline.proactive_total": next(c for c in candidates if c.field_id == "headline.proactive_total")}
    assert ruled["headline.proactive_total"].value == 120

    def read(override, weights=None):
        field = FieldModel(-6.0, weights or {"R1=件": 8.0}, None, override)
        return Reader({"headline.proactive_total": field}).fill(
            prose.mapped.text, prose.sentences, candidates, ruled, year=prose.year
        )

    # the best candidate (3, before 件) scores 0.88 >= 0.8 and 120 scores 0.002 < 0.3: replaced
    got = read((0.8, 0.3))["headline.proactive_total"]
    assert got.value == 3 and got.rule == "reader" and prose.mapped.text[got.start : got.end] == "3"
    assert 0.8 <= got.confidence < 0.9
    assert read((0.9, 0.3)) == {}  # the best candidate under t
    assert read((0.8, 0.001)) == {}  # the rules' value scores at least q
    assert read(None) == {}  # no override setting: the rules' figure stands
    # where the reader's best is the rules' own value, nothing is replaced
    assert read((0.5, 0.99), {"R1=条": 8.0}) == {}
    # and with neither a threshold nor an override the field is not scored at all
    assert Reader({"headline.proactive_total": FieldModel(-6.0, {"R1=件": 8.0}, None)})._order == []


def test_an_override_never_replaces_a_computed_figure():
    # the new applications (36 less the 2 carried over, decision 10) and a negation's zero: no printed
    # number holds them, so the reader's lack of a sign of them says nothing
    text = (
        "2023年某县人民政府政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息120条。"
        "全年收到政府信息公开申请36件(含2022年结转2件)。\n2023年未发生行政复议案件。另有7件另计。\n"
    )
    fields = {
        "headline.applications_received": FieldModel(-6.0, {"R1=件": 8.0}, None, (0.5, 0.99)),
        "headline.review_total": FieldModel(-6.0, {"R1=件": 8.0}, None, (0.5, 0.99)),
    }
    report = extract_text(text, engine=RulesEngine(reader=Reader(fields)))
    assert report.fields["headline.applications_received"].value == 34
    assert report.fields["headline.review_total"].value == 0
    assert not any("replaced" in w for w in report.warnings)


def test_a_replaced_figure_reaches_the_report_with_its_source_and_a_warning():
    field = FieldModel(-6.0, {"R1=件": 8.0}, None, (0.8, 0.3))
    report = extract_text(REPORT, engine=RulesEngine(reader=Reader({"headline.proactive_total": field})))
    value = report.fields["headline.proactive_total"]
    assert value.value == 3 and value.source == "reader" and REPORT[value.span[0] : value.span[1]] == "3"
    said = [w for w in report.warnings if "replaced headline.proactive_total" in w]
    assert len(said) == 1 and "read 120" in said[0] and "reads 3" in said[0]
    plain = extract_text(REPORT, engine=RulesEngine())
    assert plain.fields["headline.proactive_total"].value == 120
    assert not any("replaced" in w for w in plain.warnings)


def test_a_reader_figure_reaches_the_report_with_its_source_and_span():
    reader = _reader("headline.review_total", {"kwC=复议": 8.0, "R1=件": 2.0}, 0.9)
    report = extract_text(REPORT, engine=RulesEngine(reader=reader))
    value = report.fields["headline.review_total"]
    assert value.value == 3 and value.source == "reader"
    assert REPORT[value.span[0] : value.span[1]] == "3"
    # without the reader the rules leave it empty (the wording is one they do not read)
    assert "headline.review_total" not in extract_text(REPORT).fields


def test_the_shipped_reader_loads_and_the_engines_carry_it():
    reader = load_reader()
    assert reader is not None
    assert set(reader.fields) == {
        "headline.proactive_total",
        "headline.applications_received",
        "headline.review_total",
        "headline.suit_total",
        "headline.fees_collected",
    }
    assert reader.info["trained_on"] > 1000
    assert load_engine("rules").name == "rules+reader"
    assert load_engine("rules", reader=False).name == "rules"


def test_a_missing_reader_file_leaves_the_rules_alone(tmp_path):
    assert load_reader(tmp_path) is None
    assert load_engine("rules", reader_dir=tmp_path).name == "rules"


def test_the_model_engine_never_reads_a_reader_file(tmp_path):
    (tmp_path / "reader.json").write_text("{broken", encoding="utf-8")
    with pytest.raises(ZfxxgkError) as caught:
        load_engine("rules", reader_dir=tmp_path)
    assert caught.value.code == "E128"
    assert load_engine("model", reader_dir=tmp_path).name.startswith("onnx")


def _spec(**extra) -> dict:
    return {"bias": 0, "threshold": None, "weights": {}} | extra


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        json.dumps({"format": 99, "fields": {}}),
        json.dumps({"format": 1, "fields": {"headline.nope": {"bias": 0, "threshold": None, "weights": {}}}}),
        json.dumps({"format": 1, "fields": {"headline.review_total": {"bias": 0}}}),
        json.dumps([1, 2]),
        json.dumps({"format": 1, "fields": {"headline.review_total": {"bias": 0, "threshold": 0, "weights": {}}}}),
        json.dumps({"format": 1, "fields": {"headline.review_total": {"bias": 0, "threshold": 5, "weights": {}}}}),
        json.dumps({"format": 1, "fields": {"headline.review_total": {"bias": 0, "threshold": -0.5, "weights": {}}}}),
        '{"format": 1, "fields": {"headline.review_total": {"bias": NaN, "threshold": 0.9, "weights": {}}}}',
        '{"format": 1, "fields": {"headline.review_total": {"bias": 0, "threshold": NaN, "weights": {}}}}',
        '{"format": 1, "fields": {"headline.review_total": {"bias": 0, "threshold": 0.9, "weights": {"a": Infinity}}}}',
        json.dumps({"format": 1, "fields": {"headline.review_total": {"bias": 0, "threshold": 0.9, "weights": [1]}}}),
        # override settings: two scores in [0, 1], t above 0
        json.dumps({"format": 1, "fields": {"headline.review_total": _spec(override=0.8)}}),
        json.dumps({"format": 1, "fields": {"headline.review_total": _spec(override=[0.8])}}),
        json.dumps({"format": 1, "fields": {"headline.review_total": _spec(override=[0.8, 0.3, 1])}}),
        json.dumps({"format": 1, "fields": {"headline.review_total": _spec(override=[0, 0.3])}}),
        json.dumps({"format": 1, "fields": {"headline.review_total": _spec(override=[0.8, 1.5])}}),
        json.dumps({"format": 1, "fields": {"headline.review_total": _spec(override=["x", 0.3])}}),
        '{"format": 1, "fields": {"headline.review_total": {"bias": 0, "threshold": null, "weights": {}, '
        '"override": [NaN, 0.3]}}}',
    ],
)
def test_a_broken_reader_file_is_a_clear_error(tmp_path, content):
    (tmp_path / "reader.json").write_text(content, encoding="utf-8")
    with pytest.raises(ZfxxgkError) as caught:
        load_reader(tmp_path)
    assert caught.value.code == "E128"


def test_a_threshold_needs_precise_and_repeated_fills():
    counts = {t: [0, 0] for t in GRID}
    assert choose_threshold(counts) is None
    counts[0.5], counts[0.6], counts[0.7] = [10, 5], [6, 1], [5, 0]
    assert choose_threshold(counts) == 0.6  # 6/7 >= 0.85; 10/15 is not
    assert choose_threshold({t: [1, 0] for t in GRID}) is None  # one right fill is not enough


def test_an_override_setting_needs_precise_repeated_replacements_and_prefers_the_strict_one():
    counts = {s: [0, 0, 0] for s in OVERRIDE_GRID}
    assert choose_override(counts) is None
    counts[(0.6, 0.5)] = [10, 3, 2]  # 10/15: not precise enough
    counts[(0.7, 0.3)] = [7, 1, 0]  # 7/8: net 6
    counts[(0.8, 0.3)] = [6, 0, 1]  # 6/7: net 6, stricter
    counts[(0.9, 0.1)] = [1, 0, 0]  # precise, but once
    assert choose_override(counts) == (0.8, 0.3)
    counts[(0.8, 0.4)] = [8, 0, 1]  # net 8
    assert choose_override(counts) == (0.8, 0.4)


def test_override_counts_say_what_a_replacement_fixed_broke_or_left_wrong():
    model = FieldModel(-6.0, {"R1=件": 8.0}, None)
    items = [Item(0, 1, 3, {"R1=件": 1.0}), Item(5, 8, 120, {"R1=条": 1.0})]
    blank = {f: None for f in ("headline.applications_received", "headline.review_total")}
    blank |= {f: None for f in ("headline.suit_total", "headline.fees_collected")}

    def report(name, gold, rules):
        return ReportExamples(
            name=f"{name}/r.json",
            batch=name,
            gold=blank | {"headline.proactive_total": gold},
            table=set(),
            rules=blank | {"headline.proactive_total": rules},
            items=items,
        )

    reports = [report("a", 3, 120), report("b", 120, 120), report("c", 7, 120), report("d", 3, 3), report("e", 3, None)]
    got = override_counts(model, reports, "headline.proactive_total")
    assert got[(0.8, 0.3)] == [1, 1, 1]  # a fixed, b broke, c wrong either way; d agrees; e is a fill
    assert got[(0.9, 0.3)] == [0, 0, 0]  # 3 scores 0.88


def _synthetic(batches: int = 12) -> list[ReportExamples]:
    """Reports whose review count is the number after 复议; other numbers are noise."""
    reports = []
    for i in range(batches * 3):
        right = Item(10, 11, i + 1, {"kwC=复议": 1.0, "R1=件": 1.0})
        noise = [Item(20 + k, 21 + k, 100 + k, {"kwC=主动公开": 1.0, "R1=条": 1.0}) for k in range(3)]
        has = i % 3 != 0
        reports.append(
            ReportExamples(
                name=f"b{i % batches}/r{i}.json",
                batch=f"b{i % batches}",
                gold={"headline.review_total": i + 1 if has else None}
                | {f: None for f in ("headline.proactive_total", "headline.applications_received")}
                | {f: None for f in ("headline.suit_total", "headline.fees_collected")},
                table=set(),
                rules={f: None for f in ("headline.proactive_total", "headline.applications_received")}
                | {f: None for f in ("headline.review_total", "headline.suit_total", "headline.fees_collected")},
                items=([right] if has else []) + noise,
            )
        )
    return reports


def test_training_learns_the_field_chooses_its_threshold_by_folds_and_writes_a_loadable_file(tmp_path):
    summary = train_reader(tmp_path, tmp_path, tmp_path / "split.tsv", tmp_path / "out", reports=_synthetic())
    assert summary["thresholds"]["headline.review_total"] is not None
    right, wrong = summary["fills_by_threshold"]["headline.review_total"][
        str(summary["thresholds"]["headline.review_total"])
    ]
    assert right >= 2 and right / (right + wrong) >= 0.85
    # fields the synthetic gold never states are never filled
    assert summary["thresholds"]["headline.proactive_total"] is None
    reader = load_reader(tmp_path / "out")
    model = reader.fields["headline.review_total"]
    hit, miss = LinearScorer([model]).scores(
        [Item(0, 1, 5, {"kwC=复议": 1.0, "R1=件": 1.0}), Item(0, 1, 5, {"kwC=主动公开": 1.0, "R1=条": 1.0})]
    )[:, 0]
    assert hit > 0.7 and miss < 0.1
    counts = fill_counts(model, _synthetic(), "headline.review_total")
    assert counts[0.5][0] == 24 and counts[0.5][1] == 0


def test_collect_reads_the_dev_part_only_and_leaves_held_out_batches(tmp_path):
    gold, corpus = tmp_path / "gold", tmp_path / "corpus"
    picks = ["wild29/v10.json", "wild29/u01.json", "wild28/q01.json"]
    for rel in picks:
        (gold / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "annotations/gold" / rel, gold / rel)
        txt = rel.replace(".json", ".txt")
        (corpus / txt).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "annotations/corpus" / txt, corpus / txt)
    split = tmp_path / "split.tsv"
    split.write_text(
        "gold\tsplit\tstratum\nwild29/v10.json\tdev\tx\nwild29/u01.json\ttest\tx\nwild28/q01.json\tdev\tx\n",
        encoding="utf-8",
    )
    got = collect(gold, corpus, split)
    assert [r.name for r in got] == ["wild28/q01.json", "wild29/v10.json"]
    v10 = got[1]
    assert v10.gold["headline.review_total"] == 3 and v10.rules["headline.review_total"] is None
    assert any(it.value == 3 for it in v10.items)
    assert [r.name for r in collect(gold, corpus, split, hold_out=["wild29"])] == ["wild28/q01.json"]
