"""The SQL written once for both databases: placeholders translated, quoted text left alone."""

from __future__ import annotations

from pathlib import Path

from dragoman.store.dialect import Row, as_target, is_postgres, pyformat
from dragoman.store.postgres import lock_key, safe_dsn


def test_placeholders_become_psycopg_ones_outside_quotes() -> None:
    assert pyformat("SELECT 1 FROM t WHERE a = ? AND b IN (?, '?')") == \
        "SELECT 1 FROM t WHERE a = %s AND b IN (%s, '?')"
    assert pyformat("SELECT \"end\" FROM t WHERE c LIKE '%x' AND d = ?") == \
        "SELECT \"end\" FROM t WHERE c LIKE '%%x' AND d = %s"


def test_rows_read_by_position_name_and_as_a_dict() -> None:
    row = Row(("a1", 3), {"id": 0, "count": 1})
    assert row[0] == row["id"] == "a1" and row["count"] == 3
    assert dict(row) == {"id": "a1", "count": 3} and tuple(row) == ("a1", 3)


def test_a_url_selects_postgresql_and_anything_else_is_a_file() -> None:
    assert is_postgres("postgresql://me@db/x") and is_postgres("postgres://db/x")
    assert as_target("postgresql://me@db/x") == "postgresql://me@db/x"
    assert as_target("corpus.db") == Path("corpus.db") and not is_postgres(Path("postgresql:/x"))


def test_passwords_stay_out_of_messages_and_lock_keys_are_stable() -> None:
    assert safe_dsn("postgresql://me:s3cret@db:5432/x") == "postgresql://me:***@db:5432/x"
    assert safe_dsn("postgresql://me@db/x") == "postgresql://me@db/x"
    assert lock_key("article:abc") == lock_key("article:abc") != lock_key("article:abd")
    assert -(2**63) <= lock_key("x") < 2**63
