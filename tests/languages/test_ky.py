"""Kyrgyz lexicon behaviour through the whole pipeline: Cyrillic names with case endings in
four-way vowel harmony (Орусия-га, Кыргызстан-дын, Тажикстан-дан), verb-final clauses, quotes and
dates ("14-сентябрда")."""

from __future__ import annotations

from tests.languages.helpers import codes, events_of, mention_codes, participants, processor

run = processor("ky")


def test_names_with_case_endings():
    doc = run("Орусияга, Кыргызстандын, Тажикстандан, Өзбекстанды жана АКШнын өкүлдөрү Бишкекте жолугушту.")
    found = mention_codes(doc)
    assert found["Орусияга"] == "RUS"
    assert found["Кыргызстандын"] == "KGZ"
    assert found["Тажикстандан"] == "TJK"
    assert found["Өзбекстанды"] == "UZB"


def test_aid_to_a_state_in_the_dative():
    doc = run("Кыргызстан кечээ Афганистанга 120 тонна гуманитардык жардам жөнөттү.")
    aid = events_of(doc, "AID")[0]
    assert aid["mode"] == "humanitarian"
    assert codes(aid["actor"]) == {"KGZ"}
    assert codes(aid["recipient"]) == {"AFG"}
    assert aid["date"] == "2024-05-21"


def test_phone_call_with_menen():
    doc = run("Мамлекет башчы Садыр Жапаров Казакстандын президенти менен телефон аркылуу сүйлөштү.")
    call = events_of(doc, "CONSULT")[0]
    assert call["mode"] == "phone"
    assert participants(call) == {"KGZ", "KAZ"}


def test_shooting_dated_by_hyphenated_day_and_month():
    doc = run("20-майда Тажикстандын чек арачылары Кыргызстандын аймагына ок чыгарышты.")
    assault = events_of(doc, "ASSAULT")[0]
    assert codes(assault["actor"]) == {"TJK"}
    assert codes(assault["recipient"]) == {"KGZ"}
    assert assault["date"] == "2024-05-20"


def test_call_to_both_sides():
    doc = run("Орусия Кыргызстанды жана Тажикстанды чагымчылдыктан баш тартууга чакырды.")
    request = events_of(doc, "REQUEST")[0]
    assert codes(request["actor"]) == {"RUS"}
    assert codes(request["recipient"]) == {"KGZ", "TJK"}


def test_quote_with_dedi_frame():
    text = ("Кыргызстан менен Өзбекстандын президенттери Ташкентте жолугушту.\n\n"
            "\"Эки өлкөнүн ортосундагы соода жүгүртүү быйыл эки эсеге өстү\", — деди Садыр Жапаров.")
    quote = run(text).quotes[0]
    assert quote["text"].startswith("Эки өлкөнүн ортосундагы")
    assert quote["speaker"]["code"] == "KGZ"
