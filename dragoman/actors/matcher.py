"""Multi-pattern matching of every known name over a text (Aho-Corasick), inflection-aware."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import ahocorasick
import regex

from dragoman.actors.inflection import latin_stems
from dragoman.actors.model import Name
from dragoman.languages import available_languages, kin, language
from dragoman.settings import tuning
from dragoman.text.clitics import Proclitics

_CYRILLIC = regex.compile(r"\p{Script=Cyrillic}")
# Case endings that may follow a name (Казахстан-а, Росси-ей, Қазақстан-ның, Rosj-ę, Putin-a) come
# from the `case_endings` of the document's language file ([names]), each ending for names of its own
# script; a stem (Росси for Россия, Rosj for Rosja) needs one.
_STEM_VOWELS = frozenset("аяыиеоуйьәaeiouyąęě")
# Scripts written without spaces: a name may stand right next to other words (中国外交部, 米国務省,
# นายกรัฐมนตรีไทย).
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
_LATIN_SUFFIXES = ("s",)  # German genitive and English plural of names (Kasachstans, Kazakhs)


@dataclass(frozen=True)
class NameMatch:
    """A name found in a text: [start, end) offsets into the original text."""

    start: int
    end: int
    name: Name


# Curly apostrophes made straight; Arabic-script letters news copy writes either way made one
# (Egyptian "الأمريكى", Persian ی/ي and ک/ك, hamza seats on alif, and on ya: Persian "اسرائیل" and
# "اسراییل"): the same length, offsets hold.
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "ى": "ي", "ی": "ي", "ک": "ك",
                              "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ئ": "ي"})


def fold_text(text: str) -> str:
    """Lowercase without changing length, so offsets stay valid; curly apostrophes made straight."""
    lower = text.lower()
    if len(lower) != len(text):  # İ and a few others lowercase to two characters
        return "".join(_fold_char(c) for c in text)
    return lower.translate(_APOSTROPHES)


def _fold_char(char: str) -> str:
    if char in "’ʼ`":
        return "'"
    lower = char.lower().translate(_APOSTROPHES)
    return lower if len(lower) == 1 else char


class NameMatcher:
    """Finds every name of a list in texts; longest leftmost matches win."""

    def __init__(self, names: list[Name]) -> None:
        self._automaton = ahocorasick.Automaton()
        self._everywhere = {c for c in available_languages() if language(c).cldr_names_everywhere}
        self._scopes = _scopes(names, self._everywhere)
        self._languages = frozenset(n.lang for n in names if n.lang)
        entries: dict[str, list[tuple[Name, bool]]] = {}
        for name in names:
            folded = fold_text(name.text)
            entries.setdefault(folded, []).append((name, False))
            for stem in dict.fromkeys([_stem(folded), *latin_stems(folded, name.lang)]):
                if stem:
                    entries.setdefault(stem, []).append((name, True))
        for key, value in entries.items():
            self._automaton.add_word(key, (key, value))
        self._automaton.make_automaton()
        self.size = len(entries)
        self.name_count = len(names)

    def find(self, text: str, endings: frozenset[str] = frozenset(),
             inflected: regex.Pattern[str] = _CYRILLIC, clitics: Proclitics | None = None,
             lang: str | None = None) -> list[NameMatch]:
        """Every name in the text; names in the `inflected` scripts (Cyrillic unless the language
        says otherwise) may take one of `endings` (Каира, not Каиратов), any name one of the
        language's proclitics (Arabic "وروسيا", "للصين"). A name only one language writes that
        way is read only in texts of that language (and its kin: sr, hr, bs), when `lang` is one
        the names know: Italian "Onu" is no UN in a Turkish text."""
        if not self.size:
            return []
        readable = kin(lang) if lang in self._languages else None
        folded = clitics.unelided(fold_text(text)) if clitics else fold_text(text)
        found: list[NameMatch] = []
        for end_index, (key, candidates) in self._automaton.iter(folded):
            start = end_index - len(key) + 1
            inside = (start > 0 and _word_char(folded[start - 1])
                      and not _unspaced_edge(folded, start - 1, key[0]))
            if inside and not (clitics and clitics.allows(folded, start)):
                continue
            for name, is_stem in candidates:
                if readable is not None and not self._readable(name, readable):
                    continue
                end = _word_end(folded, end_index + 1, name, is_stem, endings, inflected)
                if end is not None and _case_fits(text, start, end_index + 1, name):
                    found.append(NameMatch(start, end, name))
        return _longest_leftmost(found)

    def _readable(self, name: Name, readable: frozenset[str]) -> bool:
        """Whether a name may be read in a text of one of these languages."""
        if not name.lang or _international(name):
            return True
        scope = self._scopes.get(_form_key(name, self._everywhere))
        return scope is None or not scope.isdisjoint(readable)


FormKey = tuple[str, ...]


def _scopes(names: list[Name], read_everywhere: set[str]) -> dict[FormKey, frozenset[str]]:
    """The languages a name of an entity is read in, for the forms that are not read everywhere.

    Read everywhere: acronyms and names in capitals (UNIFIL), language-free aliases, and CLDR names
    of a language dragoman has a data file for (states.json keeps only names safe in those
    languages). A local name (Italian "Onu") is read in the languages that write it so, and so is a
    CLDR name only languages without a data file give (Ganda "Nije", Niger, is Serbo-Croatian
    "is not"), or only languages whose file says `[names] cldr_names_everywhere = false`
    (`read_everywhere` are the others)."""
    keys = {id(name): _form_key(name, read_everywhere) for name in names}
    by_form: dict[FormKey, set[str | None]] = {}
    for name in names:
        if _international(name):
            continue
        everywhere = name.lang is None or (not name.local and name.lang in read_everywhere)
        by_form.setdefault(keys[id(name)], set()).add(None if everywhere else name.lang)
    return {keys[id(name)]: frozenset(c for c in langs if c)
            for name in names if name.lang and not _international(name)
            for langs in [by_form[keys[id(name)]]] if None not in langs}


def _form_key(name: Name, read_everywhere: set[str]) -> FormKey:
    """What a name shares its scope with: the same letters for the same entity; for a names-only
    language (`cldr_names_everywhere = false`) also the same kind, so that its names stay in its
    texts: Swahili's name "Israeli" is no name in English, whose "Israeli" is an adjective."""
    form = (fold_text(name.text), name.entity)
    names_only = name.lang in available_languages() and name.lang not in read_everywhere
    return (*form, name.kind) if names_only else form


def _international(name: Name) -> bool:
    """An acronym or a name in capitals (NATO, UNIFIL): written alike in every language."""
    return name.case_sensitive or name.text.isupper()


def _mark(char: str) -> bool:
    """A combining mark (Devanagari vowel signs, Hebrew points): part of the word it is written on."""
    return unicodedata.category(char).startswith("M")


def _word_char(char: str) -> bool:
    return char.isalnum() or _mark(char)


def _stem(folded: str) -> str | None:
    """Single words ending in a vowel lose it (Россия → Росси + и/ю/ей, Rosja → Rosj + i/ę/ą)."""
    if len(folded) <= tuning().actors.matcher_min_stem or folded[-1] not in _STEM_VOWELS or " " in folded:
        return None
    return folded[:-1]


def _word_end(folded: str, end: int, name: Name, is_stem: bool, endings: frozenset[str],
              inflected: regex.Pattern[str] = _CYRILLIC) -> int | None:
    """Where the matched word ends, allowing case endings; None when it runs into a longer word."""
    if end < len(folded) and folded[end].isdigit() and folded[end - 1].isdigit():
        return None  # G7 is not the start of G77
    suffix_end = end
    while suffix_end < len(folded) and (folded[suffix_end].isalpha() or _mark(folded[suffix_end])):
        suffix_end += 1
    suffix = folded[end:suffix_end]
    if not suffix or _unspaced_edge(folded, end, folded[end - 1]):
        return None if is_stem else end  # Росси alone is a surname (Rossi), not Russia
    cyrillic = bool(_CYRILLIC.search(name.text))
    if inflected.search(name.text):
        return suffix_end if suffix in endings and bool(_CYRILLIC.search(suffix)) == cyrillic else None
    if not is_stem and suffix in _LATIN_SUFFIXES and len(name.text) >= 4:
        return suffix_end
    return None


def _unspaced_edge(folded: str, index: int, inside: str) -> bool:
    """Whether a name ending (or starting) with `inside` may touch the letter at index: both are
    Han, kana, Thai, Lao, Khmer or Myanmar letters, written without spaces between words."""
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
