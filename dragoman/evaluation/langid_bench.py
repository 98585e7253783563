"""Language identification benchmark: accuracy on short paragraphs and speed, per backend."""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from pathlib import Path

from dragoman.document import Document
from dragoman.evaluation.common import BenchResult, stopwatch
from dragoman.ingest import collect_inputs, iter_documents
from dragoman.settings import DEFAULT_SETTINGS
from dragoman.text.langid import identify_language, load_identifier

BACKENDS = ("fasttext", "langid", "lingua")
_SPACE_BEFORE = re.compile(r"\s+([,.;:!?%)\]»])")
_SPACE_AFTER = re.compile(r"([(\[«])\s+")


def detokenise(tokens: list[str]) -> str:
    text = " ".join(tokens)
    return _SPACE_AFTER.sub(r"\1", _SPACE_BEFORE.sub(r"\1", text)).replace(" ' ", "'")


def conll_sentences(path: Path, limit: int) -> list[str]:
    """Detokenised sentences of a CoNLL file (first `limit` of a fixed shuffle)."""
    sentences: list[str] = []
    tokens: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if tokens:
                sentences.append(detokenise(tokens))
            tokens = []
            continue
        parts = line.split("\t")
        if len(parts) >= 2:
            tokens.append(parts[1])
    random.Random(13).shuffle(sentences)
    return [s for s in sentences if len(s) >= 20][:limit]


def paragraph_samples(data: Path, corpus: Path | None, per_language: int = 150) -> list[tuple[str, str]]:
    """(language, paragraph) pairs: one- and three-sentence paragraphs from wikineural, plus the
    paragraphs of annotated articles (examples/ gold languages, seeds)."""
    samples: list[tuple[str, str]] = []
    for folder in sorted((data / "bench" / "ner" / "wikineural").iterdir()):
        sentences = conll_sentences(folder / "val.conllu", per_language * 4)
        samples += [(folder.name, s) for s in sentences[:per_language]]
        rest = sentences[per_language:]
        samples += [(folder.name, " ".join(rest[i : i + 3])) for i in range(0, 3 * per_language, 3)][
            : per_language // 3
        ]
    pairs = [(data / "gold" / "seeds.jsonl", data / "seeds")]
    if corpus:  # a corpus's gold beside it (examples/gold.jsonl) or in gold/ (gold/examples.jsonl)
        pairs += [(corpus / "gold.jsonl", corpus), (corpus.parent / "gold" / f"{corpus.name}.jsonl", corpus)]
    for gold_file, folder in pairs:
        if gold_file.exists():
            samples += _article_paragraphs(gold_file, folder)
    return [(lang, text) for lang, text in samples if text.strip()]


def _article_paragraphs(gold_file: Path, folder: Path) -> list[tuple[str, str]]:
    languages = {}
    for line in gold_file.read_text(encoding="utf-8").splitlines():
        if line.strip():
            entry = json.loads(line)
            languages[entry["doc"]] = entry["lang"]
    files, _ = collect_inputs([str(folder)])
    pairs = []
    for _source, _item, document in iter_documents(files, DEFAULT_SETTINGS):
        if not isinstance(document, Document):
            continue
        lang = languages.get(document.doc)
        if lang:
            pairs += [(lang, p) for p in document.paragraph_texts() if len(p) >= 30]
    return pairs


def bench_langid(data: Path, corpus: Path | None = None, backends: tuple[str, ...] = BACKENDS
                 ) -> BenchResult:
    """Accuracy overall and per language, load time and paragraphs per second for each backend."""
    samples = paragraph_samples(data, corpus)
    languages = sorted({lang for lang, _ in samples})
    result = BenchResult("langid", ["backend", "paragraphs", "accuracy", "load_s", "para_per_s",
                                    *languages])
    for backend in backends:
        with stopwatch() as loading:
            load_identifier(backend)
            identify_language("warm-up: models load on first use", backend)
        right: dict[str, list[bool]] = defaultdict(list)
        with stopwatch() as running:
            for lang, text in samples:
                right[lang].append(identify_language(text, backend)[0] == lang)
        total = sum(len(v) for v in right.values())
        correct = sum(sum(v) for v in right.values())
        per_language = [round(sum(right[lang]) / len(right[lang]), 3) for lang in languages]
        result.rows.append([backend, total, round(correct / total, 4), round(loading[0], 2),
                            round(total / running[0]), *per_language])
    counts = {lang: sum(1 for l_, _ in samples if l_ == lang) for lang in languages}
    result.notes.append(f"samples per language: {counts}")
    return result
