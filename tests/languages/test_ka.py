"""Georgian lexicon behaviour through the whole pipeline: names in the Georgian script with case
endings (რუსეთ-მა, უკრაინ-ის, საქართველო-ს), names found by the knowledge base since Georgian has no
capitals, the ergative subject of a verb-final clause, quotes with „…“ and dates ("15 მარტს")."""

from __future__ import annotations

from tests.languages.helpers import codes, events_of, mention_codes, person, processor

run = processor("ka")


def test_state_names_with_case_endings():
    doc = run("რუსეთმა, უკრაინის, საქართველოსთან და თურქეთში მყოფმა დელეგაციებმა ბაქოში ისაუბრეს.")
    found = mention_codes(doc)
    assert found["რუსეთმა"] == "RUS"
    assert found["უკრაინის"] == "UKR"
    assert found["საქართველოსთან"] == "GEO"
    assert found["თურქეთში"] == "TUR"


def test_inflected_person_and_hosted_visit():
    doc = run("რუსეთის საგარეო საქმეთა მინისტრმა სერგეი ლავროვმა გუშინ მოსკოვში "
              "საქართველოს პრემიერ-მინისტრს ირაკლი კობახიძეს უმასპინძლა.")
    assert person(doc, "ლავროვმა")["entity_name"] == "Sergey Lavrov"
    assert person(doc, "კობახიძეს")["code"] == "GEO"
    visit = events_of(doc, "CONSULT")[0]
    assert codes(visit["actor"]) == {"GEO"}
    assert codes(visit["recipient"]) == {"RUS"}
    assert visit["date"] == "2024-05-21"


def test_condemnation_dated_by_day_in_the_dative():
    doc = run("საქართველომ 15 მარტს რუსეთის სათათბიროს განცხადება დაგმო.")
    accuse = events_of(doc, "ACCUSE")[0]
    assert codes(accuse["actor"]) == {"GEO"}
    assert codes(accuse["recipient"]) == {"RUS"}
    assert accuse["date"] == "2024-03-15"


def test_aid_to_a_state_in_the_dative():
    doc = run("აზერბაიჯანმა უკრაინას ჰუმანიტარული დახმარება გაუგზავნა.")
    aid = events_of(doc, "AID")[0]
    assert aid["mode"] == "humanitarian"
    assert codes(aid["actor"]) == {"AZE"}
    assert codes(aid["recipient"]) == {"UKR"}


def test_quote_speaker_after_the_dash():
    doc = run("„რუსეთი უნდა გავიდეს ოკუპირებული ტერიტორიებიდან“, - განაცხადა სალომე ზურაბიშვილმა.")
    quote = doc.quotes[0]
    assert quote["text"].startswith("რუსეთი უნდა გავიდეს")
    assert quote["speaker"]["entity_name"] == "Salome Zourabichvili"


def test_protest_at_an_embassy_in_the_capital():
    doc = run("დღეს თბილისში რუსეთის საელჩოსთან საპროტესტო აქცია გაიმართა.")
    protest = events_of(doc, "PROTEST")[0]
    assert codes(protest["actor"]) == {"GEO"}
    assert codes(protest["recipient"]) == {"RUS"}
