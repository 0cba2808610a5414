"""A small run of the layout stress generator (the benchmark runs 1,200)."""

import random

import pytest

from extract.layouts import LAYOUTS, random_tables, render, score_layout, stress_cases


def test_rendered_tables_satisfy_their_identities():
    case = random_tables(random.Random(3), "2021")
    expected = case.expected
    for col in ("natural_person", "total"):
        left = expected[f"t3.new_received.{col}"] + expected[f"t3.carried_over.{col}"]
        right = expected[f"t3.total_processed.{col}"] + expected[f"t3.carried_forward.{col}"]
        assert left == right


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_renders_differently(layout):
    case = random_tables(random.Random(5), "2019")
    text, _ = render(case, layout)
    others = {render(case, other)[0] for other in LAYOUTS if other != layout}
    assert text not in others


def test_small_stress_run_gets_at_least_99_5_percent_of_cells_right():
    right = total = 0
    for case, layout, modifiers in stress_cases(36, seed=11):
        r, t, _ = score_layout(case, layout, modifiers)
        right += r
        total += t
    assert total > 36 * 150
    assert right / total >= 0.995
