"""How many years before the article a date of its sentences lies: acts told with an earlier year
('Русия анексира Кримския полуостров от Украйна през 2014 г.', 'vyhostilo loni na jaře') are
background, not the news. Without a publication date the article's own latest day stands for it, and
'last year'-type words are read against a stand-in year."""

from __future__ import annotations

import re

from dragoman.dates.expressions import TimeExpression, find_time_expressions
from dragoman.dates.words import DAY, MONTH

# A stand-in publication year to read "loni", "last year" as an offset when the article has none.
_STAND_IN_YEAR = 2000


class YearsBack:
    """Years from each date expression of an article back to the time of writing, where known."""

    def __init__(self, text: str, lang: str | None, published: str | None, dates: list[TimeExpression]):
        self.published = _year(published)
        # with no publication date: the latest day the story names in full, and the offsets of the
        # relative ones ("loni" = 1)
        self.reference = None if self.published else _latest_explicit_year(dates)
        self.relative: dict[int, int] = {}
        if self.published is None:
            for expression in find_time_expressions(text, lang, str(_STAND_IN_YEAR)):
                year = _year(expression.value)
                if expression.resolution == "relative" and year is not None:
                    self.relative[expression.start] = _STAND_IN_YEAR - year

    def known(self, date: TimeExpression) -> bool:
        """Whether the date can be placed against the time of writing."""
        return self.of(date) is not None

    def of(self, date: TimeExpression) -> int | None:
        """Years from the date back to the time of writing (negative: later), or None if unknown."""
        year = _year(date.value)
        if self.published is not None:
            return None if year is None else self.published - year
        if date.start in self.relative:
            return self.relative[date.start]
        if year is not None and self.reference is not None and date.resolution == "explicit":
            return self.reference - year
        return None


def _latest_explicit_year(dates: list[TimeExpression]) -> int | None:
    """The year of the latest day or month the article names in full."""
    years = [y for d in dates if d.resolution == "explicit" and d.granularity in (DAY, MONTH)
             and (y := _year(d.value)) is not None]
    return max(years) if years else None


def _year(value: str | None) -> int | None:
    match = re.match(r"(\d{4})", value or "")
    return int(match.group(1)) if match else None
