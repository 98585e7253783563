"""On the sample corpus (examples/): every annotated noise line goes, no sentence of an article is lost."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

import dragoman.pipeline as pipeline
from dragoman.document import Document
from dragoman.ingest import collect_inputs, iter_documents
from dragoman.settings import DEFAULT_SETTINGS
from dragoman.text.sentences import split_sentences
from tests.conftest import EXAMPLES, REPO, load_gold

GOLD = REPO / "gold" / "examples.jsonl"


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def cleaned_examples() -> dict[str, tuple[str, Document]]:
    """Each example document with the body cleaning received (after HTML extraction)."""
    if not GOLD.exists():
        pytest.skip("gold/examples.jsonl is missing")
    bodies: list[str] = []
    original = pipeline.clean_text

    def recording(body: str):  # type: ignore[no-untyped-def]
        bodies.append(body)
        return original(body)

    pipeline.clean_text = recording  # type: ignore[assignment]
    found: dict[str, tuple[str, Document]] = {}
    try:
        files, _ = collect_inputs([str(EXAMPLES)])
        for _source, _item, result in iter_documents(files, replace(DEFAULT_SETTINGS, analyse=False)):
            if isinstance(result, Document) and bodies:
                found.setdefault(result.doc, (bodies[-1], result))
            bodies.clear()
    finally:
        pipeline.clean_text = original  # type: ignore[assignment]
    return found


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return load_gold(GOLD) if GOLD.exists() else []


def test_every_noise_line_is_removed_and_recorded(cleaned_examples, gold) -> None:
    for entry in gold:
        body, document = cleaned_examples[entry["doc"]]
        removed = " ".join(r.text for r in document.removed)
        for noise in entry.get("noise", []):
            assert noise not in document.text, (entry["doc"], noise)
            if noise in body:  # HTML extraction leaves most page furniture behind already
                assert noise in removed, (entry["doc"], noise)


def test_no_sentence_of_an_article_is_lost(cleaned_examples, gold) -> None:
    for entry in gold:
        body, document = cleaned_examples[entry["doc"]]
        source = body
        for noise in entry.get("noise", []):
            source = source.replace(noise, "\n")
        for wrong, right in entry.get("repairs", []):
            source = source.replace(wrong, right)
        cleaned = _normalise(document.text)
        inline = [r.text for r in document.removed if r.inline]
        bylines = {_normalise(r.text) for r in document.removed if r.kind in ("byline", "published")}
        for sentence in split_sentences(source, entry["lang"]):
            if len(re.findall(r"\w+", sentence)) < 6 or "(@" in sentence:
                continue  # labels and tweet signatures, not sentences
            for cut in inline:
                sentence = sentence.replace(cut, "")
            if _normalise(sentence) in bylines:
                assert document.metadata.get("author") or document.published, (entry["doc"], sentence)
                continue  # author and date of the article: kept as metadata
            assert _normalise(sentence) in cleaned, (entry["doc"], sentence)
