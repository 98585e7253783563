"""Armenian lexicon behaviour through the whole pipeline: names with the article and case endings
(Ռուսաստան-ի, Փաշինյան-ը, Ադրբեջան-ին), postpositions after the genitive ("Պուտինի հետ"), verb-final
clauses, quotes closed by «…»,- and dates ("մայիսի 20-ին")."""

from __future__ import annotations

from tests.languages.helpers import codes, events_of, mention_codes, participants, person, processor

run = processor("hy")


def test_names_with_article_and_case_endings():
    doc = run("Ռուսաստանի, Ադրբեջանը, Վրաստանից և Ֆրանսիայի ներկայացուցիչները հանդիպել են Երևանում։")
    found = mention_codes(doc)
    assert found["Ռուսաստանի"] == "RUS"
    assert found["Ադրբեջանը"] == "AZE"
    assert found["Վրաստանից"] == "GEO"
    assert found["Ֆրանսիայի"] == "FRA"


def test_phone_call_with_a_postposition_after_the_genitive():
    doc = run("Հայաստանի վարչապետ Նիկոլ Փաշինյանը երեկ հեռախոսազրույց է ունեցել "
              "Ռուսաստանի նախագահ Վլադիմիր Պուտինի հետ։")
    assert person(doc, "Փաշինյանը")["entity_name"] == "Nikol Pashinyan"
    call = events_of(doc, "CONSULT")[0]
    assert call["mode"] == "phone"
    assert participants(call) == {"ARM", "RUS"}
    assert call["date"] == "2024-05-21"


def test_shooting_dated_by_genitive_month():
    doc = run("Ադրբեջանի զինված ուժերը մայիսի 20-ին կրակ են բացել Հայաստանի դիրքերի ուղղությամբ։")
    assault = events_of(doc, "ASSAULT")[0]
    assert codes(assault["actor"]) == {"AZE"}
    assert assault["date"] == "2024-05-20"


def test_call_to_a_state_in_the_dative():
    doc = run("Ֆրանսիան կոչ է արել Ադրբեջանին դադարեցնել կրակը։")
    request = events_of(doc, "REQUEST")[0]
    assert codes(request["actor"]) == {"FRA"}
    assert codes(request["recipient"]) == {"AZE"}


def test_quote_closed_by_comma_and_dash():
    doc = run("«Մենք պատրաստ ենք շարունակել բանակցությունները», - նշեց Աննա Նաղդալյանը։")
    quote = doc.quotes[0]
    assert quote["text"].startswith("Մենք պատրաստ ենք")
    assert quote["speaker"]["entity_name"] == "Anna Naghdalyan"


def test_unknown_person_shown_without_case_ending():
    doc = run("ԵԱՀԿ համանախագահ Իկոր Փոփովի հետ հանդիպել է Հայաստանի ԱԳ նախարարը։")
    assert person(doc, "Փոփովի")["entity_name"] == "Ikor Popov"
