"""Whether two event dates can be the same day: used to merge reports of one event."""

from __future__ import annotations

from datetime import date


def dates_compatible(first: str | None, second: str | None) -> bool:
    """Unknown matches anything; otherwise within a day, comparing month-day when a year is missing."""
    if not first or not second:
        return True
    if first.startswith("--") or second.startswith("--"):
        return first[-5:] == second[-5:]
    if len(first) != len(second) or len(first) < 10:
        return first[: min(len(first), len(second))] == second[: min(len(first), len(second))]
    try:
        return abs((date.fromisoformat(first) - date.fromisoformat(second)).days) <= 1
    except ValueError:
        return first == second
