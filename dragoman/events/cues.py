"""Per-language event cue lexicons and syntax words, loaded from the language files."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dragoman.events.plover import EVENT_TYPES, MODES
from dragoman.languages import load_language
from dragoman.text.lexicon import Lexicon

HOST = "host"


@dataclass(frozen=True)
class EventLexicon:
    """Cues (value 'TYPE' or 'TYPE|mode' or 'TYPE|host') and the words that steer roles."""

    cues: Lexicon
    with_words: frozenset[str]
    by_words: frozenset[str]
    to_words: frozenset[str]
    locative: frozenset[str]
    and_words: frozenset[str]
    passive: frozenset[str]
    between: frozenset[str]
    negation: frozenset[str]
    future: frozenset[str]
    hypothetical: frozenset[str]
    pronouns: frozenset[str]
    first_person: frozenset[str]


def _words(section: dict, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in section.get(key, []))


@cache
def event_lexicon(lang: str | None) -> EventLexicon:
    data = load_language(lang or "en")
    entries: list[tuple[str, str]] = []
    for event_type in EVENT_TYPES:
        table = data.get("events", {}).get(event_type, {})
        entries += [(cue, event_type) for cue in table.get("cues", [])]
        for mode in (*MODES.get(event_type, ()), HOST):
            entries += [(cue, f"{event_type}|{mode}") for cue in table.get(mode, [])]
    syntax, modality = data.get("syntax", {}), data.get("modality", {})
    pronouns = data.get("pronouns", {})
    return EventLexicon(
        cues=Lexicon(_prefer_modes(entries), lang),
        with_words=_words(syntax, "with"), by_words=_words(syntax, "by"),
        to_words=_words(syntax, "to"), locative=_words(syntax, "locative"),
        and_words=_words(syntax, "and"), passive=_words(syntax, "passive_auxiliaries"),
        between=_words(syntax, "between"), negation=_words(modality, "negation"),
        future=_words(modality, "future"), hypothetical=_words(modality, "hypothetical"),
        pronouns=_words(pronouns, "subject"), first_person=_words(pronouns, "first_person_plural"),
    )


def _prefer_modes(entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A cue listed both plainly and under a mode keeps the mode (and host) reading."""
    best: dict[str, str] = {}
    for cue, value in entries:
        if cue not in best or "|" in value:
            best[cue] = value
    return list(best.items())
