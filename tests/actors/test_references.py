"""Role references ('le président russe', 'президент России', 'Pemimpin Kazakhstan itu') resolved to
the person meant, and the state mentions next to them."""

from __future__ import annotations

import pytest

from dragoman.actors.kb import KnowledgeBase, default_knowledge_base
from dragoman.actors.model import PERSON, STATE
from dragoman.actors.recognise import recognise_mentions

DAY = "2025-06-01"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return default_knowledge_base()


def references(text: str, lang: str, kb: KnowledgeBase, day: str = DAY) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.entity_name, m.code) for m in recognise_mentions(text, lang, day, kb)
            if m.matched == "role"]


@pytest.mark.parametrize(("text", "lang", "written"), [
    ("Le président russe a salué cet accord.", "fr", "président russe"),
    ("O presidente russo elogiou o acordo.", "pt", "presidente russo"),
    ("Il presidente russo ha elogiato l'accordo.", "it", "presidente russo"),
])
def test_a_nationality_after_the_role_word_is_taken_in(text: str, lang: str, written: str,
                                                      kb: KnowledgeBase) -> None:
    found = recognise_mentions(text, lang, DAY, kb)
    assert [(m.text, m.entity_name, m.code) for m in found if m.type == PERSON] == [
        (written, "Vladimir Putin", "RUS")]
    assert not [m for m in found if m.type == STATE]  # the adjective is part of the reference


@pytest.mark.parametrize(("text", "lang"), [
    ("Президент России заявил, что переговоры продолжатся.", "ru"),
    ("Der Präsident Russlands sagte, die Gespräche gingen weiter.", "de"),
])
def test_a_state_name_after_the_role_word_stays_a_state(text: str, lang: str, kb: KnowledgeBase) -> None:
    found = recognise_mentions(text, lang, DAY, kb)
    assert [(m.entity_name, m.code) for m in found if m.type == PERSON] == [("Vladimir Putin", "RUS")]
    assert [m.code for m in found if m.type == STATE] == ["RUS"]


def test_a_slavic_adjective_after_a_role_word_belongs_to_the_next_noun(kb: KnowledgeBase) -> None:
    text = "На службе султана британский путешественник провёл десять лет."
    assert references(text, "ru", kb) == []


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Presiden Kazakhstan Aset Nurlanov tiba di Jakarta pada Selasa.\n\n"
     "Pemimpin Kazakhstan itu menegaskan komitmen negaranya.", "id", "Aset Nurlanov"),
    ("O presidente Lula recebeu o chanceler Paulo Rangel. O líder brasileiro elogiou o acordo.", "pt",
     "Luiz Inácio Lula da Silva"),
])
def test_a_reference_points_back_to_the_named_person(text: str, lang: str, name: str,
                                                     kb: KnowledgeBase) -> None:
    assert name in {n for _, n, _ in references(text, lang, kb)}


def test_head_of_state_points_back_to_the_president_not_the_last_person(kb: KnowledgeBase) -> None:
    text = ("Президент Казахстана Касым-Жомарт Токаев принял министра Армана Каиратова. "
            "Глава государства отметил успехи.")
    assert references(text, "ru", kb) == [("Глава государства", "Kassym-Jomart Tokayev", "KAZ")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Марио Росси встретился с послом России в Риме.", "ru"),  # many ambassadors: no holder guessed
    ("Le porte-parole adjoint du ministère azerbaïdjanais des Affaires étrangères a répondu.", "fr"),
    ("Il direttore del museo ha aperto la mostra.", "it"),  # titles of officials do not point back
])
def test_no_reference_without_a_single_fitting_person(text: str, lang: str, kb: KnowledgeBase) -> None:
    assert references(text, lang, kb) == []


def test_a_role_word_that_introduces_a_later_name_is_no_reference(kb: KnowledgeBase) -> None:
    text = "On Monday the EU High Representative – vice-president of the Commission Josep Borrell – spoke."
    found = recognise_mentions(text, "en", "2024-06-15", kb)
    assert [m.entity_name for m in found if m.type == PERSON] == ["Josep Borrell"]
