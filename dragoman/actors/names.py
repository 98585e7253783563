"""Person names in running text: where a name next to a title starts and ends, and its base form."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import product
from typing import TYPE_CHECKING

import regex
import simplemma
from babel import Locale, UnknownLocaleError

from dragoman.actors.inflection import inflected_script
from dragoman.actors.keys import name_key
from dragoman.actors.model import IGO, PLACE, STATE
from dragoman.languages import available_languages, language, load_language, name_particles
from dragoman.settings import tuning
from dragoman.text.casing import lower
from dragoman.text.lexicon import SIMPLEMMA_LANGUAGES, lemma_of

if TYPE_CHECKING:
    from dragoman.actors.mentions import Mention

NAME_TOKEN = regex.compile(r"\p{Lu}[\p{L}\p{M}'’.-]*\p{L}")
# Inside a name, also an initial followed by more of the name (Elijah H. Mills); Latin only, as
# one-letter Cyrillic words are prepositions and conjunctions (І, В, С).
_RUN_TOKEN = regex.compile(rf"{NAME_TOKEN.pattern}|\p{{Latin}}\.(?=[ \u00a0]+\p{{Lu}})")
_ROMAN = regex.compile(r"^[IVX]{1,5}$")
# A patronymic follows a given name in Russian, Ukrainian and Kazakh (Сергеем Викторовичем Лавровым,
# Қасым-Жомарт Кемелұлы Тоқаев); without one, a third Cyrillic word before a name is a genitive
# complement of the title.
_PATRONYMIC = regex.compile(r"(?:вич|вн|ичн)\p{Ll}{0,3}$|(?:ұлы|қызы|улы|кызы)\p{Ll}{0,4}$")
_INITIAL = regex.compile(r"^\p{Latin}\.$")
_GAP = regex.compile(r"[ \u00a0]+")
# A Turkish case ending after an apostrophe ends the name: Sarsenbayev'in, Nurlanov'u.
_APOSTROPHE_SUFFIX = regex.compile(r"['’]\p{Ll}+$")
# Particles inside names of many origins (Lula da Silva, von der Leyen, Fernando de la Rúa,
# bin Salman, al-Sisi; `[names] particles` of every language): taken into a name only between two
# capitalised words.
_PARTICLE = regex.compile(r"(\p{Ll}+)(?:[ \u00a0]+|-)(?=\p{Lu})")
CYRILLIC = regex.compile(r"\p{Script=Cyrillic}")
_LOWER_WORD = regex.compile(r"\p{Ll}[\p{L}\p{M}'’-]*")
_ACRONYM = regex.compile(r"^[\p{Lu}\d.-]{2,6}$")
_CLOSED = regex.compile(r"\s*(?:[,;:)»”“\"]|$|\s*[.!?](?:\s|$))")


def capitalises_nouns(lang: str | None) -> bool:
    """Whether the language capitalises common nouns ("des Außenministeriums Paul Klein"), so that a
    capital letter is no sign of a name: `[names] capitalised_nouns`."""
    return language(lang).capitalised_nouns


@dataclass(frozen=True)
class NameRules:
    """What a language's data file says about names: the [names] section and title vocabulary."""

    lang: str | None
    connectors: frozenset[str]
    case_endings: tuple[str, ...]
    nominative: tuple[tuple[str, str], ...]
    locative_endings: tuple[str, ...]
    place_nouns: frozenset[str]
    title_words: frozenset[str]
    calendar: frozenset[str]
    complement_words: int = 0
    verb_endings: tuple[str, ...] = ()
    nationality_after: bool = False
    water_nouns: frozenset[str] = frozenset()  # "Sea of Japan", "Laut China Selatan": a place, no state


@cache
def name_rules(lang: str | None) -> NameRules:
    """The [names] section of a language (English connectors too) with its title words and months."""
    own = language(lang).section("names")
    english = language("en").section("names")
    connectors = {_fold(w) for w in [*own.get("connectors", []), *english.get("connectors", [])]}
    nominative = sorted(own.get("nominative", {}).items(), key=lambda kv: -len(kv[0]))
    endings = set(own.get("case_endings", []))
    if own.get("endings_combine"):  # agglutinative: Ресей-де-гі, қазақстандық-тар-дың
        endings |= {a + b for a in endings for b in endings}
    return NameRules(
        lang, frozenset(connectors), tuple(sorted(endings, key=len, reverse=True)),
        tuple(nominative), tuple(own.get("locative_endings", [])),
        frozenset(_fold(w) for w in [*own.get("place_nouns", []), *english.get("place_nouns", [])]),
        _title_words(lang, connectors), _calendar_words(lang), int(own.get("complement_words", 0)),
        tuple(own.get("verb_lemma_endings", [])) or ("\0",), bool(own.get("nationality_after")),
        frozenset(_fold(w) for w in [*own.get("water_nouns", []), *english.get("water_nouns", [])]))


def _fold(word: str) -> str:
    return word.lower().replace("’", "'")


def _title_words(lang: str | None, connectors: set[str]) -> frozenset[str]:
    """Words of the language's title phrases (foreign, affairs, ministerium): never part of a name.
    Connectors and the small words of [syntax] ('and', 'dan', 'және') are left out."""
    words: set[str] = set()
    small: set[str] = set(connectors)
    for code in {lang or "en", "en"}:
        data = load_language(code)
        for phrase in data.get("titles", {}):
            words.update(w.strip(",.") for w in re.split(r"[\s-]+", _fold(phrase)) if len(w) >= 3)
        for value in data.get("syntax", {}).values():
            if isinstance(value, list):
                small.update(_fold(w) for w in value if isinstance(w, str))
    return frozenset(words - small)


@cache
def all_case_endings() -> frozenset[str]:
    """Case endings of every language for Cyrillic names, for a document whose language lists none
    (Latin endings only apply in their own language: Polish -a would read "Irana" anywhere)."""
    return frozenset(e for code in available_languages()
                     for e in language(code).section("names").get("case_endings", [])
                     if CYRILLIC.search(e))


def _calendar_words(lang: str | None) -> frozenset[str]:
    """Month and weekday names (CLDR, full forms only: 'Jan' is also a given name), which end a
    name: 'Martina Albrecht November'."""
    try:
        locale = Locale.parse(lang or "en")
    except (UnknownLocaleError, ValueError):
        return frozenset()
    words: set[str] = set()
    for table in (locale.months, locale.days):
        for context in ("format", "stand-alone"):
            words.update(lower(str(w), lang) for w in table[context]["wide"].values())
    return frozenset(w for w in words if len(w) >= 3)


@lru_cache(maxsize=65536)
def is_dictionary_word(word: str, lang: str | None) -> bool:
    """An ordinary word of the language, by simplemma's word lists."""
    if not lang or lang not in SIMPLEMMA_LANGUAGES:
        return False
    return bool(simplemma.is_known(lower(word, lang), lang=lang))


def _inflected_noun(word: str, lang: str | None) -> bool:
    """A dictionary word whose lemma differs from it (Außenministeriums → Außenministerium)."""
    if lang is None or not is_dictionary_word(word, lang):
        return False
    return simplemma.lemmatize(lower(word, lang), lang=lang).lower() != lower(word, lang)


# ------------------------------------------------------------------ name runs after titles

def name_run(text: str, cursor: int, known: list[Mention], lang: str | None,
             given_names: frozenset[str], single: bool = True) -> tuple[int, int] | None:
    """The person name starting at `cursor`: capitalised words, cut at known mentions, calendar words
    and apostrophe endings; None when there is no plausible name, or when the words run into a
    title word, an acronym or an organisation ('Kerja Sama ASEAN', 'Federalды канцлері')."""
    rules = name_rules(lang)
    spans, stop = _name_tokens(text, cursor, known, rules, given_names)
    if stop in ("title", "acronym", IGO):
        return None
    if capitalises_nouns(lang):
        while len(spans) > 1 and _inflected_noun(text[slice(*spans[0])], lang) \
                and lower(text[slice(*spans[0])], lang) not in given_names:  # 'Mark Esper' keeps Mark
            spans = spans[1:]
    elif CYRILLIC.search(text[cursor:cursor + 1]) and len(spans) > 2 \
            and not _PATRONYMIC.search(text[slice(*spans[1])]):
        spans = spans[1:]  # three words but no patronymic: 'премьер-министр Квебека Жан Шаре'
    closed = bool(spans) and bool(_CLOSED.match(text, spans[-1][1]))
    if not closed and not CYRILLIC.search(text[cursor:cursor + 1]):
        while len(spans) > 2 and is_dictionary_word(text[slice(*spans[-1])], lang) \
                and not _INITIAL.match(text[slice(*spans[-2])]):
            spans = spans[:-1]
    if not spans or (len(spans) == 1 and not (single and _lone_name(text, spans[0], lang, rules))):
        return None
    return spans[0][0], spans[-1][1]


def _lone_name(text: str, span: tuple[int, int], lang: str | None, rules: NameRules) -> bool:
    """One word alone after a title is a name only if it is no ordinary word (Menlu Sugiono), and,
    where verbs can be told by their lemma, not an adjective before its noun ('Азійсько-Тихоокеанського
    регіону'): the next word, if a long lowercase one, must be a verb."""
    word = text[span[0]:span[1]]
    if len(word) < 3 or is_dictionary_word(word, lang) or _ACRONYM.match(word):
        return False
    following = regex.match(r"[ \u00a0]+(\p{Ll}{4,})\b", text[span[1]:span[1] + 40])
    return following is None or "\0" in rules.verb_endings or lemma_of(
        following.group(1), lang).endswith(rules.verb_endings)


def _name_tokens(text: str, cursor: int, known: list[Mention], rules: NameRules,
                 given_names: frozenset[str]) -> tuple[list[tuple[int, int]], str]:
    """The capitalised words of a name, and what ended them."""
    spans: list[tuple[int, int]] = []
    position = cursor
    after_particle = False
    while len(spans) < tuning().actors.name_max_tokens:
        token = _RUN_TOKEN.match(text, position)
        if token is None:
            particle = _PARTICLE.match(text, position)
            if spans and particle and particle.group(1) in name_particles():
                position, after_particle = particle.end(), True
                continue
            word = _LOWER_WORD.match(text, position)
            if word and _fold(word.group()) in rules.title_words and not after_particle:
                return spans, "title"  # 'Федералды канцлері': the word belongs to a title phrase
            return spans, "end"
        start, end = token.span()
        word = token.group()
        stop = _stop_reason(start, end, word, known, rules, spans, text, given_names)
        if stop and after_particle:
            return spans, "end"  # 'Bert Koenders van Buitenlandse Zaken': the title's complement
        if stop:
            return spans, stop
        after_particle = False
        suffix = _APOSTROPHE_SUFFIX.search(word)
        spans.append((start, start + suffix.start() if suffix else end))
        following = None if suffix else _next_position(text, end)
        if following is None:
            return spans, "end"
        position = following
    return spans, "end"


def _next_position(text: str, end: int) -> int | None:
    gap = _GAP.match(text, end)
    return gap.end() if gap else None


def _stop_reason(start: int, end: int, word: str, known: list[Mention], rules: NameRules,
                 spans: list[tuple[int, int]], text: str, given_names: frozenset[str]) -> str | None:
    """Why a word cannot continue (or start) a person's name here, if it cannot."""
    folded = _fold(word)
    if spans and (_ROMAN.match(word) or _INITIAL.match(word)):
        return None  # Edward VII, Elijah H. Mills
    if folded in rules.calendar:
        return "calendar"
    if folded in rules.title_words:
        return "title"
    if _ACRONYM.match(word):
        return "acronym"
    mention = next((m for m in known if m.overlaps(start, end)), None)
    if mention is None or (spans and surname_like(mention, text[slice(*spans[-1])], given_names)):
        return None
    return IGO if mention.type == IGO else mention.type.lower()


def surname_like(mention: Mention, before: str, given_names: frozenset[str]) -> bool:
    """A one-word state or place name right after a given name is a surname (Luís Montenegro)."""
    return (mention.type in (STATE, PLACE) and mention.matched in ("name", "capital")
            and " " not in mention.text and lower(before) in given_names)


def closes_apposition(text: str, end: int) -> bool:
    """A name set off by commas, brackets or the end of the sentence."""
    return bool(_CLOSED.match(text, end))


# ------------------------------------------------------------------ inflected names

def base_form(written: str, lang: str | None) -> str:
    """A nominative-like form of an inflected name (Нурланом Ермекбаевым → Нурлан Ермекбаев,
    Andrzejem Dudą → Andrzej Duda), by the rules of the language written in the name's script."""
    rules = name_rules(lang)
    if not rules.nominative:
        return written
    return " ".join(_nominative(word, rules) for word in written.split())


def _nominative(word: str, rules: NameRules) -> str:
    low = word.lower()
    cyrillic = bool(CYRILLIC.search(word))
    for ending, replacement in rules.nominative:
        if (low.endswith(ending) and len(word) - len(ending) >= tuning().actors.name_min_stem
                and bool(CYRILLIC.search(ending)) == cyrillic):
            return word[: len(word) - len(ending)] + replacement
    return word


# A final -a declines in Slavic languages (Ішіба, Ішібі, Ішібою); -o, -e, -i, -u names do not.
_FINAL_A = re.compile(r"(?<=[a-z]{2})a$")


def loose_key(word: str) -> str:
    """A spelling key without a final -a, so that Ішіба, Ішібі (less its ending) and Ishiba compare
    equal; Кастилии stays apart from Castillo."""
    return " ".join(_FINAL_A.sub("", part) for part in name_key(word).split())


def loose_keys(written: str, lang: str | None) -> Iterator[str]:
    """Loose keys of a written name with and without each token's case ending (Ермекбаевым)."""
    endings, inflected = endings_for(lang), inflected_script(lang)
    options = []
    for word in written.split():
        forms = {loose_key(word)}
        if CYRILLIC.search(word) or inflected.search(word):
            low = word.lower()
            longest = len(word) - tuning().actors.name_min_stem
            forms.update(loose_key(word[:-size]) for size in range(1, longest + 1) if low[-size:] in endings)
        options.append(sorted(f for f in forms if f))
    for combination in product(*options):
        yield " ".join(combination)


@cache
def endings_for(lang: str | None) -> frozenset[str]:
    """Case endings a name may take in a document of this language (each for names of its script)."""
    return frozenset(name_rules(lang).case_endings) or all_case_endings()


def inflects(written: str, lang: str | None) -> bool:
    """Whether a name written so takes case endings in a document of this language: Cyrillic names
    by default, Latin ones where the language says so (Putina, Zełenskiemu, Rusijom)."""
    return bool(inflected_script(lang).search(written))
