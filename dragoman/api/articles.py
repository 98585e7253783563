"""An article as the reader view needs it: text plus every span to colour."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from dragoman.dates.expressions import find_time_expressions
from dragoman.document import Document


def article_view(document: Document, sources: list[dict[str, Any]],
                 merged: dict[str, str] | None = None) -> dict[str, Any]:
    """The article with its spans; each event names the stored event it was merged into (`merged`:
    occurrence id to event id)."""
    spans: list[dict[str, Any]] = []
    spans += [{"start": m.start, "end": m.end, "kind": "mention", "label": m.entity_name,
               "code": m.code, "type": m.type} for m in document.mentions]
    spans += [{"start": q.start, "end": q.end, "kind": "quote",
               "label": q.speaker.entity_name if q.speaker else None} for q in document.quotes]
    spans += [{"start": d.start, "end": d.end, "kind": "date", "label": d.value}
              for d in find_time_expressions(document.text, document.lang, document.published)]
    for event in document.events:
        start = event.sources[0].start + event.text.find(event.event_text)
        spans.append({"start": start, "end": start + len(event.event_text), "kind": "cue",
                      "label": event.event, "event_id": event.id})
    events = [{**e.to_json(), "merged_id": (merged or {}).get(e.id, e.id)} for e in document.events]
    return {
        "id": document.id, "doc": document.doc, "lang": document.lang, "published": document.published,
        "source": asdict(document.source), "text": document.text,
        "paragraphs": [asdict(p) for p in document.paragraphs],
        "spans": sorted(spans, key=lambda s: (s["start"], -s["end"])),
        "events": events, "quotes": [q.to_json() for q in document.quotes], "sources": sources,
        "removed": [asdict(r) for r in document.removed],
        "repairs": [r.to_json() for r in document.repairs],
    }
