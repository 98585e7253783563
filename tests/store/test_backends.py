"""SQLite and PostgreSQL give the same answers: one corpus ingested into each, every query compared;
and PostgreSQL stays consistent when several writers store the same articles at once."""

from __future__ import annotations

import random
import threading
from pathlib import Path
from typing import Any

import pytest

from dragoman.api import stats
from dragoman.document import Document
from dragoman.ingest import Ingester, collect_inputs, iter_documents
from dragoman.settings import DEFAULT_SETTINGS
from dragoman.store import Store, StoredInput
from dragoman.store.analysis import codes_of, dyad_key
from dragoman.store.pool import ReadPool
from dragoman.store.queries import (
    EventFilter,
    count_events,
    event_sources,
    get_event,
    list_events,
    list_quotes,
    mention_counts,
)
from tests.conftest import EXAMPLES
from tests.pg import without_times


def _answers(store: Store) -> dict[str, Any]:
    """What every command, the API and the dashboard read, through the shared query functions."""
    c = store.connection
    events = list_events(c, EventFilter(limit=10**6, include_negated=True))
    first = events[0]["id"]
    answers = {
        "events": events,
        "events by sources": list_events(c, EventFilter(sort="sources", limit=20)),
        "events oldest first": list_events(c, EventFilter(sort="-date", limit=20)),
        "events filtered": list_events(c, EventFilter(actor="RUS", source="example", limit=50)),
        "events in a date range": count_events(c, EventFilter(date_from="2025-01-01", date_to="2025-12-31")),
        "events with context": count_events(c, EventFilter(context="hypothetical")),
        "event": get_event(c, first, 2),
        "event sources": event_sources(c, first, 5, 0),
        "quotes": list_quotes(c, limit=10**6),
        "quotes searched": list_quotes(c, speaker="lavrov", text="a"),
        "mentions": mention_counts(c, "Q7747", "RUS"),
        "stats": stats.corpus_stats(c),
        "timeline": stats.timeline(c),
        "actor timeline": stats.timeline(c, "RUS"),
        "network": stats.network(c),
        "counterparts": stats.counterparts(c, "RUS"),
        "articles": store.list_articles(limit=100),
        "articles in French": store.list_articles(lang="fr"),
        "article": store.get_document(events[0]["sources"][0]["article_id"][:8]),
        "documents": [store.get_document(a["id"]) for a in store.list_articles(limit=100)],
        "article sources": [store.article_sources(a["id"]) for a in store.list_articles(limit=100)],
    }
    return {k: v.to_json() if isinstance(v, Document) else v for k, v in answers.items()}


def test_the_same_corpus_gives_the_same_answers_on_both_backends(db_path: Path, pg_db: str) -> None:
    answers = []
    for target in (db_path, pg_db):
        with Store.open(target) as store:
            report = Ingester(store, DEFAULT_SETTINGS).run([str(EXAMPLES)])
            assert report.stored > 20
            answers.append(without_times(_answers(store)))
    sqlite, postgresql = answers
    assert sqlite["events"] and sqlite["quotes"] and sqlite["timeline"]
    for key in sqlite:
        assert postgresql[key] == sqlite[key], key


def test_full_text_search_finds_the_same_articles(db_path: Path, pg_db: str) -> None:
    found = []
    for target in (db_path, pg_db):
        with Store.open(target) as store:
            Ingester(store, DEFAULT_SETTINGS).run([str(EXAMPLES / "text"), str(EXAMPLES / "html")])
            found.append([sorted(a["id"] for a in store.list_articles(search=q, limit=100))
                          for q in ("Astana", "ASTANA", "Präsident", "praesident président", "Лавров",
                                    "Erevan", "Toqaev", "nothing-like-this")])
    assert found[0] == found[1]
    assert found[0][0] and found[0][0] == found[0][1]


def _documents() -> list[Document]:
    files, _ = collect_inputs([str(EXAMPLES)], DEFAULT_SETTINGS.exclude)
    return [d for _, _, d in iter_documents(files, DEFAULT_SETTINGS) if isinstance(d, Document)]


def _event_groups(store: Store) -> list[tuple[str, str, tuple[str, ...]]]:
    """Each stored event as (type, parties, the articles it was merged from); not its date, which is
    the first report's (a serial ingest in another order keeps another report's date too)."""
    groups = []
    for event in list_events(store.connection, EventFilter(limit=10**6, include_negated=True)):
        parties = dyad_key(event["event"], codes_of(event["actor"]), codes_of(event["recipient"]))
        groups.append((event["event"], parties, tuple(sorted({s["article_id"] for s in event["sources"]}))))
    return sorted(groups, key=repr)


def _write_all(target: str, documents: list[Document], seed: int, errors: list[BaseException]) -> None:
    order = documents[:]
    random.Random(seed).shuffle(order)
    try:
        with Store.open(target) as store:
            for document in order:
                fingerprint = f"{seed}:{document.id}"
                store.save_article(document, StoredInput(f"writer{seed}", "", fingerprint, b"", "text"), None)
    except BaseException as exc:  # reported by the test's thread
        errors.append(exc)


def _read_meanwhile(target: str, stop: threading.Event, errors: list[BaseException]) -> None:
    pool = ReadPool(target)
    try:
        while not stop.is_set():
            pool.cached("stats", stats.corpus_stats)
            list_events(pool.connection(), EventFilter(limit=20))
            pool.store().list_articles(search="Astana")
    except BaseException as exc:
        errors.append(exc)
    finally:
        pool.close()


@pytest.mark.slow
def test_concurrent_writers_and_a_reader_leave_what_one_writer_leaves(db_path: Path, pg_db: str) -> None:
    documents = _documents()
    with Store.open(db_path) as serial:
        for document in documents:
            serial.save_article(document, StoredInput("serial", "", document.id, b"", "text"), None)
        expected = _event_groups(serial)
    Store.open(pg_db).close()  # migrated once; the writers below find the schema ready
    errors: list[BaseException] = []
    stop = threading.Event()
    reader = threading.Thread(target=_read_meanwhile, args=(pg_db, stop, errors))
    writers = [threading.Thread(target=_write_all, args=(pg_db, documents, seed, errors)) for seed in range(4)]
    reader.start()
    for thread in writers:
        thread.start()
    for thread in writers:
        thread.join()
    stop.set()
    reader.join()
    assert not errors, errors
    with Store.open(pg_db) as store:
        assert store.count_articles() == len({d.id for d in documents})
        inputs = store.connection.execute("SELECT status, count(*) FROM inputs GROUP BY status").fetchall()
        assert dict((r[0], r[1]) for r in inputs) == {"stored": len(documents), "duplicate": 3 * len(documents)}
        assert _event_groups(store) == expected
