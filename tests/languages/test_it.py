"""Italian lexicon behaviour through the whole pipeline: people, quotes, events, dates."""

from __future__ import annotations

import pytest

from tests.languages.helpers import codes, events_of, mention_codes, people, processor

run = processor("it")


def test_titled_unknown_people_get_role_and_state():
    doc = run("Il ministro kazako degli Esteri Aigul Bekova ha ricevuto l'ambasciatore del Giappone "
              "Kenji Tanabe e il viceministro degli Esteri georgiano Levan Kipiani.")
    found = people(doc)
    assert (found["Aigul Bekova"]["role"], found["Aigul Bekova"]["code"]) == ("foreign minister", "KAZ")
    assert (found["Kenji Tanabe"]["role"], found["Kenji Tanabe"]["code"]) == ("ambassador", "JPN")
    assert (found["Levan Kipiani"]["role"], found["Levan Kipiani"]["code"]) == ("deputy foreign minister", "GEO")


def test_title_with_articulated_preposition_before_the_state():
    doc = run("Il viceministro degli Esteri della Georgia Levan Kipiani è arrivato a Roma.")
    assert people(doc)["Levan Kipiani"]["code"] == "GEO"


def test_adjectives_in_every_gender_and_number_and_regions():
    doc = run("Gli uzbeki, le autorità kirghise, due diplomatici turkmeni e una delegazione tedesca hanno "
              "parlato della sicurezza in Asia centrale e nel Medio Oriente.")
    found = mention_codes(doc)
    assert found["uzbeki"] == "UZB"
    assert found["kirghise"] == "KGZ"
    assert found["turkmeni"] == "TKM"
    assert found["tedesca"] == "DEU"
    assert found["Asia centrale"] == "CAS"
    assert found["Medio Oriente"] == "MEA"


def test_quotes_with_verb_after_before_and_implicit_subject_in_next_paragraph():
    text = ("La ministra Aigul Bekova è arrivata lunedì a Parigi. «Il Kazakistan è un partner affidabile "
            "per l'Europa», ha detto Bekova.\n\n"
            "«Proseguiremo i colloqui sulle materie prime in autunno», ha aggiunto lei.\n\n"
            "Lei ha poi sottolineato: «La situazione in tutta la regione resta molto tesa».")
    quotes = run(text).quotes
    assert len(quotes) == 3
    assert all(q["speaker"] and q["speaker"]["entity_name"] == "Aigul Bekova" for q in quotes)


def test_quote_after_implicit_subject_gets_last_person():
    text = ("La ministra Aigul Bekova è arrivata lunedì a Parigi per una visita di due giorni.\n\n"
            "Ha poi sottolineato: «La situazione in tutta la regione resta molto tesa».")
    (quote,) = run(text).quotes
    assert quote["speaker"]["entity_name"] == "Aigul Bekova"


def test_meeting_on_weekday_is_consult():
    doc = run("Il capo della diplomazia kazaka ha incontrato martedì ad Astana il suo omologo turco.")
    (event,) = events_of(doc, "CONSULT")
    assert codes(event["actor"]) == {"KAZ"} and codes(event["recipient"]) == {"TUR"}
    assert event["date"] == "2024-05-21"


def test_host_cue_makes_the_visitor_the_actor():
    doc = run("Il presidente uzbeko Tolib Karimov ha ricevuto il 12 marzo a Tashkent il ministro degli "
              "Esteri ungherese Gábor Kiss.")
    (event,) = events_of(doc, "CONSULT")
    assert codes(event["actor"]) == {"HUN"} and codes(event["recipient"]) == {"UZB"}
    assert event["date"] == "2024-03-12"


def test_phone_call_and_visit_modes():
    phone = events_of(run("Il presidente kirghiso ha avuto un colloquio telefonico con il leader cinese."),
                      "CONSULT")
    assert [e["mode"] for e in phone] == ["phone"]
    assert codes(phone[0]["actor"]) == {"KGZ", "CHN"}
    visit = events_of(run("Il ministro indiano della Difesa si è recato in visita in Turkmenistan."), "CONSULT")
    assert [e["mode"] for e in visit] == ["visit"]
    assert codes(visit[0]["actor"]) == {"IND"} and codes(visit[0]["recipient"]) == {"TKM"}


def test_thanks_and_praise_are_support():
    doc = run("Il Tagikistan ha ringraziato il Giappone e ha elogiato gli ingegneri giapponesi.")
    events = events_of(doc, "SUPPORT")
    assert codes(events[0]["actor"]) == {"TJK"} and codes(events[0]["recipient"]) == {"JPN"}


def test_sostenere_che_is_speech_not_support():
    doc = run("Il Cremlino ha sostenuto che la Finlandia prepara nuove basi militari.")
    assert not events_of(doc, "SUPPORT")
    doc = run("La Polonia continuerà a sostenere l'Ucraina, ha detto il ministro.")
    assert codes(events_of(doc, "SUPPORT")[0]["recipient"]) == {"UKR"}


def test_promise_is_agree_and_future():
    doc = run("L'Azerbaigian ha promesso alla Georgia di ampliare la cooperazione energetica il prossimo anno.")
    event = events_of(doc, "AGREE")[0]
    assert codes(event["actor"]) == {"AZE"} and codes(event["recipient"]) == {"GEO"}
    assert event["future"] is True


def test_invitation_to_act_is_request():
    doc = run("L'Unione europea ha invitato l'Armenia e l'Azerbaigian a riprendere i negoziati.")
    event = events_of(doc, "REQUEST")[0]
    assert codes(event["actor"]) == {"EU"} and codes(event["recipient"]) == {"ARM", "AZE"}


def test_condemnation_is_accuse_and_passive_agent_is_actor():
    active = events_of(run("La Lituania ha condannato la Bielorussia per l'incidente al confine."), "ACCUSE")
    assert codes(active[0]["actor"]) == {"LTU"} and codes(active[0]["recipient"]) == {"BLR"}
    passive = events_of(run("La Bielorussia è stata duramente criticata dalla Lituania."), "ACCUSE")
    assert codes(passive[0]["actor"]) == {"LTU"} and codes(passive[0]["recipient"]) == {"BLR"}


def test_sanctions_last_week():
    doc = run("Il Canada ha imposto sanzioni all'Iran la settimana scorsa.")
    (event,) = events_of(doc, "SANCTION")
    assert codes(event["actor"]) == {"CAN"} and codes(event["recipient"]) == {"IRN"}
    assert event["date"] == "2024-05-15"


def test_humanitarian_aid_mode():
    doc = run("Il Kazakistan ha inviato aiuti umanitari all'Afghanistan.")
    (event,) = events_of(doc, "AID")
    assert event["mode"] == "humanitarian"
    assert codes(event["actor"]) == {"KAZ"} and codes(event["recipient"]) == {"AFG"}


def test_threat_protest_and_assault_cues():
    assert events_of(run("L'Iran ha minacciato Israele di dure ritorsioni."), "THREATEN")
    assert events_of(run("Migliaia di georgiani sono scesi in piazza a Tbilisi contro la legge."), "PROTEST")
    assert events_of(run("Droni russi hanno attaccato i porti ucraini durante la notte."), "ASSAULT")


def test_lifting_sanctions_is_concede_not_sanction():
    doc = run("Il Canada ha revocato le sanzioni contro il Venezuela.")
    assert [e["event"] for e in doc.events] == ["CONCEDE"]


def test_negated_event_is_flagged():
    doc = run("La Cina non ha firmato la dichiarazione commerciale con l'India a Nuova Delhi.")
    (event,) = events_of(doc, "SUPPORT")
    assert event["negated"] is True


@pytest.mark.parametrize("text", [
    "I tifosi francesi hanno festeggiato la vittoria nelle strade della capitale.",
    "Domenica nelle Alpi italiane il tempo è stato bello e caldo, secondo il meteo.",
    "Secondo la Mongolia, il cantiere ferroviario procede come previsto.",
])
def test_ordinary_sentences_yield_no_event(text):
    assert run(text).events == []
