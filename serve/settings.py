"""Server settings: one object, read once from the environment (ZFXXGK_*)."""

from __future__ import annotations

import os
from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_threads() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


class Settings(BaseSettings):
    """Limits and choices of one server process."""

    model_config = SettingsConfigDict(env_prefix="ZFXXGK_")

    max_bytes: int = 10 * 1024 * 1024
    max_batch: int = 32
    timeout_s: float = 30.0
    engine: str = "hybrid"
    model_dir: str | None = None
    reader: bool = True  # the learned reader after the rules (models/reader)
    reader_dir: str | None = None
    extract_threads: int = _default_threads()
    load_delay_s: float = 0.0  # wait before loading the model (lets orchestration tests see /readyz at 503)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
