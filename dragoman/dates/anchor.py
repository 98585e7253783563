"""Which date an event gets when its sentence names none: the day the article reports on."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from dragoman.dates.expressions import DAY, MONTH, YEAR, TimeExpression
from dragoman.dates.published import is_dateline
from dragoman.settings import tuning

_MONTH = re.compile(r"^\d{4}-\d{2}$")


def sentence_date(dates: list[TimeExpression], cue: CuePlace, published: str | None,
                  fallback: TimeExpression | None = None) -> TimeExpression | None:
    """The date of the event whose cue is `cue.offset`: the sentence's day that belongs to it;
    else a week or month before the cue ("Last week, the minister met …"); else the article's
    day (`fallback`); else a week or month after the cue.

    A year alone dates background ("the 2023 agreement"); a date after publication dates a plan
    ("the summit in November"), not the event reported; a week or month after the cue mostly
    dates a thing the event is about ("condemned the strikes last week", "welcomed the text
    finalised last month"): on the two gold sets all six such dates were wrong."""
    inside = [d for d in dates if cue.start <= d.start < cue.end and d.value and d.granularity != YEAR
              and not _after(d.value, published)]
    days = [d for d in inside if d.granularity == DAY]
    if days:
        owned = [d for d in days if _dates_cue(d.start, cue)]
        return min(owned, key=lambda d: abs(d.start - cue.offset)) if owned else fallback
    before = [d for d in inside if d.start < cue.offset]
    if before:
        return before[-1]
    return fallback or (min(inside, key=lambda d: d.start - cue.offset) if inside else None)


@dataclass(frozen=True)
class CuePlace:
    """Where an event's cue lies: its sentence, its offset, the sentence's other cues."""

    start: int
    end: int
    offset: int
    cues: tuple[int, ...] = ()
    verb_final: bool = False
    breaks: tuple[int, ...] = ()  # where the sentence's clauses part (semicolons)


def _dates_cue(position: int, cue: CuePlace) -> bool:
    """Whether a day at `position` dates the cue, which must be in the day's clause: every cue
    of the clause when none comes before the day ("On
    12 December the presidents met and signed …"); else the nearest cue before it ("talks held on
    10 January and his commitment to …" dates the talks only), or in verb-final languages the
    nearest after it ("Erdoğan … 7 Haziran'da görüştü")."""
    first = max((b for b in cue.breaks if b <= position), default=cue.start)
    last = min((b for b in cue.breaks if b > position), default=cue.end)
    if not first <= cue.offset < last:
        return False  # "11日,…回应称…;12日,…表示…": a day dates the acts of its own clause
    offsets = sorted(o for o in set(cue.cues) | {cue.offset} if first <= o < last)
    before = [o for o in offsets if o < position]
    if not before:
        return True  # "On Tuesday X urged …, as he held talks": the whole sentence's day
    after = [o for o in offsets if o > position]
    return (after[0] if cue.verb_final and after else before[-1]) == cue.offset


def article_date(dates: list[TimeExpression], text: str, published: str | None) -> TimeExpression | None:
    """The one recent day the story names after its dateline; else the dateline's day.

    An article about one day ("met on Tuesday") tells of that day in the sentences that follow
    without a date of their own; one naming several recent days leaves them undated, as the seed
    gold does ("visited on 7 February … talks held on 10 January … thanked him": the thanks
    undated). Callers leave out days that are no story's: plans, a quoted speaker's "today"."""
    dateline = dateline_day(dates, text)
    story = [d for d in dates if d.granularity == DAY and d.value and not is_dateline(text, d)]
    reference = _day(published)
    recent = [d for d in story if reference is None or (day := _day(d.value)) is None
              or 0 <= (reference - day).days <= tuning().dates.recent_days]
    if reference is None and dateline:  # no publication date: the dateline's day is "today"
        recent = [d for d in recent if not _month_day_after(str(d.value), str(dateline.value))]
    if len({d.value for d in recent}) > 1:
        return None
    chosen = recent[0] if recent else dateline
    # A copy: the sentence naming this day still dates its own events as "sentence" (callers
    # tell the two apart by identity).
    return replace(chosen) if chosen else None


def publication_day(published: str | None) -> TimeExpression | None:
    """The publication day as a date expression: what an act with no day of its own is dated to;
    when only the month of publication is known, that month."""
    if published and _MONTH.match(published):
        return TimeExpression(0, 0, "", published, MONTH, "published")
    if not published or _day(published) is None:
        return None
    return TimeExpression(0, 0, "", published, DAY, "published")


def dateline_day(dates: list[TimeExpression], text: str) -> TimeExpression | None:
    """The day of the article's first dateline ("ASTANA, 8 July (Kazinform) –"), if any."""
    return next((d for d in dates if d.granularity == DAY and d.value and is_dateline(text, d)), None)


def _month_day_after(value: str, reference: str) -> bool:
    """A day later than the reference ("22–24 October" after a dateline of 11 October is a plan),
    compared on month and day when either lacks its year."""
    if value.startswith("--") or reference.startswith("--"):
        return value[-5:] > reference[-5:]
    return value > reference


def _after(value: str, published: str | None) -> bool:
    """The value lies after the publication date (compared at the coarser of the two precisions)."""
    if not published:
        return False
    if value.startswith("--") or published.startswith("--"):
        return len(published) >= 7 and len(value) >= 7 and _month_day_after(value, published)
    size = min(len(value), len(published))
    return value[:size] > published[:size]


def _day(value: str | None) -> date | None:
    if not value or len(value) != 10 or value.startswith("--"):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
