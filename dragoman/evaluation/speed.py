"""Speed benchmark of the whole pipeline: throughput, stage shares, memory, start-up, workers."""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from dragoman.evaluation.common import BenchResult
from dragoman.ingest import collect_inputs
from dragoman.pipeline import StageClock, process_item
from dragoman.settings import DEFAULT_SETTINGS
from dragoman.sources import RawItem, read_input
from dragoman.text.clean import clean_text
from dragoman.text.extract import extract_html
from dragoman.text.sentences import sentence_spans

# Enough articles for stable per-article times on this machine (±3% between runs at 500).
DEFAULT_ARTICLES = 500


def corpus_items(corpus: Path, count: int) -> list[RawItem]:
    """Raw items of a corpus, repeated in a shuffled order until there are `count` of them."""
    files, _ = collect_inputs([str(corpus)])
    items = [i for f in files for i in read_input(f, DEFAULT_SETTINGS) if isinstance(i, RawItem)]
    if not items:
        return []
    rng = random.Random(7)
    out: list[RawItem] = []
    while len(out) < count:
        batch = items[:]
        rng.shuffle(batch)
        out.extend(batch)
    return out[:count]


def _run_pipeline(items: list[RawItem]) -> tuple[int, int, int, dict[str, float], float]:
    clock = StageClock()
    sentences = words = 0
    start = time.perf_counter()
    for item in items:
        try:
            document = process_item(item, DEFAULT_SETTINGS, clock)
        except Exception:
            continue
        sentences += len(sentence_spans(document.text, document.lang))
        words += len(document.text.split())
    return len(items), sentences, words, clock.seconds, time.perf_counter() - start


def _floor(items: list[RawItem]) -> float:
    """Reading and splitting into sentences only: the cost no pipeline can avoid."""
    start = time.perf_counter()
    for item in items:
        body = extract_html(item.body, item.origin).body if item.kind == "html" else item.body
        sentence_spans("\n\n".join(clean_text(body).paragraphs))
    return time.perf_counter() - start


def startup_seconds() -> dict[str, float]:
    """Fresh-process times: import, knowledge base and automaton, language model, first article."""
    script = (
        "import time; t=time.perf_counter(); import dragoman; a=time.perf_counter();"
        "from dragoman.actors.kb import default_knowledge_base as k; kb=k(); kb.matcher();"
        "b=time.perf_counter(); from dragoman.text.langid import identify_language as i; i('warm up');"
        "c=time.perf_counter(); dragoman.process('Le président kazakh a reçu le ministre russe à Astana.');"
        "d=time.perf_counter(); print(a-t, b-a, c-b, d-c)"
    )
    output = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    imported, kb, langid, first = (float(v) for v in output.stdout.split())
    return {"import": imported, "knowledge_base": kb, "language_model": langid, "first_article": first}


def bench_speed(corpus: Path, count: int = DEFAULT_ARTICLES, workers: int = 1) -> BenchResult:
    items = corpus_items(corpus, count)
    result = BenchResult("speed", ["measure", "value"])
    if not items:
        result.notes.append(f"no readable articles under {corpus}")
        return result
    _run_pipeline(items[: min(len(items), 60)])  # warm caches: models, lemma tables, automata
    articles, sentences, words, stages, elapsed = _run_pipeline(items)
    floor = _floor(items)
    rows: list[tuple[str, float | str]] = [
        ("articles", articles), ("words per article", round(words / articles)),
        ("articles/s (1 core)", round(articles / elapsed, 1)),
        ("sentences/s (1 core)", round(sentences / elapsed)),
        ("ms per article", round(1000 * elapsed / articles, 2)),
        ("floor: read+clean+split articles/s", round(articles / floor, 1)),
    ]
    total = sum(stages.values()) or 1.0
    rows += [(f"stage share: {name}", f"{100 * s / total:.1f}% ({1000 * s / articles:.2f} ms/article)")
             for name, s in sorted(stages.items(), key=lambda kv: -kv[1])]
    if workers > 1:
        rows.append((f"articles/s ({workers} workers)", _parallel(items, workers)))
    rows.append(("peak memory MB", round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)))
    rows += [(f"start-up s: {k}", round(v, 3)) for k, v in startup_seconds().items()]
    result.rows = [list(r) for r in rows]
    result.notes.append(f"corpus: {corpus} repeated and shuffled to {articles} articles")
    return result


def _chunk_run(items: list[RawItem]) -> int:
    return _run_pipeline(items)[0]


def _parallel(items: list[RawItem], workers: int) -> float:
    chunks = [items[i::workers] for i in range(workers)]
    start = time.perf_counter()
    with ProcessPoolExecutor(workers) as pool:
        done = sum(pool.map(_chunk_run, chunks))
    return round(done / (time.perf_counter() - start), 1)
