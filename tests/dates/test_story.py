"""Days, weekdays and "today" resolved against the story's own day when the publication day is unknown."""

from __future__ import annotations

import pytest

from dragoman.dates.expressions import find_time_expressions
from dragoman.dates.published import is_dateline
from dragoman.dates.story import story_dated, story_day, story_reference


def dated(text: str, lang: str, published: str | None = None) -> list[tuple[str, str | None]]:
    found = story_dated(find_time_expressions(text, lang, published), text, lang, published)
    return [(e.text, e.value) for e in found]


@pytest.mark.parametrize(
    ("lang", "text", "published", "expected"),
    [
        # a day alone after an earlier month named: the first such day on or after the story's days
        ("ja", "官房長官は11日の記者会見で支援を決定した。2月27日に総理が表明した支援の具体化だ。", None,
         [("11日", "--03-11"), ("2月27日", "--02-27")]),
        ("pt", "A Nicarágua determinou, nesta quarta-feira (7), a expulsão. Foi celebrada em 19 de julho.", None,
         [("quarta-feira (7)", "--08-07"), ("19 de julho", "--07-19")]),
        # a day just before the one named is of the same month
        ("zh", "外交部发言人表示,蓬佩奥14日发表声明。1月15日举行的例行记者会上,他回应。", None,
         [("14日", "--01-14"), ("1月15日", "--01-15")]),
        ("ko", "북한은 지난 5일 미사일을 발사했다. 합참은 3월 3일 발표했다.", None,
         [("5일", "--03-05"), ("3월 3일", "--03-03")]),
        # a day named in full gives the year, and a weekday can then be counted
        ("pt", "Chegou neste sábado, 18, à base. No início da noite deste sábado, no aeroporto.", "2024-05",
         [("sábado, 18", "2024-05-18"), ("sábado", "2024-05-18")]),
        ("uk", "Зустріч відбулася 5 березня 2024 року. У четвер міністр заявив про це.", None,
         [("5 березня 2024", "2024-03-05"), ("четвер", "2024-03-07")]),
    ],
)
def test_days_resolved_from_the_story(lang: str, text: str, published: str | None,
                                      expected: list[tuple[str, str | None]]) -> None:
    assert dated(text, lang, published) == expected


def test_a_dateline_is_the_day_of_writing() -> None:
    """From a dateline, "today" is its day and a day alone the nearest past one."""
    text = "КИЇВ, 22 квітня –\n\nЗахарова сьогодні заявила, що 20 числа протест пройшов. Посол виїхав 21 квітня."
    found = story_dated(find_time_expressions(text, "uk", None), text, "uk", None)
    assert story_reference(found, text, None) == ("--04-22", True)
    assert [(e.text, e.value) for e in found if e.value][:2] == [("22 квітня", "--04-22"), ("сьогодні", "--04-22")]


def test_no_weekday_without_a_year() -> None:
    """Which day is a Friday depends on the year: a weekday stays unresolved beside a day without one."""
    assert dated("Зустріч відбулася 5 березня. У четвер міністр заявив.", "uk") == [
        ("5 березня", "--03-05"), ("четвер", None)]


def test_a_publication_day_leaves_everything_as_it_was() -> None:
    text = "北韓は5日、ミサイルを発射した。"
    assert dated(text, "ja", "2024-05-22") == [("5日", "2024-05-05")]


def test_story_day_stands_for_the_publication_day() -> None:
    text = "官房長官は11日の記者会見で支援を決定した。2月27日に総理が表明した。"
    found = story_dated(find_time_expressions(text, "ja", None), text, "ja", None)
    day = story_day(found, text, None)
    assert day is not None and (day.value, day.resolution) == ("--03-11", "story")
    assert story_day(found, text, "2024-05-22") is None


def test_a_lead_paragraph_without_spaces_is_no_dateline() -> None:
    """A Japanese or Chinese lead paragraph is one "word" to split(): it is counted by characters."""
    text = "松野博一官房長官は11日の記者会見で、日本政府としてウクライナへの緊急人道支援を決定した"
    expression = find_time_expressions(text, "ja", None)[0]
    assert not is_dateline(text, expression)
    question = "外交部发言人会上有记者问,蓬佩奥14日发表声明宣布,美方将实施签证限制,你对此有何回应?\n"
    assert not is_dateline("导语\n" + question, find_time_expressions("导语\n" + question, "zh", None)[0])
