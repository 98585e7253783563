"""Finnish lexicon behaviour through the whole pipeline: names in case forms, quotes, events, dates.

Finnish names take case endings on the word itself (Venäjä-n, Venäjä-lle, Ukraina-an, Suome-n),
so these tests check that the inflected forms are recognised and give the roles their cases mark."""

from __future__ import annotations

from tests.languages.helpers import codes, events_of, mention_codes, processor

run = processor("fi")


def test_inflected_state_names_and_irregular_stems():
    doc = run("Venäjän, Venäjälle, Venäjältä ja Ukrainaan sekä Suomen ja Yhdysvaltojen edustajat "
              "kokoontuivat Helsingissä.")
    found = mention_codes(doc)
    assert found["Venäjän"] == "RUS"
    assert found["Venäjälle"] == "RUS"
    assert found["Venäjältä"] == "RUS"
    assert found["Ukrainaan"] == "UKR"
    assert found["Suomen"] == "FIN"
    assert found["Yhdysvaltojen"] == "USA"


def test_expulsion_with_genitive_recipient():
    doc = run("Venäjä karkottaa kaksi Suomen diplomaattia, kertoi ulkoministeriö tiistaina.")
    expel = events_of(doc, "SANCTION")[0]
    assert expel["mode"] == "expel"
    assert codes(expel["actor"]) == {"RUS"}
    assert codes(expel["recipient"]) == {"FIN"}


def test_allative_marks_the_recipient_of_aid():
    doc = run("Ruotsi lähetti humanitaarista apua Ukrainalle maanantaina.")
    aid = events_of(doc, "AID")[0]
    assert aid["mode"] == "humanitarian"
    assert codes(aid["actor"]) == {"SWE"}
    assert codes(aid["recipient"]) == {"UKR"}
    assert aid["date"] == "2024-05-20"


def test_condemnation_of_a_state_in_the_partitive():
    doc = run("Suomen ulkoministeri Matti Virtanen tuomitsi eilen jyrkästi Venäjää.")
    accuse = events_of(doc, "ACCUSE")[0]
    assert codes(accuse["actor"]) == {"FIN"}
    assert codes(accuse["recipient"]) == {"RUS"}
    assert accuse["date"] == "2024-05-21"


def test_quote_after_a_colon_with_its_speaker():
    text = ("Suomen ulkoministeri Matti Virtanen sanoi tiistaina Tallinnassa: ”Yhteistyömme Viron "
            "kanssa on tiiviimpää kuin koskaan.”")
    quote = run(text).quotes[0]
    assert quote["text"].startswith("Yhteistyömme Viron kanssa")
    assert quote["speaker"]["text"] == "Matti Virtanen"


def test_meeting_dated_by_day_and_month_in_the_partitive():
    doc = run("Suomen ulkoministeri Matti Virtanen tapasi Ruotsin ulkoministerin Tukholmassa 17. toukokuuta.")
    consult = events_of(doc, "CONSULT")[0]
    assert "SWE" in codes(consult["actor"]) | codes(consult["recipient"])
    assert consult["date"] == "2024-05-17"


def test_visit_to_a_state_in_the_illative():
    doc = run("Unkarin pääministeri tulee vierailulle Suomeen.")
    visit = events_of(doc, "CONSULT")[0]
    assert visit["mode"] == "visit"
    assert codes(visit["actor"]) == {"HUN"}
    assert codes(visit["recipient"]) == {"FIN"}
