"""Helpers shared by the per-language pipeline tests: processing a text and reading its results."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import dragoman
from dragoman.document import Document
from dragoman.settings import Settings

PUBLISHED = "2024-05-22"  # a Wednesday
# Lone acts ("Thousands of Georgians protested") are kept: these tests check each language's cues.
WITH_ONE_SIDED = Settings(one_sided_events=True)


def process_text(text: str, lang: str) -> Document:
    """Run the whole pipeline on one text in `lang`, published on PUBLISHED."""
    return dragoman.process(text, lang=lang, published=PUBLISHED, settings=WITH_ONE_SIDED)


def processor(lang: str) -> Callable[[str], Document]:
    """Return a one-argument function that processes a text in `lang` (see `process_text`)."""
    return partial(process_text, lang=lang)


def people(doc: Document) -> dict[str, dict]:
    """Map the text of each PERSON mention to the mention."""
    return {m["text"]: m for m in doc.mentions if m["type"] == "PERSON"}


def person(doc: Document, name: str) -> dict:
    """Return the first PERSON mention whose text contains `name`."""
    return next(m for m in doc.mentions if m["type"] == "PERSON" and name in m["text"])


def mention_codes(doc: Document) -> dict[str, str]:
    """Map the text of every mention to its actor code."""
    return {m["text"]: m["code"] for m in doc.mentions}


def events_of(doc: Document, kind: str) -> list[dict]:
    """Return the events of one PLOVER type, in document order."""
    return [e for e in doc.events if e["event"] == kind]


def codes(side: list[dict]) -> set[str]:
    """Return the actor codes of one event side (actor or recipient)."""
    return {a["code"] for a in side}


def participants(event: dict) -> set[str]:
    """Return the actor codes of both sides of an event together."""
    return codes(event["actor"]) | codes(event["recipient"])
