"""Temporal expressions in text, normalised against the publication date (ISO 8601, partial ok)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from dragoman.dates.calendar_names import CalendarNames, calendar_names
from dragoman.text.casing import lower

DAY, MONTH, YEAR, WEEKDAY = "day", "month", "year", "weekday"


@dataclass
class TimeExpression:
    """A date in the text: `value` is ISO (2024-05-20, 2024-05, 2024, --12-12) or None."""

    start: int
    end: int
    text: str
    value: str | None
    granularity: str
    resolution: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class _Parts:
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None = None
    offset: int | None = None


@cache
def _patterns(lang: str | None) -> list[tuple[re.Pattern[str], str]]:
    names = calendar_names(lang)
    m, w = f"(?P<month>{names.month_pattern})", f"(?P<weekday>{names.weekday_pattern})"
    # abbreviation dot, Turkish case ending after an apostrophe, Cyrillic case ending
    suffix = r"(?:\.|['’]\w{1,4}|(?<=[а-яёіїєґәғқңөұүһ])[а-яёіїєґәғқңөұүһ]{1,3})?"
    year = r"(?P<year>1[89]\d\d|20\d\d)"
    day = r"(?P<day>[0-3]?\d)(?:\.|er|º|°|st|nd|rd|th|-?(?:ое|го|е|го|-?я))?"
    specs = [
        (rf"{year}-(?P<nmonth>[01]?\d)-(?P<nday>[0-3]?\d)", "iso"),
        (rf"(?P<nday>[0-3]?\d)[./ -](?P<nmonth>[01]?\d)[./ -]{year}", "numeric"),
        (rf"{year}\s*年\s*(?P<hmonth>[0-9一二三四五六七八九十]{{1,3}})\s*月"
         rf"(?:\s*(?P<hday>[0-9一二三四五六七八九十]{{1,3}})\s*[日号號]?)?", "numeric"),
        (rf"{year}\s*(?:жылғы|yılı|года|г\.)?\s+{day}\s+{m}{suffix}", "text"),
        (rf"{day}\s+(?:de\s+|of\s+)?{m}{suffix}(?:,?\s+(?:de\s+|del\s+)?{year})?", "text"),
        (rf"{m}{suffix}\s+{day}(?:,?\s+(?:del?\s+)?{year})?(?!\d)", "text"),
        (rf"{m}{suffix}\s+(?:de\s+|del\s+|of\s+|года\s+)?{year}", "text"),
        (rf"{year}[/-](?P<nmonth>[01]?\d)(?![\d/-])", "numeric"),
        (rf"{m}{suffix}", "text"),
        (rf"{w}", "text"),
        (rf"(?<![\d.,/-]){year}(?![\d.,%/-]|\s*(?:%|km|\$))", "text"),
    ]
    compiled = [(re.compile(rf"(?<!\w){p}(?!\w)", re.I), kind) for p, kind in specs]
    if names.relative:
        words = "|".join(re.escape(k) for k in sorted(names.relative, key=len, reverse=True))
        compiled.append((re.compile(rf"(?<!\w)(?P<relative>{words})(?!\w)", re.I), "relative"))
    return compiled


def find_time_expressions(text: str, lang: str | None, published: str | None,
                          future: bool = False) -> list[TimeExpression]:
    """Every date expression of a text, longest first where they overlap, resolved if possible."""
    names = calendar_names(lang)
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    for pattern, _kind in _patterns(lang):
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            parts = _parts(match, names)
            if parts is None:
                continue
            value, granularity, resolution = resolve(parts, published, future)
            found.append(TimeExpression(match.start(), match.end(), match.group(), value,
                                        granularity, resolution))
            taken.append((match.start(), match.end()))
    return sorted(found, key=lambda e: e.start)


def _parts(match: re.Match[str], names: CalendarNames) -> _Parts | None:
    groups = {k: v for k, v in match.groupdict().items() if v}
    for han, arabic in (("hmonth", "nmonth"), ("hday", "nday")):
        if han in groups:
            groups[arabic] = str(han_number(groups.pop(han)))
    if "relative" in groups:
        offset = names.relative.get(lower(groups["relative"], names.lang))
        return None if offset is None else _Parts(None, None, None, offset=offset)
    month = int(groups["nmonth"]) if "nmonth" in groups else _month(groups.get("month"), names)
    day = int(groups.get("nday") or groups.get("day") or 0) or None
    year = int(groups["year"]) if "year" in groups else None
    weekday = names.weekdays.get(lower(groups["weekday"], names.lang)) if "weekday" in groups else None
    if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
        return None
    if (month is None and day is not None) or (month is None and year is None and weekday is None):
        return None
    bare_month = "month" in groups and day is None and year is None
    if bare_month and names.capitalised and groups["month"][:1].islower():
        return None  # "may", "march" as verbs in English
    return _Parts(year, month, day, weekday)


_HAN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}


def han_number(written: str) -> int:
    """Chinese/Japanese numerals up to 99 (三, 十五, 二十三) or Arabic digits."""
    if written.isdigit():
        return int(written)
    if "十" not in written:
        return _HAN_DIGITS.get(written, 0)
    tens, _, units = written.partition("十")
    return (_HAN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_HAN_DIGITS.get(units, 0) if units else 0)


def _month(written: str | None, names: CalendarNames) -> int | None:
    if not written:
        return None
    word = lower(written, names.lang).rstrip(".")
    while word and word not in names.months:
        word = word[:-1]  # drop a case ending: "ноябре", "Aralık'ta" → known forms
    return names.months.get(word) if len(word) >= 3 else None


def resolve(parts: _Parts, published: str | None, future: bool) -> tuple[str | None, str, str]:
    """(ISO value, granularity, how it was resolved); news reports the past unless told otherwise."""
    reference = _as_date(published)
    if parts.offset is not None:
        if reference is None:
            return None, DAY, "unresolved"
        return (reference + timedelta(days=parts.offset)).isoformat(), DAY, "relative"
    if parts.weekday is not None and parts.month is None:
        if reference is None:
            return None, WEEKDAY, "unresolved"
        delta = (reference.weekday() - parts.weekday) % 7
        day = reference + timedelta(days=(7 - delta) % 7 if future else -delta)
        return day.isoformat(), DAY, "weekday"
    if parts.month is None:
        return f"{parts.year:04d}", YEAR, "explicit"
    granularity = DAY if parts.day else MONTH
    if parts.year is not None:
        return _iso(parts.year, parts.month, parts.day), granularity, "explicit"
    if reference is None:
        value = f"--{parts.month:02d}-{parts.day:02d}" if parts.day else f"--{parts.month:02d}"
        return value, granularity, "no-year"
    return _iso(_infer_year(parts, reference, future), parts.month, parts.day), granularity, "year-inferred"


def _infer_year(parts: _Parts, reference: date, future: bool) -> int:
    """The most recent such day before publication (or the next one for future events)."""
    year = reference.year
    candidate = (parts.month, parts.day or 1)
    now = (reference.month, reference.day)
    if future:
        return year if candidate >= now else year + 1
    return year if candidate <= now else year - 1


def _iso(year: int, month: int, day: int | None) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}" if day else f"{year:04d}-{month:02d}"


def _as_date(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
