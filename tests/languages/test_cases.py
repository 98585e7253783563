"""Every language's behaviour cases (tests/languages/cases/<code>.toml) through the whole pipeline.

One test per case: the text is processed once and every expectation of the case is checked; a failure
lists each expectation that did not hold, with what was found.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import dragoman
from dragoman.settings import Settings
from tests.languages.cases import Case, CaseError, all_cases, load_cases
from tests.languages.checks import case_checks, summary

PUBLISHED = "2024-05-22"  # a Wednesday
# Lone acts ("Thousands of Georgians protested") are kept: these cases check each language's cues.
WITH_ONE_SIDED = Settings(one_sided_events=True)

CASES = all_cases(PUBLISHED)


def run_case(case: Case) -> list[str]:
    """Process the case's text and return the expectations that do not hold."""
    doc = dragoman.process(case.text, lang=case.lang, published=case.published, settings=WITH_ONE_SIDED)
    problems = [f"{check.label}: {problem}" for check in case_checks(case) if (problem := check.test(doc))]
    if problems:
        problems.append("found:\n" + summary(doc))
    return problems


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_case(case: Case) -> None:
    problems = run_case(case)
    assert not problems, f"{case.file}, case {case.name!r}:\n" + "\n".join(problems)


def test_every_case_has_checks() -> None:
    assert CASES
    assert all(case_checks(case) for case in CASES)


@pytest.mark.parametrize(("content", "message"), [
    ('[[case]]\nname = "a"\ntext = "x"\nmentions = {x = "Y"}\nmention_codes = {}\n', "case 'a': unknown key 'mention_codes'"),
    ('[[case]]\nname = "a"\ntext = "x"\n[[case.event]]\ntype = "AID"\nactr = ["X"]\n', "case 'a', event: unknown key 'actr'"),
    ('[[case]]\nname = "a"\ntext = "x"\n', "case 'a': has no expectation"),
    ('[[case]]\nname = "a"\ntext = "x"\nquotes = "2"\n', "'quotes' should be int"),
    ('[[case]]\nname = "a"\ntext = "x"\n[[case.event]]\ntype = "AID"\ncount = 0\nmode = "x"\n', "'count = 0' takes no"),
    ('cases = []\n', "unknown key 'cases'"),
])
def test_a_malformed_case_file_is_an_error_naming_file_and_case(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "xx.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CaseError, match=r"xx\.toml") as error:
        load_cases(path, PUBLISHED)
    assert message in str(error.value)


def test_a_failing_expectation_is_reported_with_what_was_found() -> None:
    case = Case("xx.toml", "wrong", "Canada imposed sanctions on Iran last week.", "en", PUBLISHED,
                {"event": [{"type": "SANCTION", "actor": ["IRN"]}], "mentions": {"Canada": "USA"}})
    problems = run_case(case)
    assert problems[0] == "mention 'Canada': expected 'USA', found 'CAN'"
    assert problems[1] == "SANCTION event #0 actor: expected ['IRN'], found ['CAN']"
    assert "SANCTION(None)" in problems[-1]


def test_paragraph_languages_and_person_names_can_be_checked() -> None:
    text = ("Kazakh Foreign Minister Aigul Bekova met her Turkish counterpart in Astana on Tuesday.\n\n"
            "Der kasachische Präsident Arman Kairatow empfing den Premierminister Ungarns Gábor Nyerges.")
    case = Case("xx.toml", "mixed", text, None, PUBLISHED,
                {"paragraph_langs": ["en", "en"], "person": [{"name": "Aigul Bekova", "entity_name": "Aigul Bekova"}]})
    problems = run_case(case)
    assert problems[0] == "paragraph languages: expected ['en', 'en'], found ['en', 'de']"
    assert len(problems) == 2  # the person holds; the last line is what was found
