"""The same schema for PostgreSQL: ordered migrations, recorded in a schema_version table.

Step N leaves the database as SQLite's step N does (schema.py), in PostgreSQL's own types: text in
byte order (COLLATE "C", as SQLite compares), bytea, double precision, and full-text search through a
generated tsvector column over a configuration that drops accents (unaccent) and lowercases."""

from __future__ import annotations

_TEXT = 'TEXT COLLATE "C"'
_NOW = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"

BOOTSTRAP = [
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)",
    "INSERT INTO schema_version(version) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM schema_version)",
    # bumped after every committed write: the API's caches of aggregates compare it (pool.py)
    "CREATE SEQUENCE IF NOT EXISTS store_changes",
]

PG_MIGRATIONS: list[list[str]] = [
    # 1: articles, their sources, inputs already processed; full-text search without accents.
    [
        "CREATE EXTENSION IF NOT EXISTS unaccent",
        "CREATE TEXT SEARCH CONFIGURATION dragoman_text (COPY = pg_catalog.simple)",
        "ALTER TEXT SEARCH CONFIGURATION dragoman_text ALTER MAPPING FOR word, numword, hword, hword_part, "
        "hword_numpart, numhword WITH unaccent, simple",
        f"""CREATE TABLE articles (
            id {_TEXT} PRIMARY KEY,
            doc {_TEXT} NOT NULL,
            lang {_TEXT},
            published {_TEXT},
            published_source {_TEXT} NOT NULL DEFAULT 'none',
            title {_TEXT},
            url {_TEXT},
            site {_TEXT},
            text {_TEXT} NOT NULL,
            document_json {_TEXT} NOT NULL,
            raw BYTEA,
            raw_kind {_TEXT},
            raw_format {_TEXT},
            near_duplicate_of {_TEXT} REFERENCES articles(id),
            similarity DOUBLE PRECISION,
            minhash BYTEA,
            ingested_at {_TEXT} NOT NULL DEFAULT {_NOW},
            fts TSVECTOR GENERATED ALWAYS AS
                (to_tsvector('dragoman_text'::regconfig, coalesce(title, '') || ' ' || text)) STORED
        )""",
        "CREATE INDEX articles_lang ON articles(lang)",
        "CREATE INDEX articles_published ON articles(published)",
        "CREATE INDEX articles_near ON articles(near_duplicate_of)",
        "CREATE INDEX articles_fts ON articles USING gin(fts)",
        f"""CREATE TABLE article_sources (
            article_id {_TEXT} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            origin {_TEXT} NOT NULL,
            locator {_TEXT} NOT NULL DEFAULT '',
            doc {_TEXT} NOT NULL,
            url {_TEXT},
            first_seen {_TEXT} NOT NULL DEFAULT {_NOW},
            PRIMARY KEY (article_id, origin, locator)
        )""",
        f"""CREATE TABLE inputs (
            fingerprint {_TEXT} PRIMARY KEY,
            origin {_TEXT} NOT NULL,
            locator {_TEXT} NOT NULL DEFAULT '',
            article_id {_TEXT} REFERENCES articles(id) ON DELETE CASCADE,
            status {_TEXT} NOT NULL
        )""",
    ],
    # 2: mentions, quotes, events merged across articles (seq: the order events were stored in).
    [
        f"""CREATE TABLE mentions (
            article_id {_TEXT} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text {_TEXT} NOT NULL,
            type {_TEXT} NOT NULL,
            entity_name {_TEXT},
            code {_TEXT},
            entity {_TEXT},
            role {_TEXT},
            matched {_TEXT},
            PRIMARY KEY (article_id, start)
        )""",
        "CREATE INDEX mentions_code ON mentions(code)",
        "CREATE INDEX mentions_entity ON mentions(entity)",
        f"""CREATE TABLE quotes (
            id {_TEXT} PRIMARY KEY,
            article_id {_TEXT} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text {_TEXT} NOT NULL,
            speaker_name {_TEXT},
            speaker_code {_TEXT},
            speaker_entity {_TEXT},
            verb {_TEXT},
            lang {_TEXT}
        )""",
        "CREATE INDEX quotes_speaker ON quotes(speaker_entity)",
        "CREATE INDEX quotes_code ON quotes(speaker_code)",
        f"""CREATE TABLE events (
            id {_TEXT} PRIMARY KEY,
            seq BIGINT GENERATED ALWAYS AS IDENTITY,
            event {_TEXT} NOT NULL,
            mode {_TEXT},
            quad_code INTEGER,
            event_scale DOUBLE PRECISION,
            actor_codes {_TEXT} NOT NULL,
            recipient_codes {_TEXT} NOT NULL,
            date {_TEXT},
            date_granularity {_TEXT},
            negated INTEGER NOT NULL DEFAULT 0,
            future INTEGER NOT NULL DEFAULT 0,
            hypothetical INTEGER NOT NULL DEFAULT 0,
            confidence DOUBLE PRECISION,
            num_articles INTEGER NOT NULL DEFAULT 1,
            num_sources INTEGER NOT NULL DEFAULT 1,
            num_languages INTEGER NOT NULL DEFAULT 1,
            record_json {_TEXT} NOT NULL
        )""",
        "CREATE INDEX events_type ON events(event)",
        "CREATE INDEX events_date ON events(date)",
        f"""CREATE TABLE event_participants (
            event_id {_TEXT} NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            side {_TEXT} NOT NULL,
            code {_TEXT} NOT NULL,
            PRIMARY KEY (event_id, side, code)
        )""",
        "CREATE INDEX event_participants_code ON event_participants(code)",
        f"""CREATE TABLE event_sources (
            event_id {_TEXT} NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            occurrence_id {_TEXT} NOT NULL,
            article_id {_TEXT} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            doc {_TEXT},
            url {_TEXT},
            site {_TEXT},
            language {_TEXT},
            start INTEGER,
            "end" INTEGER,
            sentence {_TEXT},
            cue {_TEXT},
            date {_TEXT},
            PRIMARY KEY (event_id, occurrence_id)
        )""",
        "CREATE INDEX event_sources_article ON event_sources(article_id)",
    ],
    # 3: indexes in the order the API lists things (newest first, NULLs last as SQLite sorts them).
    [
        "CREATE INDEX articles_newest ON articles(published DESC NULLS LAST, id)",
        "CREATE INDEX events_newest ON events(date DESC NULLS LAST, id)",
        "CREATE INDEX quotes_article ON quotes(article_id, start)",
        "CREATE INDEX event_sources_order ON event_sources(event_id, article_id, start)",
    ],
    # 4: events found for merging by type, dyad and date through one index.
    [
        f"ALTER TABLE events ADD COLUMN dyad {_TEXT}",
        "UPDATE events SET dyad = CASE WHEN event = 'CONSULT' THEN '?' "
        "ELSE actor_codes || '>' || recipient_codes END",
        "CREATE INDEX events_merge ON events(event, negated, dyad, date)",
    ],
]
