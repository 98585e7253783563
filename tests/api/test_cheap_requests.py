"""Issue 11 item 9, how the API stays cheap per request (the speed itself is `dragoman bench api`):
list endpoints run on the event loop, headers come from a plain ASGI middleware, upload jobs yield the
CPU to reads, and the load generator does not pay for a shared connection pool."""

from __future__ import annotations

import inspect
import json
import os
import ssl
from pathlib import Path

import pytest
from fastapi.routing import APIRoute
from starlette.middleware.base import BaseHTTPMiddleware

from dragoman.api import create_app, jobs
from dragoman.api.docs import SecurityHeaders
from dragoman.api.routes import articles, events, stats
from dragoman.evaluation import api_load
from dragoman.settings import DEFAULT_SETTINGS
from dragoman.store import Store

LOOP_ENDPOINTS = {"/stats", "/timeline", "/network", "/events", "/articles", "/search", "/quotes",
                  "/events/{event_id}/sources"}


def test_list_endpoints_run_on_the_event_loop() -> None:
    """A sync endpoint costs two thread hops per request (the call and the response check), more
    than its indexed query; the lists the dashboard polls are coroutines."""
    routes = {r.path: r for module in (stats, events, articles) for r in module.router.routes
              if isinstance(r, APIRoute)}
    assert routes.keys() >= LOOP_ENDPOINTS
    assert [p for p in sorted(LOOP_ENDPOINTS) if not inspect.iscoroutinefunction(routes[p].endpoint)] == []


def test_security_headers_are_a_plain_asgi_middleware(tmp_path: Path) -> None:
    Store.open(tmp_path / "a.db").close()
    middleware = [m.cls for m in create_app(tmp_path / "a.db").user_middleware]
    assert SecurityHeaders in middleware
    assert not any(isinstance(m, type) and issubclass(m, BaseHTTPMiddleware) for m in middleware)


def test_an_ingest_job_runs_at_a_lower_priority(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    niceness: list[int] = []
    monkeypatch.setattr(os, "nice", lambda n: niceness.append(n) or n)
    (tmp_path / "a.txt").write_text("Lavrov met Tokayev in Astana on 20 May 2024.", encoding="utf-8")
    (tmp_path / "job.json").write_text(json.dumps({"file": "a.txt"}), encoding="utf-8")
    jobs.run_job(str(tmp_path), str(tmp_path / "a.db"), DEFAULT_SETTINGS)
    assert niceness == [DEFAULT_SETTINGS.job_niceness]
    assert json.loads((tmp_path / "job.json").read_text(encoding="utf-8"))["status"] == "done"


def test_each_simulated_client_keeps_its_own_single_connection() -> None:
    """httpcore checks every connection of a pool on each request: one pool of 16 cost the load
    generator milliseconds per request, which the server's figures then paid for."""
    http = api_load._connection("http://127.0.0.1:1", ssl.create_default_context())
    assert http._transport._pool._max_connections == 1  # type: ignore[attr-defined]
