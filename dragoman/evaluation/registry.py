"""The component benchmarks by name, run in order."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dragoman.evaluation.common import BenchResult
from dragoman.evaluation.dates_bench import bench_dates
from dragoman.evaluation.extraction import bench_extraction
from dragoman.evaluation.langid_bench import bench_langid
from dragoman.evaluation.ner_bench import bench_ner
from dragoman.evaluation.plover_bench import bench_plover

BENCHMARKS: dict[str, Callable[[Path, Path | None], BenchResult]] = {
    "extraction": lambda data, _corpus: bench_extraction(data),
    "langid": bench_langid,
    "dates": lambda data, _corpus: bench_dates(data),
    "ner": lambda data, _corpus: bench_ner(data),
    "plover": lambda data, _corpus: bench_plover(data),
}


def run_benchmarks(
    names: list[str], data: Path, corpus: Path | None,
    on_result: Callable[[BenchResult], None] | None = None,
) -> list[BenchResult]:
    results = []
    for name in names:
        result = BENCHMARKS[name](data, corpus if corpus and corpus.is_dir() else None)
        if on_result:
            on_result(result)
        results.append(result)
    return results
