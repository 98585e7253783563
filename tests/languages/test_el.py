"""Greek lexicon behaviour through the whole pipeline: people, quotes, events, dates."""

from __future__ import annotations

from tests.languages.helpers import codes, events_of, mention_codes, people, processor

run = processor("el")


def test_titled_person_after_title_and_state_in_the_genitive():
    doc = run("Ο υπουργός Εξωτερικών της Ελλάδας Νίκος Δένδιας έφτασε σήμερα στην Άγκυρα.")
    found = people(doc)["Νίκος Δένδιας"]
    assert found["code"] == "GRC"


def test_state_names_in_every_case_and_adjectives():
    doc = run("Η επίθεση της Ρωσίας στην Ουκρανία, οι ρωσικές δυνάμεις και οι Τούρκοι διπλωμάτες "
              "συζητήθηκαν με τον πρέσβη των ΗΠΑ και του Καναδά.")
    found = mention_codes(doc)
    assert found["Ρωσίας"] == "RUS"
    assert found["Ουκρανία"] == "UKR"
    assert found["ρωσικές"] == "RUS"
    assert found["Τούρκοι"] == "TUR"
    assert found["ΗΠΑ"] == "USA"
    assert found["Καναδά"] == "CAN"


def test_condemnation_with_accents_and_final_sigma():
    doc = run("Η Ελλάδα καταδίκασε χθες την επίθεση της Ρωσίας.")
    (event,) = events_of(doc, "ACCUSE")
    assert codes(event["actor"]) == {"GRC"} and codes(event["recipient"]) == {"RUS"}
    assert event["date"] == "2024-05-21"


def test_meeting_on_a_weekday_with_counterpart():
    doc = run("Ο Έλληνας υπουργός Εξωτερικών συναντήθηκε την Τρίτη με τον Τούρκο ομόλογό του.")
    (event,) = events_of(doc, "CONSULT")
    assert codes(event["actor"]) | codes(event["recipient"]) == {"GRC", "TUR"}
    assert event["date"] == "2024-05-21"


def test_guillemet_quote_with_dilose():
    text = ("Ο υπουργός Εξωτερικών της Ελλάδας Νίκος Δένδιας επισκέφθηκε τη Λευκωσία.\n\n"
            "«Η Κύπρος δεν είναι μόνη της», δήλωσε ο Δένδιας.")
    (quote,) = run(text).quotes
    assert quote["speaker"]["code"] == "GRC"


def test_threat_against_a_state():
    doc = run("Η Τουρκία απείλησε την Ελλάδα με στρατιωτική απάντηση.")
    (event,) = events_of(doc, "THREATEN")
    assert codes(event["actor"]) == {"TUR"} and codes(event["recipient"]) == {"GRC"}
