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

MIGRATIONS.append(
    # 2: what the analysis stages found: mentions, quotes, events merged across articles.
    """
    CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        type TEXT NOT NULL,
        entity_name TEXT,
        code TEXT,
        entity TEXT,
        role TEXT,
        matched TEXT,
        PRIMARY KEY (article_id, start)
    );
    CREATE INDEX mentions_code ON mentions(code);
    CREATE INDEX mentions_entity ON mentions(entity);
    CREATE TABLE quotes (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        speaker_name TEXT,
        speaker_code TEXT,
        speaker_entity TEXT,
        verb TEXT,
        lang TEXT
    );
    CREATE INDEX quotes_speaker ON quotes(speaker_entity);
    CREATE INDEX quotes_code ON quotes(speaker_code);
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        event TEXT NOT NULL,
        mode TEXT,
        quad_code INTEGER,
        event_scale REAL,
        actor_codes TEXT NOT NULL,
        recipient_codes TEXT NOT NULL,
        date TEXT,
        date_granularity TEXT,
        negated INTEGER NOT NULL DEFAULT 0,
        future INTEGER NOT NULL DEFAULT 0,
        hypothetical INTEGER NOT NULL DEFAULT 0,
        confidence REAL,
        num_articles INTEGER NOT NULL DEFAULT 1,
        num_sources INTEGER NOT NULL DEFAULT 1,
        num_languages INTEGER NOT NULL DEFAULT 1,
        record_json TEXT NOT NULL
    );
    CREATE INDEX events_type ON events(event);
    CREATE INDEX events_date ON events(date);
    CREATE TABLE event_participants (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        side TEXT NOT NULL,
        code TEXT NOT NULL,
        PRIMARY KEY (event_id, side, code)
    );
    CREATE INDEX event_participants_code ON event_participants(code);
    CREATE TABLE event_sources (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        occurrence_id TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        doc TEXT,
        url TEXT,
        site TEXT,
        language TEXT,
        start INTEGER,
        end INTEGER,
        sentence TEXT,
        cue TEXT,
        date TEXT,
        PRIMARY KEY (event_id, occurrence_id)
    );
    CREATE INDEX event_sources_article ON event_sources(article_id);
    """
)

MIGRATIONS.append(
    # 3: indexes in the order the API lists things (newest first, ties by id), so that a page is
    # read from the index instead of sorting the whole table for every request.
    """
    CREATE INDEX articles_newest ON articles(published DESC, id);
    CREATE INDEX events_newest ON events(date DESC, id);
    CREATE INDEX quotes_article ON quotes(article_id, start);
    CREATE INDEX event_sources_order ON event_sources(event_id, article_id, start);
    """
)

MIGRATIONS.append(
    # 4: events found for merging by type, dyad and date through one index, not by a scan of every
    # stored event of the type. The dyad of a CONSULT is its parties in any order, which SQL cannot
    # sort here: those of older databases get '?' and are always candidates (analysis.py).
    """
    ALTER TABLE events ADD COLUMN dyad TEXT;
    UPDATE events SET dyad = CASE WHEN event = 'CONSULT' THEN '?'
        ELSE actor_codes || '>' || recipient_codes END;
    CREATE INDEX events_merge ON events(event, negated, dyad, date);
    """
)

SCHEMA_VERSION = len(MIGRATIONS)
