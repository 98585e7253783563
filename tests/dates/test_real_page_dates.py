"""Date failure classes of real news pages: a publication month only, a date in the URL, "a month ago"."""

from __future__ import annotations

import pytest

import dragoman
from dragoman.dates.expressions import find_time_expressions
from dragoman.dates.published import resolve_published, url_date


@pytest.mark.parametrize(("lang", "text"), [
    ("hu", "Szijjártó pénteken azt mondta"), ("hu", "a mai napon kiutasítottak"),
    ("de", "sagte Esper am Mittwoch"), ("en", "the minister said on Friday"), ("en", "said yesterday"),
    ("fr", "a déclaré mardi le ministre"),
])
def test_a_weekday_or_today_against_a_publication_month_is_that_month(lang: str, text: str) -> None:
    found = find_time_expressions(text, lang, "2025-05")
    assert [(e.value, e.granularity) for e in found] == [("2025-05", "month")]


def test_a_weekday_against_a_full_publication_day_stays_a_day() -> None:
    assert [e.value for e in find_time_expressions("said on Friday", "en", "2024-05-14")] == ["2024-05-10"]


@pytest.mark.parametrize(("lang", "text"), [
    ("hu", "Magyarország kiutasított két ukrán diplomatát, közölte Szijjártó Péter külügyminiszter."),
    ("de", "Deutschland weist zwei russische Diplomaten aus, teilte das Auswärtige Amt mit."),
])
def test_an_undated_act_takes_the_publication_month(lang: str, text: str) -> None:
    doc = dragoman.process(text, lang=lang, published="2022-04")
    assert doc.events and {e.date for e in doc.events} == {"2022-04"}


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.example.it/2025/05/23/scambio-prigionieri/", "2025-05-23"),
    ("https://www.example.es/noticias/20260114/eeuu-venezuela/16893502.shtml", "2026-01-14"),
    ("https://www.example.cz/zpravy/zeman-jedna-_200011020000_mkral", "2000-11-02"),
    ("http://m.example.com/politics/2020-03/26/c_1125773107.htm", "2020-03-26"),
    ("https://www.example.com/2022/04/30-diplomatici-russi-espulsi.html", "2022-04"),  # 30 diplomats
    ("https://example.kr/a/6707512.html", None),
    ("https://www.example.fi/ulkomaat/art-2000009420523.html", None),
])
def test_the_date_a_news_url_gives(url: str, expected: str | None) -> None:
    assert url_date(url) == expected


def test_a_url_date_stands_in_for_missing_metadata_only() -> None:
    url = "https://www.example.cz/zpravy/zeman-_200011020000_mkral"
    assert resolve_published(None, [], "cs", "Zeman dnes jednal.", url=url) == ("2000-11-02", "url")
    assert resolve_published("2001-01-01", [], "cs", "Zeman dnes jednal.", url=url) == ("2001-01-01", "metadata")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "probte Russland vor einem Monat", "2018-09"), ("en", "a month ago", "2018-09"),
    ("fr", "il y a un mois", "2018-09"), ("ru", "месяц назад", "2018-09"), ("es", "hace un mes", "2018-09"),
])
def test_a_month_ago(lang: str, text: str, expected: str) -> None:
    assert [e.value for e in find_time_expressions(text, lang, "2018-10-25")] == [expected]
