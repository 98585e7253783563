"""The article pipeline as a Spark job: records spread over executors, Parquet tables out, then the
store's cross-article event merge as a Spark step keyed on type, negation and dyad."""

from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dragoman.actors.kb import knowledge_base
from dragoman.errors import SparkError
from dragoman.ingest import collect_inputs
from dragoman.scale import tables
from dragoman.scale.merge import merge_group, merge_key
from dragoman.settings import Settings
from dragoman.sources import InputFile, read_input
from dragoman.text.langid import identify_language

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession

# What this Python worker has loaded already: a worker serves many tasks, and loads the knowledge
# base (about a second) once, not once per partition or article.
_WORKER: dict[str, Any] = {}


@dataclass
class SparkReport:
    """What a Spark run read and wrote, for the summary line and the benchmark."""

    output: str
    read: int = 0
    articles: int = 0
    duplicates: int = 0
    rejected: list[str] = field(default_factory=list)
    mentions: int = 0
    quotes: int = 0
    reports: int = 0
    events: int = 0
    partitions: int = 0
    knowledge_base_loads: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (f"read {self.read}, articles {self.articles}, duplicates {self.duplicates}, rejected "
                f"{len(self.rejected)}; {self.mentions} mentions, {self.quotes} quotes, {self.reports} event "
                f"reports merged into {self.events} events; {self.partitions} partitions, knowledge base "
                f"loaded {self.knowledge_base_loads} time(s); {self.seconds:.1f} s -> {self.output}")


def start_session(master: str | None = None, conf: dict[str, str] | None = None,
                  app_name: str = "dragoman") -> SparkSession:
    """A Spark session (local[N] runs workers with this Python); SparkError says why it cannot start."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise SparkError("PySpark is not installed: pip install 'dragoman[spark]'") from exc
    builder = SparkSession.builder.appName(app_name)
    settings = dict(conf or {})
    if master:
        builder = builder.master(master)
        if master.startswith("local"):  # workers are this machine's: run them with this Python
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
            settings = {"spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false",
                        "spark.driver.memory": "4g", **settings}
    for key, value in settings.items():
        builder = builder.config(key, value)
    try:
        session = builder.getOrCreate()
    except Exception as exc:  # py4j and PySpark raise their own kinds when Java is missing
        raise SparkError(f"Spark could not start: {exc} (it needs Java 17 or newer: java on PATH "
                         "or JAVA_HOME)") from exc
    session.sparkContext.setLogLevel("ERROR")
    return session


def run_job(spark: SparkSession, inputs: Sequence[str], output: str | Path, settings: Settings,
            partitions: int | None = None) -> SparkReport:
    """Analyse every record of the inputs and write the tables (see tables.py) under output."""
    started = time.perf_counter()
    files, missing = collect_inputs(inputs, settings.exclude)
    if any(f.path is None for f in files):
        raise SparkError("the Spark job reads files, not standard input")
    context = spark.sparkContext
    spark.conf.set("spark.sql.shuffle.partitions", str(settings.spark_partitions_per_core
                                                       * context.defaultParallelism))
    per_core = settings.spark_partitions_per_core
    report = SparkReport(str(output), partitions=partitions or per_core * context.defaultParallelism,
                         rejected=[str(m) for m in missing])
    loads = context.accumulator(0)
    named = [(index, f.name, str(f.path)) for index, f in enumerate(files)]
    records = context.parallelize(named, max(1, len(named))).flatMap(partial(_read_file, settings=settings))
    analysed = (records.repartition(report.partitions)
                .mapPartitions(partial(_analyse_partition, settings=settings, loads=loads))
                .persist(_storage_level()))
    try:
        _write_all(spark, analysed, str(output), report)
    except Exception as exc:  # a failed task surfaces here as a Py4J or PySpark error
        raise SparkError(f"the Spark job failed: {_cause(exc)}") from exc
    finally:
        analysed.unpersist()
    report.knowledge_base_loads = int(loads.value)
    report.seconds = time.perf_counter() - started
    return report


def _write_all(spark: SparkSession, analysed: RDD, output: str, report: SparkReport) -> None:
    """Every table: sources in input order first (it runs the analysis), documents in input order
    (what load-parquet replays), then the rest, unsorted, and the merged events."""
    sources = analysed.map(lambda a: tables.as_tuple(a.source, tables.SOURCES))
    _write(_frame(spark, sources, tables.SOURCES).orderBy("ordinal"), output, "sources")
    unique = (analysed.filter(lambda a: a.article_id is not None).map(lambda a: (a.article_id, a))
              .reduceByKey(_earlier).values().persist(_storage_level()))
    try:
        _write_articles(spark, unique, output)
        merged = (unique.flatMap(lambda a: a.occurrences).map(lambda o: (merge_key(o.event), o))
                  .groupByKey(report.partitions).flatMap(lambda pair: merge_group(pair[1]))
                  .persist(_storage_level()))
        _write_events(spark, merged, output)
        _count(analysed, unique, merged, report)
        merged.unpersist()
    finally:
        unique.unpersist()


def _write_articles(spark: SparkSession, unique: RDD, output: str) -> None:
    documents = unique.map(lambda a: tables.as_tuple(a.document, tables.DOCUMENTS))
    _write(_frame(spark, documents, tables.DOCUMENTS).orderBy("ordinal"), output, "documents")
    mentions = unique.flatMap(lambda a: [tables.as_tuple(m, tables.MENTIONS) for m in a.mentions])
    _write(_frame(spark, mentions, tables.MENTIONS), output, "mentions")
    quotes = unique.flatMap(lambda a: [tables.as_tuple(q, tables.QUOTES) for q in a.quotes])
    _write(_frame(spark, quotes, tables.QUOTES), output, "quotes")


def _write_events(spark: SparkSession, merged: RDD, output: str) -> None:
    events = merged.map(lambda pair: tables.as_tuple(pair[0], tables.EVENTS))
    _write(_frame(spark, events, tables.EVENTS), output, "events")
    sources = merged.flatMap(lambda pair: [tables.as_tuple(s, tables.EVENT_SOURCES) for s in pair[1]])
    _write(_frame(spark, sources, tables.EVENT_SOURCES), output, "event_sources")


def _count(analysed: RDD, unique: RDD, merged: RDD, report: SparkReport) -> None:
    """The summary's counts, from the cached records, articles and events."""
    report.read, accepted = _sum(analysed.map(lambda a: (int(a.source.get("kind") is not None),
                                                         int(a.article_id is not None))), 2)
    report.articles, report.mentions, report.quotes, report.reports = _sum(
        unique.map(lambda a: (1, len(a.mentions), len(a.quotes), len(a.occurrences))), 4)
    report.duplicates = accepted - report.articles
    report.rejected += analysed.filter(lambda a: a.source.get("reason")).map(_rejection).collect()
    report.events = merged.count()


def _sum(rows: RDD, width: int) -> tuple[int, ...]:
    return tuple(rows.fold((0,) * width, lambda x, y: tuple(i + j for i, j in zip(x, y, strict=True))))


def _cause(exc: Exception) -> str:
    """The Python error a task died of, not the pages of Java stack around it."""
    errors = re.findall(r"^\w*(?:Error|Exception|Rejected): .*$", str(exc), re.MULTILINE)
    return errors[-1] if errors else str(exc).splitlines()[0]


def _rejection(analysed: tables.Analysed) -> str:
    source = analysed.source
    where = f"{source['origin']} ({source['locator']})" if source.get("locator") else source["origin"]
    return f"{where}: {source['reason']}"


def _earlier(first: tables.Analysed, second: tables.Analysed) -> tables.Analysed:
    """Of two records giving the same article, the one ingest stores (the other is a duplicate)."""
    return first if first.ordinal < second.ordinal else second


def _read_file(entry: tuple[int, str, str], settings: Settings) -> Iterator[tuple[int, Any]]:
    """On an executor: one input file's records (and rejections), numbered in reading order."""
    file_index, name, path = entry
    for item_index, item in enumerate(read_input(InputFile(name, Path(path)), settings)):
        yield tables.ordinal_of(file_index, item_index), item


def _analyse_partition(records: Iterable[tuple[int, Any]], settings: Settings,
                       loads: Any) -> Iterator[tables.Analysed]:
    """On an executor: warm this worker up once, then run the pipeline on each record."""
    key = str(settings.actors_file)
    if _WORKER.get("knowledge_base") != key:
        knowledge_base(settings).matcher()
        identify_language("warm up")
        _WORKER["knowledge_base"] = key
        loads.add(1)
    for ordinal, item in records:
        yield tables.analyse_record(ordinal, item, settings)


def _frame(spark: SparkSession, rows: RDD, columns: tables.Columns) -> Any:
    from pyspark.sql import types

    kinds = {"string": types.StringType, "long": types.LongType, "double": types.DoubleType,
             "boolean": types.BooleanType, "binary": types.BinaryType}
    schema = types.StructType([types.StructField(name, kinds[kind]()) for name, kind in columns])
    return spark.createDataFrame(rows, schema)


def _write(frame: Any, output: str, name: str) -> None:
    frame.write.mode("overwrite").parquet(f"{output}/{name}")


def _storage_level() -> Any:
    from pyspark import StorageLevel

    return StorageLevel.MEMORY_AND_DISK
