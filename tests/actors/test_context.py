"""Known names in context: Cyrillic case endings from the language files, organisation names inside
longer names, capitals inside treaty names."""

from __future__ import annotations

import pytest

from dragoman.actors.kb import KnowledgeBase, default_knowledge_base
from dragoman.actors.model import IGO, PLACE, STATE
from dragoman.actors.recognise import recognise_mentions

DAY = "2025-06-01"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return default_knowledge_base()


def codes(text: str, lang: str, kb: KnowledgeBase) -> dict[str, str | None]:
    return {m.text: m.code for m in recognise_mentions(text, lang, DAY, kb)}


# ------------------------------------------------------------------ case endings ([names] case_endings)

@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Переговоры с Россией, Нигерией и в Каире.", "ru", {"Россией": "RUS", "Нигерией": "NGA", "Каире": "EGY"}),
    ("Розмова з Китаєм, Францією та Україною.", "uk", {"Китаєм": "CHN", "Францією": "FRA", "Україною": "UKR"}),
    ("Ресейдегі қазақстандықтар Франциямен келісті.", "kk",
     {"Ресейдегі": "RUS", "қазақстандықтар": "KAZ", "Франциямен": "FRA"}),
])
def test_real_case_endings_are_read(text: str, lang: str, expected: dict[str, str], kb: KnowledgeBase) -> None:
    found = codes(text, lang, kb)
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("Мэр Каиратов посетил выставку.", "ru", "Каиратов"),  # Каир + атов is no case form of Cairo
    ("Тренер Росси остался доволен.", "ru", "Росси"),  # the stem of Россия never stands alone
    ("Футболист Литвака забил гол.", "ru", "Литвака"),
    ("Студенты из Перуджи приехали.", "ru", "Перуджи"),
])
def test_other_endings_do_not_make_a_state(text: str, lang: str, word: str, kb: KnowledgeBase) -> None:
    # a city found there (Perugia, ITA) is a mere place, never a state
    assert not [m for m in recognise_mentions(text, lang, DAY, kb)
                if word in m.text and m.code and m.matched != "city"]


def test_a_name_wins_over_a_shorter_name_with_a_longer_ending(kb: KnowledgeBase) -> None:
    assert codes("Посольство Нигерии открылось.", "ru", kb)["Нигерии"] == "NGA"


# ------------------------------------------------------------------ organisations inside longer names

@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The National Security Council met on Monday.", "en", []),
    ("The Russian Security Council discussed the draft.", "en", []),
    ("The UN Security Council met on Monday.", "en", ["UN"]),
    ("The Security Council met on Monday.", "en", ["UN"]),
    ("On Monday European Union ministers met in Brussels.", "en", ["EU"]),
])
def test_an_organisation_inside_a_longer_capitalised_name(text: str, lang: str, expected: list[str],
                                                          kb: KnowledgeBase) -> None:
    found = [m.code for m in recognise_mentions(text, lang, DAY, kb) if m.type == IGO]
    assert found == expected


# ------------------------------------------------------------------ capitals inside treaty names

@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Nos agents ont agi dans le strict respect de la convention de Vienne.", "fr", "Vienne"),
    ("Both states are parties to the Vienna Convention.", "en", "Vienna"),
    ("Die Regierung berief sich auf den Vertrag von Lissabon.", "de", "Lissabon"),
    ("Le format de Minsk a échoué.", "fr", "Minsk"),
])
def test_a_capital_in_a_treaty_name_is_only_a_place(text: str, lang: str, place: str,
                                                   kb: KnowledgeBase) -> None:
    mention = next(m for m in recognise_mentions(text, lang, DAY, kb) if m.text == place)
    assert mention.type == PLACE and "metonym_of" not in mention.extra


def test_a_capital_acting_keeps_standing_for_its_government(kb: KnowledgeBase) -> None:
    mention = next(m for m in recognise_mentions("Moscow condemned the decision.", "en", DAY, kb)
                   if m.text == "Moscow")
    assert mention.extra.get("metonym_of") == "RUS"


@pytest.mark.parametrize(("text", "lang", "codes"), [
    ("Russian and Chinese warships began joint drills in the Sea of Japan.", "en", ["RUS", "CHN"]),
    ("A Philippine boat was rammed in the South China Sea.", "en", ["PHL"]),
    ("Indonesia mengerahkan kapal perang ke Laut China Selatan.", "id", ["IDN"]),
    ("Des navires ont croisé en mer de Chine méridionale près des Philippines.", "fr", ["PHL"]),
    ("Japan and China held talks in Beijing.", "en", ["JPN", "CHN"]),
])
def test_a_sea_named_after_a_state_is_no_state(text: str, lang: str, codes: list[str]) -> None:
    found = [m.code for m in recognise_mentions(text, lang, None) if m.type == STATE]
    assert found == codes
