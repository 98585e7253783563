"""On the user's seed articles: language, noise gone, repairs mended, no sentence lost."""

from __future__ import annotations

import re

import pytest

from dragoman import process
from dragoman.text.sentences import split_sentences
from tests.conftest import SHARED


def _documents(gold: list[dict]) -> list[tuple[dict, str, object]]:
    out = []
    for entry in gold:
        raw = (SHARED / "seeds" / entry["doc"]).read_text(encoding="utf-8")
        out.append((entry, raw, process(raw)))
    return out


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_language_noise_and_repairs(seeds_gold: list[dict]) -> None:
    for entry, _raw, document in _documents(seeds_gold):
        assert document.lang == entry["lang"], entry["doc"]
        for noise in entry["noise"]:
            assert noise not in document.text, (entry["doc"], noise)
        for wrong, right in entry.get("repairs", []):
            assert wrong not in document.text and right in document.text, (entry["doc"], wrong)


def test_no_sentence_is_lost(seeds_gold: list[dict]) -> None:
    for entry, raw, document in _documents(seeds_gold):
        source = raw
        for noise in entry["noise"]:
            source = source.replace(noise, "\n")
        for wrong, right in entry.get("repairs", []):
            source = source.replace(wrong, right)
        cleaned = _normalise(document.text)
        for sentence in split_sentences(source, entry["lang"]):
            words = re.findall(r"\w+", sentence)
            if len(words) < 6 or "(@" in sentence:
                continue  # labels, bylines and tweet signatures, not sentences
            sentence = re.sub(r"\s*(pic\.twitter\.com/\w+|Foto: [\w.]+)$", "", sentence)
            assert _normalise(sentence) in cleaned, (entry["doc"], sentence)


@pytest.mark.parametrize("index", range(5))
def test_removals_are_recorded(seeds_gold: list[dict], index: int) -> None:
    entry, _raw, document = _documents(seeds_gold)[index]
    removed = " ".join(r.text for r in document.removed)
    for noise in entry["noise"]:
        assert noise in removed, (entry["doc"], noise)
