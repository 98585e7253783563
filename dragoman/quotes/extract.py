"""The quote stage: needs text, language and mentions; adds `quotes` to the document."""

from __future__ import annotations

from dragoman.document import Document
from dragoman.quotes.spans import find_quote_spans
from dragoman.quotes.speakers import attribute
from dragoman.text.sentences import sentence_spans


def add_quotes(document: Document) -> Document:
    """Fill document.quotes: each quote with its speaker mention (or None) and speech verb."""
    spans = sorted(find_quote_spans(document.text), key=lambda s: s.start)
    bounds = sentence_spans(document.text, document.lang)
    quotes = attribute(document.text, document.lang, spans, document.mentions, bounds)
    for quote in quotes:
        speaker = quote["speaker"]
        if speaker is not None:
            quote["speaker"] = {k: speaker.get(k) for k in
                                ("start", "end", "text", "type", "entity_name", "code", "wikidata_id",
                                 "role", "entity", "native_name") if k in speaker}
    document.quotes = quotes
    return document
