"""Per-language knowledge, one TOML file per language: adding a language means adding a file."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

from dragoman.errors import ConfigError


@cache
def available_languages() -> tuple[str, ...]:
    """ISO 639-1 codes that have a data file, sorted."""
    files = resources.files(__package__).iterdir()
    names = (f.name for f in files)
    return tuple(sorted(n[:-5] for n in names if n.endswith(".toml") and not n.startswith("_")))


@cache
def load_language(code: str) -> dict[str, Any]:
    """The parsed data file of a language, or an empty mapping when there is none."""
    if code not in available_languages():
        return {}
    path = resources.files(__package__) / f"{code}.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"language file {code}.toml is invalid: {exc}") from exc


def section_across_languages(section: str) -> dict[str, dict[str, Any]]:
    """One section of every language file, keyed by language code."""
    return {code: load_language(code).get(section, {}) for code in available_languages()}


def event_languages() -> tuple[str, ...]:
    """Languages whose data file has event cues: those coded natively, as opposed to by names alone."""
    return tuple(code for code in available_languages() if load_language(code).get("events"))
