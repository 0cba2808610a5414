"""Against a real Label Studio on 127.0.0.1: project, tasks with predictions, annotations, pull.

CI installs Label Studio in a venv of its own (.ls-venv; its pins clash with ours) and
sets ZFXXGK_REQUIRE_LABEL_STUDIO=1, so there a missing server is a failure, not a skip.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import time
from pathlib import Path

import pytest
from conftest import ROOT
from local_servers import free_port, wait_for_ok

from training.active_learning import LabelStudioRounds, PoolItem, _result

TEXT = "𠀀𠀁𠀂2023年某县政府信息公开工作年度报告\n五、存在的主要问题及改进情况\n一是公开不及时。\n二是加强培训。\n"


def _binary() -> Path | None:
    configured = os.environ.get("ZFXXGK_LABEL_STUDIO")
    candidates = [Path(configured)] if configured else []
    candidates.append(ROOT / ".ls-venv" / "bin" / "label-studio")
    return next((c for c in candidates if c.exists()), None)


@pytest.fixture(scope="module")
def label_studio(tmp_path_factory):
    binary = _binary()
    if binary is None:
        if os.environ.get("ZFXXGK_REQUIRE_LABEL_STUDIO"):
            pytest.fail("Label Studio is required here but not installed (.ls-venv/bin/label-studio)")
        pytest.skip("Label Studio not installed; .ci/run installs it into .ls-venv")
    port = free_port()
    token = secrets.token_hex(20)
    data = tmp_path_factory.mktemp("label-studio")
    env = {**os.environ, "LABEL_STUDIO_BASE_DATA_DIR": str(data), "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true"}
    env.pop("HOST", None)
    log = (data / "server.log").open("w")
    process = subprocess.Popen(
        [
            str(binary),
            "start",
            "--no-browser",
            "--internal-host",
            "127.0.0.1",
            "--port",
            str(port),
            "--username",
            "admin@example.com",
            "--password",
            secrets.token_urlsafe(12),
            "--user-token",
            token,
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=data,
    )
    url = f"http://127.0.0.1:{port}"
    if not wait_for_ok(f"{url}/health", seconds=240, process=process, every=1.0):
        process.kill()
        pytest.fail("Label Studio did not start: " + (data / "server.log").read_text()[-2000:])
    yield url, token
    process.terminate()
    process.wait(timeout=30)


def _item(key: str, text: str) -> PoolItem:
    i = text.index("公开不及时")
    return PoolItem(key, text, 0.5, [_result(text, i, i + 5, "PROBLEM", 0.8)])


def test_push_annotate_pull_round_trip(label_studio, tmp_path):
    url, token = label_studio
    rounds = LabelStudioRounds(url, token, "zfxxgk-integration")
    items = [_item("pool/a.txt", TEXT), _item("pool/b.txt", TEXT.replace("某县", "某市")), _item("pool/c.txt", TEXT)]
    items[2].uncertainty = 0.1
    pushed = rounds.push(items, 2, annotated=set(), model_version="test-model-1")
    assert [p.key for p in pushed] == ["pool/a.txt", "pool/b.txt"]
    again = LabelStudioRounds(url, token, "zfxxgk-integration")  # the project is reused, not duplicated
    assert again.project_id == rounds.project_id
    assert again.push(items, 2, annotated=set(), model_version="test-model-1") == [items[2]]

    tasks = {t.data["key"]: t for t in rounds.client.tasks.list(project=rounds.project_id, fields="all")}
    assert tasks["pool/a.txt"].predictions[0].model_version == "test-model-1"
    # The annotator corrects the pre-annotation: the problem span and an improvement, offsets in UTF-16.
    text = tasks["pool/a.txt"].data["text"]
    expected = [("公开不及时。", "PROBLEM"), ("加强培训。", "IMPROVEMENT")]
    result = []
    for snippet, label in expected:
        start = text.index(snippet)
        u_start = len(text[:start].encode("utf-16-le")) // 2
        u_end = u_start + len(snippet.encode("utf-16-le")) // 2
        result.append(
            {
                "from_name": "label",
                "to_name": "text",
                "type": "labels",
                "value": {"start": u_start, "end": u_end, "text": snippet, "labels": [label]},
            }
        )
    rounds.client.annotations.create(id=tasks["pool/a.txt"].id, result=result, lead_time=12.5)

    out = tmp_path / "al"
    written = rounds.pull(out)
    assert [p.relative_to(out).as_posix() for p in written] == ["pool/a.json"]
    record = json.loads(written[0].read_text(encoding="utf-8"))
    assert record["text"] == TEXT
    for span, (snippet, label) in zip(record["spans"], expected, strict=True):
        assert (span["start"], span["end"], span["label"]) == (
            TEXT.index(snippet),
            TEXT.index(snippet) + len(snippet),
            label,
        )
        assert TEXT[span["start"] : span["end"]] == snippet == span["text"]
    assert record["provenance"]["model_version"] == "test-model-1"
    assert record["provenance"]["annotator"] is not None
    assert rounds.pull(out) == []  # pulling again writes no duplicate


def test_cli_push_and_pull_with_a_model(label_studio, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from extract.cli import app
    from training.train import main_train

    url, token = label_studio
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", token)
    model = tmp_path / "models" / "tiny"
    main_train("scratch", model, tiny=True)
    pool = tmp_path / "pool"
    pool.mkdir()
    for name in ("x.txt", "y.txt", "z.txt"):
        (pool / name).write_text(TEXT.replace("某县", name[0]), encoding="utf-8")
    runner = CliRunner()
    common = ["--ls-url", url, "--project", "zfxxgk-cli"]
    pushed = runner.invoke(
        app,
        [
            "al",
            "push",
            *common,
            "--pool",
            str(pool),
            "-k",
            "2",
            "--model-dir",
            str(model),
            "--al-dir",
            str(tmp_path / "al"),
        ],
    )
    assert pushed.exit_code == 0, pushed.output
    assert len(pushed.stdout.strip().splitlines()) == 2
    rounds = LabelStudioRounds(url, token, "zfxxgk-cli")
    task = next(iter(rounds.client.tasks.list(project=rounds.project_id, fields="all")))
    assert task.predictions and task.predictions[0].model_version.startswith("tiny")
    start = task.data["text"].index("加强培训")
    u = len(task.data["text"][:start].encode("utf-16-le")) // 2
    rounds.client.annotations.create(
        id=task.id,
        result=[
            {
                "from_name": "label",
                "to_name": "text",
                "type": "labels",
                "value": {"start": u, "end": u + 4, "text": "加强培训", "labels": ["IMPROVEMENT"]},
            }
        ],
    )
    pulled = runner.invoke(app, ["al", "pull", *common, "--out", str(tmp_path / "al")])
    assert pulled.exit_code == 0, pulled.output
    record = json.loads(Path(pulled.stdout.strip()).read_text(encoding="utf-8"))
    assert record["text"][record["spans"][0]["start"] : record["spans"][0]["end"]] == "加强培训"


def test_cli_round_push_wait_pull_retrain_evaluate(label_studio, tmp_path):
    """`al round` end to end: it pushes, waits while an annotator (this test) labels the tasks
    through the API, pulls, retrains (tiny), evaluates on the gold test part and prints the change."""
    import sys

    from training.train import main_train

    url, token = label_studio
    model = tmp_path / "models" / "tiny"
    main_train("scratch", model, tiny=True)
    annotations = tmp_path / "annotations"
    annotations.mkdir()
    for name in ("gold", "corpus"):
        (annotations / name).symlink_to(ROOT / "annotations" / name)
    (annotations / "split.tsv").write_text((ROOT / "annotations" / "split.tsv").read_text())
    pool = tmp_path / "pool"
    pool.mkdir()
    for name in ("p.txt", "q.txt"):
        (pool / name).write_text(TEXT.replace("某县", name[0]), encoding="utf-8")
    command = [
        sys.executable, "-m", "extract.cli", "al", "round", "--ls-url", url, "--project", "zfxxgk-round",
        "--pool", str(pool), "-k", "2", "--model-dir", str(model), "--out", str(tmp_path / "models" / "next"),
        "--annotations", str(annotations), "--wait", "240", "--tiny",
    ]  # fmt: skip
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env={**os.environ, "LABEL_STUDIO_API_KEY": token},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        rounds = LabelStudioRounds(url, token, "zfxxgk-round")
        deadline = time.monotonic() + 120
        tasks: list = []
        while len(tasks) < 2 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(2)
            try:
                tasks = list(rounds.client.tasks.list(project=rounds.project_id, fields="all"))
            except Exception:  # the project may not exist yet
                tasks = []
        assert len(tasks) == 2, process.stderr.read() if process.poll() is not None else "tasks never arrived"
        for task in tasks:  # the annotator corrects the pre-annotation: one problem, one improvement
            text = task.data["text"]
            result = []
            for snippet, label in (("公开不及时", "PROBLEM"), ("加强培训", "IMPROVEMENT")):
                u = len(text[: text.index(snippet)].encode("utf-16-le")) // 2
                value = {"start": u, "end": u + len(snippet), "text": snippet, "labels": [label]}
                result.append({"from_name": "label", "to_name": "text", "type": "labels", "value": value})
            rounds.client.annotations.create(id=task.id, result=result)
        stdout, stderr = process.communicate(timeout=600)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, stderr[-3000:]
    assert "pushed 2 reports" in stderr and "2 finished, 2 new annotation files" in stderr
    lines = [line for line in stdout.splitlines() if "test F1" in line]
    assert [line.split()[0] for line in lines] == ["headline", "problems", "improvements"]
    assert (tmp_path / "models" / "next" / "model.int8.onnx").exists() or any(
        (tmp_path / "models" / "next").glob("*.onnx")
    )
    pulled = [json.loads(p.read_text(encoding="utf-8")) for p in (annotations / "al").rglob("*.json")]
    assert len(pulled) == 2 and all(len(r["spans"]) == 2 for r in pulled)
