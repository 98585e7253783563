"""Words of languages written without spaces (Chinese, Japanese) or with particles glued on (Korean).

The method is named in the language file (`[segmentation] method`, see docs/lexicons.md):
- `characters`: every Han character is a word; lexicon entries are split the same way, so "驱逐"
  matches the two characters in a row, in simplified and traditional text alike, with no model;
- `mecab`: MeCab words with their dictionary form (fugashi with unidic-lite, loaded on first use,
  only for texts in that language);
- `particles`: words between spaces, the lemma losing the longest listed particle ("정부가" → 정부).
Languages without the section are split by the regular-expression tokeniser.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any, NamedTuple

import regex

from dragoman.errors import ConfigError
from dragoman.languages import language

# A Han character alone, or a run of other word characters (Latin, digits, kana, Hangul).
_CHARACTERS = regex.compile(r"\p{Han}|(?:(?!\p{Han})\w)+")
_WORD = regex.compile(r"\w+")
_MIN_STEM = 1  # letters a Korean word keeps after its particle is taken off


class Word(NamedTuple):
    """A word: offsets relative to the segmented string, its surface form and its lemma."""

    start: int
    end: int
    text: str
    lemma: str


def method_of(lang: str | None) -> str | None:
    """The segmentation method of a language file, or None for the regular tokeniser."""
    if not lang:
        return None
    method = language(lang).section("segmentation").get("method")
    if method not in (None, "characters", "mecab", "particles"):
        raise ConfigError(f"language file {lang}.toml: unknown [segmentation] method {method!r}")
    return method


@lru_cache(maxsize=4096)
def segment(text: str, lang: str | None) -> tuple[Word, ...] | None:
    """The words of a text in a language that needs segmenting; None for other languages."""
    method = method_of(lang)
    if method == "characters":
        fold = _folding(lang)
        return tuple(Word(m.start(), m.end(), m.group(), fold.get(m.group(), m.group().lower()))
                     for m in _CHARACTERS.finditer(text))
    if method == "particles":
        strip = _particle_stripper(lang)
        return tuple(Word(m.start(), m.end(), m.group(), strip(m.group().lower()))
                     for m in _WORD.finditer(text))
    if method == "mecab":
        return _mecab_words(text)
    return None


def split_entry(part: str, lang: str | None) -> list[str]:
    """An entry's word split as the text is, so that it matches the same words in a row."""
    words = segment(part, lang)
    if not words or method_of(lang) == "particles":
        return [part]
    return [w.lemma for w in words]


@cache
def _folding(lang: str | None) -> dict[str, str]:
    """Character variants read as one (traditional 驅 as simplified 驱): `[segmentation] fold`."""
    pairs = language(lang or "").section("segmentation").get("fold", [])
    return {pair[0]: pair[1] for pair in pairs if len(pair) == 2}


def _particle_stripper(lang: str | None) -> Any:
    particles = sorted(language(lang or "").section("segmentation").get("particles", []),
                       key=len, reverse=True)

    def strip(word: str) -> str:
        for particle in particles:
            if word.endswith(particle) and len(word) - len(particle) >= _MIN_STEM:
                return word[: -len(particle)]
        return word

    return strip


@cache
def _tagger() -> Any:
    """fugashi's MeCab with unidic-lite, built once: about 0.02 s and 26 MB."""
    try:
        import fugashi  # loaded only for Japanese texts
    except ImportError as exc:
        raise ConfigError("Japanese segmentation needs fugashi and unidic-lite installed") from exc
    return fugashi.Tagger()


def _mecab_words(text: str) -> tuple[Word, ...]:
    """MeCab words with offsets found in the text, their lemma the dictionary form (求め → 求める)."""
    words: list[Word] = []
    cursor = 0
    for node in _tagger()(text):
        surface = node.surface
        start = text.find(surface, cursor)
        if start < 0 or not _WORD.search(surface):
            continue
        cursor = start + len(surface)
        base = getattr(node.feature, "orthBase", None) or surface
        words.append(Word(start, cursor, surface, str(base).lower()))
    return tuple(words)
