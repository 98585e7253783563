"""The REST API through the app: filters, pagination, evidence, one error shape, guarded ingest."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dragoman.api import create_app
from dragoman.settings import DEFAULT_SETTINGS
from tests.api.conftest import analysed_db

AUTH = {"Authorization": "Bearer s3cret"}
ARTICLES = {
    "en.txt": "Russian Foreign Minister Sergey Lavrov met Kazakh President Kassym-Jomart Tokayev in "
              "Astana on 20 May 2024. Tokayev praised Russia as a strategic partner. "
              "“We will deepen our cooperation in trade and energy,” Tokayev said.",
    "fr.txt": "Le président du Kazakhstan Kassym-Jomart Tokaïev a rencontré le ministre russe des "
              "Affaires étrangères Sergueï Lavrov à Astana le 20 mai 2024. « Nous renforcerons notre "
              "partenariat stratégique avec la Russie », a déclaré Tokaïev.",
    "xss.txt": "The foreign minister of Uzbekistan met his Tajik counterpart in Dushanbe on 3 June 2024. "
               "<script>alert('x')</script> They signed a water agreement.",
}


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return analysed_db(tmp_path_factory.mktemp("corpus"), ARTICLES)


@pytest.fixture(scope="module")
def client(database: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings = DEFAULT_SETTINGS.with_(jobs_dir=tmp_path_factory.mktemp("jobs"))
    with TestClient(create_app(database, settings, token="s3cret")) as client:
        yield client


def wait_for_job(client: TestClient, job: dict[str, Any], seconds: float = 120) -> dict[str, Any]:
    """Poll the job until it is done or failed."""
    deadline = time.monotonic() + seconds
    while job["status"] in ("queued", "running") and time.monotonic() < deadline:
        time.sleep(0.2)
        job = client.get(f"/api/jobs/{job['id']}", headers=AUTH).json()
    return job


def test_stats(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["articles"] == 3
    assert {row["lang"] for row in stats["languages"]} == {"en", "fr"}


def test_articles_search_and_reader_spans(client: TestClient) -> None:
    [hit] = client.get("/api/search", params={"q": "Dushanbe"}).json()
    article = client.get(f"/api/articles/{hit['id']}").json()
    assert "<script>" in article["text"]  # stored as text; the dashboard escapes it
    assert article["spans"] and all(0 <= s["start"] < s["end"] <= len(article["text"]) for s in article["spans"])


def test_events_filters_and_pagination(client: TestClient) -> None:
    everything = client.get("/api/events", params={"limit": 1000}).json()
    assert everything["total"] == len(everything["items"])
    page = client.get("/api/events", params={"limit": 1, "offset": 0}).json()
    assert len(page["items"]) == min(1, everything["total"])
    for item in client.get("/api/events", params={"actor": "KAZ"}).json()["items"]:
        assert "KAZ" in [a["code"] for a in item["actor"]]
        detail = client.get(f"/api/events/{item['id']}").json()
        assert detail["sources"] and detail["sources"][0]["sentence"]


def test_one_error_shape(client: TestClient) -> None:
    for response in (client.get("/api/events/unknown"), client.get("/api/events", params={"quad": 7}),
                     client.get("/api/articles/ffff"), client.get("/api/actors/zzzzzzzz")):
        body = response.json()
        assert response.status_code in (404, 422)
        assert set(body) == {"error"} and body["error"]["status"] == response.status_code
        assert body["error"]["message"]


def test_actor_search_in_any_language(client: TestClient) -> None:
    for query in ("Kasachstan", "Казахстан", "KAZ", "Cazaquistão"):
        results = client.get("/api/actors", params={"q": query}).json()
        assert results and results[0]["code"] == "KAZ", query


def test_ingest_needs_the_token(client: TestClient, database: Path) -> None:
    upload = {"file": ("new.txt", io.BytesIO("Der deutsche Außenminister besuchte Taschkent und "
                                            "sprach mit seinem usbekischen Amtskollegen.".encode()))}
    assert client.post("/api/ingest", files=upload).status_code == 401
    wrong = client.post("/api/ingest", files=upload, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.json()["error"]["status"] == 401
    upload["file"][1].seek(0)
    accepted = client.post("/api/ingest", files=upload, headers=AUTH)
    assert accepted.status_code == 202 and accepted.json()["status"] == "queued"
    assert client.get(f"/api/jobs/{accepted.json()['id']}").status_code == 401
    job = wait_for_job(client, accepted.json())
    assert job["status"] == "done" and job["report"]["stored"] == 1, job
    assert client.get("/api/stats").json()["articles"] == 4


def test_dashboard_and_openapi_are_served(client: TestClient) -> None:
    assert "dragoman" in client.get("/").text
    assert client.get("/static/app.js").status_code == 200
    assert "/api/events" in client.get("/openapi.json").json()["paths"]
