"""Agreement of a second, blind annotation with the gold, scored as the extractor is scored."""

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from extract.cli import app
from extract.evaluate import agreement

GOLD = Path(__file__).resolve().parent.parent / "annotations" / "gold"
CORPUS = GOLD.parent / "corpus"
runner = CliRunner()


def _copy(second: Path, rel: str) -> dict:
    (second / rel).parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(GOLD / rel, second / rel)
    return json.loads((second / rel).read_text(encoding="utf-8"))


def test_an_identical_annotation_agrees_everywhere(tmp_path):
    for rel in ("wild7/d01.json", "wild5/u01.json"):
        _copy(tmp_path, rel)
    ev = agreement(GOLD, tmp_path, CORPUS)
    assert ev.reports == 2 and not ev.misses and not ev.errors
    assert ev.groups["headline"].f1 == 1.0 and ev.meta_accuracy("body") == 1.0
    assert ev.null_precision() == 1.0


def test_a_disagreement_is_listed_with_both_values(tmp_path):
    gold = _copy(tmp_path, "wild7/d01.json")
    first = gold["fields"]["headline.proactive_total"]
    gold["fields"]["headline.proactive_total"] = first + 1
    gold["report"]["year"] = gold["report"]["year"] - 1
    gold["problems"] = gold["problems"][1:]
    (tmp_path / "wild7/d01.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    ev = agreement(GOLD, tmp_path, CORPUS)
    assert ev.groups["headline"].fp == 1 and ev.groups["headline"].fn == 1
    assert ev.meta_accuracy("year") == 0.0
    assert any(f"gold={first}\tgot={first + 1}" in m for m in ev.misses)
    assert all("span=" not in m for m in ev.misses)  # an annotation's value has no span of its own


def test_a_bad_second_file_is_listed_and_the_rest_scored(tmp_path):
    _copy(tmp_path, "wild7/d01.json")
    (tmp_path / "wild5").mkdir()
    (tmp_path / "wild5" / "u01.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "wild5" / "zz99.json").write_text("{}", encoding="utf-8")  # no gold of that name
    ev = agreement(GOLD, tmp_path, CORPUS)
    assert ev.reports == 1 and len(ev.errors) == 2


def test_cli_agreement_and_an_empty_folder(tmp_path):
    _copy(tmp_path / "second", "wild7/d01.json")
    result = runner.invoke(app, ["agreement", "--second", str(tmp_path / "second"), "--gold", str(GOLD), "--no-misses"])
    assert result.exit_code == 0, result.output
    assert "metadata accuracy: year 1.000, body 1.000" in result.output
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, ["agreement", "--second", str(tmp_path / "empty"), "--gold", str(GOLD)])
    assert result.exit_code != 0 and "E127" in result.output


def test_the_committed_study_reads_as_its_readme_says():
    # annotations/agreement/README.md, s10: if the gold of these reports changes, the figures there must too
    ev = agreement(GOLD, GOLD.parent / "agreement" / "s10", CORPUS)
    headline = ev.groups["headline"]
    assert (ev.reports, headline.tp, headline.fp, headline.fn) == (48, 143, 0, 1)
    assert (ev.null_kept, ev.null_total) == (96, 96)
    assert all(ev.meta_accuracy(k) == 1.0 for k in ("year", "body", "family", "published"))


def test_second_files_of_the_wrong_shape_are_listed_not_fatal(tmp_path):
    _copy(tmp_path, "wild7/d01.json")
    (tmp_path / "wild5").mkdir()
    for name, content in [("u01.json", "[]"), ("u02.json", '"x"'), ("u03.json", '{"report": ["x"]}')]:
        (tmp_path / "wild5" / name).write_text(content, encoding="utf-8")
    (tmp_path / "wild5" / "u04.json").write_text('{"file": "wild5/u04.txt", "problems": "abc"}', encoding="utf-8")
    ev = agreement(GOLD, tmp_path, CORPUS)
    assert ev.reports == 1 and len(ev.errors) == 4
