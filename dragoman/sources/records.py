"""JSON and JSON Lines records: one article per object, field names configurable."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import PurePath
from typing import Any, TypeGuard

from dragoman.settings import JsonFields
from dragoman.sources.items import BodyKind, RawItem, ReadResult, Rejection


def read_json_lines(text: str, origin: str, fields: JsonFields) -> Iterator[ReadResult]:
    """One record per non-blank line; a malformed line is rejected by its line number."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        locator = f"line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(origin, f"malformed JSON ({exc.msg}, column {exc.colno})", locator)
            continue
        yield record_to_item(record, origin, locator, fields)


def read_json_document(text: str, origin: str, fields: JsonFields) -> Iterator[ReadResult]:
    """A JSON file holding one record or a list of records."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Rejection(origin, f"malformed JSON ({exc.msg}, line {exc.lineno})")
        return
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records, start=1):
        yield record_to_item(record, origin, f"record {index}", fields)


def record_to_item(record: Any, origin: str, locator: str, fields: JsonFields) -> ReadResult:
    """Map a decoded JSON record to a RawItem using the configured field names."""
    if not isinstance(record, dict):
        return Rejection(origin, f"expected a JSON object, got {type(record).__name__}", locator)
    html, text = record.get(fields.html), record.get(fields.text)
    body = html if _is_text(html) else text
    if not _is_text(body):
        reason = f"record has no '{fields.text}' or '{fields.html}' string field"
        return Rejection(origin, reason, locator)
    meta = {
        key: str(record[name])
        for key, name in (
            ("title", fields.title),
            ("url", fields.url),
            ("published", fields.published),
            ("lang", fields.lang),
            ("site", fields.source),
            ("author", fields.author),
        )
        if record.get(name) not in (None, "")
    }
    record_id = record.get(fields.id)
    doc = str(record_id) if record_id not in (None, "") else f"{PurePath(origin).name}:{locator}"
    raw = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
    kind: BodyKind = "html" if body is html else "text"
    return RawItem(origin, doc, kind, body, raw, "jsonl", locator, meta)


def _is_text(value: Any) -> TypeGuard[str]:
    return isinstance(value, str) and bool(value.strip())
