"""Publication date: from metadata when the source has one, else inferred from the text."""

from __future__ import annotations

import re
from datetime import date, datetime

import dateparser

_ISO = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")


def normalise_date(value: str, lang: str | None = None) -> str | None:
    """An ISO date (YYYY-MM-DD or YYYY-MM) from any common date notation, or None."""
    value = value.strip()
    match = _ISO.match(value)
    if match:
        year, month, day = match.groups()
        return f"{year}-{month}-{day}" if day else f"{year}-{month}"
    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    languages = [lang] if lang else None
    try:
        parsed = dateparser.parse(value, languages=languages, settings=settings)
    except (ValueError, TypeError, OverflowError):
        parsed = None
    return parsed.date().isoformat() if isinstance(parsed, datetime | date) else None


def resolve_published(
    metadata_value: str | None, tweet_dates: list[str], lang: str | None
) -> tuple[str | None, str]:
    """(date, how it was found): 'metadata', 'text' (embedded tweets: month precision) or 'none'."""
    if metadata_value:
        value = normalise_date(metadata_value, lang)
        if value:
            return value, "metadata"
    inferred = [normalise_date(d, lang) for d in tweet_dates]
    inferred = [d for d in inferred if d]
    if inferred:
        # A page embedding a tweet was published after it, most often within weeks.
        return max(inferred)[:7], "text"
    return None, "none"
