"""Who is actor and who is recipient of a cue in a sentence: position, prepositions, voice."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dragoman.events.cues import HOST, EventLexicon
from dragoman.text.lexicon import Token

# Mentions that can take part in events; places only as seats of power or capitals used as actors.
_PARTICIPANTS = ("STATE", "IGO", "REGION", "PERSON")


@dataclass
class Participants:
    """Mentions on each side of an event, and how they were found."""

    actor: list[dict[str, Any]] = field(default_factory=list)
    recipient: list[dict[str, Any]] = field(default_factory=list)
    how: str = "position"


def participants_in(mentions: list[dict[str, Any]], start: int, end: int,
                    locative: frozenset[str], text: str) -> list[dict[str, Any]]:
    """Mentions of a sentence that can act: coded actors, and seats/capitals not used as places."""
    found = []
    for mention in mentions:
        if not (start <= mention["start"] < end) or (not mention.get("code") and mention["type"] != "PLACE"):
            continue
        if mention["type"] in _PARTICIPANTS:
            found.append(mention)
        elif mention["type"] == "PLACE" and mention.get("metonym_of") and not _after_locative(
            text, mention["start"], locative
        ):
            found.append({**mention, "code": mention["metonym_of"], "type": "STATE"})
    return found


def _after_locative(text: str, position: int, locative: frozenset[str]) -> bool:
    before = text[max(0, position - 12) : position].lower().split()
    return bool(before) and before[-1].strip("'’") in locative


def assign_roles(cue_value: str, cue: Token, tokens: list[Token], people: list[dict[str, Any]],
                 lexicon: EventLexicon) -> Participants:
    """Split the sentence's participants around the cue into actor and recipient."""
    before = [m for m in people if m["end"] <= cue.start]
    after = [m for m in people if m["start"] >= cue.end]
    result = Participants(actor=before, recipient=after)
    by_agent = _after_word(after, tokens, lexicon.by_words)
    if by_agent and _passive(tokens, cue, lexicon):
        result = Participants(actor=by_agent, recipient=before, how="passive")
    elif cue_value.endswith(f"|{HOST}"):
        result = Participants(actor=after, recipient=before, how="host")
    comitative = _after_word(result.recipient, tokens, lexicon.with_words)
    if comitative and cue_value.split("|")[0] in ("CONSULT", "AGREE", "COOPERATE"):
        result.actor = result.actor + comitative
        result.recipient = [m for m in result.recipient if m not in comitative]
        result.how += "+with"
    return result


def _after_word(mentions: list[dict], tokens: list[Token], words: frozenset[str]) -> list[dict]:
    """Mentions introduced by one of the words ('with X', 'by X', 'avec X and Y')."""
    if not words:
        return []
    starts = [t.end for t in tokens if t.lower in words]
    found = []
    for mention in mentions:
        preceding = [s for s in starts if s <= mention["start"] and mention["start"] - s <= 40]
        if preceding:
            found.append(mention)
    return found


def _passive(tokens: list[Token], cue: Token, lexicon: EventLexicon) -> bool:
    index = next((i for i, t in enumerate(tokens) if t.start == cue.start), 0)
    window = tokens[max(0, index - 3) : index]
    return any(t.lemma in lexicon.passive or t.lower in lexicon.passive for t in window)
