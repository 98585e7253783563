"""Speaker attribution: speech frames after, before or inside a quote, pronouns, continuations."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from dragoman.languages import load_language
from dragoman.quotes.spans import QuoteSpan
from dragoman.text.lexicon import Lexicon, Token, tokenise

# How far a speech frame may reach from the quote mark (characters): long enough for
# ", acrescentou o líder cazaque durante a reunião", tuned on examples/ and the seeds.
_FRAME_AFTER = 140
_FRAME_BEFORE = 200
_SPEAKER_TYPES = ("PERSON", "IGO", "STATE")


@dataclass
class Frame:
    """A speech verb near a quote and the speaker it names, if any."""

    verb: Token | None
    speaker: dict[str, Any] | None


@cache
def speech_lexicon(lang: str | None) -> tuple[Lexicon, Lexicon, frozenset[str]]:
    """Speech verbs, 'according to' phrases and subject pronouns of a language."""
    data = load_language(lang or "en")
    speech = data.get("speech", {})
    verbs = Lexicon(((v, "speech") for v in speech.get("verbs", [])), lang)
    according = Lexicon(((v, "according") for v in speech.get("according_to", [])), lang)
    pronouns = frozenset(p.lower() for p in data.get("pronouns", {}).get("subject", []))
    return verbs, according, pronouns


def attribute(text: str, lang: str | None, quotes: list[QuoteSpan], mentions: list[dict[str, Any]],
              sentence_bounds: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """One quote record per span, with speaker (mention) and verb, or speaker None."""
    verbs, according, pronouns = speech_lexicon(lang)
    records: list[dict[str, Any]] = []
    previous: dict[str, Any] | None = None
    for span in quotes:
        start, end = _sentence_of(span, sentence_bounds)
        frame = _frame_after(text, lang, span, end, mentions, verbs, pronouns)
        if frame.speaker is None:
            frame = _frame_before(text, lang, span, start, mentions, verbs, according, pronouns) \
                if frame.verb is None else frame
        speaker = frame.speaker
        if speaker is None and frame.verb is None and previous is not None and _continues(
            text, span, previous
        ):
            speaker = previous["speaker"]
        record = {
            "start": span.start, "end": span.end, "text": text[span.start : span.end],
            "speaker": speaker, "verb": frame.verb.text if frame.verb else None,
        }
        records.append(record)
        previous = record
    return records


def _sentence_of(span: QuoteSpan, bounds: list[tuple[int, int]]) -> tuple[int, int]:
    starts = [s for s, e in bounds if s <= span.start]
    ends = [e for s, e in bounds if e >= span.end]
    return (max(starts) if starts else 0, min(ends) if ends else span.end)


def _frame_after(text: str, lang: str | None, span: QuoteSpan, sentence_end: int,
                 mentions: list[dict], verbs: Lexicon, pronouns: frozenset[str]) -> Frame:
    """«…», a déclaré Tokaïev / “…”, disse Tokayev / „…“, sagte er / — сказал Лавров."""
    window_end = min(max(sentence_end, span.end + 3), span.end + _FRAME_AFTER)
    following = text[span.end + 1 : window_end]
    cut = _next_quote_open(following)
    window_end = span.end + 1 + cut
    tokens = tokenise(text, lang, span.end, window_end)
    hits = verbs.find_all(tokens)
    if not hits or hits[0][0] > 3:
        return Frame(None, None)
    verb = tokens[hits[0][0]]
    speaker = _first_speaker(mentions, span.end, window_end)
    if speaker is None and any(t.lower in pronouns for t in tokens[: hits[0][0] + 4]):
        speaker = _last_speaker(mentions, span.start)
    return Frame(verb, speaker)


def _frame_before(text: str, lang: str | None, span: QuoteSpan, sentence_start: int,
                  mentions: list[dict], verbs: Lexicon, according: Lexicon,
                  pronouns: frozenset[str]) -> Frame:
    """Tokayev said: «…» / Er betonte: „…“ / Selon lui, «…»."""
    window_start = max(sentence_start, span.start - _FRAME_BEFORE)
    tokens = tokenise(text, lang, window_start, span.start)
    hits = verbs.find_all(tokens) + according.find_all(tokens)
    ends_with_colon = text[window_start : span.start].rstrip(" «“„\"‚").endswith(":")
    if not hits and not ends_with_colon:
        return Frame(None, None)
    verb = tokens[max(hits, key=lambda h: h[0])[0]] if hits else None
    speaker = _last_in(mentions, window_start, span.start)
    if speaker is None and any(t.lower in pronouns for t in tokens):
        speaker = _last_speaker(mentions, window_start)
    return Frame(verb, speaker)


def _continues(text: str, span: QuoteSpan, previous: dict[str, Any]) -> bool:
    """A quote that reopens after a paragraph break, or follows its predecessor closely."""
    if span.continued:
        return True
    between = text[previous["end"] : span.start]
    return len(between) < 40 and "\n" not in between


def _next_quote_open(following: str) -> int:
    positions = [following.find(mark) for mark in "«“„\"" if following.find(mark) >= 0]
    return min(positions) if positions else len(following)


def _first_speaker(mentions: list[dict], start: int, end: int) -> dict | None:
    inside = [m for m in mentions if start <= m["start"] < end and m["type"] in _SPEAKER_TYPES]
    people = [m for m in inside if m["type"] == "PERSON"]
    return (people or inside or [None])[0]


def _last_in(mentions: list[dict], start: int, end: int) -> dict | None:
    inside = [m for m in mentions if start <= m["start"] and m["end"] <= end
              and m["type"] in _SPEAKER_TYPES]
    people = [m for m in inside if m["type"] == "PERSON"]
    return (people or inside or [None])[-1]


def _last_speaker(mentions: list[dict], before: int) -> dict | None:
    """The pronoun's antecedent: the last person mentioned before this point."""
    earlier = [m for m in mentions if m["end"] <= before and m["type"] == "PERSON"]
    return earlier[-1] if earlier else None
