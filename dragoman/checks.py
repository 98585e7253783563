"""Checks of values people type, shared by the CLI and the API so both say the same thing."""

from __future__ import annotations

import re
from datetime import date

from dragoman.events.plover import EVENT_TYPES, canonical_type

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def plain_text(value: str | None) -> str | None:
    """Reject control characters (NUL breaks FTS5 and LIKE alike; no real query holds one)."""
    if value is not None and _CONTROL.search(value):
        raise ValueError("must not contain control characters")
    return value


def iso_date(value: str | None) -> str | None:
    """A calendar date YYYY-MM-DD, or a month YYYY-MM or year YYYY, as stored event dates are."""
    if value is None:
        return value
    match = _DATE.fullmatch(value)
    if match is None:
        raise ValueError(f"{value!r} is not a date: use YYYY-MM-DD (or YYYY-MM, YYYY)")
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a date: {exc}") from exc
    return value


def plover_type(value: str | None) -> str | None:
    """A PLOVER event type (or an older name of one), in any case."""
    if value is not None and canonical_type(value) not in EVENT_TYPES:
        raise ValueError(f"{value!r} is not a PLOVER type: use one of {', '.join(EVENT_TYPES)}")
    return value


def language_code(value: str | None) -> str | None:
    """An ISO 639 code as articles are tagged: two or three lower-case letters."""
    if value is not None and not re.fullmatch(r"[a-z]{2,3}", value):
        raise ValueError(f"{value!r} is not a language code: use ISO 639-1, e.g. fr, de, kk")
    return value
