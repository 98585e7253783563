"""Month and weekday names of a language from CLDR (Babel) and the language's date words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import get_day_names, get_month_names

from dragoman.dates.words import DateWords, apostrophe_variants, date_words
from dragoman.text.casing import lower

_CYRILLIC = re.compile(r"[а-яёіїєґәғқңөұүһ]", re.I)


@dataclass(frozen=True)
class CalendarNames:
    """Lowercase written forms → month number (1-12) or weekday (0 = Monday), and their regexes."""

    months: dict[str, int]  # full names and their case forms
    abbreviations: dict[str, int]  # abbreviated month names: only read next to a day or a year
    weekdays: dict[str, int]  # full names and their case forms
    words: DateWords
    capitalised: bool  # month names are written with a capital (en, de, id): lowercase is a word
    weekdays_capitalised: bool
    lang: str | None = None

    @property
    def month_pattern(self) -> str:
        return alternation(self.months)

    @property
    def abbreviation_pattern(self) -> str:
        return alternation(self.abbreviations)

    @property
    def weekday_pattern(self) -> str:
        return alternation(self.weekdays)

    @property
    def relative(self) -> dict[str, tuple[int, str]]:
        return self.words.relative

    def month(self, written: str) -> int | None:
        """The month of a full or abbreviated name as written (any case), or None."""
        word = lower(written, self.lang).rstrip(".")
        return self.months.get(word) or self.abbreviations.get(word)

    def weekday(self, written: str) -> int | None:
        return self.weekdays.get(lower(written, self.lang))

    def ordinal(self, written: str) -> int | None:
        """1-31 (or -1 for "last") for an ordinal word, matching listed stems by prefix."""
        word = lower(written, self.lang)
        if word in self.words.ordinals:
            return self.words.ordinals[word]
        endings = self.words.ordinal_endings
        stems = [s for s in self.words.ordinals
                 if s.endswith("*") and word.startswith(s[:-1]) and word[len(s) - 1:] in endings]
        return self.words.ordinals[max(stems, key=len)] if stems else None

    @property
    def ordinal_pattern(self) -> str:
        """Listed ordinals; a stem ending in "*" takes one of the language's ordinal endings."""
        endings = alternation(self.words.ordinal_endings)
        forms = sorted(self.words.ordinals, key=len, reverse=True)
        return "|".join(rf"{re.escape(f[:-1])}(?:{endings})" if f.endswith("*") else re.escape(f)
                        for f in forms) or r"(?!x)x"


@cache
def calendar_names(lang: str | None) -> CalendarNames:
    """CLDR month and weekday names in every context and width, with case forms, plus date words."""
    code = lang or "en"
    words = date_words(code)
    months: dict[str, int] = {}
    abbreviations: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    capitalised = weekdays_capitalised = False
    for locale_code in (code, "en"):
        try:
            locale = Locale.parse(locale_code)
        except (UnknownLocaleError, ValueError):
            continue
        if locale_code == code:
            capitalised = get_month_names("wide", "format", locale)[1][:1].isupper()
            weekdays_capitalised = get_day_names("wide", "format", locale)[0][:1].isupper()
        for context in ("format", "stand-alone"):
            for number, name in get_month_names("wide", context, locale).items():
                for form in _forms(lower(name, code)):
                    months.setdefault(form, number)
            for number, name in get_month_names("abbreviated", context, locale).items():
                abbreviations.setdefault(lower(name, code).rstrip("."), number)
            for number, name in get_day_names("wide", context, locale).items():
                for form in apostrophe_variants(lower(name, code)):
                    weekdays.setdefault(form, number)
    months.update({k: v for k, v in words.months.items() if not k.endswith(".")})
    abbreviations.update({k.rstrip("."): v for k, v in words.months.items() if k.endswith(".")})
    weekdays.update(words.weekdays)
    months, weekdays = _without(months, words.exclude), _without(weekdays, words.exclude)
    abbreviations = {k: v for k, v in _without(abbreviations, words.exclude).items()
                     if k not in months and len(k) >= 3}
    return CalendarNames(months, abbreviations, weekdays, words, capitalised, weekdays_capitalised, lang)


def _without(names: dict[str, int], excluded: frozenset[str]) -> dict[str, int]:
    return {k: v for k, v in names.items() if k not in excluded}


def _forms(name: str) -> set[str]:
    """The CLDR name plus locative/oblique forms of Cyrillic months (ноябре, листопаді)."""
    forms = {name}
    if _CYRILLIC.search(name) and len(name) >= 4:
        stem = name[:-1] if name[-1] in "ьйяа" else name
        forms |= {stem + "е", stem + "і", stem + "я", stem + "ю"}
    return forms


def alternation(words: dict[str, int] | tuple[str, ...]) -> str:
    """A regex alternation of words, longest first; one that matches nothing when empty."""
    if not words:
        return r"(?!x)x"
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
