"""Aggregate queries for the API and dashboard: corpus overview, actor profiles, timelines."""

from __future__ import annotations

from typing import Any

from dragoman.store.dialect import Connection, dialect_of


def corpus_stats(connection: Connection) -> dict[str, Any]:
    def scalar(sql: str) -> int:
        return int(connection.execute(sql).fetchone()[0])

    languages = connection.execute(
        "SELECT lang, count(*) AS articles FROM articles GROUP BY lang ORDER BY articles DESC, lang"
    ).fetchall()
    dyads = connection.execute(
        "SELECT a.code AS actor, r.code AS recipient, count(DISTINCT e.id) AS events, "
        "avg(e.event_scale) AS balance FROM events e "
        "JOIN event_participants a ON a.event_id = e.id AND a.side = 'actor' "
        "JOIN event_participants r ON r.event_id = e.id AND r.side = 'recipient' "
        "WHERE e.negated = 0 GROUP BY a.code, r.code ORDER BY events DESC, actor, recipient LIMIT 15"
    ).fetchall()
    types = connection.execute(
        "SELECT event, quad_code, count(*) AS events FROM events WHERE negated = 0 "
        "GROUP BY event, quad_code ORDER BY events DESC, event"
    ).fetchall()
    return {
        "articles": scalar("SELECT count(*) FROM articles"),
        "events": scalar("SELECT count(*) FROM events WHERE negated = 0"),
        "quotes": scalar("SELECT count(*) FROM quotes"),
        "mentions": scalar("SELECT count(*) FROM mentions"),
        "languages": [dict(r) for r in languages],
        "event_types": [dict(r) for r in types],
        "top_dyads": [dict(r) for r in dyads],
    }


def timeline(connection: Connection, code: str | None = None) -> list[dict[str, Any]]:
    """Events per week (named by its Monday) and quad class; events without a full date are left out."""
    dialect = dialect_of(connection)
    where = f"WHERE e.negated = 0 AND length(e.date) = 10 AND {dialect.full_date.format('e.date')}"
    params: list[Any] = []
    if code:
        where += " AND e.id IN (SELECT event_id FROM event_participants WHERE code = ?)"
        params.append(code)
    rows = connection.execute(
        f"SELECT {dialect.week.format('e.date')} AS week, e.quad_code AS quad, count(*) AS events "
        f"FROM events e {where} GROUP BY week, quad ORDER BY week, quad", params
    ).fetchall()
    return [dict(r) for r in rows]


def network(connection: Connection, limit: int = 60) -> dict[str, Any]:
    """Actor nodes and directed edges weighted by events, signed by cooperation vs conflict."""
    edges = connection.execute(
        "SELECT a.code AS source, r.code AS target, count(DISTINCT e.id) AS events, "
        "sum(CASE WHEN e.quad_code <= 2 THEN 1 ELSE 0 END) AS cooperation, "
        "sum(CASE WHEN e.quad_code >= 3 THEN 1 ELSE 0 END) AS conflict FROM events e "
        "JOIN event_participants a ON a.event_id = e.id AND a.side = 'actor' "
        "JOIN event_participants r ON r.event_id = e.id AND r.side = 'recipient' "
        "WHERE e.negated = 0 GROUP BY a.code, r.code ORDER BY events DESC, source, target LIMIT ?", (limit,)
    ).fetchall()
    nodes: dict[str, int] = {}
    for edge in edges:
        for code in (edge["source"], edge["target"]):
            nodes[code] = nodes.get(code, 0) + edge["events"]
    return {"nodes": [{"id": c, "events": n} for c, n in nodes.items()], "edges": [dict(e) for e in edges]}


def counterparts(connection: Connection, code: str) -> list[dict[str, Any]]:
    """Who an actor deals with most, and the balance of cooperation (+) and conflict (-)."""
    rows = connection.execute(
        "SELECT other.code AS code, count(DISTINCT e.id) AS events, "
        "sum(CASE WHEN e.quad_code <= 2 THEN 1 ELSE 0 END) AS cooperation, "
        "sum(CASE WHEN e.quad_code >= 3 THEN 1 ELSE 0 END) AS conflict FROM events e "
        "JOIN event_participants me ON me.event_id = e.id AND me.code = ? "
        "JOIN event_participants other ON other.event_id = e.id AND other.code != ? "
        "WHERE e.negated = 0 GROUP BY other.code ORDER BY events DESC, code LIMIT 20", (code, code)
    ).fetchall()
    return [dict(r) for r in rows]
