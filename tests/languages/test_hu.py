"""Hungarian lexicon behaviour through the whole pipeline: names in case forms, quotes, events, dates.

Hungarian names take case endings on the word itself, a final -a/-e lengthening before them
(Oroszország-gal, Ukrajná-nak, Kíná-t); word order in news is mostly verb-medial, so the tests
check that the endings mark the recipient and partner wherever they stand."""

from __future__ import annotations

from tests.languages.helpers import codes, events_of, mention_codes, processor

run = processor("hu")


def test_inflected_state_names_with_lengthened_stems():
    doc = run("Oroszországgal, Ukrajnának, Kínát és az Egyesült Államokkal is tárgyalt a küldöttség.")
    found = mention_codes(doc)
    assert found["Oroszországgal"] == "RUS"
    assert found["Ukrajnának"] == "UKR"
    assert found["Kínát"] == "CHN"
    assert found["Egyesült Államokkal"] == "USA"


def test_dative_recipient_before_the_object():
    doc = run("Románia tegnap lőszert küldött Ukrajnának.")
    aid = events_of(doc, "AID")[0]
    assert aid["mode"] == "military"
    assert codes(aid["actor"]) == {"ROU"}
    assert codes(aid["recipient"]) == {"UKR"}
    assert aid["date"] == "2024-05-21"


def test_expulsion_with_a_nationality_adjective():
    doc = run("Magyarország pénteken kiutasított két orosz diplomatát.")
    expel = events_of(doc, "SANCTION")[0]
    assert expel["mode"] == "expel"
    assert codes(expel["actor"]) == {"HUN"}
    assert codes(expel["recipient"]) == {"RUS"}
    assert expel["date"] == "2024-05-17"


def test_phone_call_with_a_comitative_partner():
    doc = run("A magyar külügyminiszter hétfőn telefonon egyeztetett Kínával.")
    call = events_of(doc, "CONSULT")[0]
    assert call["mode"] == "phone"
    assert codes(call["actor"]) | codes(call["recipient"]) == {"HUN", "CHN"}
    assert call["date"] == "2024-05-20"


def test_condemnation_of_an_attack_in_the_accusative():
    doc = run("A lengyel kormány elítélte Oroszországot a dróntámadás miatt.")
    accuse = events_of(doc, "ACCUSE")[0]
    assert codes(accuse["actor"]) == {"POL"}
    assert codes(accuse["recipient"]) == {"RUS"}


def test_quote_before_a_dash_frame():
    text = ("Kovács Béla külügyminiszter Bécsben tárgyalt osztrák kollégájával.\n\n"
            "„Ausztria és Magyarország együttműködése példaértékű a régióban” – mondta Kovács Béla.")
    quote = run(text).quotes[0]
    assert quote["text"].startswith("Ausztria és Magyarország")
    assert quote["verb"] == "mondta"
