"""Plausible synthetic articles and events, bulk-inserted, to measure ingest into a large database."""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

from dragoman.events.plover import EVENT_SCALE, EVENT_TYPES, QUAD_CODE
from dragoman.store.analysis import dyad_key
from dragoman.store.dialect import SQLITE, dialect_of
from dragoman.store.sqlite import Store

# Parties drawn with Zipf-like weights (a few states in most news, a long tail), event types with
# the rough shares of the examples (meetings and statements far ahead of force), dates over 3 years.
_CODES = ("USA", "RUS", "CHN", "UKR", "FRA", "DEU", "GBR", "TUR", "IRN", "ISR", "IND", "JPN", "KAZ",
          "EU", "UN", "NATO", "SAU", "EGY", "PAK", "BRA", "ZAF", "KOR", "PRK", "SYR", "ITA", "ESP",
          "POL", "AZE", "ARM", "GEO", "UZB", "KGZ", "TJK", "IDN", "MYS", "VNM", "PHL", "AUS", "CAN",
          "MEX", "ARG", "NGA", "KEN", "ETH", "SDN", "QAT", "ARE", "IRQ", "AFG", "MDA", "BLR", "SRB")
_TYPE_WEIGHTS = {"CONSULT": 30, "SUPPORT": 12, "AGREE": 10, "COOPERATE": 9, "REQUEST": 8, "ACCUSE": 8,
                 "REJECT": 5, "AID": 5, "THREATEN": 3, "SANCTION": 3, "PROTEST": 2, "CONCEDE": 1,
                 "RETREAT": 1, "MOBILIZE": 1, "COERCE": 1, "ASSAULT": 1}
_LANGS = ("en", "fr", "de", "es", "ru", "tr", "pt", "it", "id", "ar", "zh")
_FIRST_DAY = date(2023, 1, 1)
_DAYS = 3 * 365
_BATCH = 5000
_FILL_CACHE_KB = 400_000


def fill_synthetic(store: Store, count: int, seed: int = 7) -> int:
    """Insert `count` synthetic articles with 1-3 events each; returns the number of events."""
    rng = random.Random(seed)
    code_weights = [1 / (rank + 1) for rank in range(len(_CODES))]
    types = [t for t in EVENT_TYPES if t in _TYPE_WEIGHTS]
    type_weights = [_TYPE_WEIGHTS[t] for t in types]
    events = 0
    with _large_cache(store):
        for first in range(0, count, _BATCH):
            events += _insert_batch(store, [_article(rng, n, code_weights, types, type_weights)
                                            for n in range(first, min(count, first + _BATCH))])
    if dialect_of(store.connection) is not SQLITE:
        # planner statistics now, as autovacuum makes them later for a table that grows gradually:
        # without them the merge query reads every event of the type (20 times slower at 20,000)
        store.connection.execute("ANALYZE")
    return events


@contextmanager
def _large_cache(store: Store) -> Iterator[None]:
    """Rows keyed by random hashes land all over SQLite's B-trees: a page cache that holds them keeps
    the fill at about 10 s per 100,000 articles (the default 2 MB cache made it ten times slower).
    PostgreSQL's cache is the server's."""
    if dialect_of(store.connection) is not SQLITE:
        yield
        return
    previous = store.connection.execute("PRAGMA cache_size").fetchone()[0]
    store.connection.execute(f"PRAGMA cache_size = -{_FILL_CACHE_KB}")
    try:
        yield
    finally:
        store.connection.execute(f"PRAGMA cache_size = {int(previous)}")


Row = tuple[tuple, list[tuple[tuple, list[tuple], tuple]]]  # an article and its events


def _insert_batch(store: Store, rows: list[Row]) -> int:
    """One transaction of articles with their events, participants and sources; returns the events."""
    with store.transaction() as cursor:
        cursor.executemany(
            "INSERT INTO articles(id, doc, lang, published, published_source, title, site, text, "
            "document_json, raw_kind, raw_format) VALUES (?, ?, ?, ?, 'metadata', ?, ?, ?, ?, 'text', "
            "'synthetic')", [r[0] for r in rows])
        cursor.executemany(
            "INSERT INTO events(id, event, mode, quad_code, event_scale, actor_codes, recipient_codes, "
            "date, date_granularity, confidence, record_json, dyad) "
            "VALUES (?, ?, NULL, ?, ?, ?, ?, ?, 'day', 0.5, '{}', ?)", [e[0] for r in rows for e in r[1]])
        cursor.executemany("INSERT INTO event_participants(event_id, side, code) VALUES (?, ?, ?)",
                           [p for r in rows for e in r[1] for p in e[1]])
        cursor.executemany(
            "INSERT INTO event_sources(event_id, occurrence_id, article_id, doc, site, language, start, "
            "\"end\", sentence, cue, date) VALUES (?, ?, ?, ?, ?, ?, 0, 40, ?, ?, ?)",
            [e[2] for r in rows for e in r[1]])
    return sum(len(r[1]) for r in rows)


def _article(rng: random.Random, number: int, code_weights: list[float], types: list[str],
             type_weights: list[int]) -> Row:
    """One article row and its events (event row, participant rows, source row)."""
    article_id = hashlib.sha256(f"synthetic:{number}".encode()).hexdigest()[:16]
    day = _FIRST_DAY + timedelta(days=rng.randrange(_DAYS))
    lang, doc = rng.choice(_LANGS), f"synthetic-{number}.txt"
    site = f"news{rng.randrange(300)}.example"
    text = f"Synthetic article {number} for the ingest benchmark."
    article = (article_id, doc, lang, day.isoformat(), text, site, text,
               json.dumps({"id": article_id, "doc": doc, "synthetic": True}))
    events = []
    for index in range(rng.choice((1, 1, 2, 2, 3))):
        kind = rng.choices(types, type_weights)[0]
        actor, recipient = rng.choices(_CODES, code_weights, k=2)
        while recipient == actor:
            recipient = rng.choices(_CODES, code_weights)[0]
        when = (day - timedelta(days=rng.randrange(3))).isoformat()
        event_id = hashlib.sha256(f"{article_id}:{index}".encode()).hexdigest()[:16]
        events.append((
            (event_id, kind, QUAD_CODE[kind], EVENT_SCALE[kind], actor, recipient, when,
             dyad_key(kind, [actor], [recipient])),
            [(event_id, "actor", actor), (event_id, "recipient", recipient)],
            (event_id, event_id, article_id, doc, site, lang, f"{actor} and {recipient} ({kind}).",
             kind.lower(), when),
        ))
    return article, events
