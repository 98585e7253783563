"""Run the pipeline over annotated articles and score it (`dragoman eval`)."""

from __future__ import annotations

from pathlib import Path

from dragoman.document import Document
from dragoman.errors import ConfigError
from dragoman.evaluation.gold import GoldScore, load_gold, score_document
from dragoman.ingest import collect_inputs, iter_documents
from dragoman.settings import DEFAULT_SETTINGS, Settings
from dragoman.store import Store

# Which measure each headline figure reads: (measure, attribute).
HEADLINE = {
    "language accuracy": ("language", "recall"),
    "noise removed": ("noise", "recall"),
    "repairs applied": ("repairs", "recall"),
    "people F1": ("people", "f1"),
    "actors F1": ("actors", "f1"),
    "quotes found": ("quotes found", "recall"),
    "quotes with right speaker": ("quotes with right speaker", "recall"),
    "events recall (required)": ("events recall (required)", "recall"),
    "events precision": ("events precision", "precision"),
    "event dates right": ("event dates", "recall"),
}


def documents_from_folder(folder: Path, settings: Settings = DEFAULT_SETTINGS) -> dict[str, Document]:
    """Process every input under a folder, keyed by `doc` (file name, record id, URL)."""
    files, _ = collect_inputs([str(folder)], settings.exclude)
    found: dict[str, Document] = {}
    for _source, _item, result in iter_documents(files, settings):
        if isinstance(result, Document):
            found.setdefault(result.doc, result)
    return found


def documents_from_store(db: Path, docs: list[str]) -> dict[str, Document]:
    with Store.open(db, readonly=True) as store:
        return {doc: d for doc in docs if (d := store.get_document_by_doc(doc)) is not None}


def evaluate(gold_path: Path, docs: Path | None = None, db: Path | None = None,
             settings: Settings = DEFAULT_SETTINGS) -> GoldScore:
    """Score the pipeline's documents against a gold file."""
    gold = load_gold(gold_path)
    if db is not None:
        documents = documents_from_store(db, [g["doc"] for g in gold])
    else:
        folder = docs or _default_docs(gold_path)
        documents = documents_from_folder(folder, settings)
    score = GoldScore()
    for entry in gold:
        score_document(entry, documents.get(entry["doc"]), score)
    return score


def headline(score: GoldScore) -> dict[str, float]:
    return {
        label: round(getattr(score.measures[name], attribute), 3)
        for label, (name, attribute) in HEADLINE.items()
        if name in score.measures
    }


def _default_docs(gold_path: Path) -> Path:
    """seeds.jsonl annotates ../seeds; a corpus's gold.jsonl annotates its own folder."""
    for candidate in (gold_path.parent.parent / "seeds", gold_path.parent):
        if candidate.is_dir() and any(p.suffix != ".jsonl" for p in candidate.iterdir()):
            return candidate
    raise ConfigError(f"cannot tell where the articles of {gold_path} are: pass --docs DIR")
