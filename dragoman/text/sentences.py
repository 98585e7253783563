"""Sentence spans by character offset, with each language's abbreviations protected."""

from __future__ import annotations

import re
from functools import cache

from dragoman.languages import load_language

# A boundary: terminal punctuation (Devanagari danda, Arabic question mark too; plus closing
# quotes/brackets), space, then an opening char.
_BOUNDARY = re.compile(r"(?<=[.!?…。！？।॥؟])['\"»”’)\]]*\s+(?=[\"«“„‘(\[¿¡—–-]?\s*[\w«“„])"
                       # Chinese and Japanese: no space after 。！？; a closing quote keeps its frame
                       r"|(?<=[。！？])(?=[^\s'\"»”’」』)）\]。！？.!?])")
# Georgian letters are lowercase to Unicode, but the script opens sentences without a capital.
_CLOSING = frozenset("»”\"’'")  # a quote closing before the boundary's space
_GEORGIAN = re.compile(r"[\u10a0-\u10ff]")
_INITIAL = re.compile(r"(?:^|\s)\w\.$")


@cache
def _abbreviations(lang: str | None) -> frozenset[str]:
    data = load_language(lang) if lang else {}
    return frozenset(a.lower() for a in data.get("sentences", {}).get("abbreviations", []))


def sentence_spans(
    text: str, lang: str | None = None, start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of text[start:end]; never crosses a paragraph break."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for block in re.finditer(r"[^\n]+", text[start:end]):
        spans.extend(_split_block(text, start + block.start(), start + block.end(), lang))
    return spans


def _split_block(text: str, start: int, end: int, lang: str | None) -> list[tuple[int, int]]:
    abbreviations = _abbreviations(lang)
    spans: list[tuple[int, int]] = []
    sentence_start = start
    for match in _BOUNDARY.finditer(text, start, end):
        before = text[sentence_start : match.start()]
        last_word = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
        if last_word in abbreviations or _INITIAL.search(before) or last_word[:-1].isdigit():
            continue
        following = text[match.end():match.end() + 1]
        if text[match.start():match.start() + 1] in _CLOSING and following.islower() \
                and not _GEORGIAN.match(following):
            continue  # «…λυπηρό!» υποστηρίζει …: a lowercase word after a quote goes on with the sentence
        spans.append((sentence_start, match.start()))
        sentence_start = match.end()
    if sentence_start < end:
        spans.append((sentence_start, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def split_sentences(text: str, lang: str | None = None) -> list[str]:
    """The sentences of a text, as strings."""
    return [text[s:e] for s, e in sentence_spans(text, lang)]
