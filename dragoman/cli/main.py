"""The `dragoman` command: each subcommand is a thin layer over a library function."""

from __future__ import annotations

import typer

from dragoman import __version__
from dragoman.cli.actors import actor_command, actors_app
from dragoman.cli.articles import articles_command, show_command
from dragoman.cli.common import ErrorsAsMessages
from dragoman.cli.events import events_command, export_command, quotes_command
from dragoman.cli.ingest import ingest_command, process_command
from dragoman.cli.measure import bench_app, eval_command
from dragoman.cli.scale import bench_spark_command, load_parquet_command, spark_command
from dragoman.cli.serve import serve_command

app = typer.Typer(
    name="dragoman",
    help="Multilingual news to verifiable records of diplomacy.\n\n"
    "Example: dragoman ingest examples/ && dragoman articles",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    cls=ErrorsAsMessages,
)
app.command("ingest")(ingest_command)
app.command("process")(process_command)
app.command("articles")(articles_command)
app.command("show")(show_command)
app.command("events")(events_command)
app.command("quotes")(quotes_command)
app.command("export")(export_command)
app.add_typer(actors_app, name="actors")
app.command("actor")(actor_command)
app.command("serve")(serve_command)
app.command("spark")(spark_command)
app.command("load-parquet")(load_parquet_command)
app.command("eval")(eval_command)
bench_app.command("spark")(bench_spark_command)
app.add_typer(bench_app, name="bench")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dragoman {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Multilingual news to verifiable records of diplomacy."""
