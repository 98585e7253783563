"""HTML body extraction benchmark (scrapinghub article-extraction-benchmark, shingle F1)."""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import trafilatura

from dragoman.errors import InputRejected
from dragoman.evaluation.common import BenchResult, f1, stopwatch
from dragoman.text.clean import clean_text
from dragoman.text.extract import extract_html

_TOKEN = re.compile(r"\w+")
# The benchmark's own evaluate.py compares 4-token shingles of \w+ tokens.
_SHINGLE = 4


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + _SHINGLE]) for i in range(max(0, len(tokens) - _SHINGLE + 1)))


def precision_recall(truth: str, predicted: str) -> tuple[float, float]:
    true_set, predicted_set = shingles(truth), shingles(predicted)
    overlap = sum((true_set & predicted_set).values())
    precision = overlap / sum(predicted_set.values()) if predicted_set else 0.0
    recall = overlap / sum(true_set.values()) if true_set else 0.0
    if not predicted_set and not true_set:
        return 1.0, 1.0
    return precision, recall


def dragoman_body(page: str) -> str:
    """What dragoman keeps of a page: extraction then furniture cleaning."""
    try:
        return "\n".join(clean_text(extract_html(page, "bench").body).paragraphs)
    except InputRejected:
        return ""


def trafilatura_body(page: str) -> str:
    return trafilatura.extract(page) or ""


def bench_extraction(data: Path) -> BenchResult:
    """Mean shingle precision/recall per page and F1 of the means, dragoman vs trafilatura alone."""
    truth = json.loads((data / "bench" / "extraction" / "ground-truth-dev.json").read_text())
    pages = {
        key: gzip.decompress((data / "bench/extraction/html" / f"{key}.html.gz").read_bytes())
        .decode("utf-8", errors="replace")
        for key in truth
    }
    result = BenchResult(
        "extraction", ["system", "pages", "precision", "recall", "f1", "ms_per_page"],
        notes=["anchor: trafilatura 2.0 F1 0.958 (scrapinghub benchmark, full set)"],
    )
    systems: dict[str, Callable[[str], str]] = {
        "dragoman (extract+clean)": dragoman_body, "trafilatura.extract": trafilatura_body,
    }
    for name, system in systems.items():
        scores = []
        with stopwatch() as elapsed:
            for key, page in pages.items():
                scores.append(precision_recall(truth[key]["articleBody"], system(page)))
        precision = sum(p for p, _ in scores) / len(scores)
        recall = sum(r for _, r in scores) / len(scores)
        result.rows.append([name, len(scores), round(precision, 3), round(recall, 3),
                            round(f1(precision, recall), 3), round(1000 * elapsed[0] / len(scores), 1)])
    return result
