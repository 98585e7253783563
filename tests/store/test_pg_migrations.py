"""PostgreSQL schema migrations: ordered steps from any recorded version, one migrating process at a
time, the same tables and columns as SQLite's."""

from __future__ import annotations

import threading
from pathlib import Path

from dragoman.store import Store
from dragoman.store.postgres import connect
from dragoman.store.schema import SCHEMA_VERSION
from dragoman.store.schema_pg import BOOTSTRAP, PG_MIGRATIONS


def test_every_sqlite_step_has_its_postgresql_step() -> None:
    assert len(PG_MIGRATIONS) == SCHEMA_VERSION


def test_an_older_database_is_brought_up_to_date_step_by_step(pg_db: str) -> None:
    with connect(pg_db) as raw:
        for statement in BOOTSTRAP + PG_MIGRATIONS[0] + PG_MIGRATIONS[1]:
            raw.execute(statement)
        raw.execute("UPDATE schema_version SET version = 2")
        raw.execute("INSERT INTO events(id, event, actor_codes, recipient_codes, record_json) "
                    "VALUES ('e1', 'ACCUSE', 'RUS', 'UKR', '{}')")
    with Store.open(pg_db) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.connection.execute("SELECT dyad FROM events").fetchone()[0] == "RUS>UKR"
        indexes = {r[0] for r in store.connection.execute("SELECT indexname FROM pg_indexes")}
        assert {"events_merge", "events_newest", "articles_fts"} <= indexes


def test_writers_starting_together_migrate_once(pg_db: str) -> None:
    errors: list[BaseException] = []

    def open_and_close() -> None:
        try:
            Store.open(pg_db).close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_and_close) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    with Store.open(pg_db, readonly=True) as store:
        assert store.schema_version() == SCHEMA_VERSION


def test_tables_and_columns_are_those_of_sqlite(db_path: Path, pg_db: str) -> None:
    with Store.open(db_path) as lite:
        sqlite = {(table, column) for (table,) in lite.connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'articles_fts%'")
            for column in [r["name"] for r in lite.connection.execute(f"PRAGMA table_info({table})")]}
    with Store.open(pg_db) as store:
        postgresql = {(r[0], r[1]) for r in store.connection.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'")}
    extra = {("articles", "fts"), ("events", "seq"), ("schema_version", "version")}
    assert postgresql == sqlite | extra
