"""A real PostgreSQL server for the tests: $DRAGOMAN_TEST_PG, or a throwaway one started here.

Without a server the PostgreSQL tests fail and say why. Only outside CI may a developer skip them,
explicitly, with DRAGOMAN_SKIP_PG=1 (the skips are listed in pytest's summary)."""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dragoman.store.postgres import scratch_database

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "pg_server.sh"


def _start() -> tuple[str, str]:
    """Start scripts/pg_server.sh's server; (admin DSN, its folder)."""
    done = subprocess.run(["bash", str(SCRIPT), "start"], capture_output=True, text=True, timeout=180)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip()[-2000:] or "pg_server.sh failed")
    values = dict(part.split("=", 1) for part in shlex.split(done.stdout)[1:])
    return values["DRAGOMAN_PG_DSN"], values["DRAGOMAN_PG_DIR"]


def server() -> Iterator[str]:
    """The admin DSN of a running server for this test session."""
    given = os.environ.get("DRAGOMAN_TEST_PG")
    if given:
        yield given
        return
    if os.environ.get("DRAGOMAN_SKIP_PG") == "1" and not os.environ.get("CI"):
        pytest.skip("PostgreSQL tests skipped on request (DRAGOMAN_SKIP_PG=1)")
    try:
        dsn, folder = _start()
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
        pytest.fail(f"PostgreSQL server could not start, so the PostgreSQL tests cannot run: {exc}",
                    pytrace=False)
    try:
        yield dsn
    finally:
        subprocess.run(["bash", str(SCRIPT), "stop", folder], capture_output=True, timeout=120)


def fresh_database(admin: str) -> Iterator[str]:
    """A new empty database on the server; dropped afterwards."""
    with scratch_database(admin, "dragoman_test") as dsn:
        yield dsn


def without_times(value: Any) -> Any:
    """Answers less the ingest clock (first_seen differs between two ingests)."""
    if isinstance(value, list):
        return [without_times(v) for v in value]
    if isinstance(value, dict):
        return {k: without_times(v) for k, v in value.items() if k != "first_seen"}
    return value
