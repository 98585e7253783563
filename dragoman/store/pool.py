"""Read-only connections for a multi-threaded server: one per thread, reused, closed together
(SQLite files opened read-only; PostgreSQL connections lent by a psycopg_pool pool)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dragoman.settings import DEFAULT_SETTINGS
from dragoman.store.dialect import Connection, is_postgres
from dragoman.store.sqlite import Store

_CACHE_ENTRIES = 256  # keys include user values (an actor code): bounded


class ReadPool:
    """Each worker thread gets its own read-only connection (sqlite3 objects must not be shared
    between threads at once); the pool keeps them open across requests and closes them all."""

    def __init__(self, path: str | Path, size: int = DEFAULT_SETTINGS.pg_read_connections) -> None:
        self.target = str(path)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._stores: list[Store] = []
        self._cache: dict[str, tuple[tuple[int, ...], Any]] = {}
        self._lender: Any = None
        Store.open(path, readonly=True).close()  # fail at start-up, not on the first request
        if is_postgres(self.target):
            from dragoman.store.pg_pool import open_lender

            self._lender = open_lender(self.target, size)

    def store(self) -> Store:
        """This thread's read-only store, opened on first use."""
        store: Store | None = getattr(self._local, "store", None)
        if store is None or (self._lender is not None and self._lender.broken(store)):
            store = self._lender.lend() if self._lender else Store.open(self.target, readonly=True,
                                                                       shared=True)
            self._local.store = store
            with self._lock:
                self._stores.append(store)
        return store

    def connection(self) -> Connection:
        """This thread's connection."""
        return self.store().connection

    def cached(self, key: str, compute: Callable[[Connection], Any]) -> Any:
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
        """Size and modification time of the database and its write-ahead log (PostgreSQL: the
        number of committed writes)."""
        if self._lender is not None:
            return (self._lender.changes(self.store()),)
        stamp: list[int] = []
        for suffix in ("", "-wal"):
            try:
                info = os.stat(f"{self.target}{suffix}")
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
            if self._lender is not None:
                self._lender.give_back(store)
            else:
                store.close()
        if self._lender is not None:
            self._lender.close()
        self._local = threading.local()
