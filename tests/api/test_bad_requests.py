"""Issue 11 item 3: every endpoint, given bad values, answers 4xx in the one error shape with a message
that names what is wrong; never a 500, never the database engine's own words."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dragoman.api import create_app
from dragoman.settings import DEFAULT_SETTINGS

HUGE = "100000000000000000000"
AUTH = {"Authorization": "Bearer t"}
# (method, path, params, what the message must name) for each route; every /api route must be here.
BAD: dict[str, list[tuple[str, str, dict[str, str], str]]] = {
    "/api/stats": [("GET", "/api/stats", {"limt": "5"}, "limt")],
    "/api/events": [
        ("GET", "/api/events", {"offset": HUGE}, "offset"),
        ("GET", "/api/events", {"date_from": "yesterday"}, "date"),
        ("GET", "/api/events", {"date_to": "2024-02-30"}, "date"),
        ("GET", "/api/events", {"limit": "-5"}, "limit"),
        ("GET", "/api/events", {"limit": "abc"}, "limit"),
        ("GET", "/api/events", {"quad": "7"}, "quad"),
        ("GET", "/api/events", {"type": "HUG"}, "PLOVER"),
        ("GET", "/api/events", {"dyad": "KAZ"}, "dyad"),
        ("GET", "/api/events", {"actor": "K AZ"}, "actor"),
        ("GET", "/api/events", {"language": "french"}, "language"),
        ("GET", "/api/events", {"sort": "random"}, "sort"),
        ("GET", "/api/events", {"context": "a\x00b"}, "control"),
        ("GET", "/api/events", {"include_negated": "perhaps"}, "include_negated"),
    ],
    "/api/events/{event_id}": [("GET", "/api/events/0123456789abcdef", {}, "no event"),
                               ("GET", "/api/events/xyz", {}, "event_id")],
    "/api/events/{event_id}/sources": [
        ("GET", "/api/events/0123456789abcdef/sources", {"offset": HUGE}, "offset"),
        ("GET", "/api/events/0123456789abcdef/sources", {"limit": "0"}, "limit"),
    ],
    "/api/timeline": [("GET", "/api/timeline", {"actor": "a;b"}, "actor")],
    "/api/network": [("GET", "/api/network", {"limit": HUGE}, "limit")],
    "/api/articles": [("GET", "/api/articles", {"offset": HUGE}, "offset"),
                      ("GET", "/api/articles", {"search": "\x00"}, "control"),
                      ("GET", "/api/articles", {"lang": "english"}, "lang")],
    "/api/articles/{article_id}": [("GET", "/api/articles/ffff", {}, "no article"),
                                   ("GET", "/api/articles/%25", {}, "article_id")],
    "/api/search": [("GET", "/api/search", {"q": "\x00"}, "control"),
                    ("GET", "/api/search", {}, "q"),
                    ("GET", "/api/search", {"q": "x", "limit": "-1"}, "limit")],
    "/api/quotes": [("GET", "/api/quotes", {"offset": "-1"}, "offset"),
                    ("GET", "/api/quotes", {"speaker": "\x07"}, "control")],
    "/api/actors": [("GET", "/api/actors", {"limit": "0"}, "limit")],
    "/api/actors/{code_or_name}": [("GET", "/api/actors/zzzzzzzzqq", {}, "no actor")],
    "/api/ingest": [("POST", "/api/ingest", {}, "empty upload"),
                    ("POST", "/api/ingest", {"filename": "\x00"}, "control")],
    "/api/jobs/{job_id}": [("GET", "/api/jobs/0123456789abcdef", {}, "no job"),
                           ("GET", "/api/jobs/..%2F..%2Fetc", {}, "not found"),
                           ("GET", "/api/jobs/ABC", {}, "job_id")],
}


@pytest.fixture(scope="module")
def client(corpus_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings = DEFAULT_SETTINGS.with_(jobs_dir=tmp_path_factory.mktemp("jobs"), max_upload_bytes=1000)
    with TestClient(create_app(corpus_db, settings, token="t"), raise_server_exceptions=False) as client:
        yield client


def _assert_clean_error(response: object, names: str) -> None:
    body = response.json()  # type: ignore[attr-defined]
    status = response.status_code  # type: ignore[attr-defined]
    assert 400 <= status < 500, (status, body)
    assert set(body) == {"error"} and body["error"]["status"] == status
    message = body["error"]["message"]
    assert names.lower() in message.lower(), message
    assert "sqlite" not in message.lower() and "Traceback" not in message


def test_every_endpoint_is_walked(client: TestClient) -> None:
    assert set(client.get("/openapi.json").json()["paths"]) == set(BAD)


@pytest.mark.parametrize(("method", "path", "params", "names"),
                         [case for cases in BAD.values() for case in cases])
def test_bad_values_get_a_clean_4xx(client: TestClient, method: str, path: str, params: dict[str, str],
                                    names: str) -> None:
    _assert_clean_error(client.request(method, path, params=params, headers=AUTH), names)


def test_uploads_over_the_limit_are_refused_while_streaming(client: TestClient) -> None:
    big = io.BytesIO(b"x" * 5000)
    _assert_clean_error(client.post("/api/ingest", files={"file": ("big.txt", big)}, headers=AUTH), "limit")
    raw = client.post("/api/ingest", params={"filename": "big.txt"}, content=iter([b"y" * 800] * 100),
                      headers=AUTH)
    _assert_clean_error(raw, "limit")
    assert raw.status_code == 413


def test_ingest_is_guarded(client: TestClient, corpus_db: Path) -> None:
    _assert_clean_error(client.post("/api/ingest", content=b"text"), "token")
    _assert_clean_error(client.get("/api/jobs/0123456789abcdef"), "token")
    with TestClient(create_app(corpus_db)) as closed:
        _assert_clean_error(closed.post("/api/ingest", content=b"text", headers=AUTH), "disabled")
