"""Per-language knowledge, one TOML file per language: adding a language means adding a file."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

from dragoman.errors import ConfigError
from dragoman.languages.language import Language
from dragoman.languages.schema import check_language_file

__all__ = [
    "Language",
    "available_languages",
    "event_languages",
    "identifier_labels",
    "language",
    "load_language",
    "name_particles",
    "section_across_languages",
]


@cache
def available_languages() -> tuple[str, ...]:
    """ISO 639-1 codes that have a data file, sorted."""
    files = resources.files(__package__).iterdir()
    names = (f.name for f in files)
    return tuple(sorted(n[:-5] for n in names if n.endswith(".toml") and not n.startswith("_")))


@cache
def language(code: str | None) -> Language:
    """The one typed object of a language, built once; an empty one when it has no data file."""
    if not code or code not in available_languages():
        return Language(code)
    return Language.from_data(code, load_language(code), _base_of(code))


@cache
def load_language(code: str) -> dict[str, Any]:
    """The parsed data file of a language, or an empty mapping when there is none."""
    if code not in available_languages():
        return {}
    return _read(code)


def _read(code: str) -> dict[str, Any]:
    """A data file, laid over the shared file its `inherit` key names (sr, hr, bs on `_sh.toml`)."""
    data = dict(_parsed(code))
    base = data.pop("inherit", None)
    return _merge(_read(base), data) if isinstance(base, str) else data


@cache
def _parsed(code: str) -> dict[str, Any]:
    """One data file as written, validated: read once, for its data and for its `inherit` chain."""
    path = resources.files(__package__) / f"{code}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, FileNotFoundError) as exc:
        raise ConfigError(f"language file {code}.toml is invalid: {exc}") from exc
    check_language_file(f"{code}.toml", data)
    return data


def _base_of(code: str) -> str | None:
    """The shared file a language inherits from, at the root of the chain (sr → _sh)."""
    base = _parsed(code).get("inherit")
    return (_base_of(base) or base) if isinstance(base, str) else None


def _merge(base: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    """Tables merge key by key; any other value of the language's own file replaces the shared one."""
    merged = dict(base)
    for key, value in own.items():
        both = isinstance(value, dict) and isinstance(base.get(key), dict)
        merged[key] = _merge(base[key], value) if both else value
    return merged


def section_across_languages(section: str) -> dict[str, dict[str, Any]]:
    """One section of every language file, keyed by language code."""
    return {code: load_language(code).get(section, {}) for code in available_languages()}


@cache
def name_particles() -> frozenset[str]:
    """`[names] particles` of every language: news in any language names people of every origin
    (Lula da Silva, von der Leyen, bin Salman), so a particle of one counts in all."""
    return frozenset(p for code in available_languages() for p in language(code).name_particles)


@cache
def kin(code: str | None) -> frozenset[str]:
    """A language and those sharing its base file (sr, hr, bs on `_sh`): one language for names."""
    family = language(code).family
    if not code or family is None:
        return frozenset({code} if code else ())
    return frozenset(c for c in available_languages() if language(c).family == family)


@cache
def identifier_labels() -> dict[str, str]:
    """Language-identifier labels other than a language's code (zh-cn, iw) → that code."""
    return {label: code for code in available_languages() for label in language(code).identifier_labels}


def event_languages() -> tuple[str, ...]:
    """Languages whose data file has event cues: those coded natively, as opposed to by names alone."""
    return tuple(code for code in available_languages() if load_language(code).get("events"))
