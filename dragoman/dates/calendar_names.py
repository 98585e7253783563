"""Month and weekday names of a language from CLDR (Babel), as one regex each."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import get_day_names, get_month_names

from dragoman.languages import load_language
from dragoman.text.casing import lower

_CYRILLIC = re.compile(r"[а-яёіїєґәғқңөұүһ]", re.I)


@dataclass(frozen=True)
class CalendarNames:
    """Lowercase written form → month number (1-12) or weekday (0 = Monday)."""

    months: dict[str, int]
    weekdays: dict[str, int]
    month_pattern: str
    weekday_pattern: str
    relative: dict[str, int]
    capitalised: bool  # month names are written with a capital (en, de, id): lowercase is a word
    lang: str | None = None


@cache
def calendar_names(lang: str | None) -> CalendarNames:
    """CLDR month names in every context and width, their case forms, and relative-day words."""
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    capitalised = False
    for code in {lang or "en", "en"}:
        try:
            locale = Locale.parse(code)
        except (UnknownLocaleError, ValueError):
            continue
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                names = get_month_names(width, context, locale)
                if code == (lang or "en") and width == "wide" and context == "format":
                    capitalised = names[1][:1].isupper()
                for number, name in names.items():
                    for form in _forms(name):
                        months.setdefault(form, number)
                for number, name in get_day_names(width, context, locale).items():
                    weekdays.setdefault(lower(name, code).rstrip("."), number)
    relative = {lower(k, lang): int(v) for k, v in load_language(lang or "en").get("dates", {}).items()
                if isinstance(v, int)}
    return CalendarNames(months, weekdays, _alternation(months), _alternation(weekdays), relative,
                         capitalised, lang)


def _forms(name: str) -> set[str]:
    """The CLDR name plus locative/oblique forms of Cyrillic months (ноябре, листопаді)."""
    name = name.lower().rstrip(".")
    forms = {name}
    if len(name) < 3:
        return set()
    if _CYRILLIC.search(name) and len(name) >= 4:
        stem = name[:-1] if name[-1] in "ьйяа" else name
        forms |= {stem + "е", stem + "і", stem + "я", stem + "ю"}
    return forms


def _alternation(words: dict[str, int]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
