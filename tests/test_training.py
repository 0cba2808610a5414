"""Training data and a tiny end-to-end run: train → ONNX → int8 → load → extract."""

import pytest
from conftest import CORPUS, GOLD

from training.data import Document, augment, char_tags, load_documents, windows


def test_windows_cover_the_text_with_overlap():
    assert windows(10, 20, 5) == [(0, 10)]
    spans = windows(100, 40, 30)
    assert spans[0] == (0, 40) and spans[-1] == (60, 100)
    assert all(b[0] < a[1] for a, b in zip(spans, spans[1:], strict=False))


def test_char_tags_are_bio():
    tags = char_tags("共4301条", [(1, 5, "PROACTIVE_TOTAL")])
    from extract import registry

    names = [registry.LABELS[t] for t in tags]
    assert names == ["O", "B-PROACTIVE_TOTAL", "I-PROACTIVE_TOTAL", "I-PROACTIVE_TOTAL", "I-PROACTIVE_TOTAL", "O"]


def test_augmentations_keep_every_span_on_its_text():
    doc = Document("d", "一、总体情况\n全年公开信息4301条。\n一是加强培训。\n二是完善制度。\n", [])
    doc.spans = [(12, 16, "PROACTIVE_TOTAL"), (23, 28, "IMPROVEMENT"), (31, 36, "IMPROVEMENT")]
    texts = {(s, e): doc.text[s:e] for s, e, _ in doc.spans}
    for copy in augment([doc], copies=3, seed=1)[1:]:
        for (s, e, _t), original in zip(copy.spans, texts.values(), strict=False):
            if copy.name.endswith("#numbers"):
                assert len(copy.text[s:e]) == len(original)
            else:
                assert copy.text[s:e] in texts.values()


def test_reordering_never_tears_a_statement_that_spans_several_lines():
    # the first improvement is a title line plus its paragraph (as in wild/f07): it must not move
    text = "五、改进\n加强组织建设。\n\n明确人员及职责。\n持续提高能力。\n切实增强服务意识。\n"
    first = (text.index("加强"), text.index("职责。") + 3)
    second = (text.index("持续"), text.index("能力。") + 3)
    third = (text.index("切实"), text.index("意识。") + 3)
    doc = Document("d", text, [(*first, "IMPROVEMENT"), (*second, "IMPROVEMENT"), (*third, "IMPROVEMENT")])
    originals = sorted(text[s:e] for s, e, _ in doc.spans)
    for seed in range(20):
        for copy in augment([doc], copies=3, seed=seed):
            assert sorted(copy.text[s:e] for s, e, _ in copy.spans) == originals


def test_the_test_part_is_refused():
    with pytest.raises(ValueError, match="E301"):
        load_documents(GOLD, CORPUS, GOLD.parent / "split.tsv", part="test")


def test_tiny_training_exports_a_model_the_hybrid_engine_loads(tmp_path):
    from extract import extract_path
    from extract.engines import load_engine
    from training.train import main_train

    out = tmp_path / "tiny"
    result = main_train("scratch", out, tiny=True)
    assert (out / "model.onnx").exists() and (out / "calibration.json").exists()
    assert result["shipped"] in ("int8", "fp32")
    engine = load_engine("hybrid", model_dir=out)
    assert engine.name.startswith("hybrid:onnx")
    report = extract_path(CORPUS / "seeds" / "000_7a2db0039e4ef287.txt", engine=engine)
    assert report.fields["t3.new_received.total"].value == 4  # tables never depend on the model
    model_only = load_engine("model", model_dir=out)
    extract_path(CORPUS / "seeds" / "002_05cb1602fd1980b4.txt", engine=model_only)
    assert engine.tagger.uses_sections  # section roles go in as token types


def test_section_roles_reach_the_tagger_as_token_types():
    from extract.onnx_model import Window, pad_batch
    from extract.segment import SECTION_TYPES, section_types

    text = "一、总体情况\n收到申请5件。\n五、存在的主要问题及改进情况\n一是宣传不够。\n"
    types = section_types(text)
    assert types[text.index("收到")] == SECTION_TYPES.index("overview")
    assert types[text.index("宣传")] == SECTION_TYPES.index("problems")
    import numpy as np

    ids, mask, padded = pad_batch([Window(0, np.array([2, 7, 3]), np.array([0, 4, 0])), Window(0, np.array([2, 3]))])
    assert padded.tolist() == [[0, 4, 0], [0, 0, 0]] and mask.tolist() == [[1, 1, 1], [1, 1, 0]]


def test_linear_tagger_learns_statements_and_figures():
    """The simulation's stand-in learner: fitted on a few dev reports, it tags their statement
    characters and scores probabilities the engines and the uncertainty score can use."""
    import numpy as np
    from conftest import GOLD

    from training.active_learning import report_uncertainty
    from training.data import load_documents
    from training.linear_tagger import LinearTagger

    docs = load_documents(GOLD, GOLD.parent / "corpus", GOLD.parent / "split.tsv", part="dev")[:6]
    tagger = LinearTagger(epochs=5).fit(docs)
    doc = next(d for d in docs if any(kind == "PROBLEM" for *_, kind in d.spans))
    probs = tagger.probabilities(doc.text)
    assert probs.shape == (len(doc.text), len(tagger.labels))
    assert np.allclose(probs.sum(axis=1), 1.0, atol=1e-4)
    tagged = {i for s in tagger(doc.text) if s.entity == "PROBLEM" for i in range(s.start, s.end)}
    gold = {i for start, end, kind in doc.spans if kind == "PROBLEM" for i in range(start, end)}
    assert len(tagged & gold) / len(gold) > 0.5
    assert 0.0 <= report_uncertainty(probs) <= np.log(len(tagger.labels))


def test_calibration_has_a_map_per_span_group_when_a_group_has_enough_spans(tmp_path):
    import json

    from extract.onnx_model import calibration_group
    from training.export import MIN_GROUP_PAIRS, fit_calibration

    # statements right whatever their confidence, figures never: one shared map could not say both
    pairs = [(i / 100, 1) for i in range(MIN_GROUP_PAIRS)] + [(i / 100, 0) for i in range(MIN_GROUP_PAIRS)]
    groups = ["statement"] * MIN_GROUP_PAIRS + ["figure"] * MIN_GROUP_PAIRS
    calibration = fit_calibration(pairs + [(0.5, 1)] * 3, groups + ["body"] * 3)
    assert set(calibration["groups"]) == {"statement", "figure"}  # 3 body spans: too few for a map
    assert calibration_group("PROBLEM") == "statement" and calibration_group("BODY") == "body"
    assert calibration_group("PROACTIVE_TOTAL") == "figure"

    from extract.onnx_model import OnnxTagger

    tagger = OnnxTagger.__new__(OnnxTagger)
    tagger.calibration = json.loads(json.dumps(calibration))
    assert tagger.calibrate(0.2, "statement") == 1.0
    assert tagger.calibrate(0.2, "figure") == 0.0
    assert 0.0 < tagger.calibrate(0.2, "body") < 1.0  # falls back to the map over all spans


def test_export_choice_keeps_f1_within_half_a_point_and_the_size_limit():
    from training.export import choose_export

    small, big = (
        {"fp32": 10_000_000, "int8": 3_000_000, "fp16-stored": 5_000_000},
        {
            "fp32": 70_000_000,
            "int8": 28_000_000,
            "fp16-stored": 35_000_000,
        },
    )
    assert choose_export({"fp32": 0.50, "int8": 0.498, "fp16-stored": 0.50}, big) == "int8"
    assert choose_export({"fp32": 0.50, "int8": 0.46, "fp16-stored": 0.50}, big) == "fp16-stored"
    assert choose_export({"fp32": 0.50, "int8": 0.46, "fp16-stored": 0.50}, small) == "fp32"
    assert choose_export({"fp32": 0.50, "int8": 0.46, "fp16-stored": 0.40}, big) == "fp32"


def test_weights_stored_as_fp16_give_the_fp32_logits_to_fp16_precision(tmp_path):
    import numpy as np
    import onnxruntime as ort
    import torch

    from training.export import store_half, to_onnx
    from training.train import TrainConfig, build_model

    config = TrainConfig.tiny()
    config.hidden, config.intermediate = 64, 128  # big enough that some weights pass HALF_MIN_SIZE
    torch.manual_seed(0)
    model = build_model(config, ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + list("公开申请件年报条"))
    model.eval()
    to_onnx(model, tmp_path / "fp32.onnx", 13)
    store_half(tmp_path / "fp32.onnx", tmp_path / "half.onnx")
    assert (tmp_path / "half.onnx").stat().st_size < 0.7 * (tmp_path / "fp32.onnx").stat().st_size
    feed = {
        "input_ids": np.array([[2, 5, 6, 7, 3]], dtype=np.int64),
        "attention_mask": np.ones((1, 5), dtype=np.int64),
        "token_type_ids": np.zeros((1, 5), dtype=np.int64),
    }
    full = ort.InferenceSession(str(tmp_path / "fp32.onnx")).run(None, feed)[0]
    half = ort.InferenceSession(str(tmp_path / "half.onnx")).run(None, feed)[0]
    assert half.dtype == np.float32
    np.testing.assert_allclose(half, full, atol=2e-2)
    assert not np.array_equal(half, full)  # the weights really went through fp16
