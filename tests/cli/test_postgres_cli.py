"""The commands take a postgresql:// URL (--db or DRAGOMAN_DB) and print what they print for a SQLite
file: the same corpus gives the same events, quotes and documents through `dragoman ingest`."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from dragoman.cli.main import app
from tests.conftest import EXAMPLES

runner = CliRunner()


def _run(args: list[str], db: str) -> str:
    result = runner.invoke(app, args, env={"DRAGOMAN_DB": db, "COLUMNS": "200"})
    assert result.exit_code == 0, (args, result.output)
    return result.stdout


def test_ingest_then_every_reading_command_prints_the_same_on_both(db_path: Path, pg_db: str) -> None:
    outputs = []
    for db in (str(db_path), pg_db):
        runner.invoke(app, ["ingest", str(EXAMPLES / "text"), str(EXAMPLES / "records"), "--db", db])
        outputs.append([_run(args, db) for args in (
            ["export", "--what", "events"], ["export", "--what", "quotes", "--format", "csv"],
            ["export", "--what", "documents"], ["events", "--actor", "RUS", "--format", "json"],
            ["quotes", "--lang", "ru"], ["articles", "--json"], ["articles", "--search", "Бишкек"],
            ["actor", "RUS"])])
    sqlite, postgresql = outputs
    assert sqlite[0].count("\n") > 10
    assert postgresql[:-1] == sqlite[:-1]
    assert postgresql[-1].replace(pg_db, "DB") == sqlite[-1].replace(str(db_path), "DB")


def test_a_url_to_no_server_is_one_line_not_a_traceback() -> None:
    result = runner.invoke(app, ["events", "--db", "postgresql://me:pw@127.0.0.1:9/x?connect_timeout=2"])
    assert result.exit_code == 1
    assert "cannot connect to postgresql://me:***@127.0.0.1:9/x" in result.output
    assert "Traceback" not in result.output and "pw@" not in result.output
