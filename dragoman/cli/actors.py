"""`dragoman actors` and `dragoman actor`: search the knowledge base in any language."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from dragoman.actors.kb import knowledge_base
from dragoman.cli.common import default_db, fail
from dragoman.settings import DEFAULT_SETTINGS
from dragoman.store import Store
from dragoman.store.queries import mention_counts

stdout = Console(highlight=False, width=160)
ActorsFileOption = typer.Option(None, "--actors", help="Your TOML file extending the knowledge base.")


def actors_command(
    query: str = typer.Argument("", help="A name in any language or script, or a code."),
    limit: int = typer.Option(20, "--limit"),
    actors: Path | None = ActorsFileOption,
) -> None:
    """Search the actor knowledge base (states, organisations, regions, people).

    Example: dragoman actors Kasachstan
    """
    kb = knowledge_base(DEFAULT_SETTINGS.with_(actors_file=actors))
    found = kb.search(query, limit) if query else list(kb.entities.values())[:limit]
    table = Table("code / key", "type", "name", "acts for (today)")
    for entity in found:
        table.add_row(entity.code or entity.key, entity.type, entity.name, entity.code_on(None) or "")
    stdout.print(table)


def actor_command(
    code_or_name: str = typer.Argument(..., help="KAZ, EU, 'Tokayev', 'Токаев'..."),
    actors: Path | None = ActorsFileOption,
    db: Path | None = typer.Option(None, "--db", help="Also count mentions in this database."),
) -> None:
    """Show one actor: names by language, roles over time, and mention counts in a database.

    Example: dragoman actor Токаев --db examples.db
    """
    kb = knowledge_base(DEFAULT_SETTINGS.with_(actors_file=actors))
    found = kb.search(code_or_name, 1)
    if not found:
        fail(f"no actor matches {code_or_name!r}")
    entity = found[0]
    stdout.print(f"[bold]{entity.name}[/bold]  {entity.type}  code {entity.code_on(None) or '-'}  "
                 f"wikidata {entity.wikidata_id or '-'}")
    by_language: dict[str, list[str]] = {}
    for name in kb.names_of(entity.key):
        by_language.setdefault(name.lang or "*", []).append(name.text)
    for lang in sorted(by_language):
        stdout.print(f"  {lang}: {', '.join(sorted(set(by_language[lang]))[:12])}", markup=False)
    for office in entity.offices:
        stdout.print(f"  {office.role} of {office.code}: {office.start or '?'} – {office.end or 'now'}")
    path = db or default_db()
    if path.exists():
        with Store.open(path, readonly=True) as store:
            counts = mention_counts(store.connection, entity.key, entity.code)
        stdout.print(f"  in {path}: {counts['mentions']} mentions in {counts['articles']} articles")
