"""Shared pieces of the benchmarks: result rows, timing, data locations."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from dragoman.errors import ConfigError


@dataclass
class BenchResult:
    """One benchmark's table: column names, rows, and notes (anchors, data sizes)."""

    name: str
    columns: list[str]
    rows: list[list[object]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_markdown(self) -> str:
        """A GitHub table with the notes under it, for BENCHMARKS.md."""
        lines = ["| " + " | ".join(self.columns) + " |", "|" + "---|" * len(self.columns)]
        lines += ["| " + " | ".join(str(v) for v in row) + " |" for row in self.rows]
        lines += [f"\n{note}" for note in self.notes]
        return "\n".join(lines) + "\n"

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "rows": [dict(zip(self.columns, row, strict=True)) for row in self.rows],
            "notes": self.notes,
        }


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def shared_dir(given: Path | None = None) -> Path:
    """The shared data folder: --data, $DRAGOMAN_SHARED, or ../shared beside the working tree."""
    candidates = [given] if given else []
    if os.environ.get("DRAGOMAN_SHARED"):
        candidates.append(Path(os.environ["DRAGOMAN_SHARED"]))
    candidates += [Path.cwd().parent / "shared", Path(__file__).resolve().parents[3] / "shared"]
    for candidate in candidates:
        if candidate and (candidate / "bench").is_dir():
            return candidate
    raise ConfigError("benchmark data not found: pass --data DIR (the folder holding bench/ and gold/)")


@contextmanager
def stopwatch() -> Iterator[list[float]]:
    """Yields a one-element list that holds the elapsed seconds after the block."""
    elapsed = [0.0]
    start = time.perf_counter()
    try:
        yield elapsed
    finally:
        elapsed[0] = time.perf_counter() - start
