"""Azerbaijani lexicon behaviour through the whole pipeline: names with case endings, verb-final
clauses, quotes and dates. Endings stand on the name itself, without an apostrophe (Rusiya-nın,
Ermənistan-ı, Fidan-la), and the verb closes the clause."""

from __future__ import annotations

from tests.languages.helpers import codes, events_of, mention_codes, participants, processor

run = processor("az")


def test_names_with_case_endings():
    doc = run("Rusiyanın, Ermənistana, Gürcüstanla, ABŞ-ın və Türkiyədən gələn nümayəndələr Bakıda görüşüb.")
    found = mention_codes(doc)
    assert found["Rusiyanın"] == "RUS"
    assert found["Ermənistana"] == "ARM"
    assert found["Gürcüstanla"] == "GEO"
    assert found["Türkiyədən"] == "TUR"


def test_condemnation_with_accusative_object():
    doc = run("Azərbaycan dünən Ermənistanı kəskin şəkildə pisləyib.")
    accuse = events_of(doc, "ACCUSE")[0]
    assert codes(accuse["actor"]) == {"AZE"}
    assert codes(accuse["recipient"]) == {"ARM"}
    assert accuse["date"] == "2024-05-21"


def test_shelling_by_an_agent_of_a_state():
    doc = run("Ermənistan silahlı qüvvələri mayın 20-də Azərbaycanın mövqelərini atəşə tutub.")
    assault = events_of(doc, "ASSAULT")[0]
    assert codes(assault["actor"]) == {"ARM"}
    assert codes(assault["recipient"]) == {"AZE"}
    assert assault["date"] == "2024-05-20"


def test_humanitarian_aid_to_a_state_in_the_dative():
    doc = run("Qazaxıstan Ukraynaya humanitar yardım göndərib.")
    aid = events_of(doc, "AID")[0]
    assert aid["mode"] == "humanitarian"
    assert codes(aid["actor"]) == {"KAZ"}
    assert codes(aid["recipient"]) == {"UKR"}


def test_meeting_with_a_partner_in_the_comitative():
    doc = run("Azərbaycanın xarici işlər naziri Gürcüstanla Tbilisidə danışıqlar aparıb.")
    talks = events_of(doc, "CONSULT")[0]
    assert participants(talks) == {"AZE", "GEO"}


def test_quote_before_deye_frame():
    text = ("Azərbaycan və Qazaxıstan prezidentləri Bakıda görüşüb.\n\n"
            "“Ölkələrimiz arasında əməkdaşlıq çox sürətlə inkişaf edir”, - deyə Qazaxıstan "
            "Prezidenti Qasım-Jomart Tokayev bildirib.")
    quote = run(text).quotes[0]
    assert quote["text"].startswith("Ölkələrimiz arasında əməkdaşlıq")
    assert quote["speaker"]["code"] == "KAZ"
