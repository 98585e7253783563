"""`dragoman eval` and `dragoman bench`: the project measures itself with these."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from dragoman.cli.actors import ActorsFileOption, checked_actors_file
from dragoman.cli.common import fail
from dragoman.errors import DragomanError
from dragoman.evaluation.common import BenchResult, shared_dir
from dragoman.evaluation.gold import GoldScore, merged
from dragoman.settings import DEFAULT_SETTINGS
from dragoman.store.dialect import as_target

stdout = Console(highlight=False, width=200)
bench_app = typer.Typer(help="Component benchmarks on ../shared/bench (accuracy and speed).\n\n"
                        "Example: dragoman bench all --json bench.json", no_args_is_help=True)
DataOption = typer.Option(None, "--data", exists=True, file_okay=False,
                          help="Folder holding bench/ and gold/ (default ../shared).")
JsonOption = typer.Option(None, "--json", help="Also write the results to this JSON file.")
MarkdownOption = typer.Option(False, "--markdown", help="Print Markdown tables (for BENCHMARKS.md).")


def eval_command(
    gold: Path = typer.Option(..., "--gold", exists=True, dir_okay=False,
                              help="Gold annotations (JSON Lines, gold README format)."),
    docs: Path | None = typer.Option(None, "--docs", exists=True, help="Folder of the annotated articles."),
    db: Path | None = typer.Option(None, "--db", exists=True, dir_okay=False,
                                   help="Score documents stored in this database instead."),
    json_out: Path | None = JsonOption,
    explain: bool = typer.Option(False, "--explain", help="List every miss and false alarm."),
    actors: Path | None = ActorsFileOption,
    markdown: bool = MarkdownOption,
) -> None:
    """Score the pipeline against gold annotations (events, people, actors, quotes, noise, dates) by
    the rules of ../shared/gold/score.py, with a table per language when the gold has several.

    Example: dragoman eval --gold gold/real-dev.jsonl --docs gold/real/ --explain
    """
    from dragoman.evaluation.run import evaluate, headline

    try:
        settings = DEFAULT_SETTINGS.with_(actors_file=checked_actors_file(actors))
        score = evaluate(gold, docs, db, settings)
    except DragomanError as exc:
        fail(str(exc))
    figures = headline(score)
    by_language = language_result(score)
    if json_out:
        payload = {"headline": figures, "languages": by_language.as_dict(), "measures": score.summary(),
                   "articles": score.per_article, "misses": score.misses}
        json_out.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    if markdown:
        print_result(gold_result(gold, figures, len(score.per_article)), markdown=True)
        if len(score.by_language) > 1:
            print_result(by_language, markdown=True)
        return
    table = Table("measure", "value", title=f"dragoman eval — {gold}")
    for label, value in figures.items():
        table.add_row(label, f"{value:.3f}")
    stdout.print(table)
    if len(score.by_language) > 1:
        print_result(by_language)
    articles = Table("doc", "people F1", "actors F1", "quotes", "events", "noise")
    for row in score.per_article:
        articles.add_row(row["doc"], f"{row['people']:.2f}", f"{row['actors']:.2f}", row["quotes"],
                         row["events"], row["noise"])
    stdout.print(articles)
    if explain:
        for miss in score.misses:
            sentence = f"\n    “{miss['sentence']}”" if miss.get("sentence") else ""
            stdout.print(f"{miss['doc']}: {miss['kind']}: {miss['what']}{sentence}", markup=False)


def gold_result(gold: Path, figures: dict[str, float], articles: int) -> BenchResult:
    """The headline figures of an eval as a benchmark table."""
    result = BenchResult(f"eval {gold.name}", ["measure", "value"],
                         [[label, f"{value:.3f}"] for label, value in figures.items()])
    result.notes.append(f"{articles} annotated articles")
    return result


# The per-language table's columns: (heading, headline figure).
LANGUAGE_COLUMNS = (("recall", "events recall (required)"), ("precision", "events precision"),
                    ("speakers", "quotes with right speaker"), ("dates", "event dates right"),
                    ("people F1", "people F1"), ("noise", "noise removed"))


def language_result(score: GoldScore) -> BenchResult:
    """The headline figures per gold language ('-' where a language's articles give none)."""
    from dragoman.evaluation.run import headline
    from dragoman.languages import event_languages

    result = BenchResult("eval per language", ["lang", "articles", *(h for h, _ in LANGUAGE_COLUMNS)])
    rows = sorted(score.by_language.items())
    native = set(event_languages())
    groups = [(f"lexicon languages ({len(native)})", [p for lang, p in rows if lang in native]),
              ("other languages", [p for lang, p in rows if lang not in native])]
    for label, part in [*rows, *((label, merged(parts)) for label, parts in groups if parts)]:
        figures = headline(part)
        cells = [f"{figures[name]:.3f}" if name in figures else "-" for _, name in LANGUAGE_COLUMNS]
        result.rows.append([label, len(part.per_article), *cells])
    return result


def print_result(result: BenchResult, markdown: bool = False) -> None:
    if markdown:
        stdout.print(f"### {result.name}\n\n{result.to_markdown()}", markup=False, highlight=False)
        return
    table = Table(*result.columns, title=f"bench {result.name}")
    for row in result.rows:
        table.add_row(*(str(v) for v in row))
    stdout.print(table)
    for note in result.notes:
        stdout.print(f"  {note}", markup=False)


def _run(names: list[str], data: Path | None, json_out: Path | None, corpus: Path | None,
         markdown: bool = False) -> None:
    from dragoman.evaluation.registry import run_benchmarks

    try:
        folder = shared_dir(data)
        results = run_benchmarks(names, folder, corpus, on_result=lambda r: print_result(r, markdown))
    except DragomanError as exc:
        fail(str(exc))
    if json_out:
        payload = [r.as_dict() for r in results]
        json_out.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")


def _register(name: str, doc: str) -> None:
    def command(data: Path | None = DataOption, json_out: Path | None = JsonOption,
                markdown: bool = MarkdownOption) -> None:
        _run([name], data, json_out, Path("examples"), markdown)

    command.__doc__ = doc
    bench_app.command(name)(command)


for _name, _doc in (
    ("extraction", "HTML body extraction F1 against the scrapinghub ground truth, beside trafilatura.\n\n"
     "Example: dragoman bench extraction"),
    ("langid", "Language identification accuracy on short paragraphs and speed, per backend.\n\n"
     "Example: dragoman bench langid"),
    ("ner", "Recogniser F1 for PER, ORG, LOC per language on wikineural, beside spaCy for French.\n\n"
     "Example: dragoman bench ner"),
    ("plover", "PLOVER gold standard records: event type accuracy, macro-F1, actor codes, with the "
               "default settings and with one-sided events kept (as PLOVER codes them).\n\n"
     "Example: dragoman bench plover"),
    ("dates", "Date normalisation accuracy on the duckling corpora, beside dateparser.\n\n"
     "Example: dragoman bench dates"),
):
    _register(_name, _doc)


@bench_app.command("speed")
def bench_speed_command(
    corpus: Path = typer.Argument(Path("examples"), exists=True,
                                  help="Folder or file of articles (default examples/)."),
    articles: int = typer.Option(500, "--articles", min=1,
                                 help="Repeat and shuffle the corpus up to this many."),
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="Also measure with this many processes."),
    stored: str | None = typer.Option(
        None, "--stored", help="Instead, ingest into databases already holding these many (synthetic) "
        "articles, comma-separated, e.g. 1000,100000."),
    server: str | None = typer.Option(
        None, "--db", help="With --stored: a postgresql:// URL whose user may create databases; each "
        "size gets a new database there (dropped after) instead of a SQLite file."),
    json_out: Path | None = JsonOption,
    markdown: bool = MarkdownOption,
) -> None:
    """Pipeline throughput, per-stage time shares, peak memory and start-up time; with --stored,
    ingest articles/s into databases of those sizes.

    Example: dragoman bench speed examples/ --articles 500 --workers 2
    Example: dragoman bench speed examples/ --articles 300 --stored 1000,100000
    Example: dragoman bench speed examples/ --stored 1000 --db postgresql://me@dbhost/postgres
    """
    from dragoman.evaluation.speed import bench_speed
    from dragoman.evaluation.stored_speed import bench_stored

    if stored:
        result = bench_stored(corpus, _sizes(stored), articles, server)
    else:
        result = bench_speed(corpus, articles, workers)
    print_result(result, markdown)
    if json_out:
        json_out.write_text(json.dumps([result.as_dict()], ensure_ascii=False, indent=2), encoding="utf-8")


@bench_app.command("api")
def bench_api_command(
    db: str = typer.Option("bench-out/api-10000.db", "--db",
                           help="Database to generate (reused when it holds enough articles): a file "
                           "or a postgresql:// URL."),
    articles: int = typer.Option(10_000, "--articles", min=1, help="Articles in the generated database."),
    clients: int = typer.Option(16, "--clients", min=1, max=1000, help="Concurrent clients."),
    seconds: float = typer.Option(10.0, "--seconds", min=0.5, max=3600, help="Length of each phase."),
    workers: int = typer.Option(2, "--workers", min=1, max=64, help="Server worker processes."),
    upload: int = typer.Option(200, "--upload", min=0, help="Articles uploaded for the second phase "
                               "(0: no upload phase)."),
    corpus: Path = typer.Option(Path("examples"), "--corpus", help="Sample articles the database and "
                                "the upload are made from."),
    url: str | None = typer.Option(None, "--url", help="Load this running server instead of starting one."),
    token: str | None = typer.Option(None, "--token", help="The --url server's ingest token."),
    json_out: Path | None = JsonOption,
    markdown: bool = MarkdownOption,
) -> None:
    """The API under load: requests/s, p50, p99 and errors per endpoint, alone and during an upload.

    Starts `dragoman serve` on a free port over a generated database (the sample corpus analysed
    once, then stored again with new ids and dates), unless --url names a running server.

    Example: dragoman bench api --articles 10000 --clients 16 --seconds 10 --markdown
    """
    from dragoman.evaluation.api_bench import ApiBench, bench_api

    if not url and not corpus.exists():
        fail(f"no corpus at {corpus} (pass --corpus DIR)")
    target = as_target(db)
    if isinstance(target, Path):
        target.parent.mkdir(parents=True, exist_ok=True)
    bench = ApiBench(target, articles, clients, seconds, workers, upload, corpus, url, token)
    try:
        result = bench_api(bench, say=lambda line: Console(stderr=True).print(line, markup=False))
    except DragomanError as exc:
        fail(str(exc))
    print_result(result, markdown)
    if json_out:
        json_out.write_text(json.dumps([result.as_dict()], ensure_ascii=False, indent=2), encoding="utf-8")


def _sizes(value: str) -> list[int]:
    """--stored 1000,100000 → [1000, 100000], or a usage error saying what is wrong."""
    try:
        sizes = [int(part.replace("_", "")) for part in value.split(",") if part.strip()]
    except ValueError as exc:
        raise typer.BadParameter(f"--stored takes whole numbers separated by commas, not {value!r}") from exc
    if not sizes or min(sizes) < 0:
        raise typer.BadParameter(f"--stored takes counts of 0 or more, not {value!r}")
    return sizes


@bench_app.command("all")
def bench_all(data: Path | None = DataOption, json_out: Path | None = JsonOption,
              markdown: bool = MarkdownOption) -> None:
    """Every component benchmark, one after the other.

    Example: dragoman bench all --json bench.json
    """
    from dragoman.evaluation.registry import BENCHMARKS

    _run(list(BENCHMARKS), data, json_out, Path("examples"), markdown)
