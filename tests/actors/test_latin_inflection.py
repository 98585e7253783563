"""Case endings of Latin names apply only in the languages that list them."""

from __future__ import annotations

from dragoman.actors.mentions import match_names
from dragoman.actors.names import base_form, endings_for, inflects


def _codes(text: str, lang: str) -> dict[str, str | None]:
    return {m.text: m.code for m in match_names(text, lang, None)}


def test_polish_endings_read_polish_names_only_in_polish():
    assert _codes("Polska potępiła Rosję.", "pl").get("Rosję") == "RUS"
    assert "Rosję" not in _codes("Polska potępiła Rosję.", "en")


def test_latin_endings_never_reach_cyrillic_fallback():
    endings = endings_for("en")
    assert endings and all(not e.isascii() for e in endings)
    assert inflects("Putina", "pl") and not inflects("Putina", "en")
    assert inflects("Путина", "en")


def test_nominative_rules_keep_to_their_script():
    assert base_form("Nurlanom", "ru") == "Nurlanom"
    assert base_form("Andrzejem", "pl") == "Andrzej"
