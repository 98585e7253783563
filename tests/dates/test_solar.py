"""Solar Hijri dates (Persian) converted to Gregorian days."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.dates.expressions import find_time_expressions
from dragoman.dates.solar import solar_year_of, to_gregorian


@pytest.mark.parametrize(("solar", "gregorian"), [
    ((1403, 1, 1), date(2024, 3, 20)), ((1402, 1, 1), date(2023, 3, 21)), ((1404, 1, 1), date(2025, 3, 21)),
    ((1403, 12, 30), date(2025, 3, 20)), ((1397, 6, 31), date(2018, 9, 22)), ((1392, 9, 21), date(2013, 12, 12)),
    ((1380, 10, 11), date(2002, 1, 1)),
])
def test_known_days(solar: tuple[int, int, int], gregorian: date) -> None:
    assert to_gregorian(*solar) == gregorian
    assert solar_year_of(gregorian) == solar[0]


def values(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(e.text, e.value) for e in find_time_expressions(text, "fa", published)]


def test_day_and_month_without_a_year_is_the_latest_before_publication() -> None:
    assert ("18 آذرماه", "2024-12-08") in values("ظهر یکشنبه 18 آذرماه دیدار کرد", "2024-12-09")
    assert ("۵ دی", "2023-12-26") in values("روز ۵ دی گفت", "2024-12-09")


def test_persian_digits_and_an_explicit_year() -> None:
    assert values("در ۳۱ شهریور ۱۳۹۷ حمله شد", "2024-12-09") == [("۳۱ شهریور ۱۳۹۷", "2018-09-22")]


def test_a_month_name_alone_is_a_word() -> None:
    assert values("به گزارش خبرگزاری مهر گفت", "2024-12-09") == []
