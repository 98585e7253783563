"""The CLI is a thin layer: exit codes, summaries, JSON output, --help with examples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dragoman.cli.main import app

runner = CliRunner()
FR = "Le ministre kazakh a rencontré son homologue français à Paris pour parler d'uranium et d'énergie."
DE = "Der kasachische Präsident empfing den Bundeskanzler in Astana zu Gesprächen über Rohstoffe."


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "fr.txt").write_text(FR, encoding="utf-8")
    (folder / "de.txt").write_text(DE, encoding="utf-8")
    (folder / "bad.jsonl").write_text("{oops\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("command", ["ingest", "process", "articles", "show"])
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Example: dragoman" in result.output


def test_ingest_then_list_search_and_show(corpus: Path, db_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(db_path), "-q"])
    assert result.exit_code == 0
    assert "stored 2" in result.output and "rejected 1" in result.output
    assert "bad.jsonl (line 1): malformed JSON" in result.output
    listed = runner.invoke(app, ["articles", "--db", str(db_path), "--json", "--lang", "de"])
    [row] = [json.loads(line) for line in listed.stdout.splitlines()]
    assert row["doc"] == "de.txt"
    found = runner.invoke(app, ["articles", "--db", str(db_path), "--json", "--search", "uranium"])
    assert [json.loads(x)["doc"] for x in found.stdout.splitlines()] == ["fr.txt"]
    shown = runner.invoke(app, ["show", row["id"][:8], "--db", str(db_path), "--json"])
    document = json.loads(shown.stdout)
    assert document["text"] == DE and document["sources"][0]["origin"].endswith("de.txt")


def test_ingest_exit_codes(tmp_path: Path, corpus: Path, db_path: Path) -> None:
    (tmp_path / "only-bad").mkdir()
    (tmp_path / "only-bad" / "x.bin").write_bytes(b"\x00\x01\x02" * 50)
    nothing = runner.invoke(app, ["ingest", str(tmp_path / "only-bad"), "--db", str(db_path), "-q"])
    assert nothing.exit_code == 1 and "binary file" in nothing.output
    strict = runner.invoke(app, ["ingest", str(corpus), "--db", str(db_path), "-q", "--strict"])
    assert strict.exit_code == 1
    rerun = runner.invoke(app, ["ingest", str(corpus / "fr.txt"), "--db", str(db_path), "-q"])
    assert rerun.exit_code == 0


def test_process_prints_one_document_per_article(corpus: Path) -> None:
    result = runner.invoke(app, ["process", str(corpus / "fr.txt"), str(corpus / "de.txt")])
    documents = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["lang"] for d in documents] == ["fr", "de"]
    assert documents[0]["paragraphs"] == [{"start": 0, "end": len(FR), "lang": "fr"}]


def test_process_reads_standard_input() -> None:
    result = runner.invoke(app, ["process", "-"], input=DE)
    assert json.loads(result.stdout)["doc"] == "stdin"


def test_show_unknown_id_and_missing_db(tmp_path: Path, corpus: Path, db_path: Path) -> None:
    missing = runner.invoke(app, ["articles", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and "no database" in missing.output
    runner.invoke(app, ["ingest", str(corpus), "--db", str(db_path), "-q"])
    unknown = runner.invoke(app, ["show", "ffffffff", "--db", str(db_path)])
    assert unknown.exit_code == 1 and "no single article" in unknown.output


def test_event_exports_keep_the_date_granularity(tmp_path: Path, db_path: Path) -> None:
    folder = tmp_path / "dated"
    folder.mkdir()
    (folder / "ru.txt").write_text(
        "Министр иностранных дел России Сергей Лавров 12 марта 2025 года провёл переговоры в Москве "
        "с министром иностранных дел Казахстана Муратом Нуртлеу.", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(folder), "--db", str(db_path), "-q"]).exit_code == 0
    rows = runner.invoke(app, ["events", "--db", str(db_path), "--format", "csv"]).output.splitlines()
    header, first = rows[0].split(","), rows[1].split(",")
    assert first[header.index("date")] == "2025-03-12" and first[header.index("date_granularity")] == "day"
    out = tmp_path / "events.jsonl"
    assert runner.invoke(app, ["export", "--db", str(db_path), "-o", str(out)]).exit_code == 0
    record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert record["date_granularity"] == "day" and record["date_resolution"]
