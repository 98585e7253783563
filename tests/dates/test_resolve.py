"""Resolving the parts of a date against a reference day."""

from __future__ import annotations

import pytest

from dragoman.dates.expressions import find_time_expressions
from dragoman.dates.resolve import Parts, Reference, resolve


@pytest.mark.parametrize(
    ("lang", "text", "published", "expected"),
    [
        # the weekday chooses the month: Tuesday the 28th after Sunday 26 September 2004 is a plan
        ("pt", "Na terça-feira, 28, o governo deve enviar ajuda.", "2004-09-26", "2004-09-28"),
        ("pt", "Na quinta-feira, 16, o presidente prometeu.", "2024-05-20", "2024-05-16"),
        ("pt", "nesta quarta-feira (7), a expulsão", "2024-08-09", "2024-08-07"),
        ("id", "Kamis (31), menteri bertemu", "2024-11-01", "2024-10-31"),
        # without a weekday the nearest past day of the month
        ("zh", "外交部28日表示", "2004-09-26", "2004-08-28"),
    ],
)
def test_weekday_and_day_of_month(lang: str, text: str, published: str, expected: str) -> None:
    assert [e.value for e in find_time_expressions(text, lang, published)] == [expected]


def test_a_day_without_its_year_is_a_reference() -> None:
    """"--03-11" counts in a stand-in leap year; weekdays are not checked against it."""
    ref = Reference.parse("--02-29")
    assert ref.day is not None and not ref.year_known and (ref.month, ref.day.day) == (2, 29)
    assert resolve(Parts(day=27, weekday=0), "--03-01")[0] == "2000-02-27"
    assert Reference.parse("--13-01").year is None


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a weekday of a week counted from the publication's (Wednesday 22 May 2024)
        ("ko", "지난주 금요일 발표했다", [("지난주 금요일", "2024-05-17")]),
        ("ja", "先週金曜日に発表した", [("先週金曜日", "2024-05-17")]),
        ("vi", "thứ Sáu tuần trước, hai bên", [("thứ Sáu tuần trước", "2024-05-17")]),
        ("vi", "Thứ Hai tuần này", [("Thứ Hai tuần này", "2024-05-20")]),
        ("en", "last week Friday", [("last week Friday", "2024-05-17")]),
        ("zh", "上周五发表声明", [("上周五", "2024-05-17")]),
        ("zh", "下周三举行", [("下周三", "2024-05-29")]),
        ("zh", "本周一会谈", [("本周一", "2024-05-20")]),
        # a weekday of several words has its capital on any of them; lowercase "thứ hai" is "second"
        ("vi", "hôm thứ Hai, lần thứ hai", [("thứ Hai", "2024-05-20")]),
    ],
)
def test_weekday_of_a_relative_week(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in find_time_expressions(text, lang, "2024-05-22")] == expected
