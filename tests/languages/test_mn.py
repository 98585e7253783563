"""Mongolian lexicon behaviour through the whole pipeline: Cyrillic names with case endings in vowel
harmony (Монгол Улс-ад, Ши Жиньпин-тэй) and after a hyphen on acronyms (ОХУ-ын), people written with
an initial (Б.Батцэцэг), verb-final clauses, quotes and year-first dates ("2024 оны тавдугаар сарын
20-ны өдөр"); Mongolian told from Russian by its letters."""

from __future__ import annotations

from dragoman.text.langid import by_letters
from tests.languages.helpers import codes, events_of, participants, person, processor

run = processor("mn")


def test_phone_call_with_comitative_ending():
    doc = run("Гадаад харилцааны сайд Б.Батцэцэг ОХУ-ын Гадаад хэргийн сайд С.Лавровтой өчигдөр утсаар ярилцав.")
    assert person(doc, "Батцэцэг")["entity_name"] == "Batmunkh Battsetseg"
    assert person(doc, "Лавровтой")["code"] == "RUS"
    call = events_of(doc, "CONSULT")[0]
    assert call["mode"] == "phone"
    assert participants(call) == {"MNG", "RUS"}
    assert call["date"] == "2024-05-21"


def test_meeting_dated_year_first():
    doc = run("Монгол Улсын Ерөнхийлөгч У.Хүрэлсүх 2024 оны тавдугаар сарын 20-ны өдөр Бээжинд "
              "БНХАУ-ын дарга Ши Жиньпинтэй уулзав.")
    meeting = events_of(doc, "CONSULT")[0]
    assert participants(meeting) == {"MNG", "CHN"}
    assert meeting["date"] == "2024-05-20"


def test_aid_to_a_state_in_the_dative():
    doc = run("Япон Улс Монгол Улсад хүмүүнлэгийн тусламж үзүүллээ.")
    aid = events_of(doc, "AID")[0]
    assert aid["mode"] == "humanitarian"
    assert codes(aid["actor"]) == {"JPN"}
    assert codes(aid["recipient"]) == {"MNG"}


def test_condemnation_of_a_genitive_object():
    doc = run("Өмнөд Солонгос Умард Солонгосын пуужин хөөргөсөнийг буруушаав.")
    accuse = events_of(doc, "ACCUSE")[0]
    assert codes(accuse["actor"]) == {"KOR"}
    assert codes(accuse["recipient"]) == {"PRK"}


def test_quote_with_gej_frame():
    doc = run("“Бид хоёр улсын харилцааг шинэ шатанд гаргана” гэж Б.Батцэцэг онцлов.")
    quote = doc.quotes[0]
    assert quote["text"].startswith("Бид хоёр улсын")
    assert quote["speaker"]["code"] == "MNG"


def test_unknown_name_after_an_initial():
    doc = run("Гадаад харилцааны сайд Н.Энхтайван Австрали Улсын Элчин сайдыг хүлээн авч уулзав.")
    assert person(doc, "Энхтайван")["entity_name"] == "N.Enkhtaivan"


def test_letters_tell_mongolian_from_russian_kazakh_and_kyrgyz():
    assert by_letters("Монгол Улсын Ерөнхийлөгч Хүрэлсүх айлчлал хийнэ") == ("mn", 1.0)
    assert by_letters("Қазақстан Президенті Тоқаев сапармен келді") is None
    # Kyrgyz writes ө and ү too, with ң, which Mongolian does not write
    assert by_letters("Кыргызстандын өкмөтү Орусия менен эң маанилүү сүйлөшүүлөрдү өткөрдү") is None
    assert by_letters("Президент России провёл переговоры") is None
