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


def test_hashtag_rows_pipe_rows_and_link_marks() -> None:
    assert classify_line("#обмен пленными #сво #мирные переговоры") == "tags"
    assert classify_line("#Ukraine is strong.") is None
    assert classify_line("Tools: Save | Print | E-mail | Most Read") == "navigation"
    assert classify_line("SABTU, 15 APRIL 2017 | 13:54 WIB | LAPORAN: ALDI GULTOM") == "navigation"
    assert classify_line("Paris | Berlin | Rome are the capitals.") is None
    assert classify_line(">>L'Égypte et la France lancent un exercice naval conjoint") == "read_more"


def test_widget_and_promotion_lines_in_several_languages() -> None:
    assert classify_line("Follow us on our official WhatsApp channel for breaking news alerts!") == "subscribe"
    assert classify_line("Nicht mehr merken") == "navigation"
    assert classify_line("Diskussion anzeigen K Diskussion ausblenden Esc") == "comments"
    assert classify_line("LETTURA: 2 minuti") == "reading_time"
    assert classify_line('Еще новости в разделе "Детали"') == "read_more"
    assert classify_line("Seja assinante O POVO+ Tenha acesso a todos os conteúdos exclusivos") == "subscribe"


def test_a_share_row_is_not_joined_to_the_line_after_it() -> None:
    from dragoman.text.clean import split_lines
    lines = split_lines("A long paragraph of the article that ends here.\n\nthreads whatsapp linkedin "
                        "twitter youtube facebook instagram\nora in")
    assert "threads whatsapp linkedin twitter youtube facebook instagram" in lines
