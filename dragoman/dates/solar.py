"""Dates of the Solar Hijri calendar (Persian "۱۸ آذر ۱۴۰۳"), converted to the Gregorian day."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from dragoman.dates.resolve import Reference
from dragoman.languages import language

# Days before each month of a Solar Hijri year: six months of 31 days, five of 30, then Esfand.
_BEFORE_MONTH = [0, 31, 62, 93, 124, 155, 186, 216, 246, 276, 306, 336]
_EPOCH = date(622, 3, 22).toordinal()  # 1 Farvardin 1 (proleptic Gregorian, as Python counts)


def _leap(year: int) -> bool:
    """Leap years of the 33-year cycle: 1, 5, 9, 13, 17, 22, 26, 30 of each cycle (right for
    1244–1807 AP, which covers the news)."""
    return (year % 33) in (1, 5, 9, 13, 17, 22, 26, 30)


def to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian day of a Solar Hijri date."""
    days = sum(366 if _leap(y) else 365 for y in range(1375, year)) - sum(
        366 if _leap(y) else 365 for y in range(year, 1375))
    nowruz_1375 = date(1996, 3, 20)
    return nowruz_1375 + timedelta(days=days + _BEFORE_MONTH[month - 1] + day - 1)


def solar_year_of(day: date) -> int:
    """The Solar Hijri year a Gregorian day falls in."""
    year = day.year - 621
    return year if day >= to_gregorian(year, 1, 1) else year - 1


@cache
def _months(lang: str | None) -> dict[str, int]:
    names = language(lang).section("dates").get("solar_months", []) if lang else []
    return {name: index + 1 for index, name in enumerate(names)}


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    months = _months(lang)
    if not months:
        return None
    names = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:(?P<day>[0-3]?\d)\s*)?(?P<month>{names})(?P<word>\s*ماه)?"
                      rf"(?:\s+(?:سال\s+)?(?P<year>1[34]\d\d))?(?!\w)")


def solar_dates(scanned: str, lang: str | None, published: str | None) -> list[tuple[int, int, str, str]]:
    """(start, end, ISO value, granularity) of each Solar Hijri date in a text with ASCII digits;
    a date without its year is the latest one not after the publication day."""
    pattern = _pattern(lang) if lang else None
    if pattern is None:
        return []
    ref = Reference.parse(published)
    found = []
    for match in pattern.finditer(scanned):
        if not (match.group("day") or match.group("word") or match.group("year")):
            continue  # a month name alone is mostly a word: "خبرگزاری مهر" (Mehr news agency)
        month, day = _months(lang)[match.group("month")], int(match.group("day") or 1)
        if not 1 <= day <= 31 or (month > 6 and day > 30):
            continue
        year = int(match.group("year")) if match.group("year") else _year_before(month, day, ref)
        if year is None:
            continue
        gregorian = to_gregorian(year, month, day)
        if match.group("day"):
            found.append((match.start(), match.end(), gregorian.isoformat(), "day"))
        else:  # a month: the Gregorian month holding most of it
            middle = (gregorian + timedelta(days=15)).isoformat()[:7]
            found.append((match.start(), match.end(), middle, "month"))
    return found


def _year_before(month: int, day: int, ref: Reference) -> int | None:
    if ref.day is None:
        return None
    year = solar_year_of(ref.day)
    return year if to_gregorian(year, month, day) <= ref.day + timedelta(days=7) else year - 1
