"""Multi-pattern matching of every known name over a text (Aho-Corasick), inflection-aware."""

from __future__ import annotations

from dataclasses import dataclass

import ahocorasick
import regex

from dragoman.actors.model import Name

_CYRILLIC = regex.compile(r"\p{Script=Cyrillic}")
# Scripts whose names take the language's `case_endings` (Korean particles: 북한의, 미국은).
_INFLECTED = regex.compile(r"\p{Script=Cyrillic}|\p{Script=Hangul}")
# Scripts written without spaces: a name may stand right next to other words (中国外交部, 米国務省).
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー]")
# Case endings that may follow a Cyrillic name (Казахстан-а, Росси-ей, Қазақстан-ның) come from the
# `case_endings` of the document's language file ([names]); a stem (Росси for Россия) needs one.
_MIN_STEM = 4
_LATIN_SUFFIXES = ("s",)  # German genitive and English plural of names (Kasachstans, Kazakhs)


@dataclass(frozen=True)
class NameMatch:
    """A name found in a text: [start, end) offsets into the original text."""

    start: int
    end: int
    name: Name


_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})


def fold_text(text: str) -> str:
    """Lowercase without changing length, so offsets stay valid; curly apostrophes made straight."""
    lower = text.lower()
    if len(lower) != len(text):  # İ and a few others lowercase to two characters
        return "".join(_fold_char(c) for c in text)
    return lower.translate(_APOSTROPHES)


def _fold_char(char: str) -> str:
    if char in "’ʼ`":
        return "'"
    lower = char.lower()
    return lower if len(lower) == 1 else char


class NameMatcher:
    """Finds every name of a list in texts; longest leftmost matches win."""

    def __init__(self, names: list[Name]) -> None:
        self._automaton = ahocorasick.Automaton()
        entries: dict[str, list[tuple[Name, bool]]] = {}
        for name in names:
            folded = fold_text(name.text)
            entries.setdefault(folded, []).append((name, False))
            stem = _stem(folded)
            if stem:
                entries.setdefault(stem, []).append((name, True))
        for key, value in entries.items():
            self._automaton.add_word(key, (key, value))
        self._automaton.make_automaton()
        self.size = len(entries)
        self.name_count = len(names)

    def find(self, text: str, endings: frozenset[str] = frozenset()) -> list[NameMatch]:
        """Every name in the text; Cyrillic names may take one of `endings` (Каира, not Каиратов)."""
        if not self.size:
            return []
        folded = fold_text(text)
        found: list[NameMatch] = []
        for end_index, (key, candidates) in self._automaton.iter(folded):
            start = end_index - len(key) + 1
            if start > 0 and folded[start - 1].isalnum() and not _unspaced_edge(folded, start - 1, key[0]):
                continue
            for name, is_stem in candidates:
                end = _word_end(folded, end_index + 1, name, is_stem, endings)
                if end is not None and _case_fits(text, start, end_index + 1, name):
                    found.append(NameMatch(start, end, name))
        return _longest_leftmost(found)


def _stem(folded: str) -> str | None:
    """Cyrillic single words ending in a vowel lose it (Россия → Росси + и/ю/ей)."""
    if len(folded) <= _MIN_STEM or folded[-1] not in "аяыиеоуйьә" or " " in folded:
        return None
    return folded[:-1] if _CYRILLIC.search(folded) else None


def _word_end(folded: str, end: int, name: Name, is_stem: bool, endings: frozenset[str]) -> int | None:
    """Where the matched word ends, allowing case endings; None when it runs into a longer word."""
    if end < len(folded) and folded[end].isdigit() and folded[end - 1].isdigit():
        return None  # G7 is not the start of G77
    suffix_end = end
    while suffix_end < len(folded) and folded[suffix_end].isalpha():
        suffix_end += 1
    suffix = folded[end:suffix_end]
    if not suffix or _unspaced_edge(folded, end, folded[end - 1]):
        return None if is_stem else end  # Росси alone is a surname (Rossi), not Russia
    if _INFLECTED.search(name.text):
        return suffix_end if suffix in endings else None
    if not is_stem and suffix in _LATIN_SUFFIXES and len(name.text) >= 4:
        return suffix_end
    return None


def _unspaced_edge(folded: str, index: int, inside: str) -> bool:
    """Whether a name ending (or starting) with `inside` may touch the letter at index: both are
    Han or kana, written without spaces between words."""
    return bool(_UNSPACED.match(inside)) and bool(_UNSPACED.match(folded[index]))


def _case_fits(text: str, start: int, end: int, name: Name) -> bool:
    """Acronyms match as written; a capitalised name only matches a capitalised word."""
    if name.case_sensitive:
        return text[start:end] == name.text
    first = name.text[0]
    return not first.isupper() or text[start].isupper()


def _longest_leftmost(matches: list[NameMatch]) -> list[NameMatch]:
    matches.sort(key=lambda m: (m.start, -(m.end - m.start)))
    chosen: list[NameMatch] = []
    last_end = -1
    for match in matches:
        if match.start >= last_end:
            chosen.append(match)
            last_end = match.end
        elif chosen and match.start == chosen[-1].start and match.end == chosen[-1].end:
            chosen.append(match)  # same span, another candidate entity: resolved later
    return chosen
