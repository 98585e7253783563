"""`dragoman articles` and `dragoman show`: browse the stored corpus."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from dragoman.cli.common import DbOption, LangOption, fail, limit_option, open_store, print_json_line
from dragoman.errors import StoreError
from dragoman.settings import DEFAULT_SETTINGS

stdout = Console(highlight=False)


def articles_command(
    search: str | None = typer.Option(None, "--search", "-s", help="Full-text search (FTS5)."),
    lang: str | None = LangOption,
    limit: int = limit_option(50),
    offset: int = typer.Option(0, "--offset", min=0, max=DEFAULT_SETTINGS.api_max_offset,
                               help="Skip this many first."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
    db: str | None = DbOption,
) -> None:
    """List stored articles, newest first, or search their text.

    Example: dragoman articles --search "Tokayev" --lang fr
    """
    with open_store(db, readonly=True) as store:
        try:
            rows = store.list_articles(search, lang, limit, offset)
        except StoreError as exc:
            fail(str(exc))
    if as_json:
        for row in rows:
            print_json_line(row)
        return
    table = Table("id", "lang", "published", "title / doc", "chars", "near dup of")
    for row in rows:
        table.add_row(
            row["id"],
            row["lang"] or "",
            row["published"] or "",
            (row["title"] or row["doc"])[:70],
            str(row["chars"]),
            row["near_duplicate_of"] or "",
        )
    stdout.print(table)
    stdout.print(f"{len(rows)} article(s)")


def show_command(
    article_id: str = typer.Argument(..., help="Article id (or a unique prefix of it)."),
    as_json: bool = typer.Option(False, "--json", help="Print the document JSON."),
    db: str | None = DbOption,
) -> None:
    """Show one article: metadata, cleaned text, what was removed and repaired.

    Example: dragoman show 2372a76d
    """
    with open_store(db, readonly=True) as store:
        document = store.get_document(article_id)
        if document is None:
            fail(f"no single article matches id {article_id!r}")
        sources = store.article_sources(document.id)
    if as_json:
        print_json_line({**document.to_json(), "sources": sources})
        return
    source = document.source
    stdout.print(f"[bold]{source.title or document.doc}[/bold]")
    stdout.print(
        f"id {document.id}  lang {document.lang}  published {document.published} "
        f"({document.published_source})  url {source.url or '-'}"
    )
    if document.near_duplicate_of:
        stdout.print(
            f"near-duplicate of {document.near_duplicate_of} (similarity {document.similarity})"
        )
    for entry in sources:
        stdout.print(f"source: {entry['origin']} {entry['locator']}".rstrip())
    stdout.print()
    stdout.print(document.text, markup=False)
    stdout.print()
    for removal in document.removed:
        where = "inline" if removal.inline else f"line {removal.line + 1}"
        stdout.print(f"[dim]removed {removal.kind} ({where}):[/dim] {removal.text}", markup=True)
    for repair in document.repairs:
        stdout.print(
            f"[dim]repaired {repair.kind} at {repair.offset}:[/dim] "
            f"{repair.from_!r} → {repair.to!r}"
        )
