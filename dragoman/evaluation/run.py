"""Run the pipeline over annotated articles and score it (`dragoman eval`)."""

from __future__ import annotations

from pathlib import Path

from dragoman.document import Document
from dragoman.errors import ConfigError
from dragoman.evaluation.common import f1
from dragoman.evaluation.gold import GoldScore, load_gold, score_document
from dragoman.ingest import collect_inputs, iter_documents
from dragoman.settings import DEFAULT_SETTINGS, Settings
from dragoman.store import Store

# Each headline figure: (measure, attribute, the name `score.py` prints it under). A figure whose
# measure counted nothing (no quotes in the gold, say) is left out, as `score.py` prints None.
HEADLINE = {
    "language accuracy": ("language", "recall", "lang_acc"),
    "noise removed": ("noise", "recall", "noise_removed"),
    "repairs applied": ("repairs", "recall", "repairs"),
    "people F1": ("people", "f1", "people_f"),
    "actors F1": ("actors", "f1", "actors_f"),
    "actors in events F1": ("actors in events", "f1", "actors_ev_f"),
    "quotes found": ("quotes found", "recall", "quotes_found"),
    "quotes with right speaker": ("quotes with right speaker", "recall", "quotes_speaker"),
    "events recall (required)": ("events recall (required)", "recall", "events_r"),
    "events precision": ("events precision", "precision", "events_p"),
    "event dates right": ("event dates", "recall", "dates"),
}
# Measures that are shares of gold items: without gold items there is no figure.
_SHARES = {"noise", "repairs", "quotes found", "quotes with right speaker", "event dates"}


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
        documents = documents_from_folder(docs or _default_docs(gold_path), settings)
    return score_documents(gold, documents)


def score_documents(gold: list[dict], documents: dict[str, Document]) -> GoldScore:
    """Score documents already made (keyed by `doc`) against gold entries, overall and per language."""
    score = GoldScore()
    for entry in gold:
        document = documents.get(entry["doc"])
        score_document(entry, document, score)
        score_document(entry, document, score.language(entry.get("lang") or "?"))
    return score


def headline(score: GoldScore) -> dict[str, float]:
    """The figures of the gold README, by the reference scorer's rules."""
    figures = {}
    for label, (name, attribute, _reference) in HEADLINE.items():
        tally = score.measures.get(name)
        if tally is None or (name in _SHARES and not tally.expected):
            continue
        figures[label] = round(getattr(tally, attribute), 3)
    recall, precision = score.measures.get("events recall (required)"), score.measures.get("events precision")
    if recall and precision:
        figures["events F1"] = round(f1(precision.precision, recall.recall), 3)
    return figures


def _default_docs(gold_path: Path) -> Path:
    """seeds.jsonl annotates ../seeds; a corpus's gold.jsonl annotates its own folder."""
    for candidate in (gold_path.parent.parent / "seeds", gold_path.parent):
        if candidate.is_dir() and any(p.suffix != ".jsonl" for p in candidate.iterdir()):
            return candidate
    raise ConfigError(f"cannot tell where the articles of {gold_path} are: pass --docs DIR")
