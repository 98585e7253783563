"""Exports: PLOVER JSON Lines (the field's interchange format), CSV and Parquet."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from dragoman.errors import ConfigError

FORMATS = ("plover-jsonl", "jsonl", "csv", "parquet")
EVENT_COLUMNS = (
    "id", "event", "mode", "quad_code", "event_scale", "actor", "actor_name", "recipient",
    "recipient_name", "date", "date_granularity", "event_loc", "country", "lat", "lon", "context",
    "negated", "future", "hypothetical", "confidence", "num_articles", "num_sources",
    "num_languages", "language", "event_text", "text", "doc", "url",
)


def plover_record(event: dict[str, Any]) -> dict[str, Any]:
    """The PLOVER JSON shape: PLOVER field names, dragoman extras after them."""
    return {
        "id": event["id"], "date": event.get("date"), "event": event["event"], "mode": event.get("mode"),
        "context": event.get("context", []), "actor": event["actor"], "recipient": event["recipient"],
        "event_loc": event.get("event_loc"), "event_text": event.get("event_text"),
        "text": event.get("text"), "language": event.get("language"),
        "quad_code": event.get("quad_code"), "event_scale": event.get("event_scale"),
        "date_granularity": event.get("date_granularity"), "date_resolution": event.get("date_resolution"),
        "negated": event.get("negated"), "future": event.get("future"),
        "hypothetical": event.get("hypothetical"), "confidence": event.get("confidence"),
        "num_articles": event.get("num_articles", 1), "num_sources": event.get("num_sources", 1),
        "num_languages": event.get("num_languages", 1), "sources": event.get("sources", []),
    }


def flat_event(event: dict[str, Any]) -> dict[str, Any]:
    """One row per event for CSV and Parquet: lists joined with ';'."""
    location = event.get("event_loc") or {}
    first_source = (event.get("sources") or [{}])[0]

    def join(side: str, field: str) -> str:
        return ";".join(str(e.get(field) or "") for e in event.get(side, []))

    return {
        "id": event["id"], "event": event["event"], "mode": event.get("mode"),
        "quad_code": event.get("quad_code"), "event_scale": event.get("event_scale"),
        "actor": join("actor", "code"), "actor_name": join("actor", "entity_name"),
        "recipient": join("recipient", "code"), "recipient_name": join("recipient", "entity_name"),
        "date": event.get("date"), "date_granularity": event.get("date_granularity"),
        "event_loc": location.get("name"), "country": location.get("country"),
        "lat": location.get("lat"), "lon": location.get("lon"),
        "context": ";".join(event.get("context", [])), "negated": bool(event.get("negated")),
        "future": bool(event.get("future")), "hypothetical": bool(event.get("hypothetical")),
        "confidence": event.get("confidence"), "num_articles": event.get("num_articles", 1),
        "num_sources": event.get("num_sources", 1), "num_languages": event.get("num_languages", 1),
        "language": event.get("language"), "event_text": event.get("event_text"),
        "text": event.get("text"), "doc": first_source.get("doc"), "url": first_source.get("url"),
    }


def write_records(records: Iterable[dict[str, Any]], fmt: str, out: IO[str] | Path,
                  flatten: Any = None, columns: tuple[str, ...] | None = None) -> int:
    """Write records as JSON Lines, CSV or Parquet; returns how many were written."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    rows = (flatten(r) for r in records) if flatten and fmt in ("csv", "parquet") else iter(records)
    if fmt == "parquet":
        return _write_parquet(list(rows), out)
    handle = out.open("w", encoding="utf-8", newline="") if isinstance(out, Path) else out
    try:
        return _write_csv(rows, handle, columns) if fmt == "csv" else _write_jsonl(rows, handle)
    finally:
        if isinstance(out, Path):
            handle.close()


def _write_jsonl(rows: Iterator[dict[str, Any]], handle: IO[str]) -> int:
    count = 0
    for row in rows:
        handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def _write_csv(rows: Iterator[dict[str, Any]], handle: IO[str], columns: tuple[str, ...] | None) -> int:
    first = next(rows, None)
    if first is None:
        return 0
    writer = csv.DictWriter(handle, fieldnames=list(columns or first.keys()), extrasaction="ignore")
    writer.writeheader()
    writer.writerow(first)
    count = 1
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def _write_parquet(rows: list[dict[str, Any]], out: IO[str] | Path) -> int:
    if not isinstance(out, Path):
        raise ConfigError("Parquet is binary: give --output FILE.parquet")
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist([{k: _scalar(v) for k, v in r.items()} for r in rows])
    pq.write_table(table, out)
    return len(rows)


def _scalar(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value
