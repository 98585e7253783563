"""Named non-state actors (dragoman/actors/data/groups.toml): coded with their country and sector,
or recognised and left out of events, never read as a place or a wrong state."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

import dragoman
from dragoman.actors.kb import default_knowledge_base
from dragoman.actors.mentions import match_names
from dragoman.actors.model import ORG
from dragoman.settings import Settings

DAY = "2024-05-20"


def groups_in(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.code, m.sector_code) for m in match_names(text, lang, DAY) if m.type == ORG]


@pytest.mark.parametrize(("lang", "text", "name", "code"), [
    ("en", "Hamas said on Monday it would free the hostages.", "Hamas", "PSE"),
    ("es", "Hamás rechazó la propuesta de tregua.", "Hamás", "PSE"),
    ("ar", "أعلنت حركة حماس الإفراج عن الرهائن.", "حركة حماس", "PSE"),
    ("he", "חמאס שחררה את החטופים.", "חמאס", "PSE"),
    ("de", "Die Hisbollah feuerte Raketen auf Israel.", "Hisbollah", "LBN"),
    ("ru", "Хезболла обстреляла север Израиля.", "Хезболла", "LBN"),
    ("fr", "Les houthistes ont attaqué un navire.", "houthistes", "YEM"),
    ("tr", "PKK saldırısında iki asker yaralandı.", "PKK", "TUR"),
])
def test_groups_are_coded_with_their_country_and_sector(lang: str, text: str, name: str, code: str) -> None:
    assert (name, code, "REB") in groups_in(text, lang)


def test_hamas_is_no_syrian_city() -> None:
    mentions = match_names("Hamas threatened to resume attacks.", "en", DAY)
    assert [(m.text, m.type, m.code) for m in mentions] == [("Hamas", ORG, "PSE")]


def test_transnational_groups_and_ngos_are_recognised_but_uncoded() -> None:
    assert groups_in("Al-Qaeda and Amnesty International issued statements.", "en") == [
        ("Al-Qaeda", None, "REB"), ("Amnesty International", None, "NGO")]


def test_a_coded_group_takes_part_in_events_with_its_sector() -> None:
    doc = dragoman.process("Hamas threatened on Monday to resume rocket attacks on Israel.", lang="en",
                           published=DAY)
    threat = next(e for e in doc.events if e["event"] == "THREATEN")
    assert [(a["code"], a["sector_code"], a["entity_type"]) for a in threat["actor"]] == [("PSE", "REB", ORG)]
    assert [a["code"] for a in threat["recipient"]] == ["ISR"]


def test_an_uncoded_group_is_left_out_of_events() -> None:
    doc = dragoman.process("Al-Qaeda threatened to strike the United States.", lang="en", published=DAY,
                           settings=Settings(one_sided_events=True))
    assert all(a["code"] != "SYR" for e in doc.events for a in e["actor"])
    assert all(not e["actor"] or e["actor"][0]["code"] is None for e in doc.events
               if e["event"] == "THREATEN")


def test_every_group_record_is_well_formed() -> None:
    text = resources.files("dragoman.actors").joinpath("data", "groups.toml").read_text(encoding="utf-8")
    records = tomllib.loads(text)["group"]
    kb = default_knowledge_base()
    assert len(records) >= 10
    for record in records:
        assert set(record) <= {"name", "code", "sector", "names", "acronyms", "wikidata_id"}, record["name"]
        assert record["sector"] in {"REB", "MIL", "NGO"}
        assert record.get("code") is None or kb.entities[record["code"]].type == "STATE"
