"""The store's cross-article event merge, in memory: one group of reports of the same type, negation
and dyad at a time, in storage order, deciding with the store's own rules (store/analysis.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from dragoman.exports import flat_event, plover_record
from dragoman.store.analysis import codes_of, date_window, dyad_key, first_match

# What SQLite's GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' accepts: a plain full date.
_FULL_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass
class Occurrence:
    """One event as one article reports it, with its place in storage order (article, then position)."""

    order: tuple[int, int]
    event: dict[str, Any]
    source: dict[str, Any]  # store.analysis.source_row: the event_sources row without the event id


def merge_key(event: dict[str, Any]) -> tuple[str, bool, str]:
    """What two reports must share to be merged at all: type, negation and dyad (store's events_merge)."""
    actors, recipients = codes_of(event["actor"]), codes_of(event["recipient"])
    return event["event"], bool(event.get("negated", False)), dyad_key(event["event"], actors, recipients)


@dataclass
class MergedEvent:
    """An event as the store keeps it: the first report's record, the merged date, every source."""

    record: dict[str, Any]
    row: list[Any]  # (id, actor_codes, recipient_codes, date) as store.analysis.first_match reads it
    date_granularity: str | None
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)


class MergeGroup:
    """The events of one merge key; candidates are narrowed by date window like the store's index."""

    def __init__(self) -> None:
        self.events: list[MergedEvent] = []
        self._by_day: dict[str, list[int]] = {}
        self._loose: list[int] = []  # no date, or not a plain full date: always a candidate
        self._positions: dict[str, int] = {}

    def add(self, occurrence: Occurrence) -> MergedEvent:
        """Attach a report to the first matching event of the group, or start a new one."""
        event = occurrence.event
        actors, recipients = codes_of(event["actor"]), codes_of(event["recipient"])
        candidates = [self.events[i].row for i in self._candidates(event.get("date"))]
        target_id = first_match(candidates, event, actors, recipients)
        if target_id is None:
            merged = MergedEvent(dict(event), [event["id"], ",".join(actors), ",".join(recipients),
                                               event.get("date")], event.get("date_granularity"))
            self._positions[event["id"]] = len(self.events)
            self.events.append(merged)
            self._index(len(self.events) - 1)
        else:
            position = self._positions[target_id]
            merged = self.events[position]
            if event.get("date"):
                self._fill_date(position, event["date"], event.get("date_granularity"))
        merged.sources.setdefault(event["id"], {"event_id": merged.row[0], **occurrence.source})
        return merged

    def _candidates(self, day: str | None) -> list[int]:
        window = date_window(day)
        if window is None:
            return list(range(len(self.events)))
        first, last = window
        days = {d for d in self._by_day if first <= d <= last}
        return sorted([*self._loose, *(i for d in days for i in self._by_day[d])])

    def _index(self, position: int) -> None:
        day = self.events[position].row[3]
        if day and _FULL_DATE.fullmatch(day):
            self._by_day.setdefault(day, []).append(position)
        else:
            self._loose.append(position)

    def _fill_date(self, position: int, day: str, granularity: str | None) -> None:
        """The store's `date = coalesce(date, ?)`: a merged event without a date takes the report's."""
        merged = self.events[position]
        merged.date_granularity = merged.date_granularity or granularity
        if merged.row[3]:
            return
        merged.row[3] = day
        self._loose.remove(position)
        self._index(position)


def merge_group(occurrences: Iterable[Occurrence]) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Merge one key's reports in storage order; yields each event's export row and source rows."""
    group = MergeGroup()
    for occurrence in sorted(occurrences, key=lambda o: o.order):
        group.add(occurrence)
    for merged in group.events:
        yield export_row(merged), sorted(merged.sources.values(), key=lambda s: (s["article_id"], s["start"]))


def export_row(merged: MergedEvent) -> dict[str, Any]:
    """The flat export row (`dragoman export --what events --format parquet`) of a merged event."""
    sources = sorted(merged.sources.values(), key=lambda s: (s["article_id"], s["start"]))
    record = dict(merged.record)
    record.update(
        id=merged.row[0], date=merged.row[3], date_granularity=merged.date_granularity,
        num_articles=len({s["article_id"] for s in sources}),
        num_sources=len({s["site"] for s in sources if s["site"] is not None}),
        num_languages=len({s["language"] for s in sources if s["language"] is not None}),
        sources=sources,
    )
    return flat_event(plover_record(record))
