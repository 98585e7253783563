"""Batch ingest: paths → raw items → documents → store, with duplicates and rejections counted."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from datasketch import MinHash

from dragoman.document import Document
from dragoman.errors import InputRejected
from dragoman.identity import (
    NearDuplicateIndex,
    minhash_of,
    signature_bytes,
    signature_from_bytes,
)
from dragoman.pipeline import Pipeline
from dragoman.settings import Settings
from dragoman.sources import InputFile, Rejection, expand_paths, read_input
from dragoman.sources.items import RawItem
from dragoman.store import Store, StoredInput

ProgressCallback = Callable[[str, str], None]


@dataclass
class IngestReport:
    """What an ingest run did, for the summary line and the exit status."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    interrupted: bool = False

    def as_dict(self) -> dict[str, object]:
        return {
            "read": self.read,
            "stored": self.stored,
            "unchanged": self.unchanged,
            "duplicates": self.duplicates,
            "near_duplicates": self.near_duplicates,
            "rejected": [str(r) for r in self.rejected],
            "interrupted": self.interrupted,
        }


def collect_inputs(paths: Sequence[str],
                   exclude: Sequence[str] = ()) -> tuple[list[InputFile], list[Rejection]]:
    """Expand paths once so progress can show a total."""
    files: list[InputFile] = []
    missing: list[Rejection] = []
    for entry in expand_paths(paths, exclude):
        if isinstance(entry, Rejection):
            missing.append(entry)
        else:
            files.append(entry)
    return files, missing


def iter_documents(
    files: Sequence[InputFile], settings: Settings, pipeline: Pipeline | None = None
) -> Iterator[tuple[InputFile, RawItem | None, Document | Rejection]]:
    """Every document or rejection the inputs yield, without touching a database (`pipeline`: stages
    replaced or left out; by default those `settings` choose)."""
    pipeline = pipeline or Pipeline(settings)
    for source in files:
        for item in read_input(source, settings):
            if isinstance(item, Rejection):
                yield source, None, item
                continue
            yield source, item, process_or_reject(item, pipeline)


def process_or_reject(item: RawItem, pipeline: Pipeline) -> Document | Rejection:
    try:
        return pipeline.process_item(item)
    except InputRejected as exc:
        return Rejection(exc.origin, exc.reason, exc.locator or item.locator)


def fingerprint(item: RawItem) -> str:
    """Identity of an input record: its bytes and how they are read."""
    digest = hashlib.sha256(item.raw)
    digest.update(f"\0{item.kind}\0{item.format}".encode())
    return digest.hexdigest()


class Ingester:
    """Stores documents one transaction each, linking exact and near duplicates; `pipeline` runs
    stages replaced or left out (by default those `settings` choose)."""

    def __init__(self, store: Store, settings: Settings, pipeline: Pipeline | None = None) -> None:
        self.store = store
        self.settings = settings
        self.pipeline = pipeline or Pipeline(settings)
        self.report = IngestReport()
        self._index: NearDuplicateIndex | None = None

    def run(
        self, paths: Sequence[str], progress: ProgressCallback | None = None, strict: bool = False
    ) -> IngestReport:
        files, missing = collect_inputs(paths, self.settings.exclude)
        self.report.rejected.extend(missing)
        if strict and missing:
            return self.report
        for source in files:
            if progress:
                progress("file", source.name)
            for item in read_input(source, self.settings):
                self._ingest_one(item)
                if strict and self.report.rejected:
                    return self.report
        return self.report

    def _ingest_one(self, item: RawItem | Rejection) -> None:
        if isinstance(item, Rejection):
            self.report.rejected.append(item)
            return
        mark = self._new_input(item)
        if mark:
            self._record(item, mark, process_or_reject(item, self.pipeline))

    def add_analysed(self, item: RawItem, result: Document | Rejection,
                     signature: MinHash | None = None) -> None:
        """Store a record analysed elsewhere (a Spark job's tables) exactly as ingest stores it."""
        mark = self._new_input(item)
        if mark:
            self._record(item, mark, result, signature)

    def _new_input(self, item: RawItem) -> str | None:
        """The record's fingerprint, or None when the store has read these bytes before."""
        self.report.read += 1
        mark = fingerprint(item)
        if self.store.input_status(mark):
            self.report.unchanged += 1
            return None
        return mark

    def _record(self, item: RawItem, mark: str, result: Document | Rejection,
                signature: MinHash | None = None) -> None:
        if isinstance(result, Rejection):
            self.report.rejected.append(result)
            return
        self._store(result, item, mark, signature)

    def _store(self, document: Document, item: RawItem, mark: str, signature: MinHash | None) -> None:
        if signature is None:
            signature = minhash_of(
                document.text, self.settings.shingle_words, self.settings.minhash_permutations
            )
        if not self.store.has_article(document.id):
            close = self.index().closest(signature)
            if close:
                document.near_duplicate_of, document.similarity = close[0], round(close[1], 3)
        provenance = StoredInput(item.origin, item.locator, mark, item.raw, item.kind)
        status = self.store.save_article(document, provenance, signature_bytes(signature))
        if status == "duplicate":
            self.report.duplicates += 1
            return
        self.report.stored += 1
        self.report.near_duplicates += int(document.near_duplicate_of is not None)
        self.index().add(document.id, signature)

    def index(self) -> NearDuplicateIndex:
        """The LSH index of stored articles, built on first need."""
        if self._index is None:
            permutations = self.settings.minhash_permutations
            self._index = NearDuplicateIndex(self.settings.near_duplicate_threshold, permutations)
            for article_id, data in self.store.signatures():
                self._index.add(article_id, signature_from_bytes(data, permutations))
        return self._index
