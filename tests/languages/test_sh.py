"""Serbian, Croatian and Bosnian: one shared data file, and identification of the group.

These two tests check the language files and the identifier directly, not a text through the pipeline,
so they stay in Python; the group's pipeline cases are in tests/languages/cases/sh.toml."""

from __future__ import annotations

from dragoman.languages import available_languages, load_language
from dragoman.text.langid import identify_language


def test_the_three_languages_share_one_base_file():
    assert {"sr", "hr", "bs"} <= set(available_languages())
    assert "_sh" not in available_languages()
    assert load_language("sr")["events"] == load_language("hr")["events"] == load_language("bs")["events"]
    assert "inherit" not in load_language("hr")


def test_serbo_croatian_text_is_identified_with_the_confidence_of_the_whole_group():
    lang, confidence = identify_language(
        "Evropska unija je u srijedu uvela sankcije Rusiji zbog narušavanja teritorijalnog integriteta "
        "Ukrajine, a u četvrtak je osudila ruski vojni napad, javlja agencija.")
    assert lang in {"hr", "sr", "bs"} and confidence >= 0.5
