"""Spanish lexicon behaviour through the whole pipeline: people, quotes, events, dates."""

from __future__ import annotations

import pytest

from tests.languages.helpers import codes, events_of, mention_codes, people, processor

run = processor("es")


def test_titled_unknown_people_get_role_and_state():
    doc = run("El ministro de Defensa de Kazajistán, Arman Dosánov, y la canciller chilena, Ana Rojas Valdivieso, "
              "llegaron juntos a la reunión.")
    found = people(doc)
    assert (found["Arman Dosánov"]["role"], found["Arman Dosánov"]["code"]) == ("defence minister", "KAZ")
    assert (found["Ana Rojas Valdivieso"]["role"], found["Ana Rojas Valdivieso"]["code"]) == (
        "foreign minister", "CHL")


def test_adjective_forms_and_acronyms():
    doc = run("Las autoridades kazajas y los diplomáticos estadounidenses hablaron con la OTAN en Bruselas.")
    found = mention_codes(doc)
    assert found["kazajas"] == "KAZ"
    assert found["estadounidenses"] == "USA"


def test_quote_with_verb_after_and_reference():
    text = ("La ministra de Defensa, Carmen Olazábal, viajó el lunes a Astana. "
            "«Kazajistán es un socio fiable para España en Asia Central», declaró la ministra.")
    quote = run(text).quotes[0]
    assert quote["speaker"]["entity_name"] == "Carmen Olazábal"
    assert quote["verb"] == "declaró"


def test_quote_with_verb_before_and_pronoun_in_next_paragraph():
    text = ("El embajador de México, Julián Barragán, habló ante la prensa. "
            "“Vamos a reforzar la cooperación comercial con Argentina”, dijo Barragán.\n\n"
            "Él subrayó: «Nuestro objetivo es la estabilidad de toda la región».")
    quotes = run(text).quotes
    assert [q["speaker"]["entity_name"] for q in quotes] == ["Julián Barragán", "Julián Barragán"]
    assert [q["verb"] for q in quotes] == ["dijo", "subrayó"]


def test_quote_with_dropped_subject():
    text = ("El embajador de México, Julián Barragán, habló ante la prensa el lunes. "
            "«La relación con Argentina nunca fue tan estrecha como ahora», añadió.")
    assert run(text).quotes[0]["speaker"]["entity_name"] == "Julián Barragán"


def test_meeting_with_clitic_and_weekday():
    doc = run("La canciller chilena, Ana Rojas Valdivieso, se reunió el martes con el embajador de Francia.")
    consult = events_of(doc, "CONSULT")[0]
    assert codes(consult["actor"]) >= {"CHL", "FRA"}
    assert consult["date"] == "2024-05-21"


def test_enclitic_infinitive_is_consult():
    doc = run("Uruguay decidió reunirse con Paraguay para hablar de la gestión del río.")
    assert codes(events_of(doc, "CONSULT")[0]["actor"]) == {"URY", "PRY"}


def test_host_receives_visitor():
    doc = run("El presidente de Kazajistán, Arman Kairátov, recibió al primer ministro de Hungría, Gábor Nyerges.")
    consult = events_of(doc, "CONSULT")[0]
    assert codes(consult["actor"]) == {"HUN"}
    assert codes(consult["recipient"]) == {"KAZ"}


def test_phone_call_mode():
    doc = run("La presidenta del Gobierno de Italia, Giulia Contarini, conversó por teléfono con el primer "
              "ministro canadiense.")
    consult = events_of(doc, "CONSULT")[0]
    assert consult["mode"] == "phone"
    assert "ITA" in codes(consult["actor"])


def test_thanks_is_support():
    doc = run("Chile agradeció a Argentina su apoyo durante la crisis.")
    assert any(codes(e["actor"]) == {"CHL"} and codes(e["recipient"]) == {"ARG"}
               for e in events_of(doc, "SUPPORT"))


def test_commitment_is_agree():
    doc = run("Japón se comprometió a invertir mil millones de dólares en Perú.")
    agree = events_of(doc, "AGREE")[0]
    assert (codes(agree["actor"]), codes(agree["recipient"])) == ({"JPN"}, {"PER"})


def test_according_to_is_not_an_agreement():
    doc = run("De acuerdo con el informe anual, Chile creció un dos por ciento el año pasado.")
    assert events_of(doc, "AGREE") == []


def test_urge_is_request():
    doc = run("Colombia instó a Venezuela a liberar a los presos políticos.")
    request = events_of(doc, "REQUEST")[0]
    assert (codes(request["actor"]), codes(request["recipient"])) == ({"COL"}, {"VEN"})


def test_accusation_is_accuse():
    doc = run("Bolivia acusó a Perú de injerencia en sus asuntos internos.")
    accuse = events_of(doc, "ACCUSE")[0]
    assert accuse["mode"] == "allege"
    assert (codes(accuse["actor"]), codes(accuse["recipient"])) == ({"BOL"}, {"PER"})


def test_sanctions():
    doc = run("Canadá impuso nuevas sanciones a Irán por la represión de las protestas.")
    sanction = events_of(doc, "SANCTION")[0]
    assert (codes(sanction["actor"]), codes(sanction["recipient"])) == ({"CAN"}, {"IRN"})


def test_humanitarian_aid_in_the_future():
    doc = run("España enviará ayuda humanitaria a Marruecos tras el terremoto.")
    aid = events_of(doc, "AID")[0]
    assert aid["mode"] == "humanitarian"
    assert (codes(aid["actor"]), codes(aid["recipient"])) == ({"ESP"}, {"MAR"})
    assert aid["future"] is True


def test_negated_event_is_flagged():
    doc = run("Brasil no apoyó la resolución contra Venezuela en el Consejo.")
    support = events_of(doc, "SUPPORT")[0]
    assert support["negated"] is True
    assert codes(support["actor"]) == {"BRA"}


@pytest.mark.parametrize("when, expected", [
    ("ayer", "2024-05-21"),
    ("el 12 de marzo", "2024-03-12"),
    ("la semana pasada", "2024-05-15"),
])
def test_dated_events(when: str, expected: str):
    doc = run(f"Ecuador criticó {when} al Gobierno de Colombia por sus declaraciones.")
    accuse = events_of(doc, "ACCUSE")[0]
    assert codes(accuse["actor"]) == {"ECU"}
    assert accuse["date"] == expected


def test_ordinary_sentence_has_no_event():
    doc = run("Ayer llovió mucho en Sevilla y hubo atascos en el centro de la ciudad.")
    assert doc.events == []
