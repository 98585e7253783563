"""Per-language date words: relative phrases, ordinals, extra name forms and case endings.

Sources, in order of precedence: the `[dates]` section of `dragoman/languages/<code>.toml` (or, for a
language without such a file, its table in `dragoman/dates/more_languages.toml`), then the relative
phrases of dateparser's language data ("last week", "вчера"). The format is in docs/lexicons.md.
"""

from __future__ import annotations

import importlib
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from dragoman.languages import available_languages, language
from dragoman.text.casing import lower

DAY, WEEK, MONTH, YEAR = "day", "week", "month", "year"
# dateparser's relative-type keys: "1 day ago", "in 2 week", "0 year ago"
_DATEPARSER_KEY = re.compile(r"^(in )?(\d+) (day|week|month|year)( ago)?$")
_APOSTROPHES = "'’ʼ"
# a string value in [dates]: "-1 week", "+1 month", "0 year"
_UNIT_OFFSET = re.compile(r"^([+-]?\d+)\s*(day|week|month|year)s?$")


@dataclass(frozen=True)
class DateWords:
    """Lowercase date words of one language."""

    relative: dict[str, tuple[int, str]]  # phrase → (offset, unit)
    ordinals: dict[str, int]  # word, or stem ending in "*", → 1-31; -1 means "last"
    ordinal_endings: tuple[str, ...]  # what a stem ending in "*" takes: "перв*" → первое, первого
    months: dict[str, int]  # month forms CLDR lacks → 1-12
    weekdays: dict[str, int]  # weekday forms CLDR lacks → 0 (Monday) - 6
    endings: tuple[str, ...]  # case endings written after full month/weekday names
    day_words: tuple[str, ...]  # "day", for "the last day of October"
    month_words: tuple[str, ...]  # "month", for "the first month of 2013"
    connectors: tuple[str, ...]  # words between an ordinal and a month: "the first of May"
    year_words: tuple[str, ...]  # words after a year that opens a date: mn "2023 оны есдүгээр сарын 5"
    exclude: frozenset[str]  # CLDR or dateparser words that are mostly something else here
    numeric: dict[str, tuple[str, ...]]  # "year"/"month"/"day" → signs after a number: 2018年3月29日
    unspaced: bool = False  # words touch each other: a date needs no space or word edge around it
    week_prefixes: dict[str, int] = field(default_factory=dict)  # on a weekday: 上周五, last week's Friday
    dotted_days: bool = False  # a day and month in figures, each with its dot, are a date: "am 31.10."


@cache
def date_words(lang: str | None) -> DateWords:
    """The date words of a language; every field may be empty."""
    code = lang or "en"
    data = _section(code)
    excluded = {lower(w, code) for w in data.get("exclude", [])}
    relative = {k: v for k, v in _dateparser_relative(code).items() if k not in excluded}
    relative.update(_own_relative(data, code))
    relative = _variants(relative)
    return DateWords(
        relative=relative,
        ordinals=_variants({lower(k, code): int(v) for k, v in data.get("ordinals", {}).items()}),
        ordinal_endings=_words(data, "ordinal_endings", code),
        months=_variants({lower(k, code): int(v) for k, v in data.get("months", {}).items()}),
        weekdays=_variants({lower(k, code): int(v) - 1 for k, v in data.get("weekdays", {}).items()}),
        endings=_words(data, "endings", code),
        day_words=_words(data, "day_words", code),
        month_words=_words(data, "month_words", code),
        connectors=_words(data, "connectors", code),
        year_words=_words(data, "year_words", code),
        exclude=frozenset(excluded),
        numeric={unit: tuple(signs) for unit, signs in data.get("numeric", {}).items()},
        unspaced=bool(data.get("unspaced", False)),
        dotted_days=bool(data.get("dotted_days", False)),
        week_prefixes={lower(k, code): int(v) for k, v in data.get("week_prefixes", {}).items()},
    )


def _words(data: dict[str, Any], key: str, code: str) -> tuple[str, ...]:
    return tuple(lower(w, code) for w in data.get(key, []))


def apostrophe_variants(word: str) -> set[str]:
    """A word with each apostrophe a text may use: п'ятниця, п’ятниця, пʼятниця."""
    if not any(a in word for a in _APOSTROPHES):
        return {word}
    return {re.sub("[" + _APOSTROPHES + "]", a, word) for a in _APOSTROPHES}


def _variants(mapping: dict[str, Any]) -> dict[str, Any]:
    return {form: value for key, value in mapping.items() for form in apostrophe_variants(key)}


def _section(code: str) -> dict[str, Any]:
    if code in available_languages():
        return language(code).section("dates")
    return _more_languages().get(code, {})


@cache
def _more_languages() -> dict[str, Any]:
    """Date words of languages that have no language file (read by the dates benchmark)."""
    path = resources.files(__package__) / "more_languages.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _own_relative(data: dict[str, Any], code: str) -> dict[str, tuple[int, str]]:
    """Phrase = days (an integer) or "<n> week|month|year"; other keys are not phrases."""
    relative: dict[str, tuple[int, str]] = {}
    for key, value in data.items():
        if isinstance(value, bool):
            continue
        if isinstance(value, int):
            relative[lower(key, code)] = (value, DAY)
        elif isinstance(value, str) and (match := _UNIT_OFFSET.match(value.strip())):
            relative[lower(key, code)] = (int(match.group(1)), match.group(2))
    return relative


@cache
def _dateparser_relative(code: str) -> dict[str, tuple[int, str]]:
    """Relative day/week/month/year phrases of dateparser's data for a language, if it has any."""
    try:
        module = importlib.import_module(f"dateparser.data.date_translation_data.{code}")
    except ImportError:
        return {}
    relative: dict[str, tuple[int, str]] = {}
    for key, phrases in module.info.get("relative-type", {}).items():
        match = _DATEPARSER_KEY.match(key)
        if not match or not (match.group(1) or match.group(4)):
            continue  # "1 year" (a duration), "last monday"
        amount = int(match.group(2))
        offset = amount if match.group(1) else -amount
        for phrase in phrases:
            if len(phrase) >= 3:
                relative[lower(phrase, code)] = (offset, match.group(3))
    return relative
