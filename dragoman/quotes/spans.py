"""Direct quotation spans in every quote style, nested quotes inside, across paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Opening mark → closing marks it accepts. „ closes with “ (German) or ” (Polish, Romanian).
_PAIRS: dict[str, tuple[str, ...]] = {
    "«": ("»",), "“": ("”",), "„": ("“", "”"), "‚": ("‘", "’"), "‹": ("›",), "「": ("」",),
    "『": ("』",), "»": ("«",), "‘": ("’",),
}
_STRAIGHT = '"'
# A quotation shorter than this many words is a name or a scare quote ("Forum de réflexion").
MIN_QUOTE_WORDS = 4
_DASH_LINE = re.compile(r"^[—–―-]\s+(?P<body>.+)$")
_DASH_FRAME = re.compile(r",?\s+[—–―]\s+")


@dataclass
class QuoteSpan:
    """The quoted words (without marks): [start, end) in the text; `parts` for split quotes."""

    start: int
    end: int
    open_mark: str
    continued: bool = False  # continues the previous quote across a paragraph break


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Top-level quotations; nested quotes stay inside their parent."""
    spans: list[QuoteSpan] = []
    stack: list[tuple[str, int]] = []
    in_straight: int | None = None
    reopening = False
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\n" and stack:
            _close(spans, stack[0], index, text, reopening)  # unclosed quotes end with the paragraph
            reopening = _continues(text, index, stack[0][0])
            stack.clear()
        if stack and char in _PAIRS.get(stack[-1][0], ()) and _is_closing(text, index, stack[-1][0]):
            mark, start = stack.pop()
            if not stack:
                _close(spans, (mark, start), index, text, reopening)
                reopening = False
        elif char in _PAIRS and _is_opening(text, index, char):
            stack.append((char, index + 1))
        elif char == _STRAIGHT and not stack:
            if in_straight is None:
                in_straight = index + 1
            else:
                _close(spans, ('"', in_straight), index, text)
                in_straight = None
        elif char == "\n" and in_straight is not None:
            in_straight = None
        index += 1
    return [s for s in spans if _long_enough(text, s)] + dash_quotes(text)


def _is_opening(text: str, index: int, mark: str) -> bool:
    """« and “ open when followed by a word; » opens only in Danish/German »…« style."""
    after = text[index + 1 : index + 3]
    if mark in ("»", "‘"):
        before = text[index - 1] if index else " "
        return before in " \n(" and after[:1].isalpha()
    return bool(after.strip()) or after.startswith("\u00a0") or after.startswith(" ")


def _is_closing(text: str, index: int, opening: str) -> bool:
    if opening == "‚" or opening == "‘":
        following = text[index + 1 : index + 2]
        return not following.isalpha()  # an apostrophe inside a word is not a closing mark
    return True


def _continues(text: str, newline: int, mark: str) -> bool:
    """French and Portuguese quotes spanning paragraphs reopen the next one with the same mark."""
    following = text[newline:].lstrip("\n ")
    return following.startswith(mark)


def _close(spans: list[QuoteSpan], opened: tuple[str, int], end: int, text: str,
           continued: bool = False) -> None:
    mark, start = opened
    inner_start = start + (len(text[start:end]) - len(text[start:end].lstrip()))
    inner_end = start + len(text[start:end].rstrip())
    if inner_end > inner_start:
        spans.append(QuoteSpan(inner_start, inner_end, mark, continued))


def _long_enough(text: str, span: QuoteSpan) -> bool:
    return len(text[span.start : span.end].split()) >= MIN_QUOTE_WORDS


def dash_quotes(text: str) -> list[QuoteSpan]:
    """Dialogue dashes (ru, es, uk): '— Мы готовы, — сказал Лавров.' quotes the part before the frame."""
    spans = []
    offset = 0
    for line in text.split("\n"):
        match = _DASH_LINE.match(line)
        if match:
            body_start = offset + match.start("body")
            body = match.group("body")
            frame = _DASH_FRAME.search(body)
            quoted = body[: frame.start()] if frame else body
            span = QuoteSpan(body_start, body_start + len(quoted.rstrip()), "—")
            if len(quoted.split()) >= MIN_QUOTE_WORDS:
                spans.append(span)
        offset += len(line) + 1
    return spans
