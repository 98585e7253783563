"""SQLite article store: one file, WAL, migrations, one transaction per article, FTS5 search."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dragoman.document import Document
from dragoman.errors import StoreError
from dragoman.store.analysis import save_analysis
from dragoman.store.dialect import Connection, Cursor, dialect_of, is_postgres
from dragoman.store.schema import MIGRATIONS, SCHEMA_VERSION


@dataclass
class StoredInput:
    """Provenance of one article: where it was read and what it was read from."""

    origin: str
    locator: str
    fingerprint: str
    raw: bytes
    raw_kind: str


class Store:
    """The article database; open with Store.open(path or postgresql:// URL) and close when done.

    The methods here hold for both backends (their SQL goes through dialect.py); opening,
    migrations and transactions are SQLite's here and PostgreSQL's in postgres.py."""

    def __init__(self, connection: Connection, path: str) -> None:
        self.connection = connection
        self.path = path

    @classmethod
    def open(cls, path: str | Path, readonly: bool = False, shared: bool = False) -> Store:
        """Open (creating and migrating unless readonly) the database at path, or the PostgreSQL
        database a postgresql:// URL names.

        `shared` lets another thread close the connection (a pool's owner at shutdown); it is still
        used by one thread at a time.
        """
        if is_postgres(path):
            from dragoman.store.postgres import PostgresStore

            return PostgresStore.connect(str(path), readonly=readonly)
        path = str(path)
        if readonly and path != ":memory:" and not Path(path).exists():
            raise StoreError(f"no database at {path} (run `dragoman ingest` first)")
        try:
            uri = f"file:{path}?mode=ro" if readonly else path
            connection = sqlite3.connect(uri, uri=readonly, timeout=30, isolation_level=None,
                                         check_same_thread=not shared)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {path}: {exc}") from exc
        store = cls(connection, path)
        try:
            store._prepare(readonly)
        except sqlite3.DatabaseError as exc:
            connection.close()
            raise StoreError(f"{path} is not a dragoman database ({exc})") from exc
        except StoreError:
            connection.close()
            raise
        return store

    def _prepare(self, readonly: bool) -> None:
        """Pragmas, then migrations (writable) or a schema check (read-only)."""
        assert isinstance(self.connection, sqlite3.Connection)
        self.connection.row_factory = sqlite3.Row
        self.connection.execute("PRAGMA foreign_keys = ON")
        if readonly:
            if self.schema_version() != SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} has schema {self.schema_version()}, expected {SCHEMA_VERSION}"
                )
            return
        self.connection.execute("PRAGMA journal_mode = WAL")
        self.connection.execute("PRAGMA synchronous = NORMAL")
        self.migrate()

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def schema_version(self) -> int:
        return int(self.connection.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Apply pending migrations, each in its own transaction."""
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by a newer dragoman (schema {current})")
        for version in range(current + 1, SCHEMA_VERSION + 1):
            with self.transaction() as cursor:
                for statement in _statements(MIGRATIONS[version - 1]):
                    cursor.execute(statement)
                cursor.execute(f"PRAGMA user_version = {version}")

    @contextmanager
    def transaction(self) -> Iterator[Cursor]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any error (including KeyboardInterrupt)."""
        cursor = self.connection.cursor()
        try:
            cursor.execute("BEGIN IMMEDIATE")
            yield cursor
            cursor.execute("COMMIT")
        except BaseException:
            cursor.execute("ROLLBACK")
            raise

    def input_status(self, fingerprint: str) -> str | None:
        row = self.connection.execute(
            "SELECT status FROM inputs WHERE fingerprint = ?", (fingerprint,)
        ).fetchone()
        return row["status"] if row else None

    def has_article(self, article_id: str) -> bool:
        query = "SELECT 1 FROM articles WHERE id = ?"
        return self.connection.execute(query, (article_id,)).fetchone() is not None

    def save_article(self, document: Document, source: StoredInput, minhash: bytes | None) -> str:
        """Store an article (or link a new source to an existing one); returns the outcome."""
        with self.transaction() as cursor:
            self.lock_for(cursor, document)
            existed = cursor.execute(
                "SELECT 1 FROM articles WHERE id = ?", (document.id,)
            ).fetchone()
            if not existed:
                _insert_article(cursor, document, source, minhash)
                save_analysis(cursor, document)
            cursor.execute(
                "INSERT INTO article_sources(article_id, origin, locator, doc, url) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (document.id, source.origin, source.locator, document.doc, document.source.url),
            )
            status = "duplicate" if existed else "stored"
            cursor.execute(
                "INSERT INTO inputs(fingerprint, origin, locator, article_id, status) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (fingerprint) DO UPDATE SET origin = excluded.origin, "
                "locator = excluded.locator, article_id = excluded.article_id, status = excluded.status",
                (source.fingerprint, source.origin, source.locator, document.id, status),
            )
        return status

    def lock_for(self, cursor: Cursor, document: Document) -> None:
        """Keep concurrent writers of the same article or events apart (SQLite: BEGIN IMMEDIATE
        already allows one writer at a time)."""

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        """(article id, MinHash bytes) of every stored article."""
        rows = self.connection.execute("SELECT id, minhash FROM articles WHERE minhash IS NOT NULL")
        for row in rows:
            yield row["id"], row["minhash"]

    def get_document(self, article_id: str) -> Document | None:
        """The stored document by full id or unique id prefix."""
        rows = self.connection.execute(
            "SELECT document_json FROM articles WHERE id LIKE ? LIMIT 2", (f"{article_id.lower()}%",)
        ).fetchall()
        if len(rows) != 1:
            return None
        return Document.from_json(json.loads(rows[0]["document_json"]))

    def get_document_by_doc(self, doc: str) -> Document | None:
        """The stored document read under this name (file name, record id or URL)."""
        row = self.connection.execute(
            "SELECT a.document_json FROM article_sources s JOIN articles a ON a.id = s.article_id "
            "WHERE s.doc = ? ORDER BY s.first_seen LIMIT 1", (doc,)
        ).fetchone()
        return Document.from_json(json.loads(row["document_json"])) if row else None

    def article_sources(self, article_id: str) -> list[dict[str, Any]]:
        rows = self.connection.execute(
            "SELECT origin, locator, doc, url, first_seen FROM article_sources "
            "WHERE article_id = ? ORDER BY first_seen, origin",
            (article_id,),
        )
        return [dict(row) for row in rows]

    def list_articles(
        self, search: str | None = None, lang: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Article summaries, newest first, optionally full-text searched and filtered."""
        where, params = [], []
        table, order = "articles a", f"ORDER BY a.published {dialect_of(self.connection).desc}, a.id"
        if search:
            table, match, order = self.full_text()
            where.append(match)
            params.append(self.full_text_query(search))
        if lang:
            where.append("a.lang = ?")
            params.append(lang)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        sql = (
            "SELECT a.id, a.doc, a.lang, a.published, a.title, a.url, a.near_duplicate_of, "
            f"length(a.text) AS chars FROM {table} {clause} {order} LIMIT ? OFFSET ?"
        )
        try:
            rows = self.connection.execute(sql, [*params, limit, offset]).fetchall()
        except self.errors as exc:
            raise StoreError(f"search failed: {exc}") from exc
        return [dict(row) for row in rows]

    errors: tuple[type[Exception], ...] = (sqlite3.OperationalError,)

    def full_text(self) -> tuple[str, str, str]:
        """FROM, the match condition (one parameter: the query) and ORDER BY of a full-text search."""
        return ("articles_fts f JOIN articles a ON a.rowid = f.rowid", "articles_fts MATCH ?",
                "ORDER BY bm25(articles_fts)")

    def full_text_query(self, text: str) -> str:
        return _fts_query(text)

    def count_articles(self) -> int:
        return int(self.connection.execute("SELECT count(*) FROM articles").fetchone()[0])


def _insert_article(
    cursor: Cursor, document: Document, source: StoredInput, minhash: bytes | None
) -> None:
    cursor.execute(
        "INSERT INTO articles(id, doc, lang, published, published_source, title, url, site, text, "
        "document_json, raw, raw_kind, raw_format, near_duplicate_of, similarity, minhash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            document.id,
            document.doc,
            document.lang,
            document.published,
            document.published_source,
            document.source.title,
            document.source.url,
            document.source.site,
            document.text,
            json.dumps(document.to_json(), ensure_ascii=False),
            source.raw,
            source.raw_kind,
            document.source.format,
            document.near_duplicate_of,
            document.similarity,
            minhash,
        ),
    )


def _statements(script: str) -> list[str]:
    """Split a migration script into statements, keeping trigger bodies whole."""
    statements, buffer = [], []
    for line in script.strip().splitlines():
        buffer.append(line)
        joined = "\n".join(buffer).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            statements.append(joined)
            buffer = []
    return statements


def _fts_query(text: str) -> str:
    """Quote each word so user text never breaks FTS5 syntax."""
    words = [w.replace('"', '""') for w in text.split()]
    return " ".join(f'"{w}"' for w in words) or '""'
