"""The CLI as a user calls it: output formats, batches, and bad input."""

import json

from conftest import CORPUS
from typer.testing import CliRunner

from extract import registry
from extract.cli import app

runner = CliRunner()
SEED = CORPUS / "seeds" / "000_7a2db0039e4ef287.txt"


def test_extract_one_file_prints_the_output_contract():
    result = runner.invoke(app, ["extract", str(SEED)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["report"]["family"] == "2019"
    assert data["fields"]["t3.new_received.total"]["value"] == 4
    assert set(data) >= {"report", "fields", "problems", "improvements", "checks", "warnings"}


def test_csv_is_one_row_per_report_with_a_column_per_field(tmp_path):
    out = tmp_path / "r.csv"
    result = runner.invoke(app, ["extract", str(CORPUS / "seeds"), "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    assert len(lines) == 6
    assert "t3.new_received.total" in header and len(header) > len(registry.FIELD_IDS)


def test_jsonl_for_a_directory(tmp_path):
    result = runner.invoke(app, ["extract", str(CORPUS / "seeds"), "--format", "jsonl"])
    assert result.exit_code == 0
    assert len(result.stdout.strip().splitlines()) == 5


def _bad_files(tmp_path):
    bad = {
        "empty.txt": b"",
        "garbage.txt": bytes(range(256)) * 40,
        "huge.txt": b"a" * (50 * 1024 * 1024),
        "news.html": "<html><body><h1>天气预报</h1><p>明天晴。</p></body></html>".encode(),
        "cyrillic.txt": ("Отчёт о раскрытии информации " * 50).encode("koi8-r"),
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    return bad


def test_each_bad_file_alone_gives_one_error_line_and_exit_1(tmp_path):
    for name in _bad_files(tmp_path):
        result = runner.invoke(app, ["extract", str(tmp_path / name)])
        assert result.exit_code == 1, (name, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: [E1"), (name, result.stderr)


def test_bad_files_in_a_batch_are_skipped_with_a_warning(tmp_path):
    _bad_files(tmp_path)
    (tmp_path / "good.txt").write_bytes(SEED.read_bytes())
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.strip().splitlines()) == 1
    assert result.stderr.count("Warning: skipped") == 5


def test_gb18030_and_big5_inputs_are_decoded(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    (tmp_path / "gb.txt").write_bytes(text.encode("gb18030"))
    result = runner.invoke(app, ["extract", str(tmp_path / "gb.txt")])
    assert json.loads(result.stdout)["fields"]["t3.new_received.total"]["value"] == 4
    trad = (CORPUS / "seeds" / "004_fa38032d3d611a12.txt").read_text(encoding="utf-8")
    (tmp_path / "big5.txt").write_bytes(trad.encode("big5", errors="ignore"))
    result = runner.invoke(app, ["extract", str(tmp_path / "big5.txt")])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["report"]["year"] == 2018


def test_every_command_is_documented_with_an_example():
    commands = list(app.registered_commands)
    for group in app.registered_groups:
        commands += group.typer_instance.registered_commands
    assert len(commands) >= 7
    for command in commands:
        doc = command.callback.__doc__ or ""
        assert "Example: zfxxgk" in doc, command.callback.__name__


def test_html_evidence_view_marks_figures_and_statements(tmp_path):
    """`--format html`: displaCy marks each figure (id, value, source) and statement in the text."""
    seed = CORPUS / "seeds/000_7a2db0039e4ef287.txt"
    page = CORPUS / "real/full_001.html"
    out = tmp_path / "evidence.html"
    result = runner.invoke(app, ["extract", str(seed), str(page), "-f", "html", "-o", str(out), "--engine", "rules"])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.count("<figure") == 4  # two views per report
    assert "t3.new_received.total=4 [table]" in html
    assert "PROBLEM [rules]" in html and "IMPROVEMENT [rules]" in html
    assert "&lt;td" not in html and "<td" not in html  # the page's text view, not its markup
