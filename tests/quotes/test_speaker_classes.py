"""Speaker classes seen on real pages: marks typed otherwise, pronouns opening the sentence."""

from __future__ import annotations

from dragoman.quotes.spans import find_quote_spans
from tests.quotes.test_speakers import speakers


def quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text)]


def test_english_opening_mark_closed_with_the_german_one() -> None:
    text = "“Такі витівки неприпустимі для нас“, – сказала Захарова на брифінгу."
    assert quoted(text) == ["Такі витівки неприпустимі для нас"]


def test_nested_quote_inside_one_closed_so() -> None:
    text = "“Вони розгорнули плакати з “різними образами” біля входу“, – сказала Захарова."
    assert quoted(text) == ["Вони розгорнули плакати з “різними образами” біля входу"]


def test_quote_left_open_at_the_end_of_the_text() -> None:
    assert quoted("Її обурило те, що “активісти заблокували центральний вхід") == [
        "активісти заблокували центральний вхід"]


def test_sentence_opening_with_a_pronoun_quotes_the_person_before() -> None:
    text = ("Захарова виступила на брифінгу.\n"
            "Її обурило те, що “активісти заблокували центральний вхід на територію дипмісії”.")
    assert speakers(text, "uk") == ["Maria Zakharova"]
