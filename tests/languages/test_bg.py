"""Bulgarian lexicon behaviour through the whole pipeline: names, events written as prefixes."""

from __future__ import annotations

from tests.languages.helpers import codes, events_of, mention_codes, processor

run = processor("bg")


def test_state_names_missing_from_cldr_data_and_adjectives():
    doc = run("България осъди руската атака срещу Украйна и Полша.")
    found = mention_codes(doc)
    assert found["България"] == "BGR" and found["Украйна"] == "UKR" and found["Полша"] == "POL"
    assert found["руската"] == "RUS"


def test_condemnation_aid_and_assault():
    doc = run("България осъди Русия за атаката. Правителството ще предостави хуманитарна помощ на "
              "Украйна. Русия атакува Киев с дронове.")
    accuse = events_of(doc, "ACCUSE")
    assert accuse and codes(accuse[0]["actor"]) == {"BGR"} and codes(accuse[0]["recipient"]) == {"RUS"}
    assault = events_of(doc, "ASSAULT")
    assert assault and codes(assault[0]["actor"]) == {"RUS"} and codes(assault[0]["recipient"]) == {"UKR"}
    assert events_of(doc, "AID")


def test_a_preposition_is_no_meeting():
    doc = run("Русия проведе учения срещу Украйна.")
    assert not events_of(doc, "CONSULT")
