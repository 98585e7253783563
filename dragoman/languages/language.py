"""One typed, frozen object per language, built once from its validated data file: the facts the
pipeline branches on are typed attributes instead of language codes listed in Python."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True, eq=False)
class Language:
    """A language's data file read once: typed facts, and its sections for the stages that read them."""

    code: str | None
    data: Mapping[str, Any] = field(default_factory=lambda: _EMPTY, repr=False)
    # [letters] turkic_casing: I lowercases to dotless ı and İ to i (DIŞİŞLERİ → dışişleri).
    turkic_casing: bool = False
    # [names] capitalised_nouns: common nouns are capitalised, so a capital letter is no sign of a name.
    capitalised_nouns: bool = False
    # [names] few_names_are_words: a person's name is hardly ever made of dictionary words only.
    few_names_are_words: bool = False
    # [names] particles: lowercase words inside the names of this language's people (da, von, bin).
    name_particles: frozenset[str] = frozenset()
    # [identification] labels: what the language identifier may call this language besides its code.
    identifier_labels: tuple[str, ...] = ()
    # [names] all_cldr_state_names: scripts/build_states.py keeps every CLDR state name of it.
    all_cldr_state_names: bool = False
    # [names] cldr_names_everywhere: its CLDR state names are read in texts of every language; false
    # for a names-only file (bn, lt...), whose names are read only in texts of the language and its kin.
    cldr_names_everywhere: bool = True
    # [identification] confusable: languages the identifier mistakes for this one and back (sk, cs);
    # between them a second identifier decides (dragoman/text/langid.py).
    confusable: tuple[str, ...] = ()
    # `inherit`: the shared base file, if any (sr, hr, bs on _sh): languages read as one for names.
    family: str | None = None

    def section(self, name: str) -> dict[str, Any]:
        """One section of the data file, empty when absent."""
        value = self.data.get(name)
        return value if isinstance(value, dict) else {}

    @classmethod
    def from_data(cls, code: str | None, data: dict[str, Any], family: str | None = None) -> Language:
        """The typed object of a parsed, validated and merged data file."""
        names = data.get("names", {})
        return cls(
            code, MappingProxyType(data),
            turkic_casing=bool(data.get("letters", {}).get("turkic_casing", False)),
            capitalised_nouns=bool(names.get("capitalised_nouns", False)),
            few_names_are_words=bool(names.get("few_names_are_words", False)),
            name_particles=frozenset(names.get("particles", ())),
            identifier_labels=tuple(data.get("identification", {}).get("labels", ())),
            all_cldr_state_names=bool(names.get("all_cldr_state_names", False)),
            cldr_names_everywhere=bool(names.get("cldr_names_everywhere", True)),
            confusable=tuple(data.get("identification", {}).get("confusable", ())),
            family=family)
