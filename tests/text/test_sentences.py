"""Sentence spans respect abbreviations and paragraph breaks."""

from __future__ import annotations

from dragoman.text.sentences import sentence_spans, split_sentences


def test_abbreviations_and_initials_do_not_split() -> None:
    text = "M. Macron a reçu Mme. Merkel. Elle est repartie le soir."
    assert split_sentences(text, "fr") == [
        "M. Macron a reçu Mme. Merkel.",
        "Elle est repartie le soir.",
    ]
    assert (
        len(split_sentences("Das Treffen fand am 12. Dezember statt. Danach reiste er ab.", "de"))
        == 2
    )
    assert len(split_sentences("Mr. J. Smith met Dr. Lee. They talked.", "en")) == 2


def test_spans_point_into_the_text() -> None:
    text = "First one here. Second one!\n\nThird in a new paragraph?"
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "First one here.",
        "Second one!",
        "Third in a new paragraph?",
    ]


def test_a_lowercase_word_after_a_closing_quote_goes_on_with_the_sentence() -> None:
    text = "«Τόσο λυπηρό!» υποστηρίζει ο Τούρκος ΥΠΕΞ. Δείτε επίσης."
    assert [text[s:e] for s, e in sentence_spans(text, "el")] == [
        "«Τόσο λυπηρό!» υποστηρίζει ο Τούρκος ΥΠΕΞ.", "Δείτε επίσης."]


def test_georgian_sentences_split_though_its_letters_are_lowercase() -> None:
    text = "რუსეთი დაგმეს. ქართველებმა დაგმეს."
    assert len(sentence_spans(text, "ka")) == 2
