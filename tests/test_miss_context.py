"""Each miss shown in its text, so a person can see why (zfxxgk evaluate --context)."""

import json

from typer.testing import CliRunner

from extract.cli import app
from extract.evaluate import miss_context

runner = CliRunner()
TEXT = "一、总体情况\n2023年,我局主动公开信息120条,其中网站发布80条。全年收到申请三件。"


def test_a_wrong_value_shows_what_was_read_and_where_the_gold_is_printed():
    start = TEXT.index("80")
    miss = f"x.txt\theadline.proactive_total\tgold=120\tgot=80\tspan=[{start}, {start + 2}]"
    shown = miss_context(miss, TEXT, width=6)
    assert "read:  其中网站发布«80»条。全年收到" in shown
    assert "gold:  主动公开信息«120»条,其中网站" in shown


def test_a_gold_not_printed_in_digits_says_so_and_nothing_is_invented():
    shown = miss_context("x.txt\theadline.applications_received\tgold=3\tgot=None", TEXT)
    assert "not printed as such" in shown and "read:" not in shown
    # a negation's 0 and a statement's counts have no single place to show
    assert miss_context("x.txt\theadline.review_total\tgold=0\tgot=None", TEXT) == ""
    assert miss_context("x.txt\tproblems\tchars: right=0 extra=5 missed=0", TEXT) == ""
    # 20 is not found inside 2023 or 120
    assert "not printed" in miss_context("x.txt\theadline.proactive_total\tgold=20\tgot=None", TEXT)


def test_evaluate_context_on_a_small_gold_folder(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "corpus" / "r.txt").write_text("2023年某局政府信息公开工作年度报告\n" + TEXT, encoding="utf-8")
    gold = {
        "file": "r.txt",
        "report": {"year": 2023, "body": "某局", "family": "2021", "title": None, "published": None},
        "fields": {"headline.proactive_total": 121},
        "tables_annotated": False,
        "problems": [],
        "improvements": [],
    }
    (tmp_path / "gold" / "r.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    args = ["evaluate", "--gold", str(tmp_path / "gold"), "--corpus", str(tmp_path / "corpus"), "--engine", "rules"]
    result = runner.invoke(app, [*args, "--context", "5"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "read:" in result.output and "«120»" in result.output
    assert "«120»" not in runner.invoke(app, args, terminal_width=200).output  # no context unless asked
