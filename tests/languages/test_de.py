"""German lexicon behaviour through the whole pipeline: people, quotes, events, dates."""

from __future__ import annotations

import pytest

from tests.languages.helpers import codes, events_of, mention_codes, people, processor

run = processor("de")


def test_titled_unknown_person_gets_role_and_state():
    doc = run("Der kasachische Verteidigungsminister Arman Dossanow traf den Botschafter Japans Kenji Tanabe.")
    found = people(doc)
    assert found["Arman Dossanow"]["role"] == "defence minister"
    assert found["Arman Dossanow"]["code"] == "KAZ"
    assert found["Kenji Tanabe"]["role"] == "ambassador"
    assert found["Kenji Tanabe"]["code"] == "JPN"


def test_title_with_sharp_s_is_recognised():
    doc = run("Die kasachische Außenministerin Aigul Bekowa besuchte Paris.")
    assert people(doc)["Aigul Bekowa"]["role"] == "foreign minister"


def test_adjectives_demonyms_and_inflected_state_names():
    doc = run("Die kasachische Regierung, die Kasachen und die Vereinigten Staaten begrüßten den Plan.")
    found = mention_codes(doc)
    assert found["kasachische"] == "KAZ"
    assert found["Kasachen"] == "KAZ"
    assert found["Vereinigten Staaten"] == "USA"


def test_quote_with_verb_after_and_pronoun_in_next_paragraph():
    text = ("Die Verteidigungsministerin Petra Hollerbach reiste am Montag nach Astana. "
            "„Kasachstan ist ein verlässlicher Partner für Deutschland“, sagte Hollerbach.\n\n"
            "„Wir werden die Gespräche über Rohstoffe im Herbst fortsetzen“, fügte sie hinzu.\n\n"
            "Sie betonte: „Die Lage in der ganzen Region bleibt sehr angespannt.“")
    quotes = run(text).quotes
    assert len(quotes) == 3
    assert all(q["speaker"] and q["speaker"]["entity_name"] == "Petra Hollerbach" for q in quotes)
    assert [q["verb"] for q in quotes] == ["sagte", "fügte", "betonte"]


def test_quote_attributed_with_so_and_guillemets():
    text = ("Der Regierungssprecher Jonas Weidenfeller äußerte sich am Abend. "
            "»Die Sanktionen gegen Belarus bleiben in Kraft«, so Weidenfeller.")
    quote = run(text).quotes[0]
    assert quote["speaker"]["entity_name"] == "Jonas Weidenfeller"
    assert quote["speaker"]["role"] == "spokesperson"


def test_meeting_on_a_weekday():
    doc = run("Der Präsident Kasachstans Arman Kairatow traf am Dienstag den Botschafter Frankreichs Luc Dubreuil.")
    consult = events_of(doc, "CONSULT")
    assert consult, doc.events
    assert codes(consult[0]["actor"]) == {"KAZ"}
    assert codes(consult[0]["recipient"]) == {"FRA"}
    assert consult[0]["date"] == "2024-05-21"


def test_host_receives_visitor():
    doc = run("Der kasachische Präsident Arman Kairatow empfing den Premierminister Ungarns Gábor Nyerges.")
    consult = events_of(doc, "CONSULT")[0]
    assert codes(consult["actor"]) == {"HUN"}
    assert codes(consult["recipient"]) == {"KAZ"}


def test_phone_call_mode():
    doc = run("Die italienische Regierungschefin Giulia Contarini telefonierte mit dem kanadischen Premierminister.")
    consult = events_of(doc, "CONSULT")[0]
    assert consult["mode"] == "phone"
    assert "ITA" in codes(consult["actor"])


def test_thanks_is_support():
    doc = run("Polen dankte Litauen für die Unterstützung.")
    assert any(codes(e["actor"]) == {"POL"} and codes(e["recipient"]) == {"LTU"}
               for e in events_of(doc, "SUPPORT"))


def test_promise_is_agree():
    doc = run("Japan versprach Kirgisistan Investitionen in Höhe von einer Milliarde Dollar.")
    agree = events_of(doc, "AGREE")[0]
    assert codes(agree["actor"]) == {"JPN"}
    assert codes(agree["recipient"]) == {"KGZ"}


def test_appeal_is_request():
    doc = run("Die Türkei appellierte an Aserbaidschan und Armenien, die Verhandlungen fortzusetzen.")
    request = events_of(doc, "REQUEST")[0]
    assert codes(request["actor"]) == {"TUR"}
    assert codes(request["recipient"]) == {"AZE", "ARM"}


def test_joined_separable_verb_is_request():
    doc = run("Frankreich rief dazu auf, die Kämpfe in Syrien sofort zu beenden.")
    assert events_of(doc, "REQUEST")


def test_separable_verbs_whose_stem_carries_the_meaning():
    doc = run("Der Präsident Kasachstans Arman Kairatow traf am Montag mit dem Präsidenten Usbekistans "
              "Bachtijor Nasarow zusammen.")
    assert codes(events_of(doc, "CONSULT")[0]["actor"]) == {"KAZ", "UZB"}
    doc = run("Ungarn sprach sich für Verhandlungen mit Russland über einen Waffenstillstand aus.")
    support = events_of(doc, "SUPPORT")[0]
    assert (codes(support["actor"]), codes(support["recipient"])) == ({"HUN"}, {"RUS"})


def test_split_separable_verb_is_request():
    doc = run("Frankreich rief Russland zur Zurückhaltung auf.")
    assert events_of(doc, "REQUEST")


def test_condemnation_is_accuse():
    doc = run("Litauen kritisierte Belarus wegen der Festnahme zweier Journalisten.")
    accuse = events_of(doc, "ACCUSE")[0]
    assert accuse["mode"] == "disapprove"
    assert codes(accuse["actor"]) == {"LTU"}
    assert codes(accuse["recipient"]) == {"BLR"}


def test_sanctions():
    doc = run("Die Vereinigten Staaten verhängten neue Sanktionen gegen Iran.")
    sanction = events_of(doc, "SANCTION")[0]
    assert codes(sanction["actor"]) == {"USA"}
    assert codes(sanction["recipient"]) == {"IRN"}


def test_humanitarian_aid():
    doc = run("Deutschland leistet humanitäre Hilfe für den Sudan.")
    aid = events_of(doc, "AID")[0]
    assert aid["mode"] == "humanitarian"
    assert codes(aid["actor"]) == {"DEU"}
    assert codes(aid["recipient"]) == {"SDN"}


def test_negated_event_is_flagged():
    doc = run("Polen hat das Nachbarland Belarus bisher nicht kritisiert.")
    accuse = events_of(doc, "ACCUSE")[0]
    assert accuse["negated"] is True
    assert "POL" in codes(accuse["actor"])


def test_verb_final_perfect_keeps_recipient():
    doc = run("Litauen hat Belarus scharf kritisiert.")
    accuse = events_of(doc, "ACCUSE")[0]
    assert codes(accuse["actor"]) == {"LTU"} and codes(accuse["recipient"]) == {"BLR"}


def test_inverted_subject_after_fronted_adverbial():
    doc = run("Am Dienstag traf der Präsident Kasachstans Arman Kairatow den Botschafter Frankreichs Luc Dubreuil.")
    consult = events_of(doc, "CONSULT")[0]
    assert codes(consult["actor"]) == {"KAZ"}


@pytest.mark.parametrize("when, expected", [
    ("gestern", "2024-05-21"),
    ("am 12. März", "2024-03-12"),
    ("letzte Woche", "2024-05-15"),
])
def test_dated_events(when: str, expected: str):
    doc = run(f"Die Schweiz kritisierte {when} die Regierung Venezuelas. Danach wurde nicht mehr geredet.")
    accuse = events_of(doc, "ACCUSE")[0]
    assert codes(accuse["actor"]) == {"CHE"}
    assert accuse["date"] == expected


def test_ordinary_sentence_has_no_event():
    doc = run("Am Wochenende regnete es in Hamburg, und viele Menschen blieben wegen des Sturms zu Hause.")
    assert doc.events == []
