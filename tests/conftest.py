"""Shared fixtures: paths to the shared gold data and small hand-built inputs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import pg

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


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """Admin URL of a real PostgreSQL server (tests/pg.py)."""
    yield from pg.server()


@pytest.fixture
def pg_db(pg_server: str) -> Iterator[str]:
    """URL of a new, empty PostgreSQL database."""
    yield from pg.fresh_database(pg_server)


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request: pytest.FixtureRequest, db_path: Path) -> str | Path:
    """Where a store test writes: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return db_path
    return str(request.getfixturevalue("pg_db"))
