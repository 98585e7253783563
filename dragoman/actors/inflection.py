"""Which names take case endings in a language, and the stems they take them on (Suomi → Suome-n)."""

from __future__ import annotations

from functools import cache

import regex

from dragoman.languages import language

# Without `[names] inflected_scripts`, only Cyrillic names take the language's case endings.
DEFAULT_SCRIPTS = ("Cyrillic",)


@cache
def inflected_script(lang: str | None) -> regex.Pattern[str]:
    """Letters of the scripts whose names take case endings in a document of this language
    (fi, hu, az, uz: Latin names too, "Venäjälle", "Oroszországgal", "Rusiyanın")."""
    own = language(lang).section("names")
    scripts = own.get("inflected_scripts") or DEFAULT_SCRIPTS
    return regex.compile("|".join(rf"\p{{Script={s}}}" for s in scripts))


@cache
def _stem_finals(lang: str | None) -> tuple[tuple[str, str], ...]:
    """`[names] stem_finals`: a name's final letters and what they become before an ending
    (hu Ukrajna → Ukrajná-val, fi Suomi → Suome-n), longest first."""
    own = language(lang).section("names")
    pairs = own.get("stem_finals", {}).items()
    return tuple(sorted(((k.lower(), v.lower()) for k, v in pairs), key=lambda kv: -len(kv[0])))


def latin_stems(folded: str, lang: str | None) -> list[str]:
    """Stems of a lowercased name of a language with `stem_finals`; each needs a case ending."""
    for final, stem_final in _stem_finals(lang):
        if folded.endswith(final) and len(folded) > len(final) + 2:
            return [folded[: len(folded) - len(final)] + stem_final]
    return []
