"""Posts embedded in an article: paragraphs in another language than the article's, with a handle or
hashtag or a removed tweet signature ("— Josep Borrell Fontelles (@JosepBorrellF) February 5, 2021"),
are the author's own words: one quote, said by the signature's author or the person the paragraph
before quotes ("„…“ napsal Kulhánek na Twitteru." then the English tweet)."""

from __future__ import annotations

import re

from dragoman.actors.kb import default_knowledge_base
from dragoman.actors.keys import name_key
from dragoman.actors.mentions import mention_for
from dragoman.actors.people import person_by_key
from dragoman.document import Document, Paragraph
from dragoman.records import Mention, Quote

_SOCIAL = re.compile(r"(?<!\w)[@#]\w")
_SIGNATURE_NAME = re.compile(r"^[—–-]\s*(?P<name>[^(\n]{2,80}?)\s*\(@\w+\)")
_QUOTE_MARKS = re.compile(r"[«»“”„\"「」]")
_MIN_WORDS = 6  # a post of fewer words is a caption or a label (tuned on gold/real-dev tweets)


def embedded_posts(document: Document, quotes: list[Quote]) -> list[Quote]:
    """The article's quotes with each embedded post added as one quote, nested quotes dropped."""
    authors = [m.group("name") for r in document.removed if r.kind == "tweet_signature"
               and (m := _SIGNATURE_NAME.match(r.text.strip()))]
    groups = _foreign_groups(document)
    posts = [g for g in groups if authors or any(_SOCIAL.search(document.text[p.start:p.end]) for p in g)]
    if not posts:
        return quotes
    added = []
    for index, group in enumerate(posts):
        start, end = group[0].start, group[-1].end
        if any(q.start < start < q.end for q in quotes):
            continue  # the post is itself quoted in a longer quotation
        author = authors[index] if len(authors) == len(posts) else None
        speaker = _author(document, author, start) if author else None
        speaker = speaker or _quoted_before(document, quotes, group[0])
        added.append(Quote(start, end, document.text[start:end], speaker.as_speaker() if speaker else None,
                           None))
    kept = [q for q in quotes if not any(a.start <= q.start and q.end <= a.end for a in added)]
    return sorted([*kept, *added], key=lambda q: q.start)


def _foreign_groups(document: Document) -> list[list[Paragraph]]:
    """Runs of consecutive paragraphs in another language than the article's, long enough to be
    prose and not quoted in marks."""
    groups: list[list[Paragraph]] = []
    previous: Paragraph | None = None
    for paragraph in document.paragraphs:
        body = document.text[paragraph.start:paragraph.end]
        foreign = bool(paragraph.lang and document.lang and paragraph.lang != document.lang
                       and len(body.split()) >= _MIN_WORDS and not _QUOTE_MARKS.match(body.strip()))
        if foreign and previous is not None and groups and groups[-1][-1] is previous:
            groups[-1].append(paragraph)
        elif foreign:
            groups.append([paragraph])
        previous = paragraph
    return groups


def _author(document: Document, author: str, start: int) -> Mention | None:
    """The signature's author: a person the article names, else a known person of that name, as a
    speaker standing where the post begins (the signature itself was removed as page furniture)."""
    named = _person_named(document.mentions, author)
    if named is not None:
        return named
    person = person_by_key(default_knowledge_base(), author, document.lang)
    return None if person is None else mention_for(person, document.text, start, start, "signature",
                                                   document.published)


def _person_named(mentions: list[Mention], author: str) -> Mention | None:
    """The article's person whose surname is among the signature's words (Josep Borrell Fontelles)."""
    words = set(name_key(author).split())
    for mention in mentions:
        name = mention.entity_name or ""
        if mention.type == "PERSON" and name and name_key(name).split()[-1] in words:
            return mention
    return None


def _quoted_before(document: Document, quotes: list[Quote], first: Paragraph) -> Mention | None:
    """The speaker of a quote in the paragraph right before the post (its translation, as a rule)."""
    index = document.paragraphs.index(first)
    if not index:
        return None
    previous = document.paragraphs[index - 1]
    before = [q for q in quotes if previous.start <= q.start < previous.end and q.speaker is not None]
    return before[-1].speaker if before else None
