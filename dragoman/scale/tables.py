"""The Parquet tables of a Spark run: their columns and types, and the rows one analysed item gives."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from dragoman.document import Document
from dragoman.exports import EVENT_COLUMNS
from dragoman.identity import minhash_of, signature_bytes
from dragoman.ingest import process_or_reject
from dragoman.pipeline import Pipeline
from dragoman.scale.merge import Occurrence
from dragoman.settings import Settings
from dragoman.sources.items import RawItem, Rejection
from dragoman.store.analysis import mention_rows, quote_rows, source_row

Columns = tuple[tuple[str, str], ...]  # (name, type): string, long, double, boolean, binary

# Every input record read, in input order: what `load-parquet` replays into a store.
SOURCES: Columns = (
    ("ordinal", "long"), ("origin", "string"), ("locator", "string"), ("doc", "string"), ("url", "string"),
    ("kind", "string"), ("format", "string"), ("raw", "binary"), ("article_id", "string"),
    ("reason", "string"),
)
# One row per distinct article (its first source): the export's columns, then the whole document.
DOCUMENTS: Columns = (
    ("id", "string"), ("doc", "string"), ("lang", "string"), ("published", "string"), ("title", "string"),
    ("url", "string"), ("text", "string"), ("mentions", "long"), ("quotes", "long"), ("events", "long"),
    ("ordinal", "long"), ("minhash", "binary"), ("document_json", "string"),
)
MENTIONS: Columns = (
    ("article_id", "string"), ("start", "long"), ("end", "long"), ("text", "string"), ("type", "string"),
    ("entity_name", "string"), ("code", "string"), ("entity", "string"), ("role", "string"),
    ("matched", "string"),
)
# `dragoman export --what quotes` columns.
QUOTES: Columns = (
    ("id", "string"), ("article_id", "string"), ("doc", "string"), ("url", "string"),
    ("published", "string"), ("lang", "string"), ("speaker_name", "string"), ("speaker_code", "string"),
    ("speaker_entity", "string"), ("verb", "string"), ("text", "string"), ("start", "long"),
    ("end", "long"),
)
EVENT_SOURCES: Columns = (
    ("event_id", "string"), ("occurrence_id", "string"), ("article_id", "string"), ("doc", "string"),
    ("url", "string"), ("site", "string"), ("language", "string"), ("start", "long"), ("end", "long"),
    ("sentence", "string"), ("cue", "string"), ("date", "string"),
)
_EVENT_TYPES = {"quad_code": "long", "event_scale": "double", "lat": "double", "lon": "double",
                "negated": "boolean", "future": "boolean", "hypothetical": "boolean",
                "confidence": "double", "num_articles": "long", "num_sources": "long",
                "num_languages": "long"}
# `dragoman export --what events --format parquet` columns: events merged across articles.
EVENTS: Columns = tuple((name, _EVENT_TYPES.get(name, "string")) for name in EVENT_COLUMNS)
_CASTS = {"long": int, "double": float, "boolean": bool, "string": str, "binary": bytes}


def as_tuple(row: dict[str, Any], columns: Columns) -> tuple[Any, ...]:
    """A row in column order, each value of its column's type (None stays None)."""
    return tuple(None if row.get(name) is None else _CASTS[kind](row[name]) for name, kind in columns)


@dataclass
class Analysed:
    """What one input record gives: its sources row and, when accepted, its article's rows."""

    ordinal: int
    source: dict[str, Any]
    article_id: str | None = None
    document: dict[str, Any] = field(default_factory=dict)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    occurrences: list[Occurrence] = field(default_factory=list)


def ordinal_of(file_index: int, item_index: int) -> int:
    """Input order as one number: files in the order ingest reads them, records within each file."""
    return (file_index << 32) | item_index


def analyse_record(ordinal: int, item: RawItem | Rejection, settings: Settings) -> Analysed:
    """Run the ingest pipeline on one record and give every table's rows for it."""
    if isinstance(item, Rejection):
        return Analysed(ordinal, {"ordinal": ordinal, "origin": item.origin, "locator": item.locator,
                                  "reason": item.reason})
    source = {"ordinal": ordinal, "origin": item.origin, "locator": item.locator, "doc": item.doc,
              "kind": item.kind, "format": item.format, "raw": item.raw}
    result = process_or_reject(item, Pipeline(settings))
    if isinstance(result, Rejection):
        return Analysed(ordinal, {**source, "locator": result.locator, "reason": result.reason})
    return _accepted(ordinal, source, result, settings)


def _accepted(ordinal: int, source: dict[str, Any], document: Document, settings: Settings) -> Analysed:
    source.update(doc=document.doc, url=document.source.url, article_id=document.id)
    signature = minhash_of(document.text, settings.shingle_words, settings.minhash_permutations)
    data = document.to_json()
    row = {"id": document.id, "doc": document.doc, "lang": document.lang, "published": document.published,
           "title": document.source.title, "url": document.source.url, "text": document.text,
           "mentions": len(document.mentions), "quotes": len(document.quotes),
           "events": len(document.events), "ordinal": ordinal, "minhash": signature_bytes(signature),
           "document_json": json.dumps(data, ensure_ascii=False)}
    quotes = [{**q, "doc": document.doc, "url": document.source.url, "published": document.published}
              for q in quote_rows(document)]
    events = [event.to_json() for event in document.events]
    occurrences = [Occurrence((ordinal, index), event, source_row(event, document))
                   for index, event in enumerate(events)]
    return Analysed(ordinal, source, document.id, row, mention_rows(document), quotes, occurrences)
