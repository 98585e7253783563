"""Generic agents ('police', 'rebels', 'les manifestants') as event participants, coded by a
nationality beside them or the article's state, never displacing coded actors."""

from __future__ import annotations

from typing import Any

import pytest

import dragoman
from dragoman.settings import Settings

WITH_ONE_SIDED = Settings(one_sided_events=True)  # an agent's lone act shows how the agent is coded


def _events(text: str, lang: str) -> list[dict[str, Any]]:
    return dragoman.process(text, lang=lang, published="2024-05-20", settings=WITH_ONE_SIDED).events


def _side(event: dict[str, Any], side: str) -> list[tuple[str | None, str]]:
    return [(e["code"], e["sector_code"]) for e in event[side]]


def _one(text: str, lang: str, kind: str) -> dict[str, Any]:
    found = [e for e in _events(text, lang) if e["event"] == kind]
    assert found, _events(text, lang)
    return found[0]


def test_english_police_take_the_nationality_beside_them() -> None:
    event = _one("Kenyan police arrested dozens of opposition supporters in Nairobi on Tuesday evening.",
                 "en", "COERCE")
    assert event["actor"][0]["raw_text"] == "Kenyan police"
    assert event["actor"][0]["entity_type"] == "AGENT" and event["actor"][0]["entity_name"] is None
    assert _side(event, "actor") == [("KEN", "COP")]
    assert _side(event, "recipient") == [("KEN", "OPP")]


def test_english_agent_takes_the_articles_state() -> None:
    event = _one("Rebels attacked an army base in northern Mali on Monday, the defence ministry said.",
                 "en", "ASSAULT")
    assert _side(event, "actor") == [("MLI", "REB")]


def test_english_agent_without_any_state_keeps_a_null_code() -> None:
    event = _one("Police fired tear gas at crowds gathered near the old bridge after the football match.",
                 "en", "COERCE")
    assert _side(event, "actor") == [(None, "COP")]
    assert _side(event, "recipient") == [(None, "CVL")]


def test_english_agents_never_displace_a_coded_actor() -> None:
    event = _one("Russia accused the rebels of violating the ceasefire agreement signed last month.",
                 "en", "ACCUSE")
    assert _side(event, "actor") == [("RUS", "GOV")]
    assert event["actor"][0]["entity_type"] == "STATE"
    # the rebels are not Russia's own: the article's state is not given to them
    assert _side(event, "recipient") == [(None, "REB")]


def test_agent_events_rank_below_coded_ones() -> None:
    events = _events("Police fired tear gas at crowds gathered near the old bridge after the football match.",
                     "en")
    assert events and all(e["confidence"] < 0.7 for e in events)


def test_french_adjective_after_the_noun() -> None:
    event = _one("La police kényane a tiré des gaz lacrymogènes sur les manifestants à Nairobi mardi soir.",
                 "fr", "COERCE")
    assert event["actor"][0]["raw_text"] == "police kényane"
    assert _side(event, "actor") == [("KEN", "COP")]
    assert _side(event, "recipient") == [("KEN", "CVL")]


def test_french_rebels_attack_the_army() -> None:
    event = _one("Les rebelles ont attaqué lundi une base de l’armée malienne près de Gao, selon les autorités.",
                 "fr", "ASSAULT")
    assert _side(event, "actor") == [("MLI", "REB")]
    assert ("MLI", "MIL") in _side(event, "recipient")


def test_german_rebels() -> None:
    event = _one("Rebellen haben am Montag einen Stützpunkt der Armee in Mali angegriffen, teilte das Militär mit.",
                 "de", "ASSAULT")
    assert _side(event, "actor") == [("MLI", "REB")]


def test_german_opposition_takes_the_capitals_state() -> None:
    event = _one("Die Opposition hat die Regierung in Berlin wegen der neuen Steuern scharf kritisiert.",
                 "de", "ACCUSE")
    assert _side(event, "actor") == [("DEU", "OPP")]


def test_spanish_protesters_against_the_government() -> None:
    event = _one("Los manifestantes protestaron el martes frente al Congreso en Lima contra el gobierno peruano.",
                 "es", "PROTEST")
    assert _side(event, "actor") == [("PER", "CVL")]
    assert _side(event, "recipient") == [("PER", "GOV")]


def test_spanish_rebels_and_the_colombian_army() -> None:
    event = _one("Los rebeldes atacaron el lunes una base del ejército colombiano cerca de Cali, según las autoridades.",
                 "es", "ASSAULT")
    assert _side(event, "actor") == [("COL", "REB")]
    assert _side(event, "recipient") == [("COL", "MIL")]


def test_russian_police_with_adjective() -> None:
    event = _one("Украинская полиция задержала в Киеве двух подозреваемых в шпионаже в пользу России.",
                 "ru", "COERCE")
    assert _side(event, "actor") == [("UKR", "COP")]


def test_russian_insurgents_and_a_genitive_state() -> None:
    event = _one("Повстанцы атаковали военную базу на севере Мали в понедельник, сообщили власти.",
                 "ru", "ASSAULT")
    assert _side(event, "actor") == [("MLI", "REB")]
    # "военную базу" (military base) is an adjective, not the military
    assert _side(event, "recipient") == []  # was `all(sector != "MIL" ...)`, true of this empty list


@pytest.mark.parametrize("lang", ["en", "fr", "de", "es", "pt", "it", "ru", "uk", "tr", "id", "kk"])
def test_every_language_has_agents(lang: str) -> None:
    from dragoman.events.agents import agent_lexicon
    assert agent_lexicon(lang)


def test_an_agent_in_a_state_belongs_to_it() -> None:
    text = ("Britain's foreign secretary met Nigeria's foreign minister. The British foreign secretary "
            "called on the military authorities in Niger to release prisoners.")
    request = next(e for e in dragoman.process(text, lang="en", settings=Settings(min_text_chars=0)).events
                   if e["event"] == "REQUEST")
    assert [r["code"] for r in request["recipient"]] == ["NER"]


@pytest.mark.parametrize(("text", "lang", "actor", "recipient"), [
    ("Activists protested in front of the Russian embassy in Kyiv.", "en", "UKR", "RUS"),
    ("Ввечері 20 квітня під російським посольством у Києві влаштували мирний протест.", "uk", "UKR", "RUS"),
    ("Einige Dutzend Menschen haben am Sonntag in Berlin gegen die Gewalt des syrischen Regimes protestiert.",
     "de", "DEU", "SYR"),
    ("Des manifestants se sont rassemblés devant l'ambassade de Russie à Paris samedi.", "fr", "FRA", "RUS"),
    ("Russia protested against the decision of Ukraine.", "en", "RUS", "UKR"),
    ("Bir grup, Rusya'nın Ankara Büyükelçiliği önünde toplanarak Suriye politikalarını protesto etti.",
     "tr", "TUR", "RUS"),
    # a counted crowd is civilians of the place it protests in ("en México" is a state)
    ("Thousands protested outside the US embassy in Seoul on Saturday.", "en", "KOR", "USA"),
    ("Cientos de personas protestaron este sábado en la embajada de Estados Unidos en México.", "es", "MEX", "USA"),
])
def test_protesters_are_of_where_they_protest_and_act_against_the_embassy_state(
        text: str, lang: str, actor: str, recipient: str) -> None:
    document = dragoman.process(text, lang=lang, published="2025-05-23", settings=Settings(min_text_chars=0))
    protests = [e for e in document.events if e["event"] == "PROTEST"]
    assert [([a["code"] for a in e["actor"]], [a["code"] for a in e["recipient"]]) for e in protests] == [
        ([actor], [recipient])]
