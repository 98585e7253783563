"""Uzbek lexicon behaviour through the whole pipeline, in both scripts: names with case endings,
apostrophe variants (O‘zbekiston, Oʻzbekiston, O'zbekiston), verb-final clauses, quotes and dates;
Cyrillic Uzbek is told from Russian by its letters."""

from __future__ import annotations

import dragoman
from tests.languages.helpers import PUBLISHED, codes, events_of, mention_codes, participants, processor

run = processor("uz")


def test_latin_names_with_endings_and_apostrophe_variants():
    doc = run("O‘zbekiston, Oʻzbekistonning, O'zbekistonga, Rossiyaga, Qozog‘istondan va AQShning "
              "vakillari Toshkentda uchrashdi.")
    found = mention_codes(doc)
    assert found["O‘zbekiston"] == "UZB"
    assert found["Oʻzbekistonning"] == "UZB"
    assert found["O'zbekistonga"] == "UZB"
    assert found["Rossiyaga"] == "RUS"
    assert found["Qozog‘istondan"] == "KAZ"
    assert found["AQShning"] == "USA"


def test_latin_humanitarian_aid_with_dative_recipient():
    doc = run("O‘zbekiston kecha Afg‘onistonga 100 tonna insonparvarlik yordami yubordi.")
    aid = events_of(doc, "AID")[0]
    assert aid["mode"] == "humanitarian"
    assert codes(aid["actor"]) == {"UZB"}
    assert codes(aid["recipient"]) == {"AFG"}
    assert aid["date"] == "2024-05-21"


def test_cyrillic_phone_call_with_bilan():
    doc = run("Ўзбекистон Президенти Туркманистон Президенти билан телефон орқали мулоқот қилди.")
    call = events_of(doc, "CONSULT")[0]
    assert call["mode"] == "phone"
    assert participants(call) == {"UZB", "TKM"}


def test_cyrillic_condemnation():
    doc = run("Ўзбекистон Ташқи ишлар вазирлиги Афғонистондаги терактни қоралади ва Толибонни "
              "айблади, деб хабар берди Россия.")
    assert events_of(doc, "ACCUSE")


def test_cyrillic_uzbek_is_not_taken_for_russian():
    text = ("Ташқи ишлар вазири Россиядаги ҳамкасби билан телефон орқали мулоқот қилди. "
            "Суҳбат давомида ўзаро ҳамкорлик масалалари муҳокама қилинди.")
    assert dragoman.process(text, published=PUBLISHED).lang == "uz"


def test_dates_with_hyphenated_day_and_case_ending():
    doc = run("O‘zbekiston Prezidenti 20-may kuni Qozog‘iston Prezidenti bilan uchrashdi.")
    meeting = events_of(doc, "CONSULT")[0]
    assert participants(meeting) == {"UZB", "KAZ"}
    assert meeting["date"] == "2024-05-20"
