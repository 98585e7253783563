"""The API and dashboard over PostgreSQL answer as over SQLite, and an uploaded file is ingested into
the PostgreSQL database by a job."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dragoman.api import create_app
from dragoman.ingest import Ingester
from dragoman.settings import DEFAULT_SETTINGS
from dragoman.store import Store
from tests.api.conftest import OTHERS, REPORTS, analysed_db
from tests.api.test_api import AUTH, wait_for_job
from tests.pg import without_times


def _client(db: str | Path, jobs: Path) -> TestClient:
    return TestClient(create_app(db, DEFAULT_SETTINGS.with_(jobs_dir=jobs), token="s3cret"))


@pytest.fixture(scope="module")
def clients(tmp_path_factory: pytest.TempPathFactory, pg_server: str) -> Iterator[tuple[TestClient, TestClient]]:
    from tests import pg

    folder = tmp_path_factory.mktemp("reports")
    sqlite = analysed_db(folder, {**REPORTS, **OTHERS})
    for dsn in pg.fresh_database(pg_server):
        with Store.open(dsn) as store:
            Ingester(store, DEFAULT_SETTINGS).run([str(folder)])
        with _client(sqlite, tmp_path_factory.mktemp("jobs")) as lite, \
                _client(dsn, tmp_path_factory.mktemp("jobs")) as postgres:
            yield lite, postgres


def _paths(client: TestClient) -> list[str]:
    """Every read endpoint, with the ids of this corpus."""
    events = client.get("/api/events").json()["items"]
    articles = client.get("/api/articles").json()
    event, article = events[0]["id"], articles[0]["id"]
    return ["/api/stats", "/api/timeline", "/api/timeline?actor=RUS", "/api/network", "/api/events",
            "/api/events?actor=RUS&sort=sources", "/api/events?type=CONSULT&language=fr",
            "/api/events?dyad=RUS:KAZ&limit=2&offset=1", f"/api/events/{event}",
            f"/api/events/{event}/sources?limit=2", "/api/articles", "/api/articles?lang=fr",
            f"/api/articles/{article}", "/api/search?q=Astana", "/api/search?q=tokaiev",
            "/api/quotes", "/api/quotes?speaker=Tokayev", "/api/actors?q=Lavrov", "/api/actors/KAZ",
            "/api/actors/Q7747", "/"]


def _body(client: TestClient, path: str) -> Any:
    response = client.get(path)
    assert response.status_code == 200, (path, response.text)
    if path == "/":
        return response.text
    return without_times(response.json())


def test_every_read_endpoint_answers_as_on_sqlite(clients: tuple[TestClient, TestClient]) -> None:
    lite, postgres = clients
    paths = _paths(lite)
    assert _paths(postgres) == paths  # the same ids: the same articles and merged events
    for path in paths:
        expected, found = _body(lite, path), _body(postgres, path)
        if path.startswith("/api/search"):  # the same hits; ranked by BM25 in SQLite, ts_rank here
            expected, found = (sorted(hits, key=lambda hit: hit["id"]) for hits in (expected, found))
        assert found == expected, path
    assert _body(lite, "/api/stats")["events"] > 0


def test_an_uploaded_file_is_ingested_into_postgresql(clients: tuple[TestClient, TestClient]) -> None:
    _, postgres = clients
    before = postgres.get("/api/stats").json()["articles"]
    text = (b"The foreign ministers of Kenya and Ethiopia met in Nairobi on 12 March 2025 to discuss the "
            b"border and trade.")
    job = postgres.post("/api/ingest", files={"file": ("kenya.txt", io.BytesIO(text), "text/plain")},
                        headers=AUTH).json()
    job = wait_for_job(postgres, job)
    assert job["status"] == "done", job
    assert postgres.get("/api/stats").json()["articles"] == before + 1
    assert postgres.get("/api/search", params={"q": "Nairobi"}).json()
