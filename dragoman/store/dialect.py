"""What differs between SQLite and PostgreSQL SQL, so that one set of queries serves both."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol


@dataclass(frozen=True)
class Dialect:
    """SQL fragments that the two databases spell differently."""

    name: str
    storage_order: str  # a column in insertion order (SQLite's rowid, a sequence in PostgreSQL)
    merge_index: str  # the hint that makes SQLite use the merge index (PostgreSQL plans it alone)
    full_date: str  # a predicate: {0} is a plain YYYY-MM-DD date
    week: str  # the Monday (YYYY-MM-DD) of the week of the full date {0}
    like: str  # case-insensitive LIKE (SQLite's LIKE ignores ASCII case)
    desc: str  # descending with NULLs last, SQLite's order
    asc: str  # ascending with NULLs first, SQLite's order
    join_in_order: str  # a join that keeps the left table outside (SQLite's CROSS JOIN)


SQLITE = Dialect(
    name="sqlite", storage_order="rowid", merge_index="INDEXED BY events_merge",
    full_date="{0} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'",
    week="date({0}, 'weekday 0', '-6 days')", like="LIKE", desc="DESC", asc="ASC",
    join_in_order="CROSS JOIN",
)
POSTGRES = Dialect(
    name="postgresql", storage_order="seq", merge_index="",
    full_date="{0} ~ '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}$'",
    week="to_char(date_trunc('week', ({0})::date), 'YYYY-MM-DD')", like="ILIKE",
    desc="DESC NULLS LAST", asc="ASC NULLS FIRST", join_in_order="JOIN",
)


class Cursor(Protocol):
    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Any: ...

    def executemany(self, sql: str, parameters: Any, /) -> Any: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


class Connection(Protocol):
    """What the query layer uses of a connection: sqlite3's, or PgConnection below."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Any: ...

    def executemany(self, sql: str, parameters: Any, /) -> Any: ...

    def cursor(self) -> Any: ...

    def close(self) -> None: ...


Target = str | Path  # a SQLite file, or a postgresql:// URL (kept a str: a Path would lose its //)


def is_postgres(target: Target) -> bool:
    """A postgresql:// (or postgres://) URL rather than a SQLite file."""
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


def as_target(value: Target) -> Target:
    """A --db value or $DRAGOMAN_DB: a URL as given, anything else a file path."""
    return value if is_postgres(value) else Path(value)


def database_errors() -> tuple[type[Exception], ...]:
    """The exceptions the database drivers raise (psycopg's only when it was loaded)."""
    errors: tuple[type[Exception], ...] = (sqlite3.Error,)
    psycopg = sys.modules.get("psycopg")
    return (*errors, psycopg.Error) if psycopg is not None else errors


def dialect_of(connection: Connection | Cursor) -> Dialect:
    if isinstance(connection, sqlite3.Connection | sqlite3.Cursor):
        return SQLITE
    return POSTGRES


@lru_cache(maxsize=512)
def pyformat(sql: str) -> str:
    """SQLite's ? placeholders as psycopg's %s (a literal % doubled); quoted text left alone."""
    out: list[str] = []
    quote = ""
    for char in sql:
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char == "?":
            out.append("%s")
            continue
        if char == "%":
            out.append("%%")
            continue
        out.append(char)
    return "".join(out)


class Row(tuple[Any, ...]):
    """A result row read by position or column name, and dict(row) as sqlite3.Row allows."""

    _index: dict[str, int]

    def __new__(cls, values: Sequence[Any], index: dict[str, int]) -> Row:
        row = super().__new__(cls, values)
        row._index = index
        return row

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return super().__getitem__(self._index[key])
        return super().__getitem__(key)

    def keys(self) -> list[str]:
        return list(self._index)


def pg_row(cursor: Any) -> Any:
    """psycopg row factory making Row objects."""
    index = {column.name: n for n, column in enumerate(cursor.description or ())}
    return lambda values: Row(values, index)


class PgCursor:
    """A psycopg cursor taking the query layer's ?-style SQL."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> PgCursor:
        self.raw.execute(pyformat(sql), parameters)
        return self

    def executemany(self, sql: str, parameters: Any, /) -> PgCursor:
        self.raw.executemany(pyformat(sql), list(parameters))
        return self

    def fetchone(self) -> Any:
        return self.raw.fetchone()

    def fetchall(self) -> list[Any]:
        return list(self.raw.fetchall())

    def __iter__(self) -> Iterator[Any]:
        return iter(self.raw)


class PgConnection:
    """A psycopg connection (autocommit; transactions are explicit) with sqlite3's calling style."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def cursor(self) -> PgCursor:
        return PgCursor(self.raw.cursor())

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> PgCursor:
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Any, /) -> PgCursor:
        return self.cursor().executemany(sql, parameters)

    def close(self) -> None:
        self.raw.close()
