"""Items with character spans found by position, so per-sentence look-ups stay linear in the text."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

T = TypeVar("T")


def dict_span(item: Any) -> tuple[int, int]:
    """The span of a mention, quote or event as a dict ('start', 'end')."""
    return item["start"], item["end"]


def attr_span(item: Any) -> tuple[int, int]:
    """The span of an object with .start and .end (Mention, TimeExpression)."""
    return item.start, item.end


class SpanIndex(Generic[T]):
    """Spans sorted by start: the items near a position in O(log n + k), not a scan of all n."""

    def __init__(self, items: Iterable[T], span: Callable[[Any], tuple[int, int]] = dict_span) -> None:
        self.items: list[T] = list(items)
        self._spans = [span(item) for item in self.items]
        self._order = sorted(range(len(self.items)), key=lambda i: self._spans[i][0])
        self._starts = [self._spans[i][0] for i in self._order]
        self._longest = max((end - start for start, end in self._spans), default=0)

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
        return sorted(i for i in self._order[low:high] if self._spans[i][1] > reach)
