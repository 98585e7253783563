"""The analysis stages are named: replaced or left out from Python and the CLI, never by monkeypatching."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dragoman.cli.main import app
from dragoman.document import Document
from dragoman.errors import ConfigError
from dragoman.pipeline import STAGES, Pipeline, process
from dragoman.records import Mention
from dragoman.settings import DEFAULT_SETTINGS, Settings

TEXT = ("Kazakhstan and Uzbekistan signed a water agreement in Tashkent on Monday. "
        "“We will share the rivers fairly,” Tokayev said after the talks.")
PUBLISHED = "2024-05-22"


def _run(pipeline: Pipeline) -> Document:
    return pipeline.process(TEXT, lang="en", published=PUBLISHED)


def test_default_stages_run_in_order_and_declare_what_they_read_and_add() -> None:
    assert Pipeline().names == ["actors", "quotes", "events"]
    added = {field for stage in STAGES for field in stage.adds}
    assert added == {"mentions", "quotes", "events"}
    document = _run(Pipeline())
    assert document.mentions and document.quotes and document.events


def test_a_stage_left_out_adds_nothing_and_the_others_are_unchanged() -> None:
    full = _run(Pipeline())
    without = _run(Pipeline().without("events"))
    assert without.events == []
    assert without.mentions == full.mentions and without.quotes == full.quotes


def test_a_replaced_stage_feeds_the_stages_after_it() -> None:
    calls: list[str] = []

    def only_uzbekistan(document: Document, settings: Settings) -> Document:
        calls.append(document.text)
        start = document.text.index("Uzbekistan")
        document.mentions = [Mention(start, start + 10, "Uzbekistan", "STATE", "Uzbekistan", "UZB", "name",
                                     entity_key="UZB")]
        return document

    document = _run(Pipeline().replace("actors", only_uzbekistan))
    assert calls == [document.text]
    assert [m.code for m in document.mentions] == ["UZB"]
    speaker = document.quotes[0].speaker  # Tokayev is no known mention now: a stranger, uncoded
    assert speaker is not None and speaker.text == "Tokayev" and speaker.code is None
    known = _run(Pipeline()).quotes[0].speaker
    assert known is not None and known.code == "KAZ"
    codes = {e.code for event in document.events for e in (*event.actor, *event.recipient)}
    assert codes <= {"UZB"}


def test_a_stage_whose_input_is_left_out_is_an_error_naming_it() -> None:
    with pytest.raises(ConfigError, match="quotes reads mentions"):
        Pipeline().without("actors")
    assert Pipeline().without("actors", "quotes", "events").names == []
    assert Pipeline().only("actors", "events").names == ["actors", "events"]


def test_unknown_stage_names_are_errors_not_silent() -> None:
    for build in (lambda: Pipeline().without("event"), lambda: Pipeline().replace("actor", lambda d, s: d),
                  lambda: Pipeline(DEFAULT_SETTINGS.with_(stages=("actors", "quote")))):
        with pytest.raises(ConfigError, match="the stages are actors, quotes, events"):
            build()


def test_settings_choose_the_stages_of_process() -> None:
    document = process(TEXT, lang="en", published=PUBLISHED, settings=Settings(skip_stages=("events",)))
    assert document.mentions and document.quotes and not document.events
    document = process(TEXT, lang="en", published=PUBLISHED, settings=Settings(stages=("actors",)))
    assert document.mentions and not document.quotes and not document.events
    assert Pipeline(Settings(analyse=False)).names == []


def test_cli_stages_and_skip(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    skipped = runner.invoke(app, ["process", str(article), "--skip", "quotes,events"])
    assert skipped.exit_code == 0
    data = json.loads(skipped.stdout.splitlines()[0])
    assert data["mentions"] and data["quotes"] == [] and data["events"] == []
    only = runner.invoke(app, ["process", str(article), "--stages", "actors,quotes"])
    assert only.exit_code == 0 and json.loads(only.stdout.splitlines()[0])["quotes"]
    wrong = runner.invoke(app, ["ingest", str(article), "--db", str(tmp_path / "x.db"), "--skip", "actors"])
    assert wrong.exit_code != 0 and "quotes reads mentions" in wrong.output
    assert not (tmp_path / "x.db").exists()  # checked before the database is opened
