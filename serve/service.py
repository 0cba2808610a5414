"""The extraction service behind the HTTP routes: loaded once per process, safe under concurrency."""

from __future__ import annotations

import asyncio
import hashlib
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

import extract
from extract import registry
from extract.engines import load_engine, reader_of
from extract.pipeline import extract_bytes

from .settings import Settings

_WARMUP_TEXT = "2023年某县政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息10条。\n"


class Metrics:
    """Prometheus metrics of one app (own registry, so tests can build several apps)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("zfxxgk_requests", "HTTP requests", ["route", "status"], registry=self.registry)
        self.latency = Histogram(
            "zfxxgk_request_seconds",
            "HTTP request latency",
            ["route"],
            registry=self.registry,
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
        )
        self.inference = Histogram(
            "zfxxgk_extraction_seconds",
            "Extraction time per document",
            registry=self.registry,
            buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
        )
        self.errors = Counter("zfxxgk_errors", "Documents that failed, by error code", ["code"], registry=self.registry)
        self.in_progress = Gauge(
            "zfxxgk_extractions_in_progress", "Documents being extracted now", registry=self.registry
        )


class ExtractionService:
    """Holds the engine (the ONNX session when there is a model) and a bounded pool of workers."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.metrics = Metrics()
        self.engine: Any = None
        self.ready = False
        self.load_error: str | None = None
        self._pool = ThreadPoolExecutor(max_workers=settings.extract_threads, thread_name_prefix="extract")
        self._lock = threading.Lock()

    def load(self) -> None:
        """Load the engine and answer one warm-up document; `ready` only after both worked."""
        try:
            if self.settings.load_delay_s:
                time.sleep(self.settings.load_delay_s)
            model_dir = Path(self.settings.model_dir) if self.settings.model_dir else None
            reader_dir = Path(self.settings.reader_dir) if self.settings.reader_dir else None
            engine = load_engine(
                self.settings.engine, model_dir=model_dir, reader=self.settings.reader, reader_dir=reader_dir
            )
            extract_bytes("warmup.txt", _WARMUP_TEXT.encode(), engine=engine)
            with self._lock:
                self.engine = engine
                self.ready = True
        except Exception as exc:  # reported by /readyz, never a crash
            self.load_error = f"{type(exc).__name__}: {exc}"

    def info(self) -> dict[str, Any]:
        engine = self.engine
        onnx_path = getattr(engine, "onnx_path", None)
        sha = hashlib.sha256(Path(onnx_path).read_bytes()).hexdigest() if onnx_path else None
        return {
            "name": getattr(engine, "name", "rules"),
            "engine": self.settings.engine,
            "version": extract.__version__,
            "model_version": getattr(engine, "model_version", None),
            "labels": list(registry.LABELS),
            "sha256": sha,
            "reader": _reader_info(engine),
            "ready": self.ready,
        }

    async def extract(self, name: str, data: bytes) -> dict[str, Any]:
        """Extract one document in the worker pool, within the per-document time limit."""
        loop = asyncio.get_running_loop()
        started = time.perf_counter()
        future = loop.run_in_executor(self._pool, self._extract_sync, name, data)
        self.metrics.in_progress.inc()
        try:
            return await asyncio.wait_for(future, timeout=self.settings.timeout_s)
        finally:
            self.metrics.in_progress.dec()
            self.metrics.inference.observe(time.perf_counter() - started)

    def _extract_sync(self, name: str, data: bytes) -> dict[str, Any]:
        # A PDF stops reading at the request's own timeout, so a thread is not held long after a 504.
        report = extract_bytes(
            name, data, max_bytes=self.settings.max_bytes, engine=self.engine, pdf_seconds=self.settings.timeout_s
        )
        return report.model_dump(mode="json")

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=False)


def _reader_info(engine: Any) -> dict[str, Any] | None:
    """What the learned reader of the engine's rules was trained on, or None without one."""
    reader = reader_of(engine)
    if reader is None:
        return None
    info = reader.info
    return {"trained_on": info.get("trained_on"), "thresholds": info.get("thresholds")}
