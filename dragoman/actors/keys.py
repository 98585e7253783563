"""Transliteration-insensitive name keys: Tokayev, Tokaïev, Tokajew, Токаев, Тоқаев → one key."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

# Ordered rewrites of romanisation differences between languages (German, French, English, Turkish
# and scientific transliteration of Cyrillic), applied to lowercase ASCII.
_REWRITES: tuple[tuple[str, str], ...] = (
    (r"sch", "j"), (r"zh", "j"), (r"sh", "j"), (r"ch", "c"), (r"tsch", "c"), (r"tch", "c"),
    (r"kh", "h"), (r"dj", "j"), (r"dzh", "j"), (r"ph", "f"), (r"ck", "k"), (r"ts", "c"),
    (r"tz", "c"), (r"x", "ks"), (r"q", "k"), (r"w", "v"), (r"ou", "u"), (r"z", "s"),
    # a glide between vowels (Tokayev, Tokajew, Tokaïev) or after one at the end disappears
    (r"(?<=[aeiou])[yji](?=[aeiou])", ""), (r"(?<=[aeiou])[yj]$", ""),
    (r"y", "i"), (r"j(?=[aeiou])", "j"), (r"ij$", "i"), (r"ii$", "i"),
    (r"(?<=[aeiou])h(?=[^aeiou]|$)", ""), (r"c(?![eiy])", "k"), (r"gu(?=[ei])", "g"),
    (r"ei$", "e"), (r"(?<=[^aeiou])e$", ""),
)
_COMPILED = tuple((re.compile(p), r) for p, r in _REWRITES)
_DOUBLE = re.compile(r"(.)\1+")
# Greek ου is one vowel, u (Τσαβούσογλου is Çavuşoğlu), which anyascii writes letter by letter as "oy".
_GREEK_OU = re.compile(r"[οόΟΌ][υύΥΎ]")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A key equal for spelling variants of one name across languages and scripts."""
    text = re.sub(r"['’ʼ`ьЬъЪ]", "", unicodedata.normalize("NFKC", name))
    text = anyascii(_GREEK_OU.sub("u", text)).lower()
    parts = [p for p in re.split(r"[^a-z]+", text) if p]
    return " ".join(_key_part(p) for p in parts)


def _key_part(part: str) -> str:
    for pattern, replacement in _COMPILED:
        part = pattern.sub(replacement, part)
    return _DOUBLE.sub(r"\1", part)
