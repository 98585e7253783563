"""Quotation spans in every quote style."""

from __future__ import annotations

import pytest

from dragoman.quotes.spans import find_quote_spans


def quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("« Nous devons soutenir l’ONU », a déclaré le président.", "Nous devons soutenir l’ONU"),
        ("„Wir wollen die Zusammenarbeit vertiefen“, sagte Tokajew.", "Wir wollen die Zusammenarbeit vertiefen"),
        ("“We will deepen our cooperation,” the minister said.", "We will deepen our cooperation,"),
        ('"Kami siap bekerja sama lebih erat," kata Vassilenko.', "Kami siap bekerja sama lebih erat,"),
        ("‹ Das ist ein sehr wichtiger Schritt › sagte er.", "Das ist ein sehr wichtiger Schritt"),
        ("「我们将深化 两国 之间 的 合作」他说。", "我们将深化 两国 之间 的 合作"),
        ("«Мы готовы к диалогу с партнёрами», — заявил Лавров.", "Мы готовы к диалогу с партнёрами"),
    ],
)
def test_quote_styles(text: str, expected: str) -> None:
    assert quoted(text) == [expected]


def test_nested_quotes_stay_inside() -> None:
    text = "« Il a parlé d’un “partenariat stratégique” avec nous », a-t-il ajouté."
    assert quoted(text) == ["Il a parlé d’un “partenariat stratégique” avec nous"]


def test_names_in_quotes_are_not_quotations() -> None:
    assert quoted("lors du premier « Forum de réflexion » à Astana.") == []


def test_quote_across_paragraphs_is_continued() -> None:
    text = "« Premier paragraphe de la longue citation.\n\n« Et la suite de cette même citation », a-t-il dit."
    spans = find_quote_spans(text)
    assert [s.continued for s in spans] == [False, True]


def test_dialogue_dash() -> None:
    text = "— Мы готовы продолжать переговоры, — сказал министр.\n— Es un paso muy importante para todos, — dijo."
    assert quoted(text) == ["Мы готовы продолжать переговоры", "Es un paso muy importante para todos"]


def test_dialogue_dash_resumes_after_the_narrator() -> None:
    text = "— Это вынужденная ответная мера, — заявила Захарова на брифинге. — Москва оставляет за собой право."
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["Это вынужденная ответная мера",
                                                      "Москва оставляет за собой право."]
    assert [s.continued for s in spans] == [False, True]


def test_scandinavian_dash_line_closed_by_the_narrators_words() -> None:
    text = ("– Vi kommer att göra allt i vår makt, sade statsministern.\n"
            "– Vi är redo, Ryssland måste dra sig tillbaka.\n"
            "– Vi har talat länge, och det är bra att vi nu kan tala med varandra om framtiden.")
    assert quoted(text) == ["Vi kommer att göra allt i vår makt", "Vi är redo, Ryssland måste dra sig tillbaka.",
                            "Vi har talat länge, och det är bra att vi nu kan tala med varandra om framtiden."]


def test_copula_dash_inside_a_dialogue_line_is_not_the_frame() -> None:
    text = "– Германия – Еуропадағы ең сенімді әріптестеріміздің бірі, – деді Президент."
    assert quoted(text) == ["Германия – Еуропадағы ең сенімді әріптестеріміздің бірі"]


def test_spanish_dash_glued_to_the_narrators_verb() -> None:
    text = "—Es un paso muy importante para todos —dijo el ministro—. Y lo vamos a dar juntos."
    assert quoted(text) == ["Es un paso muy importante para todos", "Y lo vamos a dar juntos."]


def test_hyphen_list_item_is_not_a_quote() -> None:
    assert quoted("- 30 per cent of all goods were shipped by rail") == []
    assert quoted("- Мы готовы продолжать переговоры, - сказал министр.") == ["Мы готовы продолжать переговоры"]


def test_straight_quote_over_two_paragraphs() -> None:
    text = '"The first paragraph of a long statement\n\n"and its second paragraph here," he said.'
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["The first paragraph of a long statement",
                                                      "and its second paragraph here,"]
    assert [s.continued for s in spans] == [False, True]


@pytest.mark.parametrize(("text", "quoted"), [
    ("Hän kehuu yhteistyötä. ”Suomalaisen upseerin kädenpuristus on sellainen”, hän sanoo.",
     "Suomalaisen upseerin kädenpuristus on sellainen"),
    ("中國外交部發言人林劍表示，「中國政府一貫要求漁民遵守法律規定」，並呼籲日方。", "中國政府一貫要求漁民遵守法律規定"),
    ("他说：“今天是星期五，我就不浪费时间了。”", "今天是星期五，我就不浪费时间了。"),
])
def test_swedish_finnish_and_unspaced_quotations(text: str, quoted: str) -> None:
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == [quoted]


def test_inch_marks_and_scare_quotes_are_no_quotations() -> None:
    assert find_quote_spans("A 12” screen and the so-called ”peace plan” were mentioned.") == []
