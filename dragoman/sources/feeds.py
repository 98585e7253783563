"""RSS and Atom feed files: each item with content becomes an article."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import feedparser

from dragoman.sources.items import RawItem, ReadResult, Rejection


def read_feed(data: bytes, origin: str) -> Iterator[ReadResult]:
    """Items carry full HTML (content:encoded, Atom content) or at least a summary."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f"not a readable feed ({parsed.get('bozo_exception', 'no items')})"
        yield Rejection(origin, reason)
        return
    site = parsed.feed.get("title")
    for index, entry in enumerate(parsed.entries, start=1):
        yield _entry_item(entry, origin, f"item {index}", site)


def _entry_item(entry: Any, origin: str, locator: str, site: str | None) -> ReadResult:
    contents = entry.get("content") or []
    body = contents[0].get("value") if contents else entry.get("summary")
    if not body or not body.strip():
        return Rejection(origin, "feed item has no content or summary", locator)
    meta = {
        "title": entry.get("title"),
        "url": entry.get("link"),
        "site": site,
        "author": entry.get("author"),
    }
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if stamp:
        meta["published"] = time.strftime("%Y-%m-%d", stamp)
    meta = {key: value for key, value in meta.items() if value}
    doc = entry.get("link") or entry.get("id") or f"{origin}#{locator}"
    raw = body.encode("utf-8")
    return RawItem(origin, doc, "html", body, raw, "feed", locator, meta)
