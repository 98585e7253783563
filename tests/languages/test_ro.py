"""Romanian lexicon behaviour through the whole pipeline: people, quotes, events, dates."""

from __future__ import annotations

from tests.languages.helpers import codes, events_of, mention_codes, people, processor

run = processor("ro")


def test_titled_unknown_person_with_nationality_after_the_title():
    doc = run("Ministrul kazah de externe, Aigul Bekova, a sosit marți la București.")
    found = people(doc)["Aigul Bekova"]
    assert (found["role"], found["code"]) == ("foreign minister", "KAZ")


def test_state_names_with_postposed_article_and_genitive():
    doc = run("România a condamnat atacurile Rusiei asupra Ucrainei, iar Israelul a cerut sprijinul "
              "Statelor Unite și al Uniunii Europene.")
    found = mention_codes(doc)
    assert found["Rusiei"] == "RUS"
    assert found["Ucrainei"] == "UKR"
    assert found["Israelul"] == "ISR"
    assert found["Statelor Unite"] == "USA"
    assert found["Uniunii Europene"] == "EU"


def test_cedilla_and_comma_letters_are_one():
    doc = run("Preşedintele rus a ameninţat Ucraina cu represalii.")
    (event,) = events_of(doc, "THREATEN")
    assert codes(event["actor"]) == {"RUS"} and codes(event["recipient"]) == {"UKR"}


def test_quote_attributed_with_a_declarat():
    text = ("Ministra Aigul Bekova a vizitat luni Parisul.\n\n"
            "„Kazahstanul este un partener de încredere pentru Europa”, a declarat Bekova.")
    (quote,) = run(text).quotes
    assert quote["speaker"]["entity_name"] == "Aigul Bekova"


def test_condemnation_with_genitive_and_date():
    doc = run("România a condamnat ieri atacurile Rusiei asupra Ucrainei.")
    (event,) = events_of(doc, "ACCUSE")
    assert codes(event["actor"]) == {"ROU"} and codes(event["recipient"]) == {"RUS"}
    assert event["date"] == "2024-05-21"


def test_reflexive_meeting_with_counterpart():
    doc = run("Ministrul ucrainean de externe s-a întâlnit joi, 16 mai, cu omologul său moldovean.")
    (event,) = events_of(doc, "CONSULT")
    assert codes(event["actor"]) | codes(event["recipient"]) == {"UKR", "MDA"}
    assert event["date"] == "2024-05-16"
