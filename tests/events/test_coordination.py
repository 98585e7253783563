"""Coordinated sides: lists of states that make one side, and reciprocal acts of a coordinated subject."""

from __future__ import annotations

import pytest

import dragoman
from dragoman.events.coordination import phrase_and, reciprocal_sides
from dragoman.events.cues import event_lexicon
from dragoman.records import Mention
from dragoman.settings import Settings
from dragoman.text.lexicon import tokenise

SHORT = Settings(min_text_chars=0)


def sides(text: str, lang: str, kind: str) -> list[tuple[set[str], set[str]]]:
    doc = dragoman.process(text, lang=lang, published="2024-05-22", settings=SHORT)
    return [({a["code"] for a in e["actor"]}, {r["code"] for r in e["recipient"]})
            for e in doc.events if e["event"] == kind]


def state(code: str) -> Mention:
    return Mention(0, 0, code, "STATE", code, code, "")


@pytest.mark.parametrize("lang, text, kind, actor, recipient", [
    ("fi", "Venäjä karkottaa diplomaatteja Ruotsista, Saksasta ja Puolasta.", "SANCTION",
     {"RUS"}, {"SWE", "DEU", "POL"}),
    ("de", "Der österreichische Außenminister traf am Dienstag seine Amtskollegen aus Tschechien, der Slowakei, "
     "Ungarn und Slowenien.", "CONSULT", {"AUT"}, {"CZE", "SVK", "HUN", "SVN"}),
    ("en", "Russia vowed to retaliate against the expulsions of its diplomats by the United States and Canada, "
     "as well as Poland and Ukraine.", "THREATEN", {"RUS"}, {"USA", "CAN", "POL", "UKR"}),
    ("en", "India and China have completed pulling back their troops from the border.", "RETREAT",
     {"IND", "CHN"}, set()),
])
def test_coordinated_side(lang: str, text: str, kind: str, actor: set[str], recipient: set[str]) -> None:
    assert (actor, recipient) in sides(text, lang, kind)


def test_an_apposition_after_a_place_is_not_a_list() -> None:
    """'À Paris, le Quai d'Orsay': the place where the ministry acts, not a list of two sides."""
    found = sides("À Paris, le Quai d'Orsay a rejeté ces accusations mercredi.", "fr", "REJECT")
    assert all(actor == {"FRA"} for actor, _ in found)


def test_phrase_and_needs_the_whole_phrase() -> None:
    lexicon = event_lexicon("en")
    text = "as well as 14 of"
    tokens = tokenise(text, "en", 0, len(text))
    assert phrase_and(tokens[:4], lexicon, frozenset())
    assert not phrase_and(tokens[:2], lexicon, frozenset())
    assert not phrase_and(tokens, lexicon, frozenset({"of"}))


def test_reciprocal_sides() -> None:
    pair = [state("IND"), state("CHN")]
    assert reciprocal_sides("RETREAT", pair, [state("IND")]) == []
    assert reciprocal_sides("RETREAT", pair, [state("PAK")]) is None
    assert reciprocal_sides("ASSAULT", pair, [state("IND")]) is None  # one-way acts keep their sides
    assert reciprocal_sides("RETREAT", pair[:1], [state("IND")]) is None
