"""Turning the parts of a date expression into an ISO value against a reference (publication) date."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from dragoman.dates.words import DAY, MONTH, WEEK, YEAR
from dragoman.settings import tuning

WEEKDAY = "weekday"
_NO_YEAR = re.compile(r"^--(\d{2})-(\d{2})$")
_STAND_IN_YEAR = 2000
LAST = -1  # an ordinal meaning "the last" (day of a month, weekday of a month, month of a year)


@dataclass(frozen=True)
class Parts:
    """What an expression says: any of year, month, day, weekday, or an offset in some unit."""

    year: int | None = None
    month: int | None = None
    day: int | None = None  # LAST = the last day of the month
    weekday: int | None = None  # 0 = Monday
    nth: int | None = None  # with weekday and month: the nth (or LAST) such weekday of the month
    offset: int | None = None  # with unit: so many days/weeks/months/years from the reference
    unit: str = DAY


@dataclass(frozen=True)
class Reference:
    """The publication date, possibly partial: a day, a month (YYYY-MM) or a year (YYYY)."""

    year: int | None
    month: int | None = None
    day: date | None = None
    year_known: bool = True  # False: a day without its year ("--03-11"), counted in a stand-in year

    @classmethod
    def parse(cls, value: str | None) -> Reference:
        if value and (no_year := _NO_YEAR.match(value)):
            try:  # a leap year, so that 29 February counts as a day
                day = date(_STAND_IN_YEAR, int(no_year.group(1)), int(no_year.group(2)))
            except ValueError:
                return cls(None)
            return cls(day.year, day.month, day, year_known=False)
        if not value or len(value) < 4 or not value[:4].isdigit():
            return cls(None)
        year = int(value[:4])
        try:
            if len(value) >= 10:
                day = date.fromisoformat(value[:10])
                return cls(year, day.month, day)
            if len(value) >= 7:
                return cls(year, int(value[5:7]))
        except ValueError:
            return cls(None)
        return cls(year)


def resolve(parts: Parts, published: str | None, future: bool = False) -> tuple[str | None, str, str]:
    """(ISO value, granularity, how it was resolved); news reports the past unless told otherwise."""
    ref = Reference.parse(published)
    if parts.offset is not None:
        return _relative(parts, ref)
    if parts.month is None and parts.day and parts.year is None:  # "(Wednesday) the 7th", "29日"
        return _day_of_near_month(parts.day, ref, future, parts.weekday)
    if parts.weekday is not None and parts.month is None:
        return _weekday(parts.weekday, ref, future)
    if parts.month is None:
        return f"{parts.year:04d}", YEAR, "explicit"
    granularity = DAY if parts.day or parts.nth else MONTH
    if parts.year is not None:
        return _iso(parts.year, parts.month, _day(parts, parts.year)), granularity, "explicit"
    if ref.year is None:
        if parts.nth or parts.day == LAST:
            return None, granularity, "unresolved"  # which Tuesday depends on the year
        value = f"--{parts.month:02d}-{parts.day:02d}" if parts.day else f"--{parts.month:02d}"
        return value, granularity, "no-year"
    year = infer_year(parts.month, parts.day if parts.day and parts.day > 0 else None, ref, future)
    return _iso(year, parts.month, _day(parts, year)), granularity, "year-inferred"


def _day_of_near_month(day: int, ref: Reference, future: bool,
                       weekday: int | None = None) -> tuple[str | None, str, str]:
    """"Wednesday (7)": the 7th of the publication month, or of the month before when the
    publication day is earlier than the 7th (the month after, for a plan, when it is later);
    but the month next to it where the 7th is a Wednesday when the weekday says otherwise
    ("Na terça-feira, 28, o governo deve enviar", published Sunday 26 September: the 28th)."""
    if ref.year is None or ref.month is None:
        return None, DAY, "unresolved"
    year, month = ref.year, ref.month
    if ref.day is not None and day > ref.day.day and not future:
        year, month = _next_month(year, month, -1)
    elif ref.day is not None and day < ref.day.day and future:
        year, month = _next_month(year, month, 1)
    if weekday is not None and ref.year_known and ref.day is not None:
        year, month = _month_of_weekday(day, weekday, (year, month), ref.day)
    if day > calendar.monthrange(year, month)[1]:
        return None, DAY, "unresolved"
    return _iso(year, month, day), DAY, "year-inferred"


def _next_month(year: int, month: int, step: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + step
    return index // 12, index % 12 + 1


def _month_of_weekday(day: int, weekday: int, chosen: tuple[int, int], ref: date) -> tuple[int, int]:
    """The month nearest the reference, of the one chosen and its neighbours, whose `day` falls on
    `weekday`; the one chosen when none does."""
    fits = []
    for year, month in (chosen, _next_month(*chosen, -1), _next_month(*chosen, 1)):
        if day <= calendar.monthrange(year, month)[1] and date(year, month, day).weekday() == weekday:
            fits.append((abs((date(year, month, day) - ref).days), year, month))
    return (min(fits)[1], min(fits)[2]) if fits else chosen


def _relative(parts: Parts, ref: Reference) -> tuple[str | None, str, str]:
    """Offsets: days and weeks need the publication day, months the month, years the year."""
    offset, unit = parts.offset or 0, parts.unit
    if unit == YEAR and ref.year is not None:
        year = ref.year + offset
        if parts.month is not None:  # "in November last year"
            return _iso(year, parts.month, parts.day), DAY if parts.day else MONTH, "relative"
        return f"{year:04d}", YEAR, "relative"
    if unit == MONTH and ref.month is not None and ref.year is not None:
        index = ref.year * 12 + ref.month - 1 + offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}", MONTH, "relative"
    if unit == WEEK and parts.weekday is not None and ref.day is not None:  # "last week's Friday"
        monday = ref.day - timedelta(days=ref.day.weekday() - 7 * offset)
        return (monday + timedelta(days=parts.weekday)).isoformat(), DAY, "relative"
    if unit in (DAY, WEEK) and ref.day is not None:
        # A week is given as the same weekday that many weeks away: a day inside that week.
        days = offset * 7 if unit == WEEK else offset
        return (ref.day + timedelta(days=days)).isoformat(), unit, "relative"
    if unit == DAY and abs(offset) <= 1 and ref.month is not None and ref.year is not None:
        return _iso(ref.year, ref.month, None), MONTH, "publication-month"  # "today", month known
    return None, unit, "unresolved"


def _weekday(weekday: int, ref: Reference, future: bool) -> tuple[str | None, str, str]:
    if ref.day is None and ref.month is not None and ref.year is not None:
        # Only the month of publication is known: "on Friday" is a day of (about) that month.
        return _iso(ref.year, ref.month, None), MONTH, "publication-month"
    if ref.day is None:
        return None, WEEKDAY, "unresolved"
    delta = (ref.day.weekday() - weekday) % 7
    day = ref.day + timedelta(days=(7 - delta) % 7 if future else -delta)
    return day.isoformat(), DAY, "weekday"


def infer_year(month: int, day: int | None, ref: Reference, future: bool = False) -> int:
    """The year of a month (and day) given without one, as seen from the reference date."""
    assert ref.year is not None
    if ref.month is None:
        return ref.year  # only the year is known: the date falls in it
    now = ref.day or date(ref.year, ref.month, calendar.monthrange(ref.year, ref.month)[1])
    this_year = _safe_date(ref.year, month, day or 1)
    if future:
        start = ref.day or date(ref.year, ref.month, 1)
        return ref.year if this_year >= start else ref.year + 1
    if this_year <= now:
        return ref.year
    if day is None and (month - now.month) % 12 <= tuning().dates.lookahead_days // 30:
        return ref.year  # a coming month
    if day is not None and (this_year - now).days <= tuning().dates.lookahead_days:
        return ref.year  # a coming day
    return ref.year - 1


def _day(parts: Parts, year: int) -> int | None:
    """The day of the month, working out "the last day" and "the third Tuesday"."""
    assert parts.month is not None
    length = calendar.monthrange(year, parts.month)[1]
    if parts.nth is not None and parts.weekday is not None:
        if parts.nth == LAST:
            last = date(year, parts.month, length)
            return length - (last.weekday() - parts.weekday) % 7
        first = (parts.weekday - date(year, parts.month, 1).weekday()) % 7 + 1
        day = first + 7 * (parts.nth - 1)
        return day if day <= length else None
    if parts.day == LAST:
        return length
    return parts.day


def _safe_date(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _iso(year: int, month: int, day: int | None) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}" if day else f"{year:04d}-{month:02d}"
