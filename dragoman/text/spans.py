"""Items with character spans found by position, so per-sentence look-ups stay linear in the text."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

T = TypeVar("T")
# Items longer than this (a quote running over paragraphs) are checked one by one, so that they do
# not widen the window searched for all the others.
_LONG = 2000


def attr_span(item: Any) -> tuple[int, int]:
    """The span of an object with .start and .end (Mention, TimeExpression)."""
    return item.start, item.end


class SpanIndex(Generic[T]):
    """Spans sorted by start: the items near a position in O(log n + k), not a scan of all n."""

    def __init__(self, items: Iterable[T], span: Callable[[Any], tuple[int, int]] = attr_span) -> None:
        self.items: list[T] = list(items)
        self._spans = [span(item) for item in self.items]
        short = [i for i, (start, end) in enumerate(self._spans) if end - start <= _LONG]
        self._long = [i for i, (start, end) in enumerate(self._spans) if end - start > _LONG]
        self._order = sorted(short, key=lambda i: self._spans[i][0])
        self._starts = [self._spans[i][0] for i in self._order]
        self._longest = max((self._spans[i][1] - self._spans[i][0] for i in short), default=0)

    def overlapping(self, start: int, end: int) -> list[T]:
        """Items whose span overlaps [start, end), in their original order."""
        return [self.items[i] for i in self._indices(start, end, inclusive=False)]

    def touching(self, start: int, end: int) -> list[T]:
        """Items overlapping [start, end] or ending/starting exactly at its edges, in original order."""
        return [self.items[i] for i in self._indices(start, end, inclusive=True)]

    def _indices(self, start: int, end: int, inclusive: bool) -> Sequence[int]:
        low = bisect_left(self._starts, start - self._longest)
        high = bisect_left(self._starts, end + 1 if inclusive else end)
        reach = start - 1 if inclusive else start
        stop = end + 1 if inclusive else end
        longer = [i for i in self._long if self._spans[i][0] < stop and self._spans[i][1] > reach]
        return sorted([i for i in self._order[low:high] if self._spans[i][1] > reach] + longer)


class GrowingSpans:
    """Mentions (objects with .start and .end) that a merge adds to one by one, found by position."""

    def __init__(self, items: Iterable[Any]) -> None:
        self._entries = sorted(((item.start, i, item) for i, item in enumerate(items)), key=lambda e: e[:2])
        self._count = len(self._entries)
        self._longest = max((item.end - item.start for *_, item in self._entries), default=0)

    def add(self, item: Any) -> None:
        """Take in one more item."""
        insort(self._entries, (item.start, self._count, item), key=lambda e: e[:2])
        self._count += 1
        self._longest = max(self._longest, item.end - item.start)

    def overlapping(self, start: int, end: int) -> list[Any]:
        """Items overlapping [start, end), in no particular order."""
        low = bisect_left(self._entries, start - self._longest, key=lambda e: e[0])
        high = bisect_left(self._entries, end, key=lambda e: e[0])
        return [item for _, _, item in self._entries[low:high] if item.end > start]
