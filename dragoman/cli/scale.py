"""`dragoman spark` and `dragoman load-parquet`: thin layers over dragoman.scale."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import typer

from dragoman.cli.actors import ActorsFileOption, checked_actors_file
from dragoman.cli.common import DbOption, console, fail, open_store
from dragoman.cli.ingest import ExcludeOption, FieldOption, MaxBytesOption, build_settings, summarise
from dragoman.errors import DragomanError
from dragoman.settings import DEFAULT_SETTINGS

MasterOption = typer.Option(
    None, "--master", help="Spark master: local[N], spark://HOST:7077, yarn... (default: spark-submit's, "
    f"else {DEFAULT_SETTINGS.spark_master})."
)
ConfOption = typer.Option([], "--conf", help="Spark setting KEY=VALUE (repeatable), e.g. "
                          "--conf spark.executor.memory=8g.")


def spark_command(
    paths: list[str] = typer.Argument(..., help="Files, folders or glob patterns, then the output folder."),
    master: str | None = MasterOption,
    partitions: int | None = typer.Option(None, "--partitions", min=1,
                                          help="Partitions of the records (default 4 per core)."),
    conf: list[str] = ConfOption,
    max_bytes: int = MaxBytesOption,
    field: list[str] = FieldOption,
    exclude: list[str] = ExcludeOption,
    actors: Path | None = ActorsFileOption,
    json_out: Path | None = typer.Option(None, "--json", help="Also write the run's report to this file."),
) -> None:
    """Analyse a whole archive with Spark into Parquet tables: sources, documents, mentions, quotes,
    events (merged across articles) and event_sources.

    Example: dragoman spark 'crawl/*.warc.gz' news/ out/ --master local[2]
    """
    from dragoman.scale.spark import run_job, start_session

    if len(paths) < 2:
        fail("give at least one input and the output folder")
    settings = build_settings(max_bytes, field, exclude).with_(actors_file=checked_actors_file(actors))
    try:
        spark = start_session(master or _submitted_master(), _conf(conf))
        try:
            report = run_job(spark, paths[:-1], paths[-1], settings, partitions)
        finally:
            spark.stop()
    except DragomanError as exc:
        fail(str(exc))
    for rejection in report.rejected:
        console.print(f"[yellow]rejected[/yellow] {rejection}", soft_wrap=True)
    console.print(report.summary(), soft_wrap=True, markup=False)
    if json_out:
        json_out.write_text(json.dumps(asdict(report), ensure_ascii=False, indent=2), encoding="utf-8")
    raise typer.Exit(0 if report.articles else 1)


def load_parquet_command(
    output: Path = typer.Argument(..., exists=True, file_okay=False,
                                  help="The output folder of `dragoman spark`."),
    db: str | None = DbOption,
) -> None:
    """Fill a database from a Spark run's tables, as `dragoman ingest` of the same inputs would.

    Example: dragoman load-parquet out/ --db corpus.db
    """
    from dragoman.scale.load import load_parquet

    store = open_store(db)
    try:
        report = load_parquet(output, store, DEFAULT_SETTINGS)
    except DragomanError as exc:
        fail(str(exc))
    finally:
        store.close()
    raise typer.Exit(summarise(report, strict=False))


def _conf(pairs: list[str]) -> dict[str, str]:
    settings = {}
    for pair in pairs:
        key, _, value = pair.partition("=")
        if not key or not value:
            fail(f"--conf expects KEY=VALUE, not {pair!r}")
        settings[key] = value
    return settings


def _submitted_master() -> str | None:
    """Under spark-submit the master is already chosen; otherwise the local default."""
    import os

    return None if os.environ.get("SPARK_ENV_LOADED") or os.environ.get("PYSPARK_GATEWAY_PORT") \
        else DEFAULT_SETTINGS.spark_master


def bench_spark_command(
    articles: int = typer.Option(20_000, "--articles", min=1, help="Articles in the generated corpus."),
    corpus: Path = typer.Option(Path("examples"), "--corpus", exists=True,
                                help="Sample articles the corpus is made from."),
    masters: str = typer.Option("local[1],local[2]", "--masters", help="Spark masters to compare, "
                                "comma-separated; the first is the speed-up's base."),
    json_out: Path | None = typer.Option(None, "--json", help="Also write the results to this JSON file."),
    markdown: bool = typer.Option(False, "--markdown", help="Print a Markdown table (for BENCHMARKS.md)."),
) -> None:
    """Articles/s of `dragoman spark` on each master over a generated corpus, and the speed-up.

    Example: dragoman bench spark --articles 20000 --masters 'local[1],local[2]' --markdown
    """
    from dragoman.cli.measure import print_result
    from dragoman.scale.bench import SparkBench, bench_spark

    bench = SparkBench(articles, corpus, tuple(m.strip() for m in masters.split(",") if m.strip()))
    try:
        result = bench_spark(bench, say=lambda line: console.print(line, markup=False))
    except DragomanError as exc:
        fail(str(exc))
    print_result(result, markdown)
    if json_out:
        json_out.write_text(json.dumps([result.as_dict()], ensure_ascii=False, indent=2), encoding="utf-8")
