"""Names of a language are read only in texts of that language (issue 13): a local name of one
language's data, or a CLDR name only a language without a data file gives, is no name elsewhere;
acronyms, names in capitals, language-free aliases and vetted CLDR names are read everywhere."""

from __future__ import annotations

import pytest

from dragoman.actors.matcher import NameMatcher
from dragoman.actors.mentions import match_names
from dragoman.actors.model import Name

_NAMES = [
    Name("Onu", "UN", "name", "it", local=True),
    Name("ONU", "UN", "acronym", "fr", local=True),
    Name("UNIFIL", "UN", "body", "en", local=True),
    Name("Polen", "POL", "name", "de"),             # CLDR, a language with a data file
    Name("Nije", "NER", "name", "lg"),              # CLDR, only a language without one
    Name("Ruska Federacija", "RUS", "name", "hr", local=True),
    Name("Franciscus", "VAT", "alias"),              # no language
    Name("iransk", "IRN", "adjective", "sv", local=True),
    Name("iransk", "IRN", "adjective", "da", local=True),
    # Languages the names know besides: a text in a language they do not know reads every name.
    *(Name("Kazakhstan", "KAZ", "name", code) for code in ("tr", "sr", "bs", "pl", "nl")),
]


def _found(text: str, lang: str | None) -> list[str]:
    """The texts of the names found, each span once."""
    return list(dict.fromkeys(text[m.start:m.end] for m in NameMatcher(_NAMES).find(text, lang=lang)))


def test_a_local_name_is_read_only_in_its_language() -> None:
    assert _found("Onu dün geldi.", "tr") == []
    assert _found("Onu e Nato.", "it") == ["Onu"]


def test_without_a_known_language_every_name_is_read() -> None:
    assert _found("Onu dün geldi.", None) == ["Onu"]
    assert _found("Onu dün geldi.", "xx") == ["Onu"]  # a language the names do not know


def test_acronyms_capitals_aliases_and_vetted_cldr_names_are_read_everywhere() -> None:
    assert _found("ONU, UNIFIL, Polen, Franciscus.", "tr") == ["ONU", "UNIFIL", "Polen", "Franciscus"]


def test_a_cldr_name_of_a_language_without_a_data_file_stays_in_it() -> None:
    assert _found("Nije tačno.", "sr") == []
    assert _found("Nije eri.", "lg") == ["Nije"]


def test_kin_languages_sharing_a_base_file_read_each_others_names() -> None:
    assert _found("Ruska Federacija je rekla.", "sr") == ["Ruska Federacija"]
    assert _found("Ruska Federacija je rekla.", "bs") == ["Ruska Federacija"]
    assert _found("Ruska Federacija je rekla.", "pl") == []


def test_a_form_several_languages_give_is_read_in_each() -> None:
    assert _found("den iransk regering", "sv") == _found("den iransk regering", "da") == ["iransk"]
    assert _found("den iransk regering", "nl") == []


@pytest.mark.parametrize(("lang", "text", "code"), [
    ("bs", "EU je osudila napad Rusije na Ukrajinu.", "EU"),  # hr writes EU for the Union: kin of bs
    ("tr", "EU ve ABD yaptırımları", "EU"),  # no language of its own: eight say the Union, one the US
    ("es", "EU impuso sanciones a Venezuela.", "USA"),  # Mexican usage, in a Spanish text
])
def test_a_name_several_entities_share_goes_to_the_one_most_languages_mean(lang: str, text: str,
                                                                           code: str) -> None:
    first = match_names(text, lang, "2024-05-20")[0]
    assert (first.text, first.code) == ("EU", code)


def test_a_names_only_language_keeps_its_cldr_names_to_its_own_texts() -> None:
    """`[names] cldr_names_everywhere = false` (lt.toml, a names-only file): Lithuanian "Lietuva"
    and its case forms are Lithuania in Lithuanian texts only, as before the file existed."""
    lithuanian = {(m.text, m.code) for m in match_names("Lietuva ir Lietuvos kaimynai.", "lt", "2024-05-20")}
    assert {("Lietuva", "LTU"), ("Lietuvos", "LTU")} <= lithuanian
    assert "LTU" not in {m.code for m in match_names("Lietuva won the match.", "en", "2024-05-20")}
