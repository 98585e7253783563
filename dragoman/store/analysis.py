"""Writing a document's mentions, quotes and events; events merged with reports already stored."""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlparse

from dragoman.dates.compare import dates_compatible
from dragoman.document import Document
from dragoman.store.dialect import Cursor, dialect_of


def save_analysis(cursor: Cursor, document: Document) -> None:
    """Inside the article's transaction: mentions, quotes, then events (merged)."""
    cursor.executemany(
        "INSERT INTO mentions(article_id, start, \"end\", text, type, entity_name, code, entity, role, "
        "matched) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article_id, start) DO UPDATE SET "
        "\"end\" = excluded.\"end\", text = excluded.text, type = excluded.type, entity_name = "
        "excluded.entity_name, code = excluded.code, entity = excluded.entity, role = excluded.role, "
        "matched = excluded.matched",
        [tuple(row.values()) for row in mention_rows(document)],
    )
    for row in quote_rows(document):
        cursor.execute(
            "INSERT INTO quotes(id, article_id, start, \"end\", text, speaker_name, speaker_code, "
            "speaker_entity, verb, lang) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
            "SET article_id = excluded.article_id, start = excluded.start, \"end\" = excluded.\"end\", "
            "text = excluded.text, speaker_name = excluded.speaker_name, speaker_code = "
            "excluded.speaker_code, speaker_entity = excluded.speaker_entity, verb = excluded.verb, "
            "lang = excluded.lang",
            tuple(row.values()),
        )
    for event in document.events:
        merge_event(cursor, event.to_json(), document)


def mention_rows(document: Document) -> list[dict[str, Any]]:
    """The mentions table's rows of a document (also the Spark job's mentions table)."""
    return [{"article_id": document.id, "start": m.start, "end": m.end, "text": m.text, "type": m.type,
             "entity_name": m.entity_name, "code": m.code, "entity": m.entity_key, "role": m.role,
             "matched": m.matched} for m in document.mentions]


def quote_rows(document: Document) -> list[dict[str, Any]]:
    """The quotes table's rows of a document, with ids stable across runs and machines."""
    rows = []
    for quote in document.quotes:
        speaker = quote.speaker
        rows.append({"id": hashlib.sha256(f"{document.id}:{quote.start}".encode()).hexdigest()[:16],
                     "article_id": document.id, "start": quote.start, "end": quote.end,
                     "text": quote.text, "speaker_name": speaker and speaker.entity_name,
                     "speaker_code": speaker and speaker.code,
                     "speaker_entity": speaker and speaker.entity_key,
                     "verb": quote.verb, "lang": document.lang})
    return rows


def codes_of(side: list[dict[str, Any]]) -> list[str]:
    return sorted({e["code"] for e in side if e.get("code")})


def merge_event(cursor: Cursor, event: dict[str, Any], document: Document) -> str:
    """Attach this report to a stored event of the same type, participants and date, or store it."""
    actors, recipients = codes_of(event["actor"]), codes_of(event["recipient"])
    target = _matching_event(cursor, event, actors, recipients)
    if target is None:
        target = event["id"]
        cursor.execute(
            "INSERT INTO events(id, event, mode, quad_code, event_scale, actor_codes, recipient_codes, "
            "date, date_granularity, negated, future, hypothetical, confidence, record_json, dyad) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (target, event["event"], event.get("mode"), event["quad_code"], event["event_scale"],
             ",".join(actors), ",".join(recipients), event.get("date"), event.get("date_granularity"),
             int(event.get("negated", False)), int(event.get("future", False)),
             int(event.get("hypothetical", False)), event.get("confidence"),
             json.dumps(event, ensure_ascii=False), dyad_key(event["event"], actors, recipients)),
        )
        cursor.executemany(
            "INSERT INTO event_participants(event_id, side, code) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            [(target, "actor", c) for c in actors] + [(target, "recipient", c) for c in recipients],
        )
    elif event.get("date"):
        cursor.execute("UPDATE events SET date = coalesce(date, ?), date_granularity = "
                       "coalesce(date_granularity, ?) WHERE id = ?",
                       (event["date"], event.get("date_granularity"), target))
    _add_source(cursor, target, event, document)
    return target


def dyad_key(event_type: str, actors: list[str], recipients: list[str]) -> str:
    """What a merge must match exactly: actors then recipients, or a meeting's parties in any order."""
    if event_type == "CONSULT":
        return "~" + ",".join(sorted(set(actors) | set(recipients)))
    return ",".join(actors) + ">" + ",".join(recipients)


def _matching_event(cursor: Cursor, event: dict[str, Any], actors: list[str],
                    recipients: list[str]) -> str | None:
    """The first stored event (in storage order) of the same type, participants and compatible date:
    the candidates come from the events_merge index, the rules below decide as before."""
    dialect = dialect_of(cursor)
    query = (f"SELECT id, actor_codes, recipient_codes, date FROM events {dialect.merge_index} "
             "WHERE event = ? AND negated = ? "
             "AND dyad IN (?, '?')")  # '?': a meeting stored before the index (schema.py)
    params: list[Any] = [event["event"], int(event.get("negated", False)),
                         dyad_key(event["event"], actors, recipients)]
    window = date_window(event.get("date"))
    if window is not None:
        query += (f" AND (date IS NULL OR NOT {dialect.full_date.format('date')}"
                  " OR date BETWEEN ? AND ?)")  # anything but a plain full date is checked below
        params += window
    rows = cursor.execute(f"{query} ORDER BY {dialect.storage_order}", params).fetchall()
    return first_match(rows, event, actors, recipients)


def first_match(rows: list[Any], event: dict[str, Any], actors: list[str],
                recipients: list[str]) -> str | None:
    """The first of (id, actor_codes, recipient_codes, date) rows that is the same event."""
    for row in rows:
        stored_actors = [c for c in row[1].split(",") if c]
        stored_recipients = [c for c in row[2].split(",") if c]
        if event["event"] == "CONSULT":
            same = set(stored_actors) | set(stored_recipients) == set(actors) | set(recipients)
        else:
            same = stored_actors == actors and stored_recipients == recipients
        if same and dates_compatible(row[3], event.get("date")):
            return str(row[0])
    return None


def date_window(day: str | None) -> tuple[str, str] | None:
    """The stored full dates a full date may merge with (dates_compatible: within a day); None
    when the date is partial or missing, which the SQL does not narrow."""
    if not day or len(day) != 10 or day.startswith("--"):
        return None
    try:
        parsed = date.fromisoformat(day)
    except ValueError:
        return None
    return (parsed - timedelta(days=1)).isoformat(), (parsed + timedelta(days=1)).isoformat()


def _add_source(cursor: Cursor, event_id: str, event: dict[str, Any], document: Document) -> None:
    cursor.execute(
        "INSERT INTO event_sources(event_id, occurrence_id, article_id, doc, url, site, language, start, "
        "\"end\", sentence, cue, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (event_id, *source_row(event, document).values()),
    )
    cursor.execute(
        "UPDATE events SET num_articles = (SELECT count(DISTINCT article_id) FROM event_sources "
        "WHERE event_id = ?), num_sources = (SELECT count(DISTINCT site) FROM event_sources "
        "WHERE event_id = ?), num_languages = (SELECT count(DISTINCT language) FROM event_sources "
        "WHERE event_id = ?) WHERE id = ?",
        (event_id,) * 4,
    )


def source_row(event: dict[str, Any], document: Document) -> dict[str, Any]:
    """One report of an event as event_sources keeps it (without the merged event's id); the site is
    the page's own, else its URL's host, else its path."""
    source = event["sources"][0]
    site = document.source.site or urlparse(document.source.url or "").netloc or document.source.path
    return {"occurrence_id": event["id"], "article_id": document.id, "doc": document.doc,
            "url": document.source.url, "site": site, "language": document.lang,
            "start": source["start"], "end": source["end"], "sentence": event["text"],
            "cue": event["event_text"], "date": event.get("date")}
