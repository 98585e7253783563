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


def test_quote_running_over_a_paragraph_to_its_closing_mark() -> None:
    text = ("«Շատ ուրախ եմ, որ մենք կկարողանանք մտքեր փոխանակել։\n"
            "Վստահ եմ, որ այն կծառայի մեր հարաբերություններին»,- ասել է Լավրովը։")
    assert quoted(text) == [text[1:text.index("»")]]


def test_a_new_quote_in_the_next_paragraph_still_ends_the_open_one() -> None:
    text = "«Մենք պատրաստ ենք երկխոսության ցանկացած պահի\n«Նոր խոսքեր այստեղ են գրված», ասաց նա։"
    assert len(quoted(text)) == 2


def test_state_next_to_the_verb_yields_to_the_person_opening_the_sentence() -> None:
    text = ("Le président Putin, qui estime avoir atteint son objectif de «vaincre le terrorisme "
            "international» à Москва, avait annoncé un retrait.")
    assert speakers(text, "fr") == ["Vladimir Putin"]


def test_a_state_alone_still_speaks_when_no_person_opens_the_sentence() -> None:
    text = "«Nous ne discuterons pas des échéances du retrait», a annoncé Москва."
    assert speakers(text, "fr") == ["Russia"]


def test_headline_quote_takes_the_first_person_quoted_in_the_story() -> None:
    text = ("Захарова: “Такі витівки неприпустимі для нас”\n"
            "“Ми закликаємо Україну перестати потурати їм”\n"
            "Посольство обурилося. “Такі витівки неприпустимі і ганебні“, – сказала Захарова.")
    assert speakers(text, "uk") == ["Maria Zakharova", "Maria Zakharova", "Maria Zakharova"]


def test_a_quote_in_the_story_keeps_no_speaker_from_below() -> None:
    text = ("Посольство обурилося.\n“Такі витівки неприпустимі для нас”\n"
            "Пізніше. “Такі витівки неприпустимі і ганебні“, – сказала Захарова.")
    assert speakers(text, "uk")[0] is None
