"""Dutch lexicon behaviour through the whole pipeline: people, quotes, events, dates."""

from __future__ import annotations

from tests.languages.helpers import codes, events_of, mention_codes, people, processor

run = processor("nl")


def test_titled_unknown_person_gets_role_and_state():
    doc = run("De Kazachse minister van Buitenlandse Zaken, Aigul Bekova, is dinsdag in Den Haag aangekomen.")
    found = people(doc)["Aigul Bekova"]
    assert (found["role"], found["code"]) == ("foreign minister", "KAZ")


def test_adjectives_and_demonyms_in_their_forms():
    doc = run("De Russische ambassadeur sprak met Oekraïense diplomaten; de Amerikanen en de Turken zwegen.")
    found = mention_codes(doc)
    assert found["Russische"] == "RUS"
    assert found["Oekraïense"] == "UKR"
    assert found["Amerikanen"] == "USA"
    assert found["Turken"] == "TUR"


def test_quote_attributed_after_it_with_aldus_and_zei():
    text = ("Minister Aigul Bekova van Kazachstan bezocht maandag Parijs. „Kazachstan is een betrouwbare "
            "partner voor Europa”, zei Bekova.\n\n"
            "„We zetten de gesprekken in het najaar voort”, aldus de minister.")
    quotes = run(text).quotes
    assert len(quotes) == 2
    assert all(q["speaker"] and q["speaker"]["entity_name"] == "Aigul Bekova" for q in quotes)


def test_verb_second_meeting_on_a_weekday():
    doc = run("Dinsdag ontmoette de Nederlandse premier zijn Turkse ambtgenoot in Ankara.")
    (event,) = events_of(doc, "CONSULT")
    assert codes(event["actor"]) | codes(event["recipient"]) == {"NLD", "TUR"}
    assert event["date"] == "2024-05-21"


def test_summoned_ambassador_and_expelled_diplomats():
    doc = run("Rusland heeft gisteren de Nederlandse ambassadeur ontboden. Nederland heeft vorige maand "
              "zeventien Russische diplomaten het land uitgezet.")
    (accuse,) = events_of(doc, "ACCUSE")
    assert codes(accuse["actor"]) == {"RUS"} and codes(accuse["recipient"]) == {"NLD"}
    assert accuse["date"] == "2024-05-21"
    (sanction,) = events_of(doc, "SANCTION")
    assert sanction["mode"] == "expel"
    assert codes(sanction["actor"]) == {"NLD"} and codes(sanction["recipient"]) == {"RUS"}


def test_separable_verb_split_around_its_object():
    doc = run("De Europese Unie riep Rusland woensdag op tot een staakt-het-vuren.")
    (event,) = events_of(doc, "REQUEST")
    assert codes(event["actor"]) == {"EU"} and codes(event["recipient"]) == {"RUS"}
    assert event["date"] == "2024-05-22"


def test_negated_meeting_is_flagged():
    doc = run("De Belgische premier heeft de Chinese president niet ontmoet.")
    assert all(e["negated"] for e in events_of(doc, "CONSULT"))
