"""Ingest speed into a database already holding N articles: does merging slow down as it grows?"""

from __future__ import annotations

import hashlib
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dragoman.document import Document
from dragoman.errors import InputRejected
from dragoman.evaluation.common import BenchResult
from dragoman.evaluation.speed import corpus_items
from dragoman.pipeline import process_item
from dragoman.settings import DEFAULT_SETTINGS
from dragoman.sources import RawItem
from dragoman.store import Store
from dragoman.store.dialect import Target
from dragoman.store.sqlite import StoredInput
from dragoman.store.synthetic import fill_synthetic

# Documents stored before the timed run, so that both sizes start with warm caches.
_WARM_UP = 20


def bench_stored(corpus: Path, sizes: list[int], count: int, server: str | None = None) -> BenchResult:
    """Articles/s of ingest (pipeline + store with cross-article merging) at each stored size, into
    SQLite files or (server: a postgresql:// URL) new databases on that PostgreSQL server."""
    result = BenchResult("speed-stored", ["stored articles", "stored events", "fill s",
                                          "store+merge ms/article", "ingest articles/s"])
    processed = _processed(corpus_items(corpus, count))
    if not processed:
        result.notes.append(f"no readable articles under {corpus}")
        return result
    pipeline_seconds = sum(seconds for *_, seconds in processed)
    for size in sizes:
        with _scratch(server) as target, Store.open(target) as store:
            start = time.perf_counter()
            events = fill_synthetic(store, size)
            filled = time.perf_counter() - start
            _store_copies(store, processed[:_WARM_UP], "warm-up")  # page cache and statements, not timed
            stored = _store_copies(store, processed, "bench")
        per_article = stored / len(processed)
        rate = len(processed) / (pipeline_seconds + stored)
        result.rows.append([f"{size:,}", f"{events:,}", round(filled, 1), round(1000 * per_article, 2),
                            round(rate, 1)])
    if server:
        from dragoman.store.postgres import safe_dsn

        result.notes.append(f"Databases: new ones on the PostgreSQL server {safe_dsn(server)}.")
    else:
        result.notes.append("Databases: new SQLite files.")
    result.notes.append(
        f"Each database is first filled with synthetic rows (dragoman/store/synthetic.py: bulk inserts of "
        f"articles with 1-3 events each over 52 parties, 16 event types and 3 years); then {len(processed)} "
        f"articles of {corpus} (repeated, each copy a new article) are stored through the store layer, "
        f"merging their events with those already stored. Ingest articles/s = articles / (pipeline time, "
        f"measured once, + store time at that size).")
    return result


@contextmanager
def _scratch(server: str | None) -> Iterator[Target]:
    """A new database: a file in a temporary folder, or one on the PostgreSQL server."""
    if server is None:
        with tempfile.TemporaryDirectory() as folder:
            yield Path(folder) / "bench.db"
        return
    from dragoman.store.postgres import scratch_database

    with scratch_database(server, "dragoman_bench") as dsn:
        yield dsn


def _processed(items: list[RawItem]) -> list[tuple[RawItem, Document, float]]:
    """Each item through the pipeline once, with its time (warm: models loaded on a first pass)."""
    for item in items[:20]:
        _process(item)
    out = []
    for item in items:
        start = time.perf_counter()
        document = _process(item)
        if document is not None:
            out.append((item, document, time.perf_counter() - start))
    return out


def _process(item: RawItem) -> Document | None:
    try:
        return process_item(item, DEFAULT_SETTINGS)
    except InputRejected:
        return None


def _store_copies(store: Store, processed: list[tuple[RawItem, Document, float]], run: str) -> float:
    """Seconds to store every document as a new article (its own id), events merged."""
    start = time.perf_counter()
    for number, (item, document, _) in enumerate(processed):
        copy = Document.from_json(document.to_json())
        copy.id = hashlib.sha256(f"{run}:{document.id}:{number}".encode()).hexdigest()[:16]
        provenance = StoredInput(item.origin, item.locator, f"{run}:{number}", item.raw, item.kind)
        store.save_article(copy, provenance, None)
    return time.perf_counter() - start
