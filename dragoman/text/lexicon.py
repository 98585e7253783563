"""Tokens with lemmas, and lexicon entries (lemma, prefix*, multi-word) matched against them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex
import simplemma

from dragoman.deadline import loaded_once
from dragoman.text.casing import lower as lower_text
from dragoman.text.clitics import proclitics
from dragoman.text.segment import segment, split_entry

# Combining marks belong to their word (Devanagari vowel signs, Arabic shadda): "निंदा" is one token.
_TOKEN = regex.compile(r"[\w\p{M}]+")
SIMPLEMMA_LANGUAGES = frozenset(
    simplemma.strategies.dictionaries.dictionary_factory.SUPPORTED_LANGUAGES
)


@loaded_once
def load_lemma_dictionary(lang: str | None) -> bool:
    """Load simplemma's dictionary of a language once, before an article needs it (seconds each)."""
    if lang not in SIMPLEMMA_LANGUAGES:
        return False
    simplemma.is_known("a", lang=lang)
    return True


@dataclass(frozen=True)
class Token:
    """A word of the text with its offsets, lowercase form and lemma."""

    start: int
    end: int
    text: str
    lower: str
    lemma: str


@lru_cache(maxsize=200_000)
def lemma_of(word: str, lang: str | None) -> str:
    """simplemma's lemma, lowercased; the word itself for languages simplemma lacks."""
    lower = lower_text(word, lang)
    if not lang or lang not in SIMPLEMMA_LANGUAGES:
        return lower
    try:
        lemma = simplemma.lemmatize(lower, lang=lang).lower()
    except ValueError:
        return lower
    return _without_proclitic(lower, lang) if lemma == lower else lemma


def _without_proclitic(lower: str, lang: str) -> str:
    """The lemma of a word simplemma does not know once its proclitic is taken off ("والتقى")."""
    lead, rest = proclitics(lang).split(lower)
    if lead and simplemma.is_known(rest, lang=lang):
        return simplemma.lemmatize(rest, lang=lang).lower()
    return lower


def tokenise(text: str, lang: str | None, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    words = segment(text[start:end], lang)
    if words is not None:  # Chinese, Japanese, Korean: dragoman/text/segment.py
        return [Token(start + w.start, start + w.end, w.text, w.text.lower(), w.lemma) for w in words]
    return [
        Token(m.start(), m.end(), m.group(), lower_text(m.group(), lang), lemma_of(m.group(), lang))
        for m in _TOKEN.finditer(text, start, end)
    ]


# An entry part standing for a few words of any kind: "rufen ... auf" matches a German separable
# verb ("rief Russland zur Zurückhaltung auf"). The most words it skips:
GAP = "..."
# Letters of a prefix entry ("telefon*") its index is keyed by.
_KEY = 3
_GAP_WORDS = 8


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: a sequence of parts, each a lemma/word, a prefix ending in '*', or a gap."""

    text: str
    parts: tuple[str, ...]
    value: str

    @property
    def head(self) -> int:
        """How many consecutive tokens the entry covers from its first one (up to a gap)."""
        return self.parts.index(GAP) if GAP in self.parts else len(self.parts)

    def matches_at(self, tokens: list[Token], index: int) -> bool:
        return _matches(self.parts, tokens, index)


def _specificity(part: str) -> int:
    """A whole word outranks any prefix; a longer prefix a shorter one."""
    return len(part) if part.endswith("*") else 1_000


def _matches(parts: tuple[str, ...], tokens: list[Token], index: int) -> bool:
    if not parts:
        return True
    if parts[0] == GAP:
        stop = min(len(tokens), index + _GAP_WORDS + 1)
        return any(_matches(parts[1:], tokens, i) for i in range(index, stop + 1))
    if index >= len(tokens) or not _part_matches(parts[0], tokens[index]):
        return False
    return _matches(parts[1:], tokens, index + 1)


def _part_matches(part: str, token: Token) -> bool:
    if part.endswith("*"):
        return token.lower.startswith(part[:-1])
    return part in (token.lemma, token.lower)


class Lexicon:
    """Entries indexed by their first part for quick scanning of token lists."""

    def __init__(self, entries: Iterable[tuple[str, str]], lang: str | None) -> None:
        self._exact: dict[str, list[Entry]] = {}
        self._prefix: dict[str, list[Entry]] = {}  # keyed by the prefix's first _KEY letters
        for text, value in entries:
            parts = tuple(_entry_parts(text, lang))
            if not parts:
                continue
            entry = Entry(text, parts, value)
            if parts[0].endswith("*"):
                self._prefix.setdefault(parts[0][:-1][:_KEY], []).append(entry)
            else:
                self._exact.setdefault(parts[0], []).append(entry)
        for bucket in [*self._exact.values(), *self._prefix.values()]:
            bucket.sort(key=lambda e: -len(e.parts))

    def __bool__(self) -> bool:
        return bool(self._exact or self._prefix)

    def match(self, tokens: list[Token], index: int) -> Entry | None:
        """The longest entry starting at tokens[index], if any."""
        token = tokens[index]
        candidates = self._exact.get(token.lemma, []) + self._exact.get(token.lower, [])
        if self._prefix:  # a prefix is filed under its first _KEY letters, a shorter one whole
            keys = {token.lower[:size] for size in range(1, _KEY + 1)}
            candidates += [e for key in keys for e in self._prefix.get(key, ())
                           if token.lower.startswith(e.parts[0][:-1])]
        fitting = [e for e in candidates if e.matches_at(tokens, index)]
        # the most words; then a whole word over a prefix, and the longer of two prefixes ("공격기*",
        # attack aircraft, over "공격*", attack); else the first listed
        return max(fitting, key=lambda e: (len(e.parts), _specificity(e.parts[0]), -fitting.index(e))) \
            if fitting else None

    def find_all(self, tokens: list[Token]) -> list[tuple[int, Entry]]:
        found = []
        index = 0
        while index < len(tokens):
            entry = self.match(tokens, index)
            if entry:
                found.append((index, entry))
                index += entry.head
            else:
                index += 1
        return found


# Reflexive clitics are dropped from entries: "s'est entretenu" must match "s'entretenir".
_REFLEXIVE = frozenset({"s", "se", "si", "sich", "sie"})


def _entry_parts(text: str, lang: str | None) -> list[str]:
    """Split an entry like tokens are split; a trailing '*' stays on its part."""
    parts = regex.findall(r"[\w\p{M}]+\*?|\.\.\.|…", lower_text(text, lang))
    parts = [GAP if part in (GAP, "…") else piece for part in parts
             for piece in ([part] if part in (GAP, "…") or part.endswith("*") else split_entry(part, lang))]
    if len(parts) >= 2 and parts[0] in _REFLEXIVE:
        parts = parts[1:]
    if len(parts) >= 2 and parts[-1] in _REFLEXIVE:
        parts = parts[:-1]
    return parts
