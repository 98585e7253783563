"""In a quote, a verb in the first person ('Призоваваме', 'Jag uppmanade', 'Вызываем') is the
speaker's act, pronoun or not; and an act on the actor's own people is aimed where they are held."""

from __future__ import annotations

import pytest

import dragoman
from dragoman.settings import Settings

SHORT = Settings(min_text_chars=0)


def sides(text: str, lang: str, kind: str) -> list[tuple[set[str], set[str]]]:
    doc = dragoman.process(text, lang=lang, published="2024-05-22", settings=SHORT)
    return [({m.code for m in e.actor}, {m.code for m in e.recipient}) for e in doc.events if e.event == kind]


@pytest.mark.parametrize("lang, text, actor, recipient", [
    ("bg", "„Призоваваме Съединените щати да спрат доставките“, заяви Сергей Лавров.", {"RUS"}, {"USA"}),
    ("ru", "«Призываем Украину вернуться к переговорам», заявил Сергей Лавров.", {"RUS"}, {"UKR"}),
    ("cs", "„Vyzýváme Rusko, aby stáhlo své jednotky“, řekl Antony Blinken.", {"USA"}, {"RUS"}),
    ("sv", "”Jag uppmanade Iran att visa återhållsamhet”, sade Antony Blinken.", {"USA"}, {"IRN"}),
])
def test_a_first_person_verb_in_a_quote_is_the_speakers_act(lang: str, text: str, actor: set[str],
                                                            recipient: set[str]) -> None:
    assert (actor, recipient) in sides(text, lang, "REQUEST")


def test_an_act_on_the_actors_own_people_is_aimed_where_they_are() -> None:
    text = "\"We welcome the release of the Americans detained in Venezuela,\" Antony Blinken said."
    assert sides(text, "en", "SUPPORT") == [({"USA"}, {"VEN"})]


@pytest.mark.parametrize("lang, text, kind", [
    ("cs", "V souvislosti s ruskou invazí na Ukrajinu pozastavilo Česko provoz konzulátů.", "SANCTION"),
    ("pt", "Em protesto contra a ação militar dos Estados Unidos na Síria, um grupo de jovens fez uma manifestação.",
     "PROTEST"),
])
def test_a_place_owned_by_an_earlier_cue_is_no_actor(lang: str, text: str, kind: str) -> None:
    assert all(not actor & {"UKR", "SYR"} for actor, _ in sides(text, lang, kind))
