"""Language data files follow the documented format: a misspelt key names its file and key."""

from __future__ import annotations

import pytest

from dragoman.errors import ConfigError
from dragoman.languages import _read, available_languages
from dragoman.languages.schema import check_language_file


def test_every_packaged_language_file_follows_the_format() -> None:
    for code in (*available_languages(), "_sh"):
        _read(code)


@pytest.mark.parametrize(("data", "words"), [
    ({"speech": {"verb": ["said"]}}, "unknown key 'verb' in [speech]"),
    ({"events": {"CONSULT": {"cues": ["met"], "phone_call": ["phoned"]}}}, "'phone_call' in [events.CONSULT]"),
    ({"events": {"ACUSE": {"cues": ["accused"]}}}, "'ACUSE' in [events]"),
    ({"dates": {"month_word": ["month"]}}, "'month_word' in [dates]"),
    ({"speach": {"verbs": ["said"]}}, "'speach' in [top level]"),
    ({"titles": ["minister"]}, "'titles' is not a section"),
])
def test_a_misspelt_key_is_an_error_naming_the_file_and_the_key(data: dict, words: str) -> None:
    with pytest.raises(ConfigError) as caught:
        check_language_file("xx.toml", data)
    assert "language file xx.toml" in str(caught.value) and words in str(caught.value)


def test_phrase_sections_take_any_phrase_but_only_known_settings() -> None:
    check_language_file("xx.toml", {"titles": {"foreign minister": "foreign minister"},
                                    "dates": {"yesterday": -1, "last year": "-1 year", "day_words": ["day"]},
                                    "agents": {"rebels": "REB", "name_after": True},
                                    "events": {"AID": {"cues": ["sent aid"], "humanitarian": ["food"]}}})
    with pytest.raises(ConfigError, match="'name_afterwards' in \\[agents\\]"):
        check_language_file("xx.toml", {"agents": {"name_afterwards": True}})
