"""Recognise page furniture lines: lexicons from every language file plus structural patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dragoman.languages import section_across_languages

# Kinds whose phrase must start a short, non-sentence line ("Share on Facebook", "Comments (3)").
LABEL_KINDS: dict[str, int] = {
    "share": 8,
    "follow": 8,
    "comments": 6,
    "read_more": 8,
    "tags": 12,
    "advert": 4,
    "published": 8,
    "press_contact": 6,
    "navigation": 3,
}
# Kinds whose phrase may stand anywhere in a line that quotes nobody (cookie banners).
NOTICE_KINDS: dict[str, int] = {"cookies": 80, "subscribe": 80, "disclaimer": 80}
# Kinds written "<phrase>: value" ("Source: TASS", "Photo: AFP").
PREFIX_KINDS: dict[str, int] = {"source": 15, "photo": 15}

WORD = re.compile(r"\w+")
QUOTE_MARKS = re.compile(r"[«»“”„\"‹›「」]")
SENTENCE_END = re.compile(r"[.!?…]['\"»”’)\]]*$")
_URL_LINE = re.compile(r"^\W*(?:https?://|www\.)\S+\W*$", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(r"(?:\+|\btel\b\.?|\bphone\b|\bfax\b|^[tf]:)\s*[\d\s()./-]{7,}", re.I)
_COUNTER = re.compile(r"^[^\d.!?]{1,30}\(\d+\)$")
_HASHTAGS = re.compile(r"^(?:[#@]\w+[\s,;|]*)+$")
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)", re.I)
TWEET_SIGNATURE = re.compile(r"^[—–-]\s*.{1,80}?\(@\w{1,30}\)\s*(?P<date>.{3,40})$")
INLINE_TWEET_LINK = re.compile(r"\s*(?:https?://)?(?:pic\.twitter\.com|t\.co)/\w+")


@dataclass(frozen=True)
class FurnitureLexicon:
    """One compiled pattern per furniture kind, covering every language file."""

    labels: dict[str, re.Pattern[str]]
    notices: dict[str, re.Pattern[str]]
    prefixes: dict[str, re.Pattern[str]]
    photo_suffix: re.Pattern[str]


@cache
def furniture_lexicon() -> FurnitureLexicon:
    """Compile the [furniture] sections of all language files once."""
    phrases: dict[str, list[str]] = {}
    for section in section_across_languages("furniture").values():
        for kind, items in section.items():
            phrases.setdefault(kind, []).extend(items)

    def alternation(kind: str) -> str:
        unique = sorted(set(phrases.get(kind, [])), key=len, reverse=True)
        return "|".join(unique) or "(?!)"

    labels = {k: re.compile(rf"^(?:{alternation(k)})(?!\w)", re.I) for k in LABEL_KINDS}
    notices = {k: re.compile(rf"(?<!\w)(?:{alternation(k)})", re.I) for k in NOTICE_KINDS}
    prefixes = {k: re.compile(rf"^(?:{alternation(k)})\s*:\s*\S", re.I) for k in PREFIX_KINDS}
    photo_suffix = re.compile(
        rf"(?<=[.!?»”\"])\s+(?:{alternation('photo')})\s*:\s*(?:(?!\.\s)[^!?:]){{1,60}}$", re.I
    )
    return FurnitureLexicon(labels, notices, prefixes, photo_suffix)


def word_count(line: str) -> int:
    """Whitespace-separated tokens holding a letter or digit (a URL counts as one word)."""
    return sum(1 for token in line.split() if WORD.search(token))


def is_sentence_like(line: str) -> bool:
    """A line that reads as article prose rather than a label."""
    words = word_count(line)
    return words >= 15 or (words >= 6 and bool(SENTENCE_END.search(line)))


def classify_line(line: str) -> str | None:
    """The furniture kind of a whole line, or None for article text."""
    structural = _structural_kind(line)
    if structural:
        return structural
    lexicon = furniture_lexicon()
    words = word_count(line)
    bare = line.strip(" \t•·|>»«-–—*#[](){}\u200b")
    for kind, limit in PREFIX_KINDS.items():
        if words <= limit and lexicon.prefixes[kind].search(bare):
            return kind
    if not SENTENCE_END.search(line):
        for kind, limit in LABEL_KINDS.items():
            if words <= limit and lexicon.labels[kind].search(bare):
                return kind
    if words <= 80 and not QUOTE_MARKS.search(line):
        for kind in NOTICE_KINDS:
            if lexicon.notices[kind].search(line):
                return kind
    return None


def _structural_kind(line: str) -> str | None:
    words = word_count(line)
    if _URL_LINE.match(line):
        return "url"
    if words <= 8 and (_EMAIL.search(line) or _PHONE.search(line)):
        return "contact"
    if _COUNTER.match(line):
        return "comments"
    if _HASHTAGS.match(line):
        return "tags"
    if TWEET_SIGNATURE.match(line):
        return "tweet_signature"
    if words <= 20 and _COPYRIGHT.match(line):
        return "copyright"
    return None
