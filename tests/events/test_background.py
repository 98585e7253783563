"""Acts their sentence dates a year or more before the time of writing are background, not news,
also when the article has no publication date (real news: 'vyhostilo loni na jaře 18 pracovníků
ruské ambasády' in an undated Czech article)."""

from __future__ import annotations

import dragoman
from dragoman.dates.expressions import find_time_expressions
from dragoman.events.background import YearsBack
from dragoman.settings import Settings

SHORT = Settings(min_text_chars=0)


def years_back(text: str, lang: str, published: str | None) -> list[int | None]:
    dates = find_time_expressions(text, lang, published)
    back = YearsBack(text, lang, published, dates)
    return [back.of(d) for d in dates]


def test_last_year_is_one_year_back_without_a_publication_date() -> None:
    assert years_back("Česko vyhostilo loni na jaře 18 pracovníků ruské ambasády.", "cs", None) == [1]
    assert years_back("Russia expelled ten diplomats last year.", "en", None) == [1]


def test_an_explicit_year_is_placed_against_the_latest_full_day_of_an_undated_article() -> None:
    text = "Russia annexed Crimea in March 2014. On 12 March 2021 Russia expelled ten diplomats."
    assert years_back(text, "en", None) == [7, 0]


def test_the_only_day_of_an_undated_article_is_its_time_of_writing() -> None:
    assert years_back("Russia annexed Crimea in March 2014.", "en", None) == [0]


def test_with_a_publication_date_the_year_of_publication_counts() -> None:
    assert years_back("Russia expelled ten diplomats last year, and in March 2014 it annexed Crimea.", "en",
                      "2022-04-10") == [1, 8]


def sanctions(text: str, lang: str) -> list[tuple[list[str | None], list[str | None]]]:
    doc = dragoman.process(text, lang=lang, published=None, settings=SHORT)
    return [([m.code for m in e.actor], [m.code for m in e.recipient]) for e in doc.events
            if e.event == "SANCTION"]


def test_an_expulsion_last_year_is_background_in_an_undated_article() -> None:
    assert sanctions("Česká republika vyhostila loni na jaře 18 ruských diplomatů.", "cs") == []
    assert sanctions("Česká republika vyhostila dnes 18 ruských diplomatů.", "cs") == [(["CZE"], ["RUS"])]
