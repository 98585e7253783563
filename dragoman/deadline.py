"""A per-article time budget: long inputs are rejected with a reason instead of stalling a batch."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, wraps
from typing import ParamSpec, TypeVar

from dragoman.errors import InputRejected


class Deadline:
    """When one article's processing must stop; checked between stages and inside long loops."""

    def __init__(self, seconds: float | None, origin: str, locator: str = "", chars: int = 0) -> None:
        self.seconds = seconds
        self.origin = origin
        self.locator = locator
        self.chars = chars
        self.started = time.monotonic()
        self.ends = None if seconds is None else self.started + seconds

    def extend(self, seconds: float) -> None:
        """Give the article `seconds` more (time it spent waiting on one-time loading)."""
        if self.ends is not None:
            self.ends += seconds

    def check(self, where: str) -> None:
        """Raise InputRejected naming the article once its budget is spent."""
        if self.ends is not None and time.monotonic() > self.ends:
            size = f"{self.chars:,} characters; " if self.chars else ""
            reason = (f"time budget exceeded: over {self.seconds:g} s, stopped at {where} ({size}"
                      f"setting article_time_budget_s)")
            raise InputRejected(self.origin, reason, self.locator)


_CURRENT: ContextVar[Deadline | None] = ContextVar("dragoman_deadline", default=None)
_SETTING_UP: ContextVar[bool] = ContextVar("dragoman_setting_up", default=False)


@contextmanager
def deadline_scope(deadline: Deadline) -> Iterator[Deadline]:
    """Make `deadline` the one check_deadline() sees in this thread or task while the block runs."""
    token = _CURRENT.set(deadline)
    try:
        yield deadline
    finally:
        _CURRENT.reset(token)


@contextmanager
def setting_up() -> Iterator[None]:
    """Loading done once per process (knowledge base, automata, dictionaries) is not charged to the
    article that happens to need it first: its deadline moves by the time the block takes."""
    deadline = _CURRENT.get()
    if deadline is None or _SETTING_UP.get():
        yield
        return
    token = _SETTING_UP.set(True)
    started = time.monotonic()
    try:
        yield
    finally:
        _SETTING_UP.reset(token)
        deadline.extend(time.monotonic() - started)


P = ParamSpec("P")
T = TypeVar("T")


def loaded_once(load: Callable[P, T]) -> Callable[P, T]:
    """functools.cache for loaders: the first call's time is setting up, not the article's."""
    @wraps(load)
    def timed(*args: P.args, **kwargs: P.kwargs) -> T:
        with setting_up():
            return load(*args, **kwargs)
    return cache(timed)  # type: ignore[return-value]


def check_deadline(where: str) -> None:
    """Stop the article at hand if its budget is spent; costs one clock read otherwise."""
    deadline = _CURRENT.get()
    if deadline is not None:
        deadline.check(where)
