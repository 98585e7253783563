"""`dragoman actors` and `dragoman actor`: search the knowledge base in any language, and import
Wikidata extracts into an actor file for --actors."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from typer.core import TyperGroup

from dragoman.actors.kb import KnowledgeBase, knowledge_base
from dragoman.cli.common import console, db_target, fail, limit_option, open_store
from dragoman.errors import DragomanError
from dragoman.settings import DEFAULT_SETTINGS
from dragoman.store.dialect import is_postgres
from dragoman.store.queries import mention_counts

if TYPE_CHECKING:
    from dragoman.cli.common import ClickContext

stdout = Console(highlight=False, width=160)
ActorsFileOption = typer.Option(
    None, "--actors", help="Your actor file extending the knowledge base: TOML (docs/knowledge-base.md) "
    "or a Wikidata JSON extract.", show_default=False,
)


def load_actors(actors: Path | None) -> KnowledgeBase:
    """The knowledge base with the user's file, or a clean CLI error naming what is wrong in it."""
    try:
        return knowledge_base(DEFAULT_SETTINGS.with_(actors_file=actors))
    except DragomanError as exc:
        fail(escape(str(exc)))  # messages quote [[person]] and [names]: not console markup


def checked_actors_file(actors: Path | None) -> Path | None:
    """Read the --actors file once before any article, so a bad file stops the run at once."""
    if actors is not None:
        load_actors(actors)
    return actors


class _SearchByDefault(TyperGroup):
    """`dragoman actors QUERY` searches; `dragoman actors import-wikidata ...` imports."""

    def parse_args(self, ctx: ClickContext, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] != "--help"):
            args = ["search", *args]
        return super().parse_args(ctx, args)


actors_app = typer.Typer(
    cls=_SearchByDefault, rich_markup_mode=None, add_completion=False,
    help="Search the actor knowledge base, or import a Wikidata extract into an actor file.\n\n"
    "Example: dragoman actors Kasachstan\n\n"
    "Example: dragoman actors import-wikidata extract.json -o my-actors.toml",
)


def actors_command(
    query: str = typer.Argument("", help="A name in any language or script, or a code."),
    limit: int = limit_option(20),
    actors: Path | None = ActorsFileOption,
) -> None:
    """Search the actor knowledge base (states, organisations, regions, people); the default.

    Example: dragoman actors Kasachstan --actors my-actors.toml
    """
    kb = load_actors(actors)
    found = kb.search(query, limit) if query else list(kb.entities.values())[:limit]
    table = Table("code / key", "type", "name", "acts for (today)")
    for entity in found:
        table.add_row(entity.code or entity.key, entity.type, entity.name, entity.code_on(None) or "")
    stdout.print(table)


def actor_command(
    code_or_name: str = typer.Argument(..., help="KAZ, EU, 'Tokayev', 'Токаев'..."),
    actors: Path | None = ActorsFileOption,
    db: str | None = typer.Option(None, "--db", help="Also count mentions in this database (a file or "
                                  "a postgresql:// URL)."),
) -> None:
    """Show one actor: names by language, roles over time, and mention counts in a database.

    Example: dragoman actor Токаев --db examples.db
    """
    kb = load_actors(actors)
    found = kb.search(code_or_name, 1)
    if not found:
        fail(f"no actor matches {code_or_name!r}")
    entity = found[0]
    path = db_target(db)
    counts = None
    if is_postgres(path) or Path(path).exists():  # read first, so that a bad --db is the only output
        with open_store(str(path), readonly=True) as store:
            counts = mention_counts(store.connection, entity.key, entity.code)
            path = store.path  # a URL without its password
    stdout.print(f"[bold]{entity.name}[/bold]  {entity.type}  code {entity.code_on(None) or '-'}  "
                 f"wikidata {entity.wikidata_id or '-'}")
    by_language: dict[str, list[str]] = {}
    for name in kb.names_of(entity.key):
        by_language.setdefault(name.lang or "*", []).append(name.text)
    for lang in sorted(by_language):
        stdout.print(f"  {lang}: {', '.join(sorted(set(by_language[lang]))[:12])}", markup=False)
    for office in entity.offices:
        stdout.print(f"  {office.role} of {office.code}: {office.start or '?'} – {office.end or 'now'}")
    if counts is not None:
        stdout.print(f"  in {path}: {counts['mentions']} mentions in {counts['articles']} articles")


def import_wikidata_command(
    extract: Path = typer.Argument(..., help="Wikidata JSON: an entity array, {\"entities\": ...}, or "
                                   "JSON Lines (.json/.jsonl/.ndjson, optionally .gz/.bz2)."),
    output: Path = typer.Option(..., "--output", "-o", help="The actor TOML file to write (overwritten)."),
    actors: Path | None = ActorsFileOption,
) -> None:
    """Turn a Wikidata extract into an actor file to review, then use it with --actors.

    People (P31 = Q5) become [[person]] records with their labels and aliases in every language and
    their offices (P39 with P580/P582 dates); countries (P298) and organisations of the knowledge
    base get their extra names.

    Example: dragoman actors import-wikidata extract.json -o my-actors.toml && dragoman process
    article.txt --actors my-actors.toml
    """
    from dragoman.actors.actor_toml import dump_import
    from dragoman.actors.wikidata import import_extract

    kb = load_actors(actors)
    try:
        result = import_extract(extract, kb)
    except DragomanError as exc:
        fail(escape(str(exc)))
    output.write_text(dump_import(result, extract.name, output.name), encoding="utf-8")
    counts = ", ".join(f"{value} {key}" for key, value in result.counts.items())
    unmapped = sum(len(notes) for notes in result.notes.values())
    console.print(f"wrote {output}: {counts}; {unmapped} positions not imported (see the comments)",
                  soft_wrap=True)
    load_actors(output)  # what was written must load: a bug here should not reach the user's run


actors_app.command("search")(actors_command)
actors_app.command("import-wikidata")(import_wikidata_command)
