"""Load benchmark of the HTTP server, loopback only, bounded in time.

Starts `uvicorn serve.main:create_app` on 127.0.0.1 (a free port), then for each
concurrency level runs an asyncio client that posts the bundled full reports in turn for
`--seconds` seconds. Prints throughput, latency percentiles, errors and the server's RSS.

Run: .venv/bin/python benchmarks/load.py [--seconds 60] [--levels 1,8,32] [--workers 1]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from local_servers import free_port, wait_for_ok  # noqa: E402

CORPUS = ROOT / "annotations" / "corpus"


def _rss_mib(pid: int) -> float:
    """RSS of a process and its children (uvicorn workers), in MiB."""
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    total = 0
    for p in pids:
        for line in Path(f"/proc/{p}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total / 1024


def _documents() -> list[dict[str, str]]:
    docs = []
    for path in sorted(CORPUS.glob("seeds/*.txt")) + sorted(CORPUS.glob("real/full_*")):
        key = "html" if path.suffix == ".html" else "text"
        docs.append({key: path.read_text(encoding="utf-8"), "filename": path.name})
    return docs


async def _level(url: str, docs: list[dict[str, str]], concurrency: int, seconds: float) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    deadline = time.monotonic() + seconds
    async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=concurrency)) as client:

        async def worker(offset: int) -> None:
            nonlocal errors
            i = offset
            while time.monotonic() < deadline:
                started = time.perf_counter()
                try:
                    response = await client.post(f"{url}/v1/extract", json=docs[i % len(docs)])
                    if response.status_code != 200:
                        errors += 1
                except httpx.HTTPError:
                    errors += 1
                latencies.append(time.perf_counter() - started)
                i += 1

        started = time.monotonic()
        await asyncio.gather(*(worker(k) for k in range(concurrency)))
        elapsed = time.monotonic() - started
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [latencies[0]] * 99
    return {
        "requests": len(latencies),
        "rps": len(latencies) / elapsed,
        "p50": q[49],
        "p95": q[94],
        "p99": q[98],
        "errors": errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--levels", default="1,8,32")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "serve.main:create_app",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(args.workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env={**os.environ, "ZFXXGK_ENGINE": os.environ.get("ZFXXGK_ENGINE", "hybrid")},
    )
    try:
        if not wait_for_ok(f"{url}/readyz", seconds=60, process=server):
            raise SystemExit("server did not become ready")
        docs = _documents()
        levels = [int(x) for x in args.levels.split(",")]
        asyncio.run(_level(url, docs, max(levels), 5))  # warm-up at the highest concurrency, not reported
        rss_start = _rss_mib(server.pid)
        engine = httpx.get(f"{url}/v1/model").json()["name"]
        print(f"machine: {os.cpu_count()} cores; server workers: {args.workers}; engine: {engine}")
        print(f"documents: {len(docs)} bundled reports posted in turn; {args.seconds:g}s per level")
        columns = ("concurrency", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "RSS MiB")
        print("".join(f"{c:>{w}}" for c, w in zip(columns, (11, 10, 9, 9, 9, 9, 8, 9), strict=True)))
        for level in levels:
            r = asyncio.run(_level(url, docs, level, args.seconds))
            print(
                f"{level:>11}{r['requests']:>10}{r['rps']:>9.1f}{r['p50'] * 1000:>9.0f}{r['p95'] * 1000:>9.0f}"
                f"{r['p99'] * 1000:>9.0f}{r['errors']:>8}{_rss_mib(server.pid):>9.1f}"
            )
        rss_end = _rss_mib(server.pid)
        print(f"server RSS: start {rss_start:.1f} MiB, end {rss_end:.1f} MiB ({(rss_end / rss_start - 1) * 100:+.1f}%)")
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)


if __name__ == "__main__":
    main()
