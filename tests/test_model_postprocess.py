"""Post-processing of the tagger on hand-made probabilities, and reading values from spans."""

import numpy as np
import pytest

from extract import registry
from extract.hybrid import span_value
from extract.onnx_model import group_entities

LABELS = list(registry.LABELS)


def _probs(tags: list[str]) -> np.ndarray:
    probs = np.full((len(tags), len(LABELS)), 0.01, dtype=np.float32)
    for i, tag in enumerate(tags):
        probs[i, LABELS.index(tag)] = 0.9
    return probs


def test_b_i_grouping_with_types_and_confidence():
    tags = ["O", "B-PROACTIVE_TOTAL", "I-PROACTIVE_TOTAL", "O", "B-PROBLEM", "I-PROBLEM", "I-IMPROVEMENT", "O"]
    spans = group_entities(_probs(tags), LABELS)
    assert [(s, e, t) for s, e, t, _ in spans] == [(1, 3, "PROACTIVE_TOTAL"), (4, 6, "PROBLEM"), (6, 7, "IMPROVEMENT")]
    assert abs(spans[0][3] - 0.9) < 1e-6


def test_i_without_b_starts_an_entity_and_b_splits_two():
    tags = ["I-PROBLEM", "I-PROBLEM", "B-PROBLEM", "I-PROBLEM"]
    assert [(s, e) for s, e, _, _ in group_entities(_probs(tags), LABELS)] == [(0, 2), (2, 4)]


def test_span_values():
    assert span_value("4301") == 4301
    assert span_value("3300余") == 3300
    assert span_value("10.2万") == 102000
    assert span_value("三") == 3
    assert span_value("未收到申请") == 0
    assert span_value("申请") is None


class _FixedTagger:
    """A stand-in for the ONNX tagger that tags fixed substrings."""

    name, onnx_path, model_version = "fake", None, "fake-1"
    labels = LABELS

    def __init__(self, tags: dict[str, str]) -> None:
        self.tags = tags

    def probabilities(self, text: str) -> np.ndarray:
        return np.zeros((len(text), len(LABELS)), dtype=np.float32)

    def postprocess_probs(self, text: str, probs: np.ndarray):
        from extract.onnx_model import TaggedSpan

        return [TaggedSpan(text.index(s), text.index(s) + len(s), e, 0.95) for s, e in self.tags.items() if s in text]


def test_model_spans_carry_source_model():
    from extract import extract_text
    from extract.hybrid import ModelEngine

    text = "2023年某县政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息4301条。\n五、存在的主要问题及改进情况\n一是公开不及时。\n"
    engine = ModelEngine(_FixedTagger({"4301": "PROACTIVE_TOTAL", "公开不及时。": "PROBLEM"}))
    report = extract_text(text, engine=engine)
    field = report.fields["headline.proactive_total"]
    assert (field.value, field.source) == (4301, "model")
    assert [(s.text, s.source) for s in report.problems] == [("公开不及时。", "model")]


def test_hybrid_figure_policies(monkeypatch):
    from extract import extract_text, hybrid
    from extract.engines import RulesEngine
    from extract.hybrid import HybridEngine

    # the rules read 4301; the (fake, confident) model says 999 for the same field and 7 for one the rules miss
    text = "2023年某县政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息4301条。另有999条。复议7件另计。\n"
    tags = {"999": "PROACTIVE_TOTAL", "7件另计": "REVIEW_TOTAL"}
    fill = extract_text(text, engine=HybridEngine(_FixedTagger(tags), RulesEngine(), figure_policy="fill"))
    assert fill.fields["headline.proactive_total"].value == 4301  # the rules keep their figure
    assert (fill.fields["headline.review_total"].value, fill.fields["headline.review_total"].source) == (7, "model")
    override = extract_text(text, engine=HybridEngine(_FixedTagger(tags), RulesEngine(), figure_policy="override"))
    assert override.fields["headline.proactive_total"].value == 999
    # replacing a rule figure has its own threshold: above the model's 0.95 it keeps the rules' and still fills
    monkeypatch.setattr(hybrid, "FIGURE_REPLACE_THRESHOLD", 0.99)
    strict = extract_text(text, engine=HybridEngine(_FixedTagger(tags), RulesEngine(), figure_policy="override"))
    assert strict.fields["headline.proactive_total"].value == 4301
    assert strict.fields["headline.review_total"].value == 7
    # fill+veto: the model gives the rules' 4301 no mass (all-zero probabilities), so it goes
    veto = extract_text(text, engine=HybridEngine(_FixedTagger({}), RulesEngine(), figure_policy="fill+veto"))
    assert "headline.proactive_total" not in veto.fields
    with pytest.raises(ValueError):
        HybridEngine(_FixedTagger({}), RulesEngine(), figure_policy="sometimes")


def test_the_hybrid_neither_fills_a_set_aside_total_nor_replaces_a_decision_10_figure(monkeypatch):
    from extract import extract_text, hybrid
    from extract.engines import RulesEngine
    from extract.hybrid import HybridEngine

    # two platforms counted, no total (decision 1): the rules set both counts aside
    text = (
        "2023年某县政府信息公开工作年度报告\n一、总体情况\n全年通过县政府网站公开信息311条,通过微信公众号发布信息64条。"
        "全年收到政府信息公开申请36件(含2022年结转2件)。\n"
    )
    tags = {"311": "PROACTIVE_TOTAL", "36": "APPLICATIONS_RECEIVED"}
    assert "headline.proactive_total" not in extract_text(text, engine=RulesEngine()).fields
    shipped = extract_text(text, engine=HybridEngine(_FixedTagger(tags), RulesEngine()))
    assert "headline.proactive_total" not in shipped.fields  # the model does not take a set-aside count back
    assert shipped.fields["headline.applications_received"].value == 34  # 36 less the 2 carried over
    monkeypatch.setattr(hybrid, "FILL_SET_ASIDE", True)
    allowed = extract_text(text, engine=HybridEngine(_FixedTagger(tags), RulesEngine()))
    assert allowed.fields["headline.proactive_total"].value == 311
    # under "override", the decision-10 figure stands unless its rule is not kept
    override = extract_text(text, engine=HybridEngine(_FixedTagger(tags), RulesEngine(), figure_policy="override"))
    assert override.fields["headline.applications_received"].value == 34
    monkeypatch.setattr(hybrid, "KEEP_RULES", ())
    replaced = extract_text(text, engine=HybridEngine(_FixedTagger(tags), RulesEngine(), figure_policy="override"))
    assert replaced.fields["headline.applications_received"].value == 36


def test_the_shipped_hybrid_fills_and_does_not_replace():
    from extract import hybrid

    assert hybrid.FIGURE_POLICY == "fill" and hybrid.FILL_SET_ASIDE is False


def test_hybrid_statement_policies():
    from extract import extract_text
    from extract.engines import RulesEngine
    from extract.hybrid import HybridEngine

    text = (
        "2023年某县政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息10条。\n"
        "五、存在的主要问题及改进情况\n一是公开不及时。二是培训不足。下一步,我县将加强培训。\n"
    )
    # the (fake) model reads one problem, cut shorter than the rules cut it, and no plan
    tags = {"公开不及时": "PROBLEM"}

    def statements(policy: str):
        report = extract_text(text, engine=HybridEngine(_FixedTagger(tags), RulesEngine(), statement_policy=policy))
        return [s.text for s in report.problems], [s.text for s in report.improvements]

    rules_problems = ["公开不及时。", "培训不足。"]
    assert statements("fill") == (rules_problems, ["下一步,我县将加强培训。"])  # the rules' statements stand
    assert statements("override") == (["公开不及时", "培训不足。"], ["下一步,我县将加强培训。"])
    assert statements("model") == (["公开不及时"], [])  # the model's statements only
    # with no model statement at all, "model" falls back to the rules
    report = extract_text(text, engine=HybridEngine(_FixedTagger({}), RulesEngine(), statement_policy="model"))
    assert [s.text for s in report.problems] == rules_problems


def test_a_model_body_span_that_runs_on_past_the_name_ends_with_it():
    from extract import extract_text
    from extract.hybrid import ModelEngine

    # the rules find no body here; the model's span runs on into 编制的 and 关于
    text = "2023年政府信息公开工作年度报告\n以下为某市东城区某街道办事处编制的报告。\n"
    report = extract_text(text, engine=ModelEngine(_FixedTagger({"某市东城区某街道办事处编制的": "BODY"})))
    assert report.report.body == "某市东城区某街道办事处"
    text = "2023年政府信息公开工作年度报告\n某新区经济合作局关于2023年工作的说明。\n"
    report = extract_text(text, engine=ModelEngine(_FixedTagger({"某新区经济合作局关": "BODY"})))
    assert report.report.body == "某新区经济合作局"


def test_a_customs_bodys_last_character_is_its_name():
    from extract import extract_text
    from extract.hybrid import ModelEngine

    text = "2023年政府信息公开工作年度报告\n以下为黄埔海关的报告。\n"
    assert extract_text(text, engine=ModelEngine(_FixedTagger({"黄埔海关": "BODY"}))).report.body == "黄埔海关"


def test_a_model_statement_in_a_section_of_the_years_work_is_dropped():
    from extract import extract_text
    from extract.engines import RulesEngine
    from extract.hybrid import HybridEngine

    text = (
        "2023年某县民政局政府信息公开工作年度报告\n一、总体情况\n(五)监督保障\n一是积极参加业务培训,提高工作能力。\n"
        "五、存在的主要问题及改进情况\n一是公开不及时。下一步,我局将加强培训。\n"
    )
    # the (fake) model reads the year's work as a plan, and the plan in the problems section
    tags = {"积极参加业务培训,提高工作能力": "IMPROVEMENT", "我局将加强培训": "IMPROVEMENT"}
    report = extract_text(text, engine=HybridEngine(_FixedTagger(tags), RulesEngine(), statement_policy="model"))
    assert [s.text for s in report.improvements] == ["我局将加强培训"]


def test_a_reader_figure_is_taken_back_by_the_model_only_as_an_empty_field_would_be_filled():
    from extract.engines import RulesEngine
    from extract.hybrid import FIGURE_THRESHOLD, HybridEngine
    from extract.prose import Candidate

    field = "headline.review_total"
    engine = HybridEngine(_FixedTagger({}), RulesEngine(), figure_policy="override")
    reader = {field: Candidate(field, 3, 10, 11, 0.95, "reader")}
    unsure = {field: Candidate(field, 7, 20, 21, FIGURE_THRESHOLD - 0.05, "model")}
    sure = {field: Candidate(field, 7, 20, 21, FIGURE_THRESHOLD, "model")}
    # (a rule's figure would go at the lower replace threshold; a reader's fill is no rule's reading)
    assert engine._merge_figures(None, reader, unsure)[field].value == 3
    assert engine._merge_figures(None, reader, sure)[field].value == 7
    assert engine._merge_figures(None, {}, unsure) == {}
