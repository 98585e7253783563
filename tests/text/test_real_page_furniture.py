"""Furniture classes of real news pages: menus between separators, captions and credits, embedded posts."""

from __future__ import annotations

import pytest

from dragoman.text.clean import clean_text
from dragoman.text.furniture import classify_line

ARTICLE = ("The ministers met in the capital on Tuesday and agreed to deepen their cooperation in trade "
           "and energy, the foreign ministry said in a statement.")


@pytest.mark.parametrize("menu", [
    "  • |\n  • 手機版\n  • |\n  • App\n  • |\n  • 會員中心\n",
    "  • Kopernik TV\n  • DOBRA TELEWIZJA – FILMY NAKRĘCONE DZIĘKI WSPARCIU...\n",
    "  • Главная\n  • ·\n  • Новости\n  • ·\n  • Политика\n",
])
def test_a_bulleted_menu_goes_even_with_separators_or_cut_headlines_between(menu: str) -> None:
    kept = clean_text(f"{menu}\n{ARTICLE}").paragraphs
    assert kept == [ARTICLE]


@pytest.mark.parametrize("line", [
    "▲ 日本水產廳扣押中國漁船並逮捕船長。圖為日本水產廳船隻。（示意圖／達志影像／美聯社）",  # zh, full-width brackets
    "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Trung Quốc Lý Cường- Ảnh 1.",  # vi, numbered photo
    "Fot. Tymon Markowski / MSZ",  # pl, abbreviated label without a colon
    "Foto. Jan Novák / ČTK",  # cs
])
def test_captions_and_photo_credits(line: str) -> None:
    assert classify_line(line) in {"caption", "photo"}


@pytest.mark.parametrize("line", ["Sputnik", "Interfax", "Kazinform"])
def test_an_agency_name_alone_is_a_credit(line: str) -> None:
    assert classify_line(line) == "credit"


@pytest.mark.parametrize("line", [
    "Tento článek je více než rok starý Sdílet na Facebooku Sdílet na Twitteru Tisknout Kopírovat url "
    "adresu Zkrácená adresa Zavřít",
    "Още: Мария Филипова не отрече, че може да е премиер (ВИДЕО)",
    "Romania joins its partners in supporting new sanctions 🇷🇴 @ZelenskyyUa #StandWithUkraine #Romania",
    "🇷🇺🇭🇺 Russia’s FM Sergey #Lavrov held talks with Foreign Minister Péter #Szijjártó in Minsk.",
])
def test_widget_rows_related_links_and_embedded_posts(line: str) -> None:
    assert classify_line(line) is not None


@pytest.mark.parametrize("line", [ARTICLE, "He was born in 1961.",
                                  "Le 2 février 1993, les relations entre les #EuropeanUnion et #Kazakhstan ont été établies.", "The talks ended at 5.", "Trends in 2024 and 2025"])
def test_prose_stays(line: str) -> None:
    assert classify_line(line) is None
