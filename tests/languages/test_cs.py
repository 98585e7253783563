"""Czech lexicon behaviour through the whole pipeline: inflected names, quotes, events, dates."""

from __future__ import annotations

from tests.languages.helpers import codes, events_of, mention_codes, processor

run = processor("cs")


def test_inflected_state_names_are_recognised():
    doc = run("Jednání s Ruskem skončilo. Zástupci Ruska a Ukrajiny se sešli, Ukrajině byla slíbena pomoc.")
    found = mention_codes(doc)
    assert found["Ruskem"] == found["Ruska"] == "RUS"
    assert found["Ukrajiny"] == found["Ukrajině"] == "UKR"


def test_condemnation_meeting_and_aid():
    doc = run("Česko ve čtvrtek odsoudilo Rusko za útok na Ukrajinu. Spojené státy poskytly Ukrajině "
              "vojenskou pomoc.")
    accuse = events_of(doc, "ACCUSE")
    assert accuse and codes(accuse[0]["actor"]) == {"CZE"} and codes(accuse[0]["recipient"]) == {"RUS"}
    assert accuse[0]["date"] == "2024-05-16"
    aid = events_of(doc, "AID")
    assert aid and codes(aid[0]["actor"]) == {"USA"} and codes(aid[0]["recipient"]) == {"UKR"}


def test_quotation_with_a_postposed_speaker():
    doc = run("Ministr zahraničí Jan Lipavský přijel do Kyjeva. \"Česko bude Ukrajinu podporovat tak "
              "dlouho, jak bude třeba,\" řekl Lipavský novinářům.")
    assert doc.quotes and doc.quotes[0]["speaker"]["entity_name"] == "Jan Lipavský"
