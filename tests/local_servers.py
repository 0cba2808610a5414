"""Servers the tests and benchmarks start on loopback: a free port, and waiting until one answers."""

from __future__ import annotations

import socket
import subprocess
import time

import httpx


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_ok(url: str, *, seconds: float, process: subprocess.Popen | None = None, every: float = 0.2) -> bool:
    """Poll GET `url` until it answers 200: False when `seconds` pass or `process` exits first."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return True
        except httpx.HTTPError:
            pass
        if process is not None and process.poll() is not None:
            return False
        time.sleep(every)
    return False
