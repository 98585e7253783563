"""`dragoman events`, `dragoman quotes` and `dragoman export`: query and export analysed articles."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from dragoman import checks
from dragoman.cli.common import DbOption, LangOption, checked, date_option, fail, limit_option, open_store
from dragoman.errors import DragomanError
from dragoman.exports import EVENT_COLUMNS, flat_event, plover_record, write_records
from dragoman.store.queries import EventFilter, list_events, list_quotes

stdout = Console(highlight=False, width=160)
FORMATS = {"json": "jsonl", "jsonl": "jsonl", "csv": "csv"}


def _format(value: str) -> str:
    if value != "table" and value not in FORMATS:
        raise ValueError(f"{value!r} is not a format: choose table, json or csv")
    return value


FormatOption = typer.Option("table", "--format", help="table, json (JSON Lines) or csv.",
                            callback=checked(_format))


def _filter(actor: str | None, recipient: str | None, dyad: str | None, event: str | None,
            quad: int | None, since: str | None, until: str | None, lang: str | None,
            negated: bool, limit: int) -> EventFilter:
    return EventFilter(actor=actor, recipient=recipient, dyad=dyad, event=event, quad=quad,
                       date_from=since, date_to=until, language=lang, include_negated=negated,
                       limit=limit)


def events_command(
    actor: str | None = typer.Option(None, "--actor", help="Actor code (KAZ, EU, UN)."),
    recipient: str | None = typer.Option(None, "--recipient", help="Recipient code."),
    dyad: str | None = typer.Option(None, "--dyad", help="Two codes A:B, either direction."),
    event: str | None = typer.Option(None, "--type", help="PLOVER type (CONSULT, SUPPORT...).",
                                     callback=checked(checks.plover_type)),
    quad: int | None = typer.Option(None, "--quad", min=1, max=4, help="1 verbal coop, 2 material "
                                    "coop, 3 verbal conflict, 4 material conflict."),
    since: str | None = date_option("--from", "Earliest date (YYYY-MM-DD, YYYY-MM or YYYY)."),
    until: str | None = date_option("--to", "Latest date (YYYY-MM-DD, YYYY-MM or YYYY)."),
    lang: str | None = LangOption,
    negated: bool = typer.Option(False, "--include-negated", help="Also negated events."),
    limit: int = limit_option(100),
    output_format: str = FormatOption,
    db: str | None = DbOption,
) -> None:
    """List events merged across articles, with filters.

    Example: dragoman events --actor KAZ --type CONSULT --from 2024-01-01
    """
    query = _filter(actor, recipient, dyad, event, quad, since, until, lang, negated, limit)
    with open_store(db, readonly=True) as store:
        events = list_events(store.connection, query)
    if output_format == "table":
        table = Table("date", "event", "mode", "actor", "recipient", "articles", "langs", "sentence")
        for e in events:
            table.add_row(e.get("date") or "", e["event"], e.get("mode") or "",
                          ",".join(a["code"] for a in e["actor"]),
                          ",".join(r["code"] for r in e["recipient"]), str(e["num_articles"]),
                          str(e["num_languages"]), (e.get("text") or "")[:70])
        stdout.print(table)
        stdout.print(f"{len(events)} event(s)")
        return
    _emit([plover_record(e) for e in events], output_format, flat_event, EVENT_COLUMNS)


def quotes_command(
    speaker: str | None = typer.Option(None, "--speaker", help="Speaker name, code or entity."),
    text: str | None = typer.Option(None, "--text", help="Words in the quote."),
    lang: str | None = LangOption,
    limit: int = limit_option(100),
    output_format: str = FormatOption,
    db: str | None = DbOption,
) -> None:
    """List direct quotations with their speakers.

    Example: dragoman quotes --speaker Tokayev --lang fr
    """
    with open_store(db, readonly=True) as store:
        quotes = list_quotes(store.connection, speaker, text, lang, limit)
    if output_format == "table":
        table = Table("speaker", "code", "lang", "quote", "doc")
        for q in quotes:
            table.add_row(q["speaker_name"] or "?", q["speaker_code"] or "", q["lang"] or "",
                          q["text"][:80], q["doc"][:30])
        stdout.print(table)
        stdout.print(f"{len(quotes)} quote(s)")
        return
    _emit(quotes, output_format, None, None)


def _emit(records: list[dict], fmt: str, flatten: object, columns: tuple[str, ...] | None) -> None:
    write_records(records, FORMATS[fmt], sys.stdout, flatten, columns)


def export_command(
    what: str = typer.Option("events", "--what", help="events, quotes or documents."),
    output_format: str = typer.Option("plover-jsonl", "--format",
                                      help="plover-jsonl, jsonl, csv or parquet."),
    output: Path | None = typer.Option(None, "--output", "-o", help="File to write (default stdout)."),
    negated: bool = typer.Option(False, "--include-negated", help="Export negated events too."),
    db: str | None = DbOption,
) -> None:
    """Export events (PLOVER JSON Lines by default), quotes or documents.

    Example: dragoman export --what events --format parquet -o events.parquet
    """
    flatten: Callable[[dict[str, Any]], dict[str, Any]] | None
    with open_store(db, readonly=True) as store:
        connection = store.connection
        if what == "events":
            records = [plover_record(e) for e in
                       list_events(connection, EventFilter(include_negated=negated, limit=10**9))]
            flatten, columns = flat_event, EVENT_COLUMNS
        elif what == "quotes":
            records, flatten, columns = list_quotes(connection, limit=10**9), None, None
        elif what == "documents":
            rows = connection.execute("SELECT document_json FROM articles ORDER BY id")
            records, flatten, columns = [json.loads(r[0]) for r in rows], _flat_document, None
        else:
            fail(f"--what must be events, quotes or documents, not {what!r}")
    fmt = "jsonl" if output_format == "plover-jsonl" and what != "events" else output_format
    try:
        count = write_records(records, fmt, output or sys.stdout, flatten, columns)
    except DragomanError as exc:
        fail(str(exc))
    if output:
        Console(stderr=True).print(f"wrote {count} {what} to {output}")


def _flat_document(document: dict[str, Any]) -> dict[str, Any]:
    return {"id": document["id"], "doc": document["doc"], "lang": document["lang"],
            "published": document["published"], "title": document["source"].get("title"),
            "url": document["source"].get("url"), "text": document["text"],
            "mentions": len(document["mentions"]), "quotes": len(document["quotes"]),
            "events": len(document["events"])}
