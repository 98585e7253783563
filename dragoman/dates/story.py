"""With no publication day, the day a story is told from: its dateline's, else the latest it names.

A day of the month alone ("11日", "지난 5일", "quarta-feira (7)"), a weekday or "today" need a day to
count from. News without a publication date still names one: its dateline ("北京1月15日电") is the
day of writing, as a publication day is; without one, the latest day the story dates ("2月27日")
is no later than the writing, so a day alone is the first such day on or after it ("11日" after
"2月27日" is 11 March).
"""

from __future__ import annotations

import re
from datetime import timedelta

from dragoman.dates.expressions import DAY, WEEKDAY, TimeExpression, find_time_expressions
from dragoman.dates.published import is_dateline
from dragoman.dates.resolve import Reference
from dragoman.settings import tuning

_MONTH_DAY = re.compile(r"^(?:\d{4}|-)-(\d{2})-(\d{2})$")


def story_reference(expressions: list[TimeExpression], text: str,
                    published: str | None) -> tuple[str, bool] | None:
    """(day, whether it is the dateline's) to count from when the publication day is unknown; the
    day is ISO or --MM-DD, inside the publication month or year when those are known."""
    ref = Reference.parse(published)
    if ref.day is not None:
        return None
    days = [e for e in expressions if e.granularity == DAY and e.value and _MONTH_DAY.match(e.value)
            and _inside(e.value, published)]
    dateline = next((d for d in days if is_dateline(text, d)), None)
    if dateline is not None and dateline.value:
        return _with_year(dateline.value, ref), True
    if not days:
        return None
    dated = [d for d in days if not str(d.value).startswith("--")]
    latest = max(dated or days, key=lambda d: str(d.value)[-5:] if not dated else str(d.value))
    return _with_year(str(latest.value), ref), False


def story_day(expressions: list[TimeExpression], text: str, published: str | None) -> TimeExpression | None:
    """The day an act with no day of its own is dated to when the publication day is unknown: the
    story's day (the publication's month, when known, is coarser and left to the caller)."""
    found = story_reference(expressions, text, published)
    return TimeExpression(0, 0, "", found[0], DAY, "story") if found else None


def story_dated(expressions: list[TimeExpression], text: str, lang: str | None,
                published: str | None) -> list[TimeExpression]:
    """The expressions, with days, weekdays and (from a dateline) "today" that the publication
    date could not resolve resolved against the story's day instead."""
    found = story_reference(expressions, text, published)
    if found is None:
        return expressions
    value, dateline = found
    if not any(_open(e) for e in expressions):
        return expressions
    year_known = not value.startswith("--")  # else counted in a stand-in year (dates/resolve.py)
    if dateline:  # the day of writing: the nearest past day, as from a publication day
        days = weekdays = _by_place(find_time_expressions(text, lang, value))
    else:
        # The writing is no earlier than the latest day named: a weekday is the first on or after
        # it; a day of the month the first on or after the start of the days an article reports
        # on ("14日" beside "1月15日" is 14 January; "11日" beside "2月27日" is 11 March).
        weekdays = _by_place(find_time_expressions(text, lang, value, future=True))
        earliest = _shifted(value, -tuning().dates.recent_days)
        days = _by_place(find_time_expressions(text, lang, earliest, future=True))
    return [_again(e, (weekdays if _is_weekday(days.get((e.start, e.end))) else days).get((e.start, e.end)),
                   dateline, year_known) for e in expressions]


def _by_place(expressions: list[TimeExpression]) -> dict[tuple[int, int], TimeExpression]:
    return {(e.start, e.end): e for e in expressions}


def _is_weekday(expression: TimeExpression | None) -> bool:
    return expression is not None and expression.resolution == "weekday"


def _shifted(value: str, days: int) -> str:
    """A day (ISO or --MM-DD) moved by so many days; one without its year stays without."""
    ref = Reference.parse(value)
    assert ref.day is not None
    moved = (ref.day + timedelta(days=days)).isoformat()
    return moved if ref.year_known else f"--{moved[5:]}"


def _again(expression: TimeExpression, other: TimeExpression | None, dateline: bool,
           year_known: bool) -> TimeExpression:
    """The expression resolved from the story's day where that may be done, else unchanged."""
    if other is None or not other.value or not _open(expression) or other.granularity != DAY:
        return expression
    if other.resolution == "relative" and not dateline:
        return expression  # "today" is the dateline's day, not the latest day the story names
    if other.resolution == "weekday" and not year_known:
        return expression  # which day is a Friday depends on the year
    value = other.value if year_known else f"--{other.value[5:]}"
    return TimeExpression(expression.start, expression.end, expression.text, value, DAY, "story")


def _open(expression: TimeExpression) -> bool:
    """A day or weekday left unresolved, or resolved only to the publication month."""
    return expression.resolution == "publication-month" or (
        expression.resolution == "unresolved" and expression.granularity in (DAY, WEEKDAY))


def _inside(value: str, published: str | None) -> bool:
    """A day inside the publication month or year, when those are known."""
    if not published or value.startswith("--"):
        return not published or len(published) < 7 or value[2:4] == published[5:7]
    return value.startswith(published[:7])


def _with_year(value: str, ref: Reference) -> str:
    """A day without its year takes the publication year when that is known."""
    return f"{ref.year:04d}{value[1:]}" if value.startswith("--") and ref.year is not None else value
