"""Read connections for servers: one per thread, never shared at once, closed together; a file that
is not a database is named as such."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from dragoman.errors import StoreError
from dragoman.store import Store
from dragoman.store.pool import ReadPool


def test_each_thread_reads_through_its_own_connection(target: str | Path) -> None:
    Store.open(target).close()
    pool = ReadPool(target)
    seen: list[int] = []

    def read() -> None:
        first = pool.connection()
        assert first is pool.connection()  # reused within the thread
        assert first.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
        seen.append(id(first))

    threads = [threading.Thread(target=read) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(seen)) == 4 and pool.size == 4
    pool.close()
    assert pool.size == 0


def test_cached_values_last_until_the_database_changes(target: str | Path) -> None:
    Store.open(target).close()
    pool = ReadPool(target)
    calls: list[int] = []

    def count(connection: object) -> int:
        calls.append(1)
        return int(connection.execute("SELECT count(*) FROM quotes").fetchone()[0])  # type: ignore[attr-defined]

    assert pool.cached("quotes", count) == pool.cached("quotes", count) == 0
    assert len(calls) == 1
    with Store.open(target) as store, store.transaction() as cursor:
        cursor.execute("INSERT INTO articles(id, doc, text, document_json) VALUES ('a', 'a', 't', '{}')")
        cursor.execute("INSERT INTO quotes(id, article_id, start, \"end\", text) VALUES ('q', 'a', 0, 1, 't')")
    assert pool.cached("quotes", count) == 1 and len(calls) == 2
    pool.close()


@pytest.mark.parametrize("readonly", [True, False])
def test_a_file_that_is_not_a_database_is_named(tmp_path: Path, readonly: bool) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 200, encoding="utf-8")
    with pytest.raises(StoreError, match="is not a dragoman database"):
        Store.open(path, readonly=readonly)
    with pytest.raises(StoreError):
        ReadPool(path)
