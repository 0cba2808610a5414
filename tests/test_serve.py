"""The HTTP server, started for real (uvicorn on 127.0.0.1, a random port)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from conftest import CORPUS, ROOT
from local_servers import free_port, wait_for_ok
from typer.testing import CliRunner

from extract.cli import app

SAMPLES = [
    CORPUS / "seeds" / "000_7a2db0039e4ef287.txt",
    CORPUS / "real" / "full_001.html",
    CORPUS / "real" / "full_003.txt",
]


class Server:
    def __init__(self, **env: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        environment = {**os.environ, **{f"ZFXXGK_{k.upper()}": v for k, v in env.items()}}
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "serve.main:create_app",
                "--factory",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--timeout-graceful-shutdown",
                "20",
            ],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        if not wait_for_ok(f"{self.url}/healthz", seconds=30, process=self.process, every=0.1):
            self.stop()
            raise RuntimeError("server did not start")

    def wait_ready(self, timeout: float = 30) -> None:
        assert wait_for_ok(f"{self.url}/readyz", seconds=timeout, every=0.1), "server never became ready"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()


@pytest.fixture(scope="module")
def server():
    s = Server(max_bytes=str(2 * 1024 * 1024), max_batch="4")
    s.wait_ready()
    yield s
    s.stop()


def _error(response: httpx.Response) -> str:
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    return body["error"]["code"]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_result_equals_the_cli(server, path):
    cli = CliRunner().invoke(app, ["extract", str(path)])
    assert cli.exit_code == 0, cli.output
    text = path.read_text(encoding="utf-8")
    key = "html" if path.suffix == ".html" else "text"
    response = httpx.post(f"{server.url}/v1/extract", json={key: text, "filename": str(path)}, timeout=30)
    assert response.status_code == 200, response.text
    assert response.json() == json.loads(cli.stdout)


def test_multipart_upload(server):
    path = SAMPLES[0]
    response = httpx.post(f"{server.url}/v1/extract", files={"file": (path.name, path.read_bytes())}, timeout=30)
    assert response.status_code == 200
    assert response.json()["fields"]["t3.new_received.total"]["value"] == 4


def test_pdf_upload_gives_fields_with_page_and_box(server, tmp_path):
    pytest.importorskip("reportlab")
    import render_documents as rd

    gold = json.loads((rd.ROOT / "annotations/gold/seeds/000_7a2db0039e4ef287.json").read_text(encoding="utf-8"))
    pdf = tmp_path / "seed.pdf"
    rd.to_pdf(rd.report_blocks(gold, rd.ROOT / "annotations" / "corpus"), pdf, ruled=True)
    response = httpx.post(f"{server.url}/v1/extract", files={"file": ("seed.pdf", pdf.read_bytes())}, timeout=60)
    assert response.status_code == 200, response.text
    field = response.json()["fields"]["t3.new_received.total"]
    assert field["value"] == gold["fields"]["t3.new_received.total"]
    assert field["page"] >= 1 and len(field["bbox"]) == 4


def test_errors_are_json_with_a_code(server):
    url = f"{server.url}/v1/extract"
    assert httpx.post(url, content=b"x", headers={"content-type": "text/plain"}).status_code == 415
    response = httpx.post(url, files={"file": ("report.pdf", b"%PDF-1.4 ...")})
    assert response.status_code == 422 and _error(response) == "E120"  # a broken PDF
    response = httpx.post(url, files={"file": ("report.xls", b"\x00\x01")})
    assert response.status_code == 415 and _error(response) == "E106"
    response = httpx.post(url, content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 422 and _error(response) == "E201"
    response = httpx.post(url, json={"text": "a", "html": "b"})
    assert response.status_code == 422 and _error(response) == "E202"
    response = httpx.post(url, json={"text": ""})
    assert response.status_code == 422 and _error(response) == "E101"
    response = httpx.post(url, json={"text": "政府" * (1024 * 1024 + 10)}, timeout=30)
    assert response.status_code == 413 and _error(response) == "E103"
    response = httpx.post(url, files={"file": ("bin.txt", bytes(range(256)) * 100)})
    assert response.status_code == 415 and _error(response) == "E102"
    assert httpx.get(f"{server.url}/healthz").status_code == 200  # still alive


def test_batch_gives_one_result_or_error_per_document_in_order(server):
    docs = [{"text": SAMPLES[0].read_text(encoding="utf-8")}, {"text": ""}, {"html": "<p>天气预报</p>"}]
    response = httpx.post(f"{server.url}/v1/extract/batch", json={"documents": docs}, timeout=30)
    assert response.status_code == 200
    results = response.json()["results"]
    assert [("result" if r["result"] else r["error"]["code"]) for r in results] == ["result", "E101", "E105"]
    too_many = httpx.post(f"{server.url}/v1/extract/batch", json={"documents": [{"text": "x"}] * 5})
    assert too_many.status_code == 413 and _error(too_many) == "E205"


def test_model_info_and_metrics(server):
    info = httpx.get(f"{server.url}/v1/model").json()
    assert info["labels"][0] == "O" and "B-PROBLEM" in info["labels"]
    assert info["reader"]["trained_on"] > 1000  # the learned reader after the rules, and what it learned from
    httpx.post(f"{server.url}/v1/extract", json={"text": ""})
    metrics = httpx.get(f"{server.url}/metrics").text
    assert 'zfxxgk_requests_total{route="/v1/extract",status="422"}' in metrics
    assert "zfxxgk_request_seconds_bucket" in metrics and "zfxxgk_extraction_seconds_count" in metrics
    assert 'zfxxgk_errors_total{code="E101"}' in metrics


def test_readyz_before_and_after_the_model_loads():
    s = Server(load_delay_s="2")
    try:
        first = httpx.get(f"{s.url}/readyz")
        assert first.status_code == 503 and _error(first) == "E503"
        s.wait_ready()
        assert httpx.get(f"{s.url}/readyz").json()["status"] == "ready"
    finally:
        s.stop()


def _big_report() -> str:
    return SAMPLES[0].read_text(encoding="utf-8") * 150  # about 1.4 MB of report text, seconds to extract


def test_slow_document_times_out_with_504_and_the_server_goes_on():
    s = Server(timeout_s="0.2", engine="rules")
    try:
        s.wait_ready()
        response = httpx.post(f"{s.url}/v1/extract", json={"text": _big_report()}, timeout=60)
        assert response.status_code == 504 and _error(response) == "E504"
        assert httpx.post(f"{s.url}/v1/extract", json={"text": "2019年某县政府信息公开工作年度报告"}).status_code == 200
    finally:
        s.stop()


def test_graceful_shutdown_finishes_requests_in_flight():
    s = Server(engine="rules")  # the rules keep the big document to a few seconds
    s.wait_ready()
    result: dict[str, int] = {}

    def call() -> None:
        result["status"] = httpx.post(f"{s.url}/v1/extract", json={"text": _big_report()}, timeout=120).status_code

    thread = threading.Thread(target=call)
    thread.start()
    deadline = time.monotonic() + 60
    while "zfxxgk_extractions_in_progress 1.0" not in httpx.get(f"{s.url}/metrics").text:
        assert time.monotonic() < deadline, "the request never reached the server"
        time.sleep(0.05)
    s.process.send_signal(signal.SIGTERM)  # the request is in flight now
    thread.join(timeout=120)
    s.process.wait(timeout=60)
    assert result.get("status") == 200


def test_schemathesis_finds_no_server_error(server):
    cmd = [
        str(Path(sys.executable).parent / "schemathesis"),
        "run",
        f"{server.url}/openapi.json",
        "--checks",
        "not_a_server_error",
        "--max-examples",
        "30",
        "--seed",
        "1",
        "--request-timeout",
        "30",
        "--generation-deterministic",
    ]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]


def test_an_internal_error_on_one_document_is_that_documents_error_not_the_batchs():
    import asyncio
    from types import SimpleNamespace

    from serve import routes

    class Failing:
        settings = SimpleNamespace(max_bytes=1000, timeout_s=5)
        metrics = SimpleNamespace(errors=SimpleNamespace(labels=lambda code: SimpleNamespace(inc=lambda: None)))

        async def extract(self, name, data):
            raise OverflowError("cannot convert float infinity to integer")

    with pytest.raises(routes.ApiError) as caught:
        asyncio.run(routes._run(Failing(), "a.txt", b"x"))
    assert caught.value.code == "E500" and "OverflowError" in caught.value.message
