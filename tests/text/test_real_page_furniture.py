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


@pytest.mark.parametrize(("line", "kind"), [
    ("[covid19-ultimate-card region=”EG” region-name=”مصر” confirmed-label=”اجمالي الحالات”]", "shortcode"),
    ("[caption id=\"attachment_5\" align=\"alignnone\" width=\"800\"]", "shortcode"),
    ("You must enable Javascript on your browser for the site to work optimally.", "notice"),
    ("JavaScript is disabled in your browser.", "notice"),
])
def test_shortcodes_and_browser_notices(line: str, kind: str) -> None:
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", [
    "28 март 2022, 13:38 часа 2348 прочитания 0 коментара",  # bg
    "12 апреля 2024, 10:15 1520 просмотров 3 комментария",  # ru
    "5 June 2024 | 812 views | 4 comments",  # en
    "14.03.2023. 2.115 pregleda 12 komentara",  # sr
])
def test_view_and_comment_counters_go(line: str) -> None:
    assert classify_line(line) == "comments"


@pytest.mark.parametrize("line", [
    "Vremenska prognoza Stanje na putevima Kursna lista",  # bs
    "Погода | Курсы валют | Гороскоп",  # ru
    "Hava durumu Döviz kurları Namaz vakitleri",  # tr
    "Weather · Exchange rates · Horoscope",  # en
])
def test_rows_of_widget_names_go(line: str) -> None:
    assert classify_line(line) == "navigation"


@pytest.mark.parametrize("line", [
    "Последвайте PRESSTV вече и в Telegram",  # bg
    "Подписывайтесь на РИА Новости в Telegram",  # ru
    "Follow Kazinform on Telegram",  # en
])
def test_follow_an_outlet_on_a_network(line: str) -> None:
    assert classify_line(line) in {"follow", "subscribe"}


@pytest.mark.parametrize("line", [
    "Още: \"Като латиноамерикански наркобос\": Човек на Пеевски атакува президента",  # bg, quoted headline
    "VEZANA VIJEST Misterij zvan Herson: Rusi i Ukrajinci se otimaju za ovaj grad",  # hr, label in capitals
    "Simak Video \"Momen Warga Palestina Kembali ke Gaza\"",  # id
])
def test_related_headlines_after_a_label(line: str) -> None:
    assert classify_line(line) == "read_more"


@pytest.mark.parametrize("line", [
    "The weather in Kyiv was bad, and 12 comments were left under the minister's post.",
    "Vremenska prognoza za sutra najavljuje kišu u cijeloj zemlji, a ministri su se sastali u Sarajevu.",
    "Javascript developers met the minister in Tallinn to discuss the new e-government services.",
])
def test_prose_naming_widgets_or_counts_stays(line: str) -> None:
    assert classify_line(line) is None
