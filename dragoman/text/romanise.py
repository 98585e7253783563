"""Latin spelling of names written in another script, by the language's own romanisation table."""

from __future__ import annotations

import unicodedata
from functools import cache

from anyascii import anyascii

from dragoman.languages import language
from dragoman.text.hangul import romanise_hangul

_VOWELS = frozenset("aeiouy")


@cache
def _tables(lang: str | None) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(letters, word-initial forms, forms after a vowel) from `[transliteration]` of the language."""
    section = language(lang).section("transliteration")
    return (section.get("letters", {}), section.get("initial", {}), section.get("after_vowel", {}))


def romanise(name: str, lang: str | None) -> str:
    """'Олександр Гребенюк' → 'Oleksandr Hrebeniuk' (uk), 'Нурлан Ермекбаев' → 'Nurlan Yermekbayev' (ru);
    names already in Latin letters are returned unchanged, other scripts go through anyascii."""
    if all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name):
        return name
    section = language(lang).section("transliteration")
    if section.get("syllables") == "hangul":
        return romanise_hangul(name, section.get("family_names", {}))
    letters, initial, after_vowel = _tables(lang)
    if not letters:
        return anyascii(name)
    return " ".join(_romanise_word(w, letters, initial, after_vowel) for w in name.split())


def _romanise_word(word: str, letters: dict[str, str], initial: dict[str, str],
                   after_vowel: dict[str, str]) -> str:
    out: list[str] = []
    for index, char in enumerate(word):
        lower = char.lower()
        previous = out[-1][-1:].lower() if out else ""
        at_start = index == 0 or not word[index - 1].isalpha()
        if at_start and lower in initial:
            latin = initial[lower]
        elif previous in _VOWELS and lower in after_vowel:
            latin = after_vowel[lower]
        else:
            latin = letters.get(lower, anyascii(lower))
        out.append(latin.capitalize() if char.isupper() else latin)
    return "".join(out)

