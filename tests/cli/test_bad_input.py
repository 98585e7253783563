"""Issue 11 item 3: every command, given bad values, ends with a clear message and a non-zero exit
code (2 for a usage error, 1 otherwise), never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from dragoman.cli.main import app
from dragoman.store import Store
from tests.conftest import REPO

runner = CliRunner()
HUGE = "100000000000000000000"
# command path -> [(arguments, words the message must hold)]; every command must be here.
# {bad}: a file that is not SQLite; {db}: an empty dragoman database; {missing}: no such file.
BAD: dict[str, list[tuple[list[str], str]]] = {
    "ingest": [(["{missing}", "--db", "{bad}"], "not a dragoman database"),
               (["{missing}", "--db", "{db}", "--field", "nonsense"], "--field expects")],
    "process": [(["{missing}", "--format", "xml"], "unsupported --format"),
                (["{missing}"], "no such file")],
    "articles": [(["--db", "{bad}"], "not a dragoman database"), (["--limit", "-5"], "--limit"),
                 (["--offset", HUGE], "--offset"), (["--lang", "english"], "not a language code")],
    "show": [(["abc", "--db", "{bad}"], "not a dragoman database"),
             (["abc", "--db", "{db}"], "no single article")],
    "events": [(["--from", "yesterday"], "not a date"), (["--to", "2024-13-01"], "not a date"),
               (["--limit", "-5"], "--limit"), (["--quad", "9"], "--quad"),
               (["--type", "HUG"], "not a PLOVER type"), (["--format", "xml"], "not a format"),
               (["--db", "{bad}"], "not a dragoman database"), (["--db", "{missing}"], "no database")],
    "quotes": [(["--limit", "0"], "--limit"), (["--db", "{bad}"], "not a dragoman database"),
               (["--format", "xml"], "not a format")],
    "export": [(["--db", "{bad}"], "not a dragoman database"),
               (["--db", "{db}", "--what", "nothing"], "--what must be"),
               (["--db", "{db}", "--format", "xml"], "xml")],
    "actors search": [(["Kaz", "--limit", "-5"], "--limit"), (["Kaz", "--actors", "{missing}"], "cannot read")],
    "actors import-wikidata": [(["{missing}", "-o", "{out}"], "cannot read")],
    "actor": [(["zzzzqqqq"], "no actor matches"), (["KAZ", "--db", "{bad}"], "not a dragoman database")],
    "serve": [(["--db", "{bad}"], "not a dragoman database"), (["--db", "{missing}"], "no database"),
              (["--db", "{db}", "--port", "99999"], "--port"), (["--db", "{db}", "--workers", "0"], "--workers")],
    "eval": [(["--gold", "{missing}"], "does not exist"), (["--gold", "{bad}"], "is not json"),
             (["--gold", str(REPO / "gold" / "examples.jsonl"), "--db", "{bad}"], "not a dragoman")],
    "bench extraction": [(["--data", "{missing}"], "does not exist")],
    "bench langid": [(["--data", "{missing}"], "does not exist")],
    "bench ner": [(["--data", "{missing}"], "does not exist")],
    "bench plover": [(["--data", "{missing}"], "does not exist")],
    "bench dates": [(["--data", "{missing}"], "does not exist")],
    "bench all": [(["--data", "{missing}"], "does not exist")],
    "bench speed": [(["{missing}"], "does not exist"), (["--articles", "0"], "--articles")],
    "spark": [(["{missing}"], "the output folder"), (["{missing}", "{out}", "--conf", "nonsense"], "KEY=VALUE")],
    "load-parquet": [(["{missing}"], "does not exist"), (["{empty}", "--db", "{bad}"], "not a dragoman database")],
    "bench spark": [(["--corpus", "{missing}"], "does not exist")],
    "bench api": [(["--clients", "0"], "--clients"), (["--seconds", "0"], "--seconds"),
                  (["--corpus", "{missing}", "--db", "{out}"], "no corpus")],
}


def _commands(group: object, prefix: str = "") -> list[str]:
    found = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        path = f"{prefix}{name}"
        found += _commands(command, f"{path} ") if hasattr(command, "commands") else [path]
    return found


def test_every_command_is_walked() -> None:
    assert sorted(_commands(typer.main.get_command(app))) == sorted(BAD)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    bad = tmp_path / "notes.db"
    bad.write_text("not a database, just notes\n" * 200, encoding="utf-8")
    Store.open(tmp_path / "empty.db").close()
    (tmp_path / "empty").mkdir()
    return {"empty": str(tmp_path / "empty"), "bad": str(bad), "db": str(tmp_path / "empty.db"), "missing": str(tmp_path / "none"),
            "out": str(tmp_path / "out.toml")}


@pytest.mark.parametrize(("command", "arguments", "words"),
                         [(command, args, words) for command, cases in BAD.items() for args, words in cases])
def test_bad_values_end_with_a_message(files: dict[str, str], command: str, arguments: list[str],
                                       words: str) -> None:
    args = [*command.split(), *(a.format(**files) for a in arguments)]
    result = runner.invoke(app, args, env={"DRAGOMAN_DB": files["db"]})
    assert result.exit_code in (1, 2), (args, result.exit_code, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    assert words.lower() in " ".join(result.output.lower().split()), result.output
