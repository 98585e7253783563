"""Issue 12 item 3 and issue 11 item 8: every answer documented with a schema, docs served from this
machine, security headers on every response."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import dragoman
from dragoman.api import create_app

HEADERS = ("content-security-policy", "x-content-type-options", "referrer-policy", "x-frame-options")


@pytest.fixture(scope="module")
def client(corpus_db: Path) -> TestClient:
    return TestClient(create_app(corpus_db))


def test_every_path_documents_its_answer_with_a_schema(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert spec["paths"]
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            answers = {code: body for code, body in operation["responses"].items() if code.startswith("2")}
            assert answers, (method, path)
            for code, body in answers.items():
                schema = body["content"]["application/json"]["schema"]
                assert "$ref" in schema or schema.get("type") in ("array", "object"), (method, path, code)
                assert schema != {"type": "object"} and schema.get("items", {"$ref": 1}) != {}
            errors = operation["responses"].get("422") or operation["responses"].get("404")
            assert errors and errors["content"]["application/json"]["schema"] == {
                "$ref": "#/components/schemas/ErrorBody"}, (method, path)


def test_docs_load_only_local_assets(client: TestClient) -> None:
    for page in ("/docs", "/redoc"):
        html = client.get(page).text
        sources = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert sources and all(s.startswith("/") for s in sources), sources
        for source in sources:
            assert client.get(source).status_code == 200, source
        assert "<script>" not in html  # no inline script: the policy forbids it


@pytest.mark.parametrize("path", ["/", "/static/app.js", "/docs", "/openapi.json", "/api/stats",
                                  "/api/events/nothere", "/nowhere"])
def test_every_response_has_the_security_headers(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert all(response.headers.get(name) for name in HEADERS), (path, dict(response.headers))
    assert response.headers["x-content-type-options"] == "nosniff"
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy and "unsafe-eval" not in policy


def test_the_package_declares_its_types() -> None:
    assert (Path(dragoman.__file__).parent / "py.typed").exists()
