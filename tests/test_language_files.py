"""Language data files follow the documented format: a misspelt key names its file and key."""

from __future__ import annotations

import dataclasses

import pytest

from dragoman.errors import ConfigError
from dragoman.languages import (
    _read,
    available_languages,
    identifier_labels,
    language,
    load_language,
    name_particles,
)
from dragoman.languages.schema import check_language_file
from dragoman.text.casing import lower


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


@pytest.mark.parametrize(("data", "words"), [
    ({"letters": {"turkic_casing": "yes"}}, "[letters] turkic_casing must be true or false"),
    ({"names": {"particles": "da"}}, "[names] particles must be a list of strings"),
    ({"names": {"particles": ["da", 1]}}, "[names] particles must be a list of strings"),
    ({"identification": {"labels": "iw"}}, "[identification] labels must be a list of strings"),
    ({"names": {"capitalized_nouns": True}}, "unknown key 'capitalized_nouns' in [names]"),
])
def test_a_typed_setting_of_the_wrong_type_is_an_error_naming_the_file(data: dict, words: str) -> None:
    with pytest.raises(ConfigError) as caught:
        check_language_file("xx.toml", data)
    assert "language file xx.toml" in str(caught.value) and words in str(caught.value)


def test_one_frozen_language_object_per_language() -> None:
    turkish = language("tr")
    assert turkish is language("tr") and turkish.data == load_language("tr")
    with pytest.raises(dataclasses.FrozenInstanceError):
        turkish.turkic_casing = False  # type: ignore[misc]
    assert language(None).section("names") == {} and not language("xx").capitalised_nouns


def test_language_facts_once_in_python_are_read_from_the_data_files() -> None:
    assert [c for c in available_languages() if language(c).turkic_casing] == ["az", "tr"]
    assert [c for c in available_languages() if language(c).capitalised_nouns] == ["de", "lb"]
    assert [c for c in available_languages() if language(c).few_names_are_words] == ["fr", "id", "it", "pt"]
    assert {"da", "dos", "von", "zu", "van", "ter", "bin", "ibn", "al", "le", "ben"} <= name_particles()
    assert identifier_labels() == {"zh-cn": "zh", "zh-tw": "zh", "iw": "he"}
    assert language("sr").family == "_sh" and language("ru").family is None


def test_turkic_casing_comes_from_the_data_file() -> None:
    assert lower("DIŞİŞLERİ", "tr") == lower("DIŞİŞLERİ", "az") == "dışişleri"
    assert lower("DIŞİŞLERİ", "en") == "dişişleri"


def test_names_only_languages_read_their_cldr_names_in_their_own_texts() -> None:
    """`[names] cldr_names_everywhere = false`: the names-only files of issue 13's CLDR languages."""
    scoped = {c for c in available_languages() if not language(c).cldr_names_everywhere}
    assert {"am", "bn", "et", "lt", "lv", "ne", "sk", "sl", "sw", "ta", "ur"} <= scoped
