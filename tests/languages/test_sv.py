"""Swedish lexicon behaviour through the whole pipeline: people, quotes, events, dates."""

from __future__ import annotations

from tests.languages.helpers import codes, events_of, mention_codes, people, processor

run = processor("sv")


def test_titled_unknown_person_gets_role_and_state():
    doc = run("Kazakstans utrikesminister Aigul Bekova anlände på tisdagen till Stockholm.")
    found = people(doc)["Aigul Bekova"]
    assert (found["role"], found["code"]) == ("foreign minister", "KAZ")


def test_adjectives_demonyms_and_genitive_names():
    doc = run("Ryska diplomater och amerikanska tjänstemän träffade ukrainare i Rysslands huvudstad.")
    found = mention_codes(doc)
    assert found["Ryska"] == "RUS"
    assert found["amerikanska"] == "USA"
    assert found["ukrainare"] == "UKR"
    assert found["Rysslands"] == "RUS"


def test_dash_quote_with_sade_and_uppgav():
    text = ("Utrikesminister Aigul Bekova besökte Paris i måndags.\n\n"
            "– Kazakstan är en pålitlig partner för Europa, sade Bekova.\n\n"
            "”Vi fortsätter samtalen till hösten”, uppgav ministern.")
    quotes = run(text).quotes
    assert len(quotes) == 2
    assert all(q["speaker"] and q["speaker"]["entity_name"] == "Aigul Bekova" for q in quotes)


def test_verb_second_visit_on_definite_weekday():
    doc = run("På onsdagen besökte Sveriges statsminister Kiev och träffade Ukrainas president.")
    (event,) = events_of(doc, "CONSULT")
    assert event["mode"] == "visit"
    assert codes(event["actor"]) == {"SWE"} and codes(event["recipient"]) == {"UKR"}
    assert event["date"] == "2024-05-22"


def test_expulsion_and_condemnation():
    doc = run("Sverige utvisar fem ryska diplomater. Sverige fördömde i går Rysslands attack mot Ukraina.")
    (sanction,) = events_of(doc, "SANCTION")
    assert sanction["mode"] == "expel"
    assert codes(sanction["actor"]) == {"SWE"} and codes(sanction["recipient"]) == {"RUS"}
    accuse = events_of(doc, "ACCUSE")
    assert any(codes(e["recipient"]) == {"RUS"} and e["date"] == "2024-05-21" for e in accuse)


def test_particle_verb_split_around_its_object():
    doc = run("Ryssland drog på måndagen tillbaka sina trupper från Moldavien.")
    (event,) = events_of(doc, "RETREAT")
    assert codes(event["actor"]) == {"RUS"}
    assert event["date"] == "2024-05-20"
