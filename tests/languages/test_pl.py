"""Polish lexicon behaviour through the whole pipeline: inflected names, quotes, events, dates."""

from __future__ import annotations

from tests.languages.helpers import codes, events_of, mention_codes, people, processor

run = processor("pl")


def test_inflected_state_and_person_names_are_recognised():
    doc = run("Polska potępiła Rosję. Rozmowy z Rosją i o Rosji trwały. Niemcom i Niemcy pomogły. "
              "Sikorski napisał do Putina, a Duda zadzwonił do Zełenskiego.")
    found = mention_codes(doc)
    assert found["Rosję"] == found["Rosją"] == found["Rosji"] == "RUS"
    assert found["Niemcom"] == "DEU"
    assert found["Putina"] == "RUS"
    assert found["Zełenskiego"] == "UKR"


def test_condemnation_with_the_recipient_in_the_accusative():
    doc = run("We wtorek Polska potępiła Rosję za atak rakietowy na Kijów.")
    accuse = events_of(doc, "ACCUSE")
    assert accuse and codes(accuse[0]["actor"]) == {"POL"} and codes(accuse[0]["recipient"]) == {"RUS"}
    assert accuse[0]["date"] == "2024-05-21"


def test_aid_with_the_recipient_in_the_dative_and_an_assault():
    doc = run("Niemcy przekazały Ukrainie pomoc humanitarną. Rosja zaatakowała Ukrainę dronami.")
    aid = events_of(doc, "AID")
    assert aid and codes(aid[0]["actor"]) == {"DEU"} and codes(aid[0]["recipient"]) == {"UKR"}
    assault = events_of(doc, "ASSAULT")
    assert assault and codes(assault[0]["actor"]) == {"RUS"}


def test_titled_speaker_of_a_quotation():
    doc = run("Minister spraw zagranicznych Radosław Sikorski spotkał się w poniedziałek z ministrem "
              "spraw zagranicznych Węgier. \"Musimy nadal wspierać Ukrainę w tej wojnie\" - powiedział Sikorski.")
    assert people(doc)["Radosław Sikorski"]["role"] == "foreign minister"
    assert doc.quotes and doc.quotes[0]["speaker"]["entity_name"] == "Radosław Sikorski"
