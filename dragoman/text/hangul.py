"""Hangul personal names in Latin letters: Revised Romanisation by syllable, with the customary
spellings of family names (이 → Lee, 박 → Park) and of the vowel ㅜ in given names (웅 → woong)."""

from __future__ import annotations

_FIRST, _LAST = 0xAC00, 0xD7A3
_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t",
             "p", "h")
# ㅜ is written "oo" in given names as their bearers write them (Joon, Woong, Soo), not RR's "u".
_MEDIALS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "oo", "wo",
            "we", "wi", "yu", "eu", "ui", "i")
_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
           "t", "t", "ng", "t", "t", "k", "t", "p", "t")


def is_hangul(word: str) -> bool:
    """Every character a precomposed Hangul syllable."""
    return bool(word) and all(_FIRST <= ord(c) <= _LAST for c in word)


def syllable(char: str) -> str:
    """One precomposed syllable in Latin letters (initial ㅇ silent, ㅇ+ㅜ → 'woo')."""
    index = ord(char) - _FIRST
    initial, medial, final = index // 588, (index % 588) // 28, index % 28
    head = _INITIALS[initial]
    vowel = _MEDIALS[medial]
    if not head and vowel == "oo":
        head = "w"  # 우 Woo, 웅 Woong
    return head + vowel + _FINALS[final]


def romanise_hangul(name: str, family_names: dict[str, str]) -> str:
    """'이재웅' → 'Lee Jae-woong': a one-word name of two to four syllables is a family name then
    given names; other words (foreign names, '매슈 밀러') are spelt syllable by syllable."""
    words = name.split()
    if len(words) == 1 and is_hangul(name) and 2 <= len(name) <= 4:
        family = family_names.get(name[0]) or syllable(name[0]).capitalize()
        given = "-".join(syllable(c) for c in name[1:])
        return f"{family} {given.capitalize()}"
    return " ".join("".join(syllable(c) if is_hangul(c) else c for c in w).capitalize() for w in words)
