"""Whole-line furniture kinds, including lines made of several labels."""

from __future__ import annotations

from dragoman.text.furniture import classify_line


def test_a_line_of_several_share_labels_is_furniture() -> None:
    for line in ("Share on Facebook | Share on X | Email this article",
                 "Partager sur Facebook Partager sur X Copier le lien",
                 "Artikel teilen: Facebook | X | WhatsApp | E-Mail"):
        assert classify_line(line) == "share", line
    assert classify_line("The minister said he would share the plan with partners | Reuters.") is None
