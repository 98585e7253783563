"""`dragoman ingest` and `dragoman process`: thin layers over dragoman.ingest."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from dragoman.cli.actors import ActorsFileOption, checked_actors_file
from dragoman.cli.common import DbOption, console, fail, open_store, print_json_line
from dragoman.errors import ConfigError, DragomanError
from dragoman.ingest import Ingester, IngestReport, collect_inputs, iter_documents
from dragoman.pipeline import Pipeline
from dragoman.settings import DEFAULT_SETTINGS, JsonFields, Settings
from dragoman.sources import Rejection

PathsArgument = typer.Argument(
    ..., help="Files, folders (recursive), glob patterns, or - for stdin."
)
MaxBytesOption = typer.Option(
    DEFAULT_SETTINGS.max_input_bytes, "--max-bytes", help="Reject inputs larger than this."
)
FieldOption = typer.Option(
    [], "--field", help="JSON field mapping NAME=FIELD, e.g. --field text=body --field id=uuid."
)
StagesOption = typer.Option(
    None, "--stages", help="Run only these analysis stages, comma-separated (actors,quotes,events)."
)
SkipOption = typer.Option(
    None, "--skip", help="Leave out these analysis stages, comma-separated, e.g. --skip events."
)
ExcludeOption = typer.Option(
    [], "--exclude", help="Skip files under folders matching this glob (repeatable), e.g. --exclude 'bad/*'."
)


def build_settings(max_bytes: int, fields: list[str], exclude: list[str] | None = None) -> Settings:
    mapping = {}
    for spec in fields:
        name, _, field_name = spec.partition("=")
        if not field_name or name not in JsonFields.__dataclass_fields__:
            fail(
                f"--field expects NAME=FIELD with NAME in {sorted(JsonFields.__dataclass_fields__)}"
            )
        mapping[name] = field_name
    return DEFAULT_SETTINGS.with_(max_input_bytes=max_bytes, json_fields=JsonFields(**mapping),
                                  exclude=(*DEFAULT_SETTINGS.exclude, *(exclude or [])))


def with_stages(settings: Settings, stages: str | None, skip: str | None) -> Settings:
    """The settings with the analysis stages --stages and --skip choose, checked before any input is read."""
    chosen = settings.with_(stages=_names(stages) if stages is not None else None,
                            skip_stages=_names(skip) if skip else ())
    try:
        Pipeline(chosen)
    except ConfigError as exc:
        fail(str(exc))
    return chosen


def _names(option: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in option.split(",") if name.strip())


def ingest_command(
    paths: list[str] = PathsArgument,
    db: str | None = DbOption,
    strict: bool = typer.Option(False, "--strict", help="Stop at the first rejected input."),
    max_bytes: int = MaxBytesOption,
    field: list[str] = FieldOption,
    exclude: list[str] = ExcludeOption,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    actors: Path | None = ActorsFileOption,
    stages: str | None = StagesOption,
    skip: str | None = SkipOption,
) -> None:
    """Read articles into the database (idempotent: re-running changes nothing).

    Example: dragoman ingest examples/ --db corpus.db --actors my-actors.toml
    """
    settings = build_settings(max_bytes, field, exclude).with_(actors_file=checked_actors_file(actors))
    settings = with_stages(settings, stages, skip)
    store = open_store(db)
    ingester = Ingester(store, settings)
    files, _ = collect_inputs(paths, settings.exclude)
    try:
        with Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.description}"),
            console=console,
            disable=quiet,
            transient=True,
        ) as bar:
            task = bar.add_task("", total=len(files))

            def advance(_kind: str, name: str) -> None:
                bar.update(task, advance=1, description=name[-50:])

            ingester.run(paths, progress=advance, strict=strict)
    except KeyboardInterrupt:
        ingester.report.interrupted = True
    except DragomanError as exc:
        fail(str(exc))
    finally:
        store.close()
    raise typer.Exit(summarise(ingester.report, strict))


def summarise(report: IngestReport, strict: bool) -> int:
    for rejection in report.rejected:
        console.print(f"[yellow]rejected[/yellow] {rejection}", soft_wrap=True)
    console.print(
        f"read {report.read}, stored {report.stored} ({report.near_duplicates} near-duplicates "
        f"linked), unchanged {report.unchanged}, duplicates {report.duplicates}, "
        f"rejected {len(report.rejected)}",
        soft_wrap=True,
    )
    if report.interrupted:
        console.print(
            "[red]interrupted[/red]: everything stored so far is kept; run again to resume"
        )
        return 130
    if strict and report.rejected:
        return 1
    usable = report.stored + report.unchanged + report.duplicates
    return 0 if usable else 1


def process_command(
    paths: list[str] = PathsArgument,
    output_format: str = typer.Option("jsonl", "--format", help="Output format: jsonl."),
    max_bytes: int = MaxBytesOption,
    field: list[str] = FieldOption,
    exclude: list[str] = ExcludeOption,
    actors: Path | None = ActorsFileOption,
    stages: str | None = StagesOption,
    skip: str | None = SkipOption,
) -> None:
    """Process articles without a database: one JSON document per article on stdout.

    Example: dragoman process examples/text/ --format jsonl --skip events > docs.jsonl
    """
    if output_format != "jsonl":
        fail(f"unsupported --format {output_format!r} (supported: jsonl)")
    settings = build_settings(max_bytes, field, exclude).with_(actors_file=checked_actors_file(actors))
    settings = with_stages(settings, stages, skip)
    files, missing = collect_inputs(paths, settings.exclude)
    failures = list(missing)
    produced = 0
    for _source, _item, result in iter_documents(files, settings):
        if isinstance(result, Rejection):
            failures.append(result)
            continue
        print_json_line(result.to_json())
        produced += 1
    for rejection in failures:
        console.print(f"[yellow]rejected[/yellow] {rejection}", soft_wrap=True)
    raise typer.Exit(0 if produced else 1)
