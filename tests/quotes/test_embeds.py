"""Posts embedded in an article in another language are their author's quotes."""

from __future__ import annotations

from dragoman.document import Document, Paragraph, Removal
from dragoman.quotes.embeds import embedded_posts
from dragoman.records import Mention, Quote

_INTRO = "Ministr Jakub Kulhánek poděkoval Evropské unii. „Máme silnou reakci,“ napsal Kulhánek."
_POST = "Many thanks for making it crystal clear: full solidarity with the #EU partners."


def _document(signature: bool, post: str = _POST) -> tuple[Document, list[Quote]]:
    text = f"{_INTRO}\n\n{post}"
    person = Mention(8, 22, "Jakub Kulhánek", "PERSON", "Jakub Kulhánek", "CZE", "alias",
                     entity_key="person:kulhanek")
    quote_start = text.index("Máme")
    quotes = [Quote(quote_start, quote_start + 18, text[quote_start:quote_start + 18], person, "napsal")]
    removed = [Removal("— Jakub Kulhanek (@JakubKulhanek) May 15, 2021", "tweet_signature", 3)] if signature else []
    paragraphs = [Paragraph(0, len(_INTRO), "cs"), Paragraph(len(_INTRO) + 2, len(text), "en")]
    return Document(doc="d", text=text, lang="cs", paragraphs=paragraphs, removed=removed,
                    mentions=[person]), quotes


def test_post_signed_by_a_person_the_article_names() -> None:
    document, quotes = _document(signature=True)
    post = embedded_posts(document, quotes)[-1]
    assert post.text == _POST
    assert post.speaker is not None and post.speaker.entity_name == "Jakub Kulhánek"


def test_unsigned_post_with_a_hashtag_takes_the_speaker_of_the_quote_before() -> None:
    document, quotes = _document(signature=False)
    post = embedded_posts(document, quotes)[-1]
    assert post.speaker is not None and post.speaker.entity_name == "Jakub Kulhánek"


def test_foreign_paragraph_without_handle_or_signature_is_no_post() -> None:
    document, quotes = _document(signature=False, post="Many thanks for making it crystal clear to all partners.")
    assert embedded_posts(document, quotes) == quotes
