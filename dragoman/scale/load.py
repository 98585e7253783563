"""Fill a store from a Spark run's Parquet tables, replaying its records in input order through the
store's own write path (Ingester), so the database is the one `dragoman ingest` would have made."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dragoman.document import Document, SourceInfo
from dragoman.errors import ConfigError
from dragoman.identity import signature_from_bytes
from dragoman.ingest import Ingester, IngestReport
from dragoman.settings import Settings
from dragoman.sources.items import RawItem, Rejection
from dragoman.store import Store

_BATCH_ROWS = 2000


def load_parquet(output: Path, store: Store, settings: Settings) -> IngestReport:
    """Store every article of the tables under output (written by `dragoman spark`) in the store."""
    ingester = Ingester(store, settings)
    documents = _rows(output / "documents")
    pending = next(documents, None)
    previous = -1
    for row in _rows(output / "sources"):
        if row["ordinal"] <= previous:
            raise ConfigError(f"{output}/sources is not in input order (was it written by dragoman spark?)")
        previous = row["ordinal"]
        if row["kind"] is None:  # the file itself could not be read
            ingester.report.rejected.append(_rejection(row))
            continue
        item = RawItem(row["origin"], row["doc"], row["kind"], "", row["raw"], row["format"],
                       row["locator"] or "")
        if row["reason"] is not None:
            ingester.add_analysed(item, _rejection(row))
        elif pending is not None and pending["ordinal"] == row["ordinal"]:  # the article's first record
            document = Document.from_json(json.loads(pending["document_json"]))
            signature = signature_from_bytes(pending["minhash"], settings.minhash_permutations)
            ingester.add_analysed(item, document, signature)
            pending = next(documents, None)
        else:  # the same article read again: the store links this source to it
            seen = Document(doc=row["doc"], text="", id=row["article_id"],
                            source=SourceInfo(path=row["origin"], url=row["url"]))
            ingester.add_analysed(item, seen)
    if pending is not None:
        raise ConfigError(f"{output}/documents has articles that no source gives (tables of two runs?)")
    return ingester.report


def _rejection(row: dict[str, Any]) -> Rejection:
    return Rejection(row["origin"], row["reason"], row["locator"] or "")


def _rows(folder: Path) -> Iterator[dict[str, Any]]:
    """A table's rows in the order written (Spark names its part files in that order)."""
    import pyarrow.parquet as pq

    parts = sorted(folder.glob("part-*.parquet"))
    if not parts:
        raise ConfigError(f"no Parquet table at {folder} (run `dragoman spark ... {folder.parent}` first)")
    for part in parts:
        for batch in pq.ParquetFile(part).iter_batches(batch_size=_BATCH_ROWS):
            yield from batch.to_pylist()
