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


# A title line: short, and not closed like a sentence of the story.
_SENTENCE_END = re.compile(r"[.!?。！？։]\s*$")
_TITLE_CHARS = 200  # longer lines are the story's paragraphs (tuned on gold/real-dev headlines)


def fill_headlines(text: str, records: list[Quote]) -> None:
    """A quote in a title line above the story, nobody named, sums up the story's main speaker: it
    takes the speaker of the first quote below it said by a person (외교부 “북 미사일 강한 우려…”)."""
    for index, record in enumerate(records):
        if record.speaker is not None or not _in_title_line(text, record):
            continue
        below = next((r for r in records[index + 1:] if r.speaker is not None and r.speaker.type == "PERSON"
                      and not _in_title_line(text, r)), None)
        if below is not None:
            record.speaker = below.speaker


def _in_title_line(text: str, record: Quote) -> bool:
    """The quote stands in a title line: it and every line above it short and not ended like a
    sentence (the story has not begun)."""
    end = text.find("\n", record.end)
    above = text[: len(text) if end < 0 else end].split("\n")
    return all(len(line.strip()) <= _TITLE_CHARS and not _SENTENCE_END.search(line.strip())
               for line in above)
