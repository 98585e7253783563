"""Issue 11 item 9: `dragoman bench api` generates a database, starts a server, loads it alone and
during an upload, and prints a row per endpoint (speed is measured by the command, not asserted)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from dragoman.cli.main import app
from tests.api.conftest import OTHERS, REPORTS


def test_bench_api_prints_rows_and_no_errors(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in list({**REPORTS, **OTHERS}.items())[:3]:
        (corpus / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, [
        "bench", "api", "--db", str(tmp_path / "load.db"), "--articles", "30", "--clients", "4",
        "--seconds", "1", "--workers", "1", "--upload", "3", "--corpus", str(corpus), "--markdown"])
    assert result.exit_code == 0, result.output
    rows = [line.split("|")[1:-1] for line in result.stdout.splitlines() if line.startswith("| reads")]
    endpoints = {cells[1].strip() for cells in rows}
    assert endpoints == {"events", "articles", "stats", "quotes", "search", "all"}
    assert {cells[0].strip() for cells in rows} == {"reads", "reads during upload"}
    assert all(int(cells[2]) > 0 and int(cells[6]) == 0 for cells in rows), result.stdout
    assert "30 articles" in result.stdout
