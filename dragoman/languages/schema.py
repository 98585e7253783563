"""The keys a language data file may hold (docs/lexicons.md), so that a misspelt key is an error that
names the file and the key instead of a rule that silently never fires."""

from __future__ import annotations

from typing import Any

from dragoman.errors import ConfigError

# Sections whose keys are all named here.
_NAMED: dict[str, frozenset[str]] = {
    "furniture": frozenset({
        "advert", "byline", "comments", "contact", "cookies", "counters", "credit", "credit_note",
        "disclaimer", "doc_type", "follow", "media", "navigation", "photo", "press_contact", "published",
        "read_more", "reading_time", "share", "source", "subscribe", "tags", "widgets"}),
    "modality": frozenset({"conditional", "conditional_after", "future", "hypothetical", "litotes",
                           "negation", "negation_final", "since", "then", "without"}),
    "names": frozenset({
        "all_cldr_state_names", "body_endings", "capitalised_nouns", "case_endings", "cldr_names_everywhere",
        "complement_words", "compound_titles", "connectors", "elisions", "endings_combine",
        "few_names_are_words", "inflected_scripts",
        "locative_endings", "nationality_after", "nominative", "particles", "place_nouns", "possessor_after",
        "possessor_nouns", "proclitics", "stem_finals", "verb_lemma_endings", "water_nouns"}),
    "pronouns": frozenset({"first_person_endings", "first_person_plural", "first_person_singular",
                           "possessive", "subject"}),
    "repair": frozenset({"words"}),
    "sentences": frozenset({"abbreviations"}),
    "speech": frozenset({"according_to", "institutions", "refers_back", "verbs"}),
    "syntax": frozenset({
        "about", "against", "against_after", "and", "articles", "auxiliaries", "between", "both", "but", "by",
        "counterpart", "demonstrative", "discuss", "embassy", "from_endings", "infinitive", "locative",
        "locative_endings", "not_visitors", "noun_endings", "of_endings", "passive_auxiliaries", "possessive",
        "restating", "subject_after_verb", "to", "to_endings", "topic", "venue", "verb_final", "verb_initial",
        "verb_last", "with", "with_endings"}),
    "transliteration": frozenset({"after_vowel", "family_names", "initial", "letters", "syllables"}),
    "letters": frozenset({"equivalent", "turkic_casing"}),
    "segmentation": frozenset({"fold", "method", "particles"}),
    "identification": frozenset({"confusable", "labels", "letters", "without"}),
}
# Settings of issue 13's typed language object (dragoman/languages/language.py) and the type each takes.
_TYPED: dict[tuple[str, str], type] = {
    ("letters", "turkic_casing"): bool, ("names", "capitalised_nouns"): bool,
    ("names", "few_names_are_words"): bool, ("names", "all_cldr_state_names"): bool,
    ("names", "particles"): list, ("identification", "labels"): list,
    ("names", "cldr_names_everywhere"): bool, ("identification", "confusable"): list,
}
# Sections whose keys are phrases (a title, a relative date word) mapped to a string or a number,
# beside the named settings listed here, which take lists, tables or booleans.
_PHRASES: dict[str, frozenset[str]] = {
    "titles": frozenset(),
    "references": frozenset(),
    "agents": frozenset({"name_after", "name_before"}),
    "dates": frozenset({
        "connectors", "day_words", "dotted_days", "endings", "exclude", "month_words", "months", "numeric",
        "ordinal_endings", "ordinals", "solar_months", "unspaced", "week_prefixes", "weekdays",
        "year_words"}),
}
_EVENT_KEYS = frozenset({"abstract", "cues", "host"})


def check_language_file(name: str, data: dict[str, Any]) -> None:
    """Raise ConfigError naming the file and the first key the format does not know."""
    for section, value in data.items():
        if section == "inherit":
            continue
        if not isinstance(value, dict):
            raise ConfigError(f"language file {name}: {section!r} is not a section of the format")
        unknown = _unknown_keys(section, value)
        if unknown:
            raise ConfigError(f"language file {name}: unknown key {unknown[0]!r} in [{unknown[1]}]"
                              " (docs/lexicons.md lists the keys)")
        _check_types(name, section, value)


def _check_types(name: str, section: str, table: dict[str, Any]) -> None:
    """A typed setting holds its type (a list, a list of strings)."""
    for key, value in table.items():
        wanted = _TYPED.get((section, key))
        if wanted is None:
            continue
        strings = all(isinstance(v, str) for v in value) if isinstance(value, list) else True
        if not (isinstance(value, wanted) and strings):
            raise ConfigError(f"language file {name}: [{section}] {key} must be "
                              f"{'true or false' if wanted is bool else 'a list of strings'}")


def _unknown_keys(section: str, table: dict[str, Any]) -> tuple[str, str] | None:
    if section in _NAMED:
        return next(((k, section) for k in table if k not in _NAMED[section]), None)
    if section in _PHRASES:
        return next(((k, section) for k, v in table.items()
                     if not _phrase_value(v) and k not in _PHRASES[section]), None)
    if section == "events":
        return _unknown_event_keys(table)
    return (section, "top level")


def _phrase_value(value: Any) -> bool:
    """A phrase maps to a string or a number; booleans, lists and tables are settings."""
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def _unknown_event_keys(table: dict[str, Any]) -> tuple[str, str] | None:
    from dragoman.events.plover import EVENT_TYPES, MODES  # the events package reads language files

    for kind, cues in table.items():
        if kind not in EVENT_TYPES and kind != "NONE":
            return kind, "events"
        allowed = _EVENT_KEYS | set(MODES.get(kind, ()))
        wrong = next((k for k in cues if k not in allowed), None)
        if wrong is not None:
            return wrong, f"events.{kind}"
    return None
