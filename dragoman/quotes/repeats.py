"""Quotes said twice: a copy without a speaker takes the other copy's."""

from __future__ import annotations

import re

from dragoman.records import Quote


def fill_from_repeats(records: list[Quote]) -> None:
    """Words quoted twice (a headline and the story, a lead and its paragraph) are one speaker's:
    a copy left without a speaker takes the one its other copy was given."""
    said: dict[str, Quote] = {}
    for record in records:
        if record.speaker is not None:
            said.setdefault(_words(record.text), record)
    for record in records:
        known = said.get(_words(record.text)) if record.speaker is None else None
        if known is not None:
            record.speaker, record.verb = known.speaker, record.verb or known.verb


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))
