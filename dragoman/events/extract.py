"""The event stage: needs text, mentions, quotes and dates; adds PLOVER `events` to the document."""

from __future__ import annotations

import hashlib
from typing import Any

from dragoman.dates.expressions import TimeExpression, find_time_expressions
from dragoman.document import Document
from dragoman.events.cues import EventLexicon, event_lexicon
from dragoman.events.places import event_location
from dragoman.events.plover import EVENT_SCALE, QUAD_CODE
from dragoman.events.roles import Participants, assign_roles, participants_in
from dragoman.text.lexicon import Token, tokenise
from dragoman.text.sentences import sentence_spans

# Tokens around a cue searched for negation (before) and for modality markers (whole sentence).
_NEGATION_WINDOW = 3


def add_events(document: Document) -> Document:
    """Fill document.events: one record per (type, actor, recipient) found in a sentence."""
    lexicon = event_lexicon(document.lang)
    if not lexicon.cues:
        document.events = []
        return document
    dates = find_time_expressions(document.text, document.lang, document.published)
    fallback_date = _single_article_date(dates)
    events: list[dict[str, Any]] = []
    seen: set[tuple[str, frozenset[str], frozenset[str]]] = set()
    last_person: dict[str, Any] | None = None
    for start, end in sentence_spans(document.text, document.lang):
        tokens = tokenise(document.text, document.lang, start, end)
        people = participants_in(document.mentions, start, end, lexicon.locative, document.text)
        for index, entry in lexicon.cues.find_all(tokens):
            cue = tokens[index]
            sides = assign_roles(entry.value, cue, tokens, people, lexicon)
            _fill_missing_actor(sides, document, cue, tokens, lexicon, last_person)
            event = _event(document, entry.value, entry.text, cue, tokens, sides, (start, end),
                           dates, fallback_date, lexicon)
            if event is None:
                continue
            key = (event["event"], frozenset(_codes(event["actor"])), frozenset(_codes(event["recipient"])))
            if key not in seen:
                seen.add(key)
                events.append(event)
        persons = [m for m in document.mentions if m["type"] == "PERSON" and start <= m["start"] < end]
        last_person = persons[-1] if persons else last_person
    document.events = events
    return document


def _fill_missing_actor(sides: Participants, document: Document, cue: Token, tokens: list[Token],
                        lexicon: EventLexicon, last_person: dict[str, Any] | None) -> None:
    """No actor before the cue: the speaker of the quote it sits in, or the person a pronoun
    (or an implicit subject) refers to."""
    if sides.actor:
        return
    quote = next((q for q in document.quotes if q["start"] <= cue.start < q["end"]), None)
    if quote and quote.get("speaker"):
        sides.actor = [quote["speaker"]]
        sides.how = "quote speaker"
        return
    before = [t for t in tokens if t.end <= cue.start]
    if last_person is not None and (
        any(t.lower in lexicon.pronouns for t in before) or len(before) <= 3
    ):
        sides.actor = [last_person]
        sides.how = "pronoun"


def _event(document: Document, value: str, cue_text: str, cue: Token, tokens: list[Token],
           sides: Participants, sentence: tuple[int, int], dates: list[TimeExpression],
           fallback_date: TimeExpression | None, lexicon: EventLexicon) -> dict[str, Any] | None:
    event_type, _, mode = value.partition("|")
    actor_codes = _codes(sides.actor)
    if not actor_codes:
        return None
    recipient = [m for m in sides.recipient if m.get("code") not in actor_codes]
    start, end = sentence
    date = _event_date(dates, start, end, cue) or fallback_date
    flags = _modality(tokens, cue, lexicon)
    record = {
        "event": event_type,
        "mode": None if mode in ("", "host") else mode,
        "context": [],
        "actor": _entities(sides.actor),
        "recipient": _entities(recipient),
        "date": date.value if date else None,
        "date_granularity": date.granularity if date else None,
        "date_resolution": ("sentence" if date is not fallback_date else "article-date") if date else None,
        "event_loc": event_location(document.mentions, start, end, lexicon.locative, document.text),
        "event_text": document.text[cue.start : cue.end],
        "cue": cue_text,
        "text": document.text[start:end],
        "language": document.lang,
        "confidence": _confidence(sides, recipient),
        "quad_code": QUAD_CODE[event_type],
        "event_scale": EVENT_SCALE[event_type],
        **flags,
        "sources": [{"article_id": document.id, "doc": document.doc, "url": document.source.url,
                     "start": start, "end": end, "language": document.lang}],
    }
    record["id"] = _event_id(document.id, record)
    return record


def _codes(side: list[dict[str, Any]]) -> list[str]:
    codes: list[str] = []
    for mention in side:
        code = mention.get("code")
        if code and code not in codes:
            codes.append(code)
    return codes


def _entities(side: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """PLOVER entity objects, one per distinct code."""
    entities: dict[str, dict[str, Any]] = {}
    for mention in side:
        code = mention.get("code")
        if not code or code in entities:
            continue
        entities[code] = {
            "raw_text": mention.get("text"), "entity_name": mention.get("entity_name"), "code": code,
            "wikidata_id": mention.get("wikidata_id"), "entity_type": mention.get("type"),
            "sector_code": _sector(mention),
        }
    return list(entities.values())


def _sector(mention: dict[str, Any]) -> str:
    if mention.get("type") == "IGO":
        return "IGO"
    role = mention.get("role") or ""
    return "GOV" if mention.get("type") in ("STATE", "PERSON") or "minister" in role else ""


def _event_date(dates: list[TimeExpression], start: int, end: int, cue: Token) -> TimeExpression | None:
    inside = [d for d in dates if start <= d.start < end and d.value and d.granularity != "year"]
    return min(inside, key=lambda d: abs(d.start - cue.start)) if inside else None


def _single_article_date(dates: list[TimeExpression]) -> TimeExpression | None:
    """An article naming exactly one day reports events of that day (tuned on the seed gold)."""
    days = {d.value for d in dates if d.granularity == "day" and d.value}
    if len(days) != 1:
        return None
    return next(d for d in dates if d.value in days)


def _modality(tokens: list[Token], cue: Token, lexicon: EventLexicon) -> dict[str, bool]:
    index = next((i for i, t in enumerate(tokens) if t.start == cue.start), 0)
    near = tokens[max(0, index - _NEGATION_WINDOW) : index + 2]
    words = {t.lower for t in tokens} | {t.lemma for t in tokens}
    return {
        "negated": any(t.lower in lexicon.negation for t in near),
        "future": bool(words & lexicon.future),
        "hypothetical": bool(words & lexicon.hypothetical),
    }


def _confidence(sides: Participants, recipient: list[dict[str, Any]]) -> float:
    score = 0.8 if sides.how.startswith(("position", "passive", "host")) else 0.6
    return round(score if recipient else score - 0.1, 2)


def _event_id(article_id: str, record: dict[str, Any]) -> str:
    basis = "|".join([article_id, record["event"], ",".join(sorted(_codes(record["actor"]))),
                      ",".join(sorted(_codes(record["recipient"]))), str(record["sources"][0]["start"])])
    return hashlib.sha256(basis.encode()).hexdigest()[:16]
