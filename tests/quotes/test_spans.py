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
