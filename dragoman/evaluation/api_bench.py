"""The phases of `dragoman bench api`: a server on a generated database, reads alone, then reads
while an upload is ingested; the result as a benchmark table."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from dragoman.errors import ConfigError
from dragoman.evaluation.api_load import error_notes, phase_rows, run_load, running_server, upload_file
from dragoman.evaluation.common import BenchResult
from dragoman.evaluation.synthetic import build_database
from dragoman.settings import DEFAULT_SETTINGS
from dragoman.store.dialect import Target

COLUMNS = ["phase", "endpoint", "requests", "requests/s", "p50 ms", "p99 ms", "errors"]


@dataclass
class ApiBench:
    """What to load and how hard: a database to generate (or a running server's URL)."""

    db: Target
    articles: int = 10_000
    clients: int = 16
    seconds: float = 10.0
    workers: int = 2
    upload_articles: int = 200
    corpus: Path = Path("examples")
    url: str | None = None
    token: str | None = None


def bench_api(bench: ApiBench, say: Callable[[str], None] = lambda _: None) -> BenchResult:
    """Run both phases and return the table (plus notes on the database and the upload)."""
    result = BenchResult("api", COLUMNS)
    token = bench.token or uuid.uuid4().hex
    with _server(bench, token, say) as base:
        result.notes.append(_describe(base, bench))
        run_load(base, bench.clients, min(2.0, bench.seconds))  # warm-up: connections, caches
        say(f"reads: {bench.clients} clients for {bench.seconds:.0f} s")
        reads = run_load(base, bench.clients, bench.seconds)
        result.rows += phase_rows("reads", reads, bench.seconds)
        result.notes += error_notes("reads", reads)
        if bench.upload_articles:
            _during_upload(base, bench, token, result, say)
    return result


def _server(bench: ApiBench, token: str, say: Callable[[str], None]) -> AbstractContextManager[str]:
    if bench.url:
        return _given(bench.url)
    say(f"database {bench.db}: up to {bench.articles} articles (generated once, then reused)")
    build_database(bench.db, bench.articles, bench.corpus, DEFAULT_SETTINGS,
                   progress=lambda n: say(f"  {n} articles"))
    say(f"server: dragoman serve --workers {bench.workers}")
    return running_server(bench.db, bench.workers, token)


@contextmanager
def _given(url: str) -> Iterator[str]:
    yield url.rstrip("/")


def _describe(base: str, bench: ApiBench) -> str:
    stats = httpx.get(f"{base}/api/stats", timeout=60).json()
    where = bench.url or f"`dragoman serve --workers {bench.workers}` on a generated database"
    return (f"{where}: {stats['articles']} articles, {stats['events']} events, {stats['quotes']} "
            f"quotes; {bench.clients} clients (asyncio + httpx) for {bench.seconds:.0f} s per phase")


def _during_upload(base: str, bench: ApiBench, token: str, result: BenchResult,
                   say: Callable[[str], None]) -> None:
    """Upload a file of new articles, wait until its job runs, then load again meanwhile."""
    folder = bench.db.parent if isinstance(bench.db, Path) and not bench.url else Path.cwd()
    path = upload_file(bench.corpus, bench.upload_articles, folder)
    headers = {"Authorization": f"Bearer {token}"}
    try:
        with path.open("rb") as handle:
            answer = httpx.post(f"{base}/api/ingest", files={"file": (path.name, handle)},
                                headers=headers, timeout=60)
    finally:
        path.unlink(missing_ok=True)
    if answer.status_code != 202:
        raise ConfigError(f"upload refused: {answer.status_code} {answer.text[:200]}")
    job_url = f"{base}/api/jobs/{answer.json()['id']}"
    _wait_for(job_url, headers, {"running", "done", "failed"})
    say(f"reads during the upload of {bench.upload_articles} articles")
    started = time.monotonic()
    during = run_load(base, bench.clients, bench.seconds, seed=2)
    job = httpx.get(job_url, headers=headers, timeout=30).json()
    result.rows += phase_rows("reads during upload", during, bench.seconds)
    result.notes += error_notes("reads during upload", during)
    counts = job.get("report") or job.get("progress") or {}
    result.notes.append(f"upload of {bench.upload_articles} new articles (JSON Lines): job {job['status']} "
                        f"at the end of the phase, {counts.get('stored', 0)} stored so far")
    final = _wait_for(job_url, headers, {"done", "failed"}, seconds=600, what="finish")
    report = final.get("report") or final.get("progress") or {}
    seconds = time.monotonic() - started
    result.notes.append(
        f"the upload job {final['status']} {seconds:.0f} s after the phase began: "
        f"{report.get('read', 0)} read, {report.get('stored', 0)} stored, "
        f"{report.get('near_duplicates', 0)} near-duplicates linked, "
        f"{report.get('duplicates', 0)} duplicates, {len(report.get('rejected') or [])} rejected")


def _wait_for(url: str, headers: dict[str, str], states: set[str], seconds: float = 120,
              what: str = "start") -> dict[str, Any]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        job: dict[str, Any] = httpx.get(url, headers=headers, timeout=30).json()
        if job["status"] in states:
            return job
        time.sleep(0.2)
    raise ConfigError(f"the upload job did not {what} within {seconds:.0f} s")
