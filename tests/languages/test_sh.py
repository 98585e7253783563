"""Serbian, Croatian and Bosnian: one shared data file, inflected names, events."""

from __future__ import annotations

from dragoman.languages import available_languages, load_language
from tests.languages.helpers import codes, events_of, mention_codes, processor


def test_the_three_languages_share_one_base_file():
    assert {"sr", "hr", "bs"} <= set(available_languages())
    assert "_sh" not in available_languages()
    assert load_language("sr")["events"] == load_language("hr")["events"] == load_language("bs")["events"]
    assert "inherit" not in load_language("hr")


def test_inflected_names_in_serbian():
    doc = processor("sr")("Razgovori sa Rusijom i o Rusiji nastavljeni su. Vučić je razgovarao sa Putinom.")
    found = mention_codes(doc)
    assert found["Rusijom"] == found["Rusiji"] == "RUS"
    assert found["Putinom"] == "RUS"


def test_events_in_croatian_with_oblique_recipients():
    doc = processor("hr")("Hrvatska je u srijedu osudila napad Rusije na Ukrajinu. Europska unija uvela je "
                          "sankcije Rusiji. Hrvatska je poslala humanitarnu pomoć Ukrajini.")
    sanction = events_of(doc, "SANCTION")
    assert sanction and codes(sanction[0]["actor"]) == {"EU"} and codes(sanction[0]["recipient"]) == {"RUS"}
    aid = events_of(doc, "AID")
    assert aid and codes(aid[0]["actor"]) == {"HRV"} and codes(aid[0]["recipient"]) == {"UKR"}
    accuse = events_of(doc, "ACCUSE")
    assert accuse and accuse[0]["date"] == "2024-05-22"


def test_serbo_croatian_text_is_identified_with_the_confidence_of_the_whole_group():
    from dragoman.text.langid import identify_language

    lang, confidence = identify_language(
        "Evropska unija je u srijedu uvela sankcije Rusiji zbog narušavanja teritorijalnog integriteta "
        "Ukrajine, a u četvrtak je osudila ruski vojni napad, javlja agencija.")
    assert lang in {"hr", "sr", "bs"} and confidence >= 0.5
