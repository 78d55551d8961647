"""Shared fixtures: the seed corpus and the optional shared data folder."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The project's seed corpus folder."""
    return SEEDS


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data (or $FRAMING_DATA); skips with the reason when absent."""
    from framing.datasets import data_dir
    from framing.errors import DataNotFoundError

    try:
        return data_dir()
    except DataNotFoundError as exc:
        pytest.skip(f"shared data not available: {exc}")
