"""Which date an event gets when its sentence names none: the day the article reports on."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dragoman.dates.expressions import DAY, YEAR, TimeExpression
from dragoman.dates.published import is_dateline

# How long before publication the day an article reports on may lie: news tells of the last few
# days; an older day named first is background ("signed on 2 February 1993"). Chosen, not tuned.
RECENT_DAYS = 10


def sentence_date(dates: list[TimeExpression], start: int, end: int, offset: int,
                  published: str | None, fallback: TimeExpression | None = None) -> TimeExpression | None:
    """The date of the event whose cue is at `offset`: the sentence's nearest day; else a week
    or month before the cue ("Last week, the minister met …"); else the article's day
    (`fallback`); else a week or month after the cue.

    A year alone dates background ("the 2023 agreement"); a date after publication dates a plan
    ("the summit in November"), not the event reported; a week or month after the cue mostly
    dates a thing the event is about ("condemned the strikes last week", "welcomed the text
    finalised last month"): on the two gold sets all six such dates were wrong."""
    inside = [d for d in dates if start <= d.start < end and d.value and d.granularity != YEAR
              and not _after(d.value, published)]
    days = [d for d in inside if d.granularity == DAY]
    if days:
        return min(days, key=lambda d: abs(d.start - offset))
    before = [d for d in inside if d.start < offset]
    if before:
        return before[-1]
    return fallback or (min(inside, key=lambda d: d.start - offset) if inside else None)


def article_date(dates: list[TimeExpression], text: str, published: str | None) -> TimeExpression | None:
    """The first day the story names after its dateline, if recent; else the dateline's day.

    The lead of a news story dates its main event ("met on Tuesday"); the headline and the
    sentences that follow without a date of their own tell of the same day."""
    days = [d for d in dates if d.granularity == DAY and d.value]
    story = [d for d in days if not is_dateline(text, d)]
    reference = _day(published)
    recent = [d for d in story if reference is None or _day(d.value) is None
              or 0 <= (reference - _day(d.value)).days <= RECENT_DAYS]  # type: ignore[operator]
    chosen = recent[0] if recent else next((d for d in days if d not in story), None)
    # A copy: the sentence naming this day still dates its own events as "sentence" (callers
    # tell the two apart by identity).
    return replace(chosen) if chosen else None


def _after(value: str, published: str | None) -> bool:
    """The value lies after the publication date (compared at the coarser of the two precisions)."""
    if not published or value.startswith("--"):
        return False
    size = min(len(value), len(published))
    return value[:size] > published[:size]


def _day(value: str | None) -> date | None:
    if not value or len(value) != 10 or value.startswith("--"):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
