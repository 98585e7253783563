"""A large database for load tests, made in a minute rather than hours: the sample corpus is analysed
once by the real pipeline, then each article is stored again and again through the store layer
(Store.save_article) with a new id and its dates moved by whole weeks. Copies in the same "story"
share their dates, so their events merge as reports of one event do (1 to ~40 sources each)."""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from dragoman.document import Document
from dragoman.errors import ConfigError
from dragoman.ingest import collect_inputs, iter_documents
from dragoman.settings import Settings
from dragoman.store import Store, StoredInput
from dragoman.store.dialect import Target


def analysed_corpus(corpus: Path, settings: Settings) -> list[Document]:
    """Every article of the corpus that the pipeline accepts, analysed."""
    files, _ = collect_inputs([str(corpus)], settings.exclude)
    documents = [doc for _, _, doc in iter_documents(files, settings) if isinstance(doc, Document)]
    if not documents:
        raise ConfigError(f"no usable article in {corpus}")
    return documents


def build_database(path: Target, articles: int, corpus: Path, settings: Settings,
                   progress: Callable[[int], None] | None = None) -> int:
    """Fill the database at path up to `articles` synthetic articles; returns how many it holds."""
    with Store.open(path) as store:
        held = store.count_articles()
        if held >= articles:
            return held
        documents = analysed_corpus(corpus, settings)
        for number in range(held, articles):
            original = documents[number % len(documents)]
            copy = synthetic_copy(original, number, number // len(documents))
            origin = f"synthetic:{number}"
            store.save_article(copy, StoredInput(origin, "", origin, b"", "synthetic"), None)
            if progress and number % 500 == 0:
                progress(number)
        return store.count_articles()


def synthetic_copy(original: Document, number: int, copy: int) -> Document:
    """Copy `copy` of an article: new ids, dates moved by its story's number of weeks."""
    story = math.isqrt(copy)  # stories of 1, 3, 5, 7... copies: a long tail of widely reported events
    shift = timedelta(weeks=story)
    data = json.loads(json.dumps(original.to_json()))  # a deep copy: to_json shares the event dicts
    data["id"] = _digest(f"{original.id}:{number}")
    data["doc"] = f"{original.doc}#copy-{copy}"
    data["published"] = _moved(data.get("published"), shift)
    for event in data["events"]:
        event["id"] = _digest(f"{event['id']}:{number}")
        event["date"] = _moved(event.get("date"), shift)
    return Document.from_json(data)


def _moved(value: Any, shift: timedelta) -> Any:
    """A day date moved by shift; months, years and missing dates stay as they are."""
    if not isinstance(value, str) or len(value) != 10:
        return value
    try:
        return (date.fromisoformat(value) + shift).isoformat()
    except ValueError:
        return value


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]
