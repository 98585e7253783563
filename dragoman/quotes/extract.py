"""The quote stage: needs text, language and mentions; adds `quotes` to the document."""

from __future__ import annotations

from dragoman.document import Document
from dragoman.quotes.spans import find_quote_spans
from dragoman.quotes.speakers import attribute
from dragoman.text.sentences import sentence_spans


def add_quotes(document: Document) -> Document:
    """Fill document.quotes: each quote with its speaker mention (or None) and speech verb."""
    spans = sorted(find_quote_spans(document.text, document.lang), key=lambda s: s.start)
    bounds = sentence_spans(document.text, document.lang)
    quotes = attribute(document.text, document.lang, spans, document.mentions, bounds)
    for quote in quotes:
        if quote.speaker is not None:
            quote.speaker = quote.speaker.as_speaker()
    document.quotes = quotes
    return document
