"""Temporal expressions in many languages, resolved against the publication date."""

from __future__ import annotations

import pytest

from dragoman.dates.expressions import find_time_expressions


def values(text: str, lang: str, published: str | None = None) -> list[tuple[str | None, str]]:
    return [(e.value, e.granularity) for e in find_time_expressions(text, lang, published)]


@pytest.mark.parametrize(
    ("lang", "text", "published", "expected"),
    [
        ("fr", "Il a visité Astana le 7 février.", "2022-02-15", [("2022-02-07", "day")]),
        ("fr", "Il a visité Astana le 7 février.", None, [("--02-07", "day")]),
        ("de", "Beim Forum am 12. Dezember betonte er", None, [("--12-12", "day")]),
        ("pt", "chegou em 20 de maio de 2024", None, [("2024-05-20", "day")]),
        ("es", "El 3 de marzo de 2025 se reunieron", None, [("2025-03-03", "day")]),
        ("en", "They met on March 3, 2025 in Baku.", None, [("2025-03-03", "day")]),
        ("ru", "переговоры 3 марта и в ноябре 2023 года", "2024-05-01",
         [("2024-03-03", "day"), ("2023-11", "month")]),
        ("uk", "зустріч 14 квітня 2015", None, [("2015-04-14", "day")]),
        ("tr", "12 Aralık'ta Ankara'da görüştü", "2024-01-10", [("2023-12-12", "day")]),
        ("it", "il 13 febbraio 2013 a Roma", None, [("2013-02-13", "day")]),
        ("id", "pada tahun 2030", None, [("2030", "year")]),
        ("kk", "2024 жылғы 12 желтоқсан", None, [("2024-12-12", "day")]),
    ],
)
def test_expressions(lang: str, text: str, published: str | None, expected: list) -> None:
    assert values(text, lang, published) == expected


def test_december_in_a_january_article_is_last_year() -> None:
    assert values("le 28 décembre", "fr", "2025-01-03") == [("2024-12-28", "day")]


def test_future_sentence_looks_forward() -> None:
    [expression] = find_time_expressions("le 28 décembre", "fr", "2025-01-03", future=True)
    assert expression.value == "2025-12-28"


def test_weekday_resolves_to_the_last_such_day() -> None:
    assert values("a déclaré Tokaïev jeudi", "fr", "2024-05-24") == [("2024-05-23", "day")]
    assert values("a déclaré Tokaïev jeudi", "fr", None) == [(None, "weekday")]


def test_words_that_look_like_months_are_not_dates() -> None:
    assert values("It may rain, troops march.", "en", "2024-06-01") == []
    assert values("Il a déclaré être prêt.", "fr", "2024-06-01") == []
