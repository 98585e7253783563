"""Read-only connections for a multi-threaded server: one per thread, reused, closed together."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dragoman.store.sqlite import Store

_CACHE_ENTRIES = 256  # keys include user values (an actor code): bounded


class ReadPool:
    """Each worker thread gets its own read-only connection (sqlite3 objects must not be shared
    between threads at once); the pool keeps them open across requests and closes them all."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._stores: list[Store] = []
        self._cache: dict[str, tuple[tuple[int, ...], Any]] = {}
        Store.open(self.path, readonly=True).close()  # fail at start-up, not on the first request

    def store(self) -> Store:
        """This thread's read-only store, opened on first use."""
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = Store.open(self.path, readonly=True, shared=True)
            self._local.store = store
            with self._lock:
                self._stores.append(store)
        return store

    def connection(self) -> sqlite3.Connection:
        """This thread's connection."""
        return self.store().connection

    def cached(self, key: str, compute: Callable[[sqlite3.Connection], Any]) -> Any:
        """compute(connection), reused until the database files change (aggregates over the whole
        corpus cost tens of milliseconds and change only when an ingest commits)."""
        version = self._version()
        hit = self._cache.get(key)
        if hit is not None and hit[0] == version:
            return hit[1]
        value = compute(self.connection())
        if len(self._cache) >= _CACHE_ENTRIES:
            self._cache.clear()
        self._cache[key] = (version, value)
        return value

    def _version(self) -> tuple[int, ...]:
        """Size and modification time of the database and its write-ahead log."""
        stamp: list[int] = []
        for suffix in ("", "-wal"):
            try:
                info = os.stat(f"{self.path}{suffix}")
                stamp += [info.st_mtime_ns, info.st_size]
            except FileNotFoundError:
                stamp += [0, 0]
        return tuple(stamp)

    @property
    def size(self) -> int:
        """How many connections are open (one per thread that has served a request)."""
        return len(self._stores)

    def close(self) -> None:
        with self._lock:
            stores, self._stores = self._stores, []
        for store in stores:
            store.close()
        self._local = threading.local()
