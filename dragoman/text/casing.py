"""Lowercasing that keeps words comparable: Turkish dotted/dotless i, and no stray combining dots."""

from __future__ import annotations

from functools import cache

from dragoman.languages import language

_TURKIC_UPPER = str.maketrans({"I": "ı", "İ": "i"})


def lower(text: str, lang: str | None = None) -> str:
    """`str.lower`, but DIŞİŞLERİ → dışişleri in Turkish and İ → i (not i + U+0307) elsewhere;
    letters a language file calls equivalent ([letters], Romanian ş = ș) are written one way."""
    if lang and language(lang).turkic_casing:  # [letters] turkic_casing
        text = text.translate(_TURKIC_UPPER)
    lowered = text.lower().replace("i\u0307", "i")
    table = _equivalent_letters(lang) if lang else None
    return lowered.translate(table) if table else lowered


@cache
def _equivalent_letters(lang: str) -> dict[int, str] | None:
    """One letter for each set of equivalent ones (same length, so offsets stay valid)."""
    pairs = language(lang).section("letters").get("equivalent", {})
    return str.maketrans({k.lower(): v.lower() for k, v in pairs.items()}) if pairs else None
