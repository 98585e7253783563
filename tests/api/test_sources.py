"""Issue 11 item 4: a merged event lists a count and its first sources; the rest on request."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from dragoman.api import create_app
from dragoman.settings import DEFAULT_SETTINGS
from dragoman.store import Store
from dragoman.store.queries import EventFilter, list_events


def test_lists_carry_a_count_and_the_first_sources_the_rest_by_page(corpus_db: Path) -> None:
    settings = DEFAULT_SETTINGS.with_(event_sources_preview=2, event_sources_detail=3)
    client = TestClient(create_app(corpus_db, settings))
    items = client.get("/api/events", params={"sort": "articles", "limit": 1}).json()["items"]
    event = items[0]
    assert event["sources_total"] >= 5 and len(event["sources"]) == 2
    assert len(client.get(f"/api/events/{event['id']}").json()["sources"]) == 3
    pages = [client.get(f"/api/events/{event['id']}/sources", params={"offset": start, "limit": 2}).json()
             for start in range(0, event["sources_total"], 2)]
    assert all(page["total"] == event["sources_total"] for page in pages)
    listed = [(s["article_id"], s["start"]) for page in pages for s in page["items"]]
    assert len(set(listed)) == event["sources_total"]
    assert [(s["article_id"], s["start"]) for s in event["sources"]] == listed[:2]
    missing = client.get("/api/events/0123456789abcdef/sources")
    assert missing.status_code == 404 and missing.json()["error"]["message"]


def test_exports_still_carry_every_source(corpus_db: Path) -> None:
    with Store.open(corpus_db, readonly=True) as store:
        [event] = list_events(store.connection, EventFilter(sort="articles", limit=1))
    assert len(event["sources"]) == event["sources_total"] >= 5
