"""Shared CLI pieces: console, database option, JSON output."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperGroup

from dragoman import checks
from dragoman.errors import DragomanError
from dragoman.settings import DEFAULT_SETTINGS
from dragoman.store import Store
from dragoman.store.dialect import Target, as_target, database_errors

if TYPE_CHECKING:  # typer vendors click: its groups are called with typer's copy of click's Context
    from typer._click import Context as ClickContext

console = Console(stderr=True, highlight=False)
DB_HELP = ("SQLite database file, or a postgresql://user@host/dbname URL "
           "(default: $DRAGOMAN_DB or ./dragoman.db).")


def default_db() -> Target:
    return as_target(os.environ.get("DRAGOMAN_DB", str(DEFAULT_SETTINGS.db_path)))


def db_target(db: str | None) -> Target:
    """The --db value (a file or a postgresql:// URL), or the default."""
    return as_target(db) if db else default_db()


DbOption = typer.Option(None, "--db", help=DB_HELP, show_default=False)


def open_store(db: str | None, readonly: bool = False) -> Store:
    try:
        return Store.open(db_target(db), readonly=readonly)
    except DragomanError as exc:
        fail(str(exc))


def fail(message: str, code: int = 1) -> NoReturn:
    console.print(f"[red]error:[/red] {message}")
    raise typer.Exit(code)


class ErrorsAsMessages(TyperGroup):
    """The root command: dragoman's errors and the database's become one line, never a traceback
    (a command that forgot to catch one still gives the user a sentence and exit code 1)."""

    def invoke(self, ctx: ClickContext) -> Any:
        try:
            return super().invoke(ctx)
        except DragomanError as exc:
            fail(escape(str(exc)))
        except database_errors() as exc:
            fail(escape(f"database error: {exc}"))
        except OSError as exc:  # a file that cannot be read or written: say which and why
            fail(escape(f"{exc.filename or 'file'}: {exc.strerror or exc}"))


def checked(check: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A typer callback running one of dragoman.checks: a bad value is a usage error (exit 2)."""
    def callback(value: Any) -> Any:
        try:
            return check(value)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from exc

    return callback


def limit_option(default: int, help_text: str = "How many to list.") -> Any:
    return typer.Option(default, "--limit", min=1, max=10**9, help=help_text)


def date_option(flag: str, help_text: str) -> Any:
    return typer.Option(None, flag, help=help_text, callback=checked(checks.iso_date))


LangOption = typer.Option(None, "--lang", help="Language code (fr, de...).",
                          callback=checked(checks.language_code))


def print_json_line(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
