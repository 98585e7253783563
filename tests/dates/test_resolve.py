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
