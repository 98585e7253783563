"""The in-memory merge the Spark job runs gives the store's events, sources and dates exactly."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from dragoman.document import Document, SourceInfo
from dragoman.exports import flat_event, plover_record
from dragoman.records import Event
from dragoman.scale.merge import Occurrence, merge_group, merge_key
from dragoman.store import Store, StoredInput
from dragoman.store.analysis import source_row
from dragoman.store.queries import EventFilter, list_events

_DATES = [None, "2025-03-01", "2025-03-02", "2025-03-03", "2025-03-05", "2025-03", "2025", "--03-02",
          "2025-03-31", "2025-04-01"]


def _event(rng: random.Random, article: str, index: int) -> dict:
    kind = rng.choice(["CONSULT", "ACCUSE", "SUPPORT"])
    actor, recipient = rng.sample(["KAZ", "DEU", "RUS", "EU"], 2)
    sides = {"actor": [{"code": actor, "entity_name": actor}],
             "recipient": [{"code": recipient, "entity_name": recipient}]}
    if rng.random() < 0.3:  # a meeting reported the other way round
        sides = {"actor": sides["recipient"], "recipient": sides["actor"]}
    day = rng.choice(_DATES)
    return {"id": f"{article}-{index}", "event": kind, "mode": None, "quad_code": 1, "event_scale": 1.0,
            **sides, "date": day, "date_granularity": "day" if day and len(day) == 10 else None,
            "negated": rng.random() < 0.1, "text": f"Sentence {index}.", "event_text": "met",
            "language": "en", "confidence": 0.5, "sources": [{"article_id": article, "doc": article, "url": None, "start": index * 10,
                         "end": index * 10 + 9, "language": "en"}]}


def _documents(seed: int, count: int) -> list[Document]:
    rng = random.Random(seed)
    documents = []
    for number in range(count):
        article = f"{number:016x}"
        site = rng.choice(["a.example", "b.example", None])
        document = Document(doc=f"doc{number}", text=f"Article {number}.", id=article, lang=rng.choice("ef"),
                            source=SourceInfo(path=f"in/{number}", url=f"https://{site}/x" if site else None))
        document.events = [Event.from_json(_event(rng, article, i)) for i in range(rng.randint(1, 3))]
        documents.append(document)
    return documents


def test_merge_matches_the_store(tmp_path: Path) -> None:
    documents = _documents(seed=3, count=120)
    with Store.open(tmp_path / "m.db") as store:
        for document in documents:
            store.save_article(document, StoredInput(document.source.path or "", "", document.id, b"", "text"),
                               None)
        stored = [flat_event(plover_record(e)) for e in
                  list_events(store.connection, EventFilter(include_negated=True, limit=10**6))]
        stored_sources = store.connection.execute(
            "SELECT event_id, occurrence_id, article_id, site, date FROM event_sources").fetchall()
    groups: dict[tuple, list[Occurrence]] = {}
    for ordinal, document in enumerate(documents):
        for index, event in enumerate(e.to_json() for e in document.events):
            occurrence = Occurrence((ordinal, index), event, source_row(event, document))
            groups.setdefault(merge_key(event), []).append(occurrence)
    merged = [pair for group in groups.values() for pair in merge_group(group)]
    assert sorted((row for row, _ in merged), key=lambda r: r["id"]) == sorted(stored, key=lambda r: r["id"])
    sources = sorted((s["event_id"], s["occurrence_id"], s["article_id"], s["site"], s["date"])
                     for _, rows in merged for s in rows)
    assert sources == sorted(tuple(r) for r in stored_sources)
    assert len(stored) < sum(len(d.events) for d in documents)  # reports were merged, across dates too
    assert any(r["num_articles"] > 2 for r in stored)


def test_merge_fills_a_missing_date_like_the_store(tmp_path: Path) -> None:
    """A first report without a date takes the next dated report's, which later reports must match."""
    rng = random.Random(1)
    documents = _documents(seed=1, count=3)
    for document, day in zip(documents, [None, "2025-03-02", "2025-03-04"], strict=True):
        event = _event(rng, document.id, 0)
        event.update(event="CONSULT", date=day, negated=False, actor=[{"code": "KAZ"}], recipient=[{"code": "DEU"}])
        document.events = [Event.from_json(event)]
    reports = [d.events[0].to_json() for d in documents]
    occurrences = [Occurrence((n, 0), r, source_row(r, d))
                   for n, (r, d) in enumerate(zip(reports, documents, strict=True))]
    rows = [row for row, _ in merge_group(occurrences)]
    assert [(r["date"], r["num_articles"]) for r in rows] == [("2025-03-02", 2), ("2025-03-04", 1)]
    with Store.open(tmp_path / "d.db") as store:
        for document in documents:
            store.save_article(document, StoredInput(document.id, "", document.id, b"", "text"), None)
        store.connection.row_factory = sqlite3.Row
        stored = store.connection.execute("SELECT date, num_articles FROM events ORDER BY rowid").fetchall()
    assert [tuple(r) for r in stored] == [("2025-03-02", 2), ("2025-03-04", 1)]
