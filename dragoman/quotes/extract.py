"""The quote stage: needs text, language and mentions; adds `quotes` to the document, and to its
mentions the speakers nobody listed who are named in full."""

from __future__ import annotations

from dragoman.actors.keys import name_key
from dragoman.actors.model import PERSON
from dragoman.actors.names import base_form
from dragoman.document import Document
from dragoman.quotes.embeds import embedded_posts
from dragoman.quotes.spans import find_quote_spans
from dragoman.quotes.speakers import attribute
from dragoman.records import Mention, Quote
from dragoman.text.romanise import romanise
from dragoman.text.sentences import sentence_spans
from dragoman.text.spans import GrowingSpans


def add_quotes(document: Document) -> Document:
    """Fill document.quotes: each quote with its speaker mention (or None) and speech verb."""
    spans = sorted(find_quote_spans(document.text, document.lang), key=lambda s: s.start)
    bounds = sentence_spans(document.text, document.lang)
    quotes = attribute(document.text, document.lang, spans, document.mentions, bounds)
    quotes = embedded_posts(document, quotes)
    _name_strangers(document, quotes)
    for quote in quotes:
        if quote.speaker is not None:
            quote.speaker = quote.speaker.as_speaker()
    document.quotes = quotes
    return document


def _name_strangers(document: Document, quotes: list[Quote]) -> None:
    """A speaker nobody listed, named in full ("ujar Mohammed al-Mughayyir"), speaks in the article, so
    is one of its people: a PERSON mention with the name in its base form, romanised as a titled
    stranger's."""
    taken = GrowingSpans(document.mentions)
    added: dict[tuple[int, int], Mention] = {}
    for quote in quotes:
        speaker = quote.speaker
        if speaker is not None and (speaker.start, speaker.end) in added:
            quote.speaker = added[speaker.start, speaker.end]  # one stranger speaking twice
            continue
        if speaker is None or speaker.type != PERSON or speaker.entity_key is not None \
                or not _full_name(speaker.text) or taken.overlapping(speaker.start, speaker.end):
            continue
        written = base_form(" ".join(speaker.text.split()), document.lang)
        key = f"person:new:{name_key(written).replace(' ', '-')}"
        mention = Mention(speaker.start, speaker.end, speaker.text, PERSON, romanise(written, document.lang),
                          speaker.code, "speaker", None, speaker.role, key)
        if mention.entity_name != written:
            mention.extra["native_name"] = written
        quote.speaker = added[mention.start, mention.end] = mention
        taken.add(mention)
    if added:
        document.mentions = sorted([*document.mentions, *added.values()], key=lambda m: (m.start, m.end))


def _full_name(written: str) -> bool:
    """Two words or more, none a single letter but an initial: a one-word speaker may be a surname or
    a word read as a name, and a lone letter a conjunction ("Ван І": Ukrainian і is "and")."""
    words = written.split()
    return len(words) >= 2 and all(len(w) >= 2 for w in words)

