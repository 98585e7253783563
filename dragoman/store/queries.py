"""Read queries over analysed articles: events with their sources, quotes, actor statistics."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from dragoman.events.plover import canonical_type
from dragoman.store.dialect import Connection, Dialect, dialect_of


@dataclass
class EventFilter:
    """Filters of `dragoman events`, the API and exports; None means no filter."""

    actor: str | None = None
    recipient: str | None = None
    dyad: str | None = None
    event: str | None = None
    quad: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    language: str | None = None
    context: str | None = None
    source: str | None = None
    include_negated: bool = False
    limit: int = 100
    offset: int = 0
    sort: str = "date"
    # How many sources each event carries (the first ones); None: all of them (exports).
    sources_limit: int | None = None


_SORTS = {"date": "e.date {desc}, e.id", "-date": "e.date {asc}, e.id",
          "sources": "e.num_sources DESC, e.date {desc}, e.id",
          "articles": "e.num_articles DESC, e.date {desc}, e.id"}
_NO_LIMIT = 2**62


def _event_where(f: EventFilter, dialect: Dialect) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []

    def participant(side: str, code: str) -> None:
        where.append(f"e.id IN (SELECT event_id FROM event_participants WHERE side = '{side}' "
                     "AND code = ?)")
        params.append(code.upper())

    if f.actor:
        participant("actor", f.actor)
    if f.recipient:
        participant("recipient", f.recipient)
    if f.dyad:
        first, _, second = f.dyad.upper().replace("-", ":").partition(":")
        where.append("e.id IN (SELECT a.event_id FROM event_participants a JOIN event_participants b "
                     "ON a.event_id = b.event_id WHERE a.code = ? AND b.code = ? AND a.side != b.side)")
        params += [first, second]
    for clause, value in (("e.event = ?", canonical_type(f.event) if f.event else None),
                          ("e.quad_code = ?", f.quad), ("e.date >= ?", f.date_from),
                          ("e.date <= ?", f.date_to)):
        if value is not None:
            where.append(clause)
            params.append(value)
    if f.language:
        where.append("e.id IN (SELECT event_id FROM event_sources WHERE language = ?)")
        params.append(f.language)
    if f.source:
        where.append(f"e.id IN (SELECT event_id FROM event_sources WHERE site {dialect.like} ? "
                     f"OR doc {dialect.like} ?)")
        params += [f"%{f.source}%", f"%{f.source}%"]
    if f.context:
        where.append(f"e.record_json {dialect.like} ?")
        params.append(f'%"{f.context}"%')
    if not f.include_negated:
        where.append("e.negated = 0")
    return where, params


def list_events(connection: Connection, f: EventFilter) -> list[dict[str, Any]]:
    dialect = dialect_of(connection)
    where, params = _event_where(f, dialect)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    order = _SORTS.get(f.sort, _SORTS["date"]).format(desc=dialect.desc, asc=dialect.asc)
    rows = connection.execute(
        f"SELECT e.* FROM events e {clause} ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, f.limit, f.offset],
    ).fetchall()
    sources = _first_sources(connection, [row["id"] for row in rows], f.sources_limit)
    return [event_record(row, *sources.get(row["id"], ([], 0))) for row in rows]


def count_events(connection: Connection, f: EventFilter) -> int:
    where, params = _event_where(f, dialect_of(connection))
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    return int(connection.execute(f"SELECT count(*) FROM events e {clause}", params).fetchone()[0])


_SOURCE_COLUMNS = 'article_id, doc, url, site, language, start, "end", sentence, cue, date'
_SOURCE_ORDER = "ORDER BY article_id, start"


def _first_sources(connection: Connection, event_ids: list[str],
                   limit: int | None) -> dict[str, tuple[list[dict[str, Any]], int]]:
    """The first `limit` sources of each event (all if None) and how many it has: one indexed
    query per event, so a widely reported event costs no more than any other."""
    if not event_ids:
        return {}
    totals = dict(connection.execute(
        f"SELECT event_id, count(*) FROM event_sources WHERE event_id IN ({','.join('?' * len(event_ids))}) "
        "GROUP BY event_id", event_ids).fetchall())
    found: dict[str, tuple[list[dict[str, Any]], int]] = {}
    for event_id in event_ids:
        rows = connection.execute(
            f"SELECT {_SOURCE_COLUMNS} FROM event_sources WHERE event_id = ? {_SOURCE_ORDER} LIMIT ?",
            (event_id, _NO_LIMIT if limit is None else limit)).fetchall()
        found[event_id] = ([dict(row) for row in rows], int(totals.get(event_id, 0)))
    return found


def event_record(row: Any, sources: list[dict[str, Any]], total: int) -> dict[str, Any]:
    """The stored PLOVER record with merged date, counts and (the first of) its sources."""
    record = json.loads(row["record_json"])
    record.update(
        id=row["id"], date=row["date"], date_granularity=row["date_granularity"],
        num_articles=row["num_articles"], num_sources=row["num_sources"],
        num_languages=row["num_languages"], sources=sources, sources_total=total,
    )
    return record


def get_event(connection: Connection, event_id: str,
              sources_limit: int | None = None) -> dict[str, Any] | None:
    row = connection.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        return None
    sources, total = _first_sources(connection, [event_id], sources_limit).get(event_id, ([], 0))
    return event_record(row, sources, total)


def event_sources(connection: Connection, event_id: str, limit: int,
                  offset: int) -> tuple[int, list[dict[str, Any]]] | None:
    """One page of an event's sources and how many there are; None if there is no such event."""
    if connection.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone() is None:
        return None
    total = connection.execute("SELECT count(*) FROM event_sources WHERE event_id = ?",
                               (event_id,)).fetchone()[0]
    rows = connection.execute(
        f"SELECT {_SOURCE_COLUMNS} FROM event_sources WHERE event_id = ? {_SOURCE_ORDER} "
        "LIMIT ? OFFSET ?", (event_id, limit, offset)).fetchall()
    return int(total), [dict(r) for r in rows]


def list_quotes(connection: Connection, speaker: str | None = None, text: str | None = None,
                lang: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    dialect = dialect_of(connection)
    where, params = [], []
    if speaker:
        where.append(f"(q.speaker_name {dialect.like} ? OR q.speaker_code = ? OR q.speaker_entity = ?)")
        params += [f"%{speaker}%", speaker.upper(), speaker]
    if text:
        where.append(f"q.text {dialect.like} ?")
        params.append(f"%{text}%")
    if lang:
        where.append("q.lang = ?")
        params.append(lang)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    rows = connection.execute(
        "SELECT q.id, q.article_id, a.doc, a.url, a.published, q.lang, q.speaker_name, q.speaker_code, "
        'q.speaker_entity, q.verb, q.text, q.start, q."end" '
        # SQLite's CROSS JOIN keeps articles outside: read newest first from their index, no sort of
        # all quotes
        f"FROM articles a {dialect.join_in_order} quotes q ON q.article_id = a.id "
        f"{clause} ORDER BY a.published {dialect.desc}, a.id, q.start LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return [dict(r) for r in rows]


def mention_counts(connection: Connection, entity: str, code: str | None) -> dict[str, int]:
    """How often an actor is mentioned, and in how many articles."""
    where, params = "entity = ?", [entity]
    if code is not None:
        where += " OR (code = ? AND type != 'PERSON')"
        params.append(code)
    row = connection.execute(
        f"SELECT count(*) AS mentions, count(DISTINCT article_id) AS articles FROM mentions WHERE {where}",
        params).fetchone()
    return {"mentions": row["mentions"], "articles": row["articles"]}
