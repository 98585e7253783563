"""Shared fixtures: paths to the shared gold data and small hand-built inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"


def load_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture
def seeds_gold() -> list[dict]:
    path = SHARED / "gold" / "seeds.jsonl"
    if not path.exists():
        pytest.skip("../shared/gold is not beside the repository")
    return load_gold(path)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"
