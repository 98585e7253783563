"""Wrong-script damage is mended per language; names in another script are kept."""

from __future__ import annotations

import pytest

from dragoman.text.repair import dominant_script, repair_text


@pytest.mark.parametrize(
    ("lang", "damaged", "mended"),
    [
        ("de", "Handel и Investitionen wachsen", "Handel und Investitionen wachsen"),
        ("fr", "le commerce и les investissements", "le commerce et les investissements"),
        ("es", "comercio и inversiones", "comercio y inversiones"),
        ("tr", "ticaret и yatırım", "ticaret ve yatırım"),
        ("id", "perdagangan и investasi", "perdagangan dan investasi"),
    ],
)
def test_cyrillic_conjunction_becomes_the_language_word(
    lang: str, damaged: str, mended: str
) -> None:
    text, repairs = repair_text(damaged, lang)
    assert text == mended
    [repair] = repairs
    assert repair.from_ == "и" and text[repair.offset : repair.offset + len(repair.to)] == repair.to


def test_homoglyph_inside_latin_word() -> None:
    text, repairs = repair_text("Visit to Kаzakhstan and Uzbekistаn.", "en")  # Cyrillic а
    assert text == "Visit to Kazakhstan and Uzbekistan."
    assert [r.kind for r in repairs] == ["homoglyph", "homoglyph"]


def test_foreign_names_and_whole_foreign_sentences_are_kept() -> None:
    french = "Le quotidien «Известия» cite Мирзиёев et Токаев à Astana."
    assert repair_text(french, "fr") == (french, [])
    russian = "Президент Казахстана встретился с главой МИД и обсудил торговлю."
    assert repair_text(russian, "ru") == (russian, [])


def test_latin_homoglyph_in_cyrillic_text() -> None:
    text, _ = repair_text("Казaхстан и Россия подписали соглашение.", "ru")  # Latin a
    assert text == "Казахстан и Россия подписали соглашение."
    assert dominant_script(text) == "Cyrillic"


def test_a_sentence_run_into_the_next_gets_its_space_back() -> None:
    text, repairs = repair_text("Киев заявил протест во вторник.В понедельник Москва выслала дипломата.", "ru")
    assert text == "Киев заявил протест во вторник. В понедельник Москва выслала дипломата."
    assert [(r.from_, r.to, r.kind) for r in repairs] == [(".В", ". В", "missing_space")]


def test_addresses_abbreviations_and_numbers_keep_their_full_stops() -> None:
    text = "See www.Example.com or info@gov.Example.org, the U.S.A. figure of 3.5 million and ria.ru today."
    assert repair_text(text, "en") == (text, [])
