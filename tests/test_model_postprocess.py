"""Post-processing of the tagger on hand-made probabilities, and reading values from spans."""

import numpy as np

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
