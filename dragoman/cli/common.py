"""Shared CLI pieces: console, database option, JSON output."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from dragoman.errors import DragomanError
from dragoman.settings import DEFAULT_SETTINGS
from dragoman.store import Store

console = Console(stderr=True, highlight=False)
DB_HELP = "SQLite database file (default: $DRAGOMAN_DB or ./dragoman.db)."


def default_db() -> Path:
    return Path(os.environ.get("DRAGOMAN_DB", str(DEFAULT_SETTINGS.db_path)))


DbOption = typer.Option(None, "--db", help=DB_HELP, show_default=False)


def open_store(db: Path | None, readonly: bool = False) -> Store:
    try:
        return Store.open(db or default_db(), readonly=readonly)
    except DragomanError as exc:
        fail(str(exc))


def fail(message: str, code: int = 1) -> typer.Exit:
    console.print(f"[red]error:[/red] {message}")
    raise typer.Exit(code)


def print_json_line(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
