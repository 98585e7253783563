"""Widget and embed lines are known by their shape in any language; prose of the same length is not."""

from __future__ import annotations

import pytest

from dragoman.text.furniture import classify_line, word_count
from dragoman.text.widgets import is_post, widget_kind


@pytest.mark.parametrize(("line", "kind"), [
    ("À la UneActualitésDiasporaInternational", "navigation"),
    ("010020020110000000000000011105701125773107", "spam"),
    ("无码人妻一区二区_亚洲精品在线_精品一区二区_日韩不卡一区", "spam"),
    ("www.NazarNews.kg NazarNews - дүйнө назарында! www.NazarNews.kg NazarNews - в центре внимания!",
     "promotion"),
    ("01.37 min El Gobierno de Venezuela anuncia la liberación de más presos políticos", "read_more"),
    ("T13", "credit"),
    ("KOPERNIK.TV", "credit"),
    ("國際 國際焦點 北美要聞 日韓要聞 東南亞要聞", "navigation"),
])
def test_widget_lines(line: str, kind: str) -> None:
    assert widget_kind(line, word_count(line)) == kind
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", [
    "Mr McDonald met the DeSantis campaign in Miami on Tuesday.",
    "Il a rencontré son homologue à 10.30 min avant la réunion.",
    "The NATO summit opened in Vilnius.",
    "Oskarshamn",
    "漁船拒檢加速逃離 船長被捕",
    "Visit www.example.org for the full text of the agreement.",
])
def test_prose_and_subheadings_are_not_widgets(line: str) -> None:
    assert widget_kind(line, word_count(line)) is None


def test_embedded_posts() -> None:
    assert is_post("Two spans were blown up on the bridge. pic.twitter.com/A1k69GjQsX")
    assert is_post("Thank you Secretary Mike Pompeo @SecPompeo 🇺🇸 for the phone call this morning.")
    assert is_post("Działania podejrzanych miały polegać na wykonywaniu fotografii… — Prokuratura (@PK_GOV_PL) "
                   "November 28, 2025")
    assert not is_post("The ministry wrote on its account @MFA_Ukraine that talks would resume.")


def test_photo_catalogue_record_is_a_caption() -> None:
    line = "2021.01.28 Warszawa . Minister Zbigniew Rau . Wizyta minister SZ Wegry Peter Szijjarto ."
    assert classify_line(line) == "caption"
    assert classify_line("The talks ended at 5 p.m. in Warsaw. Both sides agreed to meet again.") is None


def test_site_address_alone_and_tagged_post_with_link() -> None:
    assert classify_line("Kompas.com") == "credit"
    assert is_post("Cavusoglu threatens #Greece with use of force, says #Turkey https://t.co/AbC123")
    assert not is_post("The hashtags #MeToo and #TimesUp trended across the country last year.")
