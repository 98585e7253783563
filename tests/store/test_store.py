"""The store on SQLite and PostgreSQL: migrations, WAL, full-text search, provenance."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import dragoman
from dragoman.errors import StoreError
from dragoman.store import Store, StoredInput
from dragoman.store.dialect import database_errors
from dragoman.store.schema import SCHEMA_VERSION


def _save(store: Store, text: str, origin: str = "a.txt") -> str:
    document = dragoman.process(text)
    provenance = StoredInput(origin, "", f"fp-{origin}-{document.id}", text.encode(), "text")
    return store.save_article(document, provenance, None)


def test_new_database_is_migrated_and_in_wal_mode(db_path: Path) -> None:
    with Store.open(db_path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        mode = store.connection.execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"


def test_full_text_search_ignores_accents_and_case(target: str | Path) -> None:
    with Store.open(target) as store:
        _save(store, "Le président Tokaïev a reçu le ministre français des Affaires étrangères.")
        _save(
            store,
            "Der Bundeskanzler empfing den Präsidenten Kasachstans im Kanzleramt in Berlin.",
            "b.txt",
        )
        assert [r["lang"] for r in store.list_articles(search="tokaiev")] == ["fr"]
        assert [r["lang"] for r in store.list_articles(search="PRÄSIDENTEN")] == ["de"]
        assert store.list_articles(search='odd "quote AND (') == []
        assert len(store.list_articles(lang="de")) == 1


def test_same_article_from_second_source_is_linked_not_copied(target: str | Path) -> None:
    text = "The ministers of Uzbekistan and Tajikistan met in Dushanbe to discuss water and energy."
    with Store.open(target) as store:
        assert _save(store, text, "site-a.txt") == "stored"
        assert _save(store, text, "site-b.txt") == "duplicate"
        assert store.count_articles() == 1
        article_id = store.list_articles()[0]["id"]
        assert [s["origin"] for s in store.article_sources(article_id)] == [
            "site-a.txt",
            "site-b.txt",
        ]


def test_raw_input_is_kept_beside_the_document(target: str | Path) -> None:
    text = "Brazil and Argentina signed a trade protocol in Brasília on Wednesday after long talks."
    with Store.open(target) as store:
        _save(store, text)
        row = store.connection.execute("SELECT raw, document_json FROM articles").fetchone()
        assert row["raw"] == text.encode()
        document = store.get_document(store.list_articles()[0]["id"][:6])
        assert document is not None and document.text == text


def test_readonly_open_of_missing_db_fails_clearly(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        Store.open(tmp_path / "missing.db", readonly=True)


def test_newer_schema_is_refused(db_path: Path) -> None:
    Store.open(db_path).close()
    connection = sqlite3.connect(db_path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    connection.close()
    with pytest.raises(StoreError, match="newer dragoman"):
        Store.open(db_path)


def test_one_meeting_told_in_two_languages_is_one_event_with_two_sources(tmp_path: Path, target: str | Path) -> None:
    from dragoman.ingest import Ingester
    from dragoman.settings import DEFAULT_SETTINGS
    from dragoman.store.queries import EventFilter, list_events

    (tmp_path / "en.txt").write_text(
        "Russian Foreign Minister Sergey Lavrov met Kazakh President Kassym-Jomart Tokayev in Astana "
        "on 20 May 2024 to discuss trade and energy.", encoding="utf-8")
    (tmp_path / "pt.txt").write_text(
        "O presidente do Cazaquistão, Kassym-Jomart Tokayev, reuniu-se com o ministro das Relações "
        "Exteriores da Rússia, Sergey Lavrov, em Astana, em 20 de maio de 2024.", encoding="utf-8")
    with Store.open(target) as store:
        Ingester(store, DEFAULT_SETTINGS).run([str(tmp_path / "en.txt"), str(tmp_path / "pt.txt")])
        meetings = [e for e in list_events(store.connection, EventFilter(event="CONSULT"))]
    assert len(meetings) == 1
    meeting = meetings[0]
    assert (meeting["num_articles"], meeting["num_languages"]) == (2, 2)
    assert meeting["date"] == "2024-05-20"


def test_postgresql_records_its_schema_version_and_refuses_a_newer_one(pg_db: str) -> None:
    with Store.open(pg_db) as store:
        assert store.schema_version() == SCHEMA_VERSION
        store.migrate()  # nothing left to apply
        store.connection.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 5,))
    with pytest.raises(StoreError, match="newer dragoman"):
        Store.open(pg_db)


def test_postgresql_database_without_dragoman_tables_is_refused_for_reading(pg_db: str) -> None:
    with pytest.raises(StoreError, match="run `dragoman ingest` first"):
        Store.open(pg_db, readonly=True)


def test_postgresql_unreachable_server_is_one_clear_error() -> None:
    with pytest.raises(StoreError, match=r"cannot connect to postgresql://someone:\*\*\*@127.0.0.1:9/"):
        Store.open("postgresql://someone:secret@127.0.0.1:9/nothing?connect_timeout=2")


def test_postgresql_readonly_store_cannot_write(pg_db: str) -> None:
    Store.open(pg_db).close()
    with Store.open(pg_db, readonly=True) as store, pytest.raises(database_errors(), match="read-only"):
        _save(store, "The ministers of Chile and Peru met in Lima on Monday to discuss fisheries.")
