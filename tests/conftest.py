from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "annotations" / "corpus"
GOLD = ROOT / "annotations" / "gold"


@pytest.fixture
def corpus() -> Path:
    return CORPUS
