"""PostgreSQL article store: the same Store over psycopg 3, shared by many writers and readers.

Writers never wait on each other except for the same article or the same kind of event between the
same parties (transaction-level advisory locks, taken in one order so that they cannot deadlock);
everything else is kept consistent by primary keys and ON CONFLICT."""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from dragoman.document import Document
from dragoman.errors import StoreError
from dragoman.store.analysis import codes_of, dyad_key
from dragoman.store.dialect import Cursor, PgConnection, pg_row
from dragoman.store.schema import SCHEMA_VERSION
from dragoman.store.schema_pg import BOOTSTRAP, PG_MIGRATIONS
from dragoman.store.sqlite import Store

_MIGRATION_LOCK = 0x64726167  # one migrating process at a time ("drag")


def safe_dsn(dsn: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", dsn)


def connect(dsn: str, readonly: bool = False) -> Any:
    """A psycopg connection in autocommit mode (transactions are explicit) with Row results."""
    import psycopg

    try:
        raw = psycopg.connect(dsn, autocommit=True, row_factory=pg_row)
    except psycopg.Error as exc:
        raise StoreError(f"cannot connect to {safe_dsn(dsn)}: {exc}") from exc
    if readonly:
        raw.execute("SET default_transaction_read_only = on")
    return raw


@contextmanager
def scratch_database(server: str, prefix: str = "dragoman_scratch") -> Iterator[str]:
    """A new empty database on the server of `server` (a URL whose user may create databases),
    dropped afterwards: for benchmarks and tests."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with connect(server) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    base, _, _ = server.partition("?")[0].rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        with connect(server) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def lock_key(text: str) -> int:
    """A signed 64-bit advisory lock key for a name."""
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big", signed=True)


class PostgresStore(Store):
    """The article database in PostgreSQL; Store.open("postgresql://…") returns one."""

    @classmethod
    def connect(cls, dsn: str, readonly: bool = False) -> PostgresStore:
        """Connect, then migrate (writable) or check the schema (read-only)."""
        store = cls.around(connect(dsn, readonly), dsn)
        try:
            if readonly:
                store.check_schema()
            else:
                store.migrate()
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def around(cls, raw: Any, dsn: str) -> PostgresStore:
        """A store over an open psycopg connection (one of a pool's)."""
        import psycopg

        store = cls(PgConnection(raw), safe_dsn(dsn))
        store.errors = (psycopg.Error,)
        return store

    def check_schema(self) -> None:
        version = self.schema_version()
        if version != SCHEMA_VERSION:
            hint = " (run `dragoman ingest` first)" if version == 0 else ""
            raise StoreError(f"{self.path} has schema {version}, expected {SCHEMA_VERSION}{hint}")

    def schema_version(self) -> int:
        found = self.connection.execute("SELECT to_regclass('schema_version')").fetchone()[0]
        if found is None:
            return 0
        return int(self.connection.execute("SELECT version FROM schema_version").fetchone()[0])

    def migrate(self) -> None:
        """Apply pending migrations, each in its own transaction, one migrating process at a time."""
        with self._wrapped("cannot migrate"):
            with self.transaction(notify=False) as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))
                for statement in BOOTSTRAP:
                    cursor.execute(statement)
            while True:
                with self.transaction(notify=False) as cursor:
                    cursor.execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))
                    current = int(cursor.execute("SELECT version FROM schema_version").fetchone()[0])
                    if current > SCHEMA_VERSION:
                        raise StoreError(f"{self.path} was written by a newer dragoman (schema {current})")
                    if current == SCHEMA_VERSION:
                        return
                    for statement in PG_MIGRATIONS[current]:
                        cursor.execute(statement)
                    cursor.execute("UPDATE schema_version SET version = ?", (current + 1,))

    @contextmanager
    def transaction(self, notify: bool = True) -> Iterator[Cursor]:
        """BEGIN … COMMIT, rolled back on any error; a commit bumps the change counter (notify).

        In pipeline mode: statements go out without waiting for each answer, and only a result that
        is read (a merge candidate) waits, so an article costs a few round trips, not one per row."""
        raw = self.connection.raw  # type: ignore[attr-defined]
        with raw.pipeline(), raw.transaction():
            yield self.connection.cursor()
        if notify:
            raw.execute("SELECT nextval('store_changes')")

    def changes(self) -> int:
        """How many writes have committed (a cache key for aggregates)."""
        row = self.connection.execute("SELECT last_value, is_called FROM store_changes").fetchone()
        return int(row[0]) if row[1] else 0

    def lock_for(self, cursor: Cursor, document: Document) -> None:
        """Advisory locks on the article and on each (event type, dyad) it may merge into, in key
        order: a concurrent writer of the same article or dyad waits until this one commits."""
        names = {f"article:{document.id}"}
        for event in document.events:
            actors, recipients = codes_of(event["actor"]), codes_of(event["recipient"])
            names.add(f"event:{event['event']}:{dyad_key(event['event'], actors, recipients)}")
        for key in sorted(lock_key(name) for name in names):
            cursor.execute("SELECT pg_advisory_xact_lock(?)", (key,))

    def full_text(self) -> tuple[str, str, str]:
        return ("articles a, plainto_tsquery('dragoman_text', ?) query", "a.fts @@ query",
                "ORDER BY ts_rank(a.fts, query) DESC, a.id")

    def full_text_query(self, text: str) -> str:
        return text

    @contextmanager
    def _wrapped(self, what: str) -> Iterator[None]:
        try:
            yield
        except self.errors as exc:
            raise StoreError(f"{what} {self.path}: {exc}") from exc
