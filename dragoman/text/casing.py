"""Lowercasing that keeps words comparable: Turkish dotted/dotless i, and no stray combining dots."""

from __future__ import annotations

_TURKIC = frozenset({"tr", "az"})
_TURKIC_UPPER = str.maketrans({"I": "ı", "İ": "i"})


def lower(text: str, lang: str | None = None) -> str:
    """`str.lower`, but DIŞİŞLERİ → dışişleri in Turkish and İ → i (not i + U+0307) elsewhere."""
    if lang in _TURKIC:
        text = text.translate(_TURKIC_UPPER)
    return text.lower().replace("i\u0307", "i")
