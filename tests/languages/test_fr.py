"""French lexicon behaviour through the whole pipeline: people, quotes, events, dates."""

from __future__ import annotations

import pytest

from tests.languages.helpers import codes, events_of, mention_codes, people, processor

run = processor("fr")


def test_titled_unknown_people_get_role_and_state():
    doc = run("La ministre kazakhe des Affaires étrangères Aïgul Bekova a reçu l'ambassadeur du Japon "
              "Kenji Tanabe et le vice-ministre des Affaires étrangères de Géorgie Levan Kipiani.")
    found = people(doc)
    assert (found["Aïgul Bekova"]["role"], found["Aïgul Bekova"]["code"]) == ("foreign minister", "KAZ")
    assert (found["Kenji Tanabe"]["role"], found["Kenji Tanabe"]["code"]) == ("ambassador", "JPN")
    assert (found["Levan Kipiani"]["role"], found["Levan Kipiani"]["code"]) == ("deputy foreign minister", "GEO")


def test_adjectives_in_every_gender_and_number_and_regions():
    doc = run("Les Ouzbèkes, les Kirghizes, deux diplomates turkmènes et une délégation azerbaïdjanaise ont "
              "parlé de la sécurité en Asie centrale et au Moyen-Orient.")
    found = mention_codes(doc)
    assert found["Ouzbèkes"] == "UZB"
    assert found["Kirghizes"] == "KGZ"
    assert found["turkmènes"] == "TKM"
    assert found["azerbaïdjanaise"] == "AZE"
    assert found["Asie centrale"] == "CAS"
    assert found["Moyen-Orient"] == "MEA"


def test_quotes_with_verb_after_before_and_pronoun_in_next_paragraph():
    text = ("La ministre Aïgul Bekova est arrivée lundi à Paris. « Le Kazakhstan est un partenaire fiable "
            "pour l'Europe », a déclaré Bekova.\n\n"
            "« Nous poursuivrons les discussions sur les matières premières à l'automne », a-t-elle ajouté.\n\n"
            "Elle a souligné : « La situation dans toute la région reste très tendue. »")
    quotes = run(text).quotes
    assert len(quotes) == 3
    assert all(q["speaker"] and q["speaker"]["entity_name"] == "Aïgul Bekova" for q in quotes)


def test_meeting_on_weekday_is_consult():
    doc = run("Le chef de la diplomatie kazakhe a rencontré mardi son homologue turc à Astana.")
    (event,) = events_of(doc, "CONSULT")
    assert codes(event["actor"]) == {"KAZ"} and codes(event["recipient"]) == {"TUR"}
    assert event["date"] == "2024-05-21"


def test_host_cue_makes_the_visitor_the_actor():
    doc = run("Le président ouzbek Tolib Karimov a reçu le 12 mars à Tachkent le ministre hongrois des "
              "Affaires étrangères Gábor Kiss.")
    (event,) = events_of(doc, "CONSULT")
    assert codes(event["actor"]) == {"HUN"} and codes(event["recipient"]) == {"UZB"}
    assert event["date"] == "2024-03-12"


def test_phone_call_and_visit_modes():
    phone = events_of(run("Le président kirghiz s'est entretenu par téléphone avec le dirigeant chinois."),
                      "CONSULT")
    assert [e["mode"] for e in phone] == ["phone"]
    assert codes(phone[0]["actor"]) == {"KGZ", "CHN"}
    visit = events_of(run("Le ministre indien de la Défense a effectué une visite au Turkménistan."), "CONSULT")
    assert [e["mode"] for e in visit] == ["visit"]
    assert codes(visit[0]["actor"]) == {"IND"} and codes(visit[0]["recipient"]) == {"TKM"}


def test_thanks_and_praise_are_support():
    doc = run("Le Tadjikistan a chaleureusement remercié le Japon et a salué les ingénieurs japonais.")
    events = events_of(doc, "SUPPORT")
    assert codes(events[0]["actor"]) == {"TJK"} and codes(events[0]["recipient"]) == {"JPN"}


def test_promise_is_agree_and_future():
    doc = run("L'Azerbaïdjan a promis à la Géorgie d'élargir la coopération énergétique l'an prochain.")
    event = events_of(doc, "AGREE")[0]
    assert codes(event["actor"]) == {"AZE"} and codes(event["recipient"]) == {"GEO"}
    assert event["future"] is True


def test_call_on_someone_to_act_is_request():
    doc = run("L'Union européenne a appelé l'Arménie et l'Azerbaïdjan à reprendre les négociations.")
    event = events_of(doc, "REQUEST")[0]
    assert codes(event["actor"]) == {"EU"} and codes(event["recipient"]) == {"ARM", "AZE"}


def test_condemnation_is_accuse_and_passive_agent_is_actor():
    active = events_of(run("La Lituanie a condamné la Biélorussie pour l'incident frontalier."), "ACCUSE")
    assert codes(active[0]["actor"]) == {"LTU"} and codes(active[0]["recipient"]) == {"BLR"}
    passive = events_of(run("La Biélorussie a été vivement critiquée par la Lituanie."), "ACCUSE")
    assert codes(passive[0]["actor"]) == {"LTU"} and codes(passive[0]["recipient"]) == {"BLR"}


def test_reflexive_perfect_is_not_passive():
    doc = run("Le président turc s'est entretenu par téléphone avec le président kazakh.")
    (event,) = events_of(doc, "CONSULT")
    assert event["confidence"] < 0.8  # roles from position, not from a passive "par"
    assert codes(event["actor"]) == {"TUR", "KAZ"}


def test_sanctions_last_week():
    doc = run("Le Canada a imposé des sanctions à l'Iran la semaine dernière.")
    (event,) = events_of(doc, "SANCTION")
    assert codes(event["actor"]) == {"CAN"} and codes(event["recipient"]) == {"IRN"}
    assert event["date"] == "2024-05-15"


def test_humanitarian_aid_mode():
    doc = run("Le Kazakhstan a envoyé de l'aide humanitaire à l'Afghanistan.")
    (event,) = events_of(doc, "AID")
    assert event["mode"] == "humanitarian"
    assert codes(event["actor"]) == {"KAZ"} and codes(event["recipient"]) == {"AFG"}


def test_threat_protest_and_assault_cues():
    assert events_of(run("L'Iran a menacé Israël de représailles sévères."), "THREATEN")
    assert events_of(run("Des milliers de Géorgiens ont manifesté contre la loi à Tbilissi."), "PROTEST")
    assert events_of(run("Des drones russes ont attaqué des ports ukrainiens dans la nuit."), "ASSAULT")


def test_lifting_sanctions_is_concede_not_sanction():
    doc = run("Le Canada a levé les sanctions contre le Venezuela.")
    assert [e["event"] for e in doc.events] == ["CONCEDE"]


def test_negated_event_is_flagged():
    doc = run("La Chine n'a pas signé la déclaration commerciale avec l'Inde à New Delhi.")
    (event,) = events_of(doc, "SUPPORT")
    assert event["negated"] is True


@pytest.mark.parametrize("text", [
    "Les supporters français ont célébré la victoire dans les rues de la capitale.",
    "Il a fait beau et chaud dimanche dans les Alpes italiennes, selon la météo.",
    "Selon la Mongolie, le chantier ferroviaire avance comme prévu.",
])
def test_ordinary_sentences_yield_no_event(text):
    assert run(text).events == []
