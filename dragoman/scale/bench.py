"""`dragoman bench spark`: articles/s of the Spark job on local[1] and local[2] over a generated
corpus of unique articles, and the speed-up, each run in its own process (its own JVM)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from dragoman.errors import SparkError
from dragoman.evaluation.common import BenchResult
from dragoman.evaluation.speed import corpus_items
from dragoman.sources.items import RawItem

_PER_FILE = 1000  # records per JSON Lines file of the generated corpus


@dataclass
class SparkBench:
    """What to measure: corpus size and source, and the masters to compare."""

    articles: int
    corpus: Path
    masters: tuple[str, ...] = ("local[1]", "local[2]")
    workdir: Path | None = None


def write_corpus(corpus: Path, articles: int, folder: Path) -> int:
    """JSON Lines files of `articles` records made from the corpus's articles: each copy numbered in
    its text (so nearly all are articles of their own) and published a week after the previous round."""
    items = corpus_items(corpus, articles)
    if not items:
        raise SparkError(f"no usable article in {corpus}")
    folder.mkdir(parents=True, exist_ok=True)
    originals = len({id(item) for item in items})  # corpus_items repeats the same items, shuffled
    for first in range(0, len(items), _PER_FILE):
        lines = [json.dumps(_record(items[n], n, n // originals), ensure_ascii=False)
                 for n in range(first, min(len(items), first + _PER_FILE))]
        path = folder / f"part-{first // _PER_FILE:05d}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(items)


def _record(item: RawItem, number: int, round_: int) -> dict[str, object]:
    meta = dict(item.meta)
    body_field = "html" if item.kind == "html" else "text"
    body = item.body
    body = _numbered(body, f" (Archive copy {number}.)", body_field == "html")
    record: dict[str, object] = {"id": f"bench-{number}", body_field: body, **{
        k: meta[k] for k in ("title", "url", "lang", "author") if meta.get(k)}}
    published = meta.get("published")
    if published and len(published) >= 10:
        try:
            record["published"] = (date.fromisoformat(published[:10]) + timedelta(weeks=round_)).isoformat()
        except ValueError:
            record["published"] = published
    return record


def _numbered(body: str, mark: str, is_html: bool) -> str:
    """The body with a copy number after its first full sentence (a line of its own, or the end of
    the last one, may be page furniture that cleaning takes away, leaving copies with one id)."""
    cut = body.find(". ", body.find("<body") + 1 if is_html else 0)
    return body[:cut + 1] + mark + body[cut + 1:] if cut >= 0 else body.rstrip() + mark


def run_master(folder: Path, output: Path, master: str) -> dict[str, object]:
    """One `dragoman spark` run in a fresh process; its report, the wall time and the load around it."""
    report = output.with_suffix(".json")
    command = [sys.executable, "-m", "dragoman", "spark", str(folder), str(output), "--master", master,
               "--json", str(report)]
    load_before, start = os.getloadavg()[0], time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    if done.returncode != 0 or not report.exists():
        raise SparkError(f"`dragoman spark` on {master} failed: {done.stderr.strip()[-2000:]}")
    data = json.loads(report.read_text(encoding="utf-8"))
    return {**data, "wall": wall, "load": (load_before + os.getloadavg()[0]) / 2}


def bench_spark(bench: SparkBench, say: Callable[[str], None] = lambda _: None) -> BenchResult:
    """Generate the corpus, run the job on each master, and tabulate articles/s and the speed-up."""
    with tempfile.TemporaryDirectory(dir=bench.workdir) as scratch:
        folder = Path(scratch) / "corpus"
        count = write_corpus(bench.corpus, bench.articles, folder)
        say(f"corpus: {count} records in {folder}")
        runs: dict[str, dict[str, object]] = {}
        for master in bench.masters:
            say(f"running on {master} ...")
            runs[master] = run_master(folder, Path(scratch) / f"out-{len(runs)}", master)
            say(f"{master}: {runs[master]['read']} records in {runs[master]['seconds']:.1f} s")
    return _table(count, runs, bench.corpus)


def _table(count: int, runs: dict[str, dict[str, object]], corpus: Path) -> BenchResult:
    result = BenchResult("spark", ["master", "records", "articles", "events", "job s", "records/s",
                                   "speed-up", "wall s (with JVM start)", "load average"])
    rates = {master: float(run["read"]) / float(run["seconds"])  # type: ignore[arg-type]
             for master, run in runs.items()}
    base = rates.get("local[1]", next(iter(rates.values())))
    for master, run in runs.items():
        rate = rates[master]
        result.rows.append([master, run["read"], run["articles"], run["events"], f"{run['seconds']:.1f}",
                            f"{rate:.1f}", f"{rate / base:.2f}", f"{run['wall']:.1f}", f"{run['load']:.1f}"])
    result.notes.append(f"corpus: {count} records made from {corpus} (JSON Lines, {_PER_FILE} a "
                        f"file); {os.cpu_count()} cores; load average: the machine's during the run")
    return result
