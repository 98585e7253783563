"""Whole-line furniture kinds, including lines made of several labels."""

from __future__ import annotations

from dragoman.text.furniture import classify_line


def test_a_line_of_several_share_labels_is_furniture() -> None:
    for line in ("Share on Facebook | Share on X | Email this article",
                 "Partager sur Facebook Partager sur X Copier le lien",
                 "Artikel teilen: Facebook | X | WhatsApp | E-Mail"):
        assert classify_line(line) == "share", line
    assert classify_line("The minister said he would share the plan with partners | Reuters.") is None


def test_follow_and_credit_lines_of_news_agencies() -> None:
    assert classify_line("Подписывайтесь на ТАСС в Telegram") == "subscribe"
    assert classify_line("Kazinform жаңалықтарын Telegram арнасынан оқыңыз") == "subscribe"
    assert classify_line("Edição: Marta Nogueira") == "credit"
    assert classify_line("Compartir en Facebook | Compartir en X | Enviar por WhatsApp") == "share"
