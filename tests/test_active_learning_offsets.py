"""Active learning without a server: offsets, config, uncertainty."""

import numpy as np

from extract import registry
from training.active_learning import (
    _result,
    from_utf16,
    labeling_config,
    report_uncertainty,
    spans_from_results,
    to_utf16,
)

TEXT = "𠀀𠀁一、总体情况\n全年主动公开政府信息4301条。"


def test_utf16_offsets_count_astral_characters_twice():
    i = TEXT.index("4301")
    units = len(TEXT[:i].encode("utf-16-le")) // 2
    assert to_utf16(TEXT, i) == units == i + 2
    assert from_utf16(TEXT, units) == i


def test_results_round_trip_character_for_character():
    i = TEXT.index("4301")
    result = _result(TEXT, i, i + 4, "PROACTIVE_TOTAL", 0.9)
    assert result["value"]["start"] == i + 2
    spans = spans_from_results(TEXT, [result])
    assert spans == [{"start": i, "end": i + 4, "label": "PROACTIVE_TOTAL", "text": "4301"}]


def test_labeling_config_lists_every_entity_type():
    config = labeling_config()
    assert all(f'value="{t}"' in config for t in registry.ENTITY_TYPES)
    assert 'name="text" value="$text"' in config


def test_uncertainty_ranks_the_hard_report_first():
    n_labels = len(registry.LABELS)
    sure = np.full((400, n_labels), 1e-6)
    sure[:, 0] = 1.0
    unsure = sure.copy()
    unsure[:30] = 1.0 / n_labels  # one hard passage in a long easy report
    assert report_uncertainty(unsure) > report_uncertainty(sure)
    assert abs(report_uncertainty(sure)) < 1e-3
