"""Database schema as an ordered list of migrations; PRAGMA user_version records the last applied."""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: articles with raw input, the sources each was read from, inputs already processed, FTS5.
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        doc TEXT NOT NULL,
        lang TEXT,
        published TEXT,
        published_source TEXT NOT NULL DEFAULT 'none',
        title TEXT,
        url TEXT,
        site TEXT,
        text TEXT NOT NULL,
        document_json TEXT NOT NULL,
        raw BLOB,
        raw_kind TEXT,
        raw_format TEXT,
        near_duplicate_of TEXT REFERENCES articles(id),
        similarity REAL,
        minhash BLOB,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX articles_lang ON articles(lang);
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_near ON articles(near_duplicate_of);
    CREATE TABLE article_sources (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        origin TEXT NOT NULL,
        locator TEXT NOT NULL DEFAULT '',
        doc TEXT NOT NULL,
        url TEXT,
        first_seen TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        PRIMARY KEY (article_id, origin, locator)
    );
    CREATE TABLE inputs (
        fingerprint TEXT PRIMARY KEY,
        origin TEXT NOT NULL,
        locator TEXT NOT NULL DEFAULT '',
        article_id TEXT REFERENCES articles(id) ON DELETE CASCADE,
        status TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
