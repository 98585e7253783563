"""Direct quotation spans in every quote style, nested quotes inside, across paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dragoman.quotes.frames import speech_cues
from dragoman.settings import tuning
from dragoman.text.lexicon import tokenise

# Opening mark → closing marks it accepts. „ closes with “ (German) or ” (Polish, Romanian).
_PAIRS: dict[str, tuple[str, ...]] = {
    "«": ("»",), "“": ("”", "“"), "„": ("“", "”"), "‚": ("‘", "’"), "‹": ("›",), "「": ("」",),
    "『": ("』",), "»": ("«",), "‘": ("’",), "”": ("”",),  # ”…” in Swedish and Finnish
    "״": ("״", '"', "”"),  # Hebrew gershayim opening a quote
}
# “…“ (uk, ru, typed with the German closing mark after an English opening one): a “ glued to the
# word before it and followed by no letter closes the quote; one before a word opens a nested quote.
# Between two Hebrew letters " and ״ are gershayim of an acronym (ארה"ב, צה״ל), no quote mark.
_GERSHAYIM = ('"', "״")
_HEBREW = re.compile(r"[\u05d0-\u05ea]")
_STRAIGHT = '"'
# Letters of scripts written without spaces (Chinese, Japanese), counted instead of words.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_DASH_LINE = re.compile(r"^(?:[—–―]\s*|-\s+)(?P<body>\S.*)$")
# A dash inside a dialogue line: the narrator's words begin after the quote's own punctuation
# ("…, — сказал", "…! – деді") or, in Spanish, at a dash glued to a lowercase word ("… —dijo").
# A dash between two words without punctuation is a copula ("Германия – Еуропадағы"), not a frame.
_DASH = re.compile(r"\s*(?:[—–―]|(?<=\s)-(?=\s))\s*")
# The narrator's words closing a dialogue line with no second dash (Scandinavian style: "– Vi är
# redo, sade Billström till SVT."): a comma, then at most this many words opening in lowercase.
_TAIL_FRAME = re.compile(r",\s+(?P<first>\w)(?:\S*\s+){0,4}\S+\s*$")
# Where the quote resumes after the narrator's words: ". — Молдавское…", "—dijo él—. Y…".
# A dash with a space on each side, where narrators' words may begin.
_SPACED_DASH = re.compile(r"\s[-—–―]\s+")
_VERB_REACH = 30  # characters after such a dash where its speech verb stands
_QUOTE_MARKS = re.compile(r"[«»“”„\"「」]")
_RESUME = re.compile(r"[.,:;]?\s*[—–―]\s*[.,:;]?\s*(?=\S)")


@dataclass
class QuoteSpan:
    """The quoted words (without marks): [start, end) in the text."""

    start: int
    end: int
    open_mark: str
    continued: bool = False  # continues the previous quote (next paragraph, or after a dash frame)


def find_quote_spans(text: str, lang: str | None = None) -> list[QuoteSpan]:
    """Top-level quotations in text order; nested quotes stay inside their parent."""
    spans = [s for s in _marked_quotes(text) if _long_enough(text, s)] + dash_quotes(text, lang)
    return sorted(spans, key=lambda s: s.start)


def _marked_quotes(text: str) -> list[QuoteSpan]:
    """Quotes between paired marks; an unclosed quote ends with its paragraph."""
    spans: list[QuoteSpan] = []
    stack: list[tuple[str, int]] = []
    in_straight: int | None = None
    reopening = False
    acronyms = _acronym_marks(text)
    for index, char in enumerate(text + "\n"):  # the last paragraph ends like the others
        if index in acronyms:
            continue
        if char == "\n" and stack and not _closed_below(text, index, stack[0][0]):
            _close(spans, stack[0], index, text, reopening)  # else it runs on to its closing mark
            reopening = _continues(text, index, stack[0][0])
            stack.clear()
        elif char == "\n" and in_straight is not None:
            if _continues(text, index, _STRAIGHT):  # "…\n\n"… a quote running over paragraphs
                _close(spans, (_STRAIGHT, in_straight), index, text, reopening)
                reopening = True
            in_straight = None
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
                _close(spans, (_STRAIGHT, in_straight), index, text, reopening)
                in_straight = None
                reopening = False
    return spans


def _acronym_marks(text: str) -> set[int]:
    """Gershayim inside Hebrew words (ארה"ב), except one that must close a quote left open in its
    paragraph ('"ישראל … של ארה"ב', cut off there): the first such mark after the opening."""
    marks: set[int] = set()
    for paragraph in re.finditer(r"[^\n]+", text):
        inner = [i for i in range(paragraph.start(), paragraph.end())
                 if text[i] in _GERSHAYIM and _in_hebrew_word(text, i)]
        plain = [i for i in range(paragraph.start(), paragraph.end())
                 if text[i] in _GERSHAYIM and i not in inner]
        closing = next((i for i in inner if plain and i > plain[-1]), None) if len(plain) % 2 else None
        marks.update(i for i in inner if i != closing)
    return marks


def _in_hebrew_word(text: str, index: int) -> bool:
    return 0 < index < len(text) - 1 and bool(_HEBREW.match(text[index - 1])) and bool(
        _HEBREW.match(text[index + 1]))


def _is_opening(text: str, index: int, mark: str) -> bool:
    """« and “ open when followed by a word; », ‘ and ” (Danish/German »…«, Swedish ”…”) only at the
    start of a word."""
    after = text[index + 1 : index + 3]
    if mark in ("»", "‘", "”"):
        before = text[index - 1] if index else " "
        return before in " \n(" and after[:1].isalpha()
    return bool(after.strip()) or after.startswith("\u00a0") or after.startswith(" ")


def _is_closing(text: str, index: int, opening: str) -> bool:
    if opening == "“" and text[index] == "“":
        following = text[index + 1 : index + 2]
        return index > 0 and not text[index - 1].isspace() and not following.isalpha()
    if opening == "‚" or opening == "‘":
        following = text[index + 1 : index + 2]
        return not following.isalpha()  # an apostrophe inside a word is not a closing mark
    return True


def _closed_below(text: str, newline: int, mark: str) -> bool:
    """The next paragraph closes the quote without opening one first ("«Շատ ուրախ եմ…\nՎստահ եմ…»,-
    ասել է Լավրովը"): one quote over two paragraphs, whose frame follows the closing mark."""
    if mark == _STRAIGHT or text[newline + 1 : newline + 2] == "\n":
        return False
    end = text.find("\n", newline + 1)
    following = text[newline + 1 : len(text) if end < 0 else end]
    closers = [following.find(c) for c in _PAIRS[mark] if c != mark and c in following]
    first_close = min(closers, default=-1)
    return first_close > 0 and mark not in following[:first_close] and \
        all(o not in following[:first_close] for o in _PAIRS if o in "«“„")


def _continues(text: str, newline: int, mark: str) -> bool:
    """Quotes spanning paragraphs reopen the next paragraph with the same mark (fr, pt, en, de)."""
    following = text[newline:].lstrip("\n ")
    return following.startswith(mark) or (mark == "«" and following.startswith("»"))  # » reopens (fr)


def _close(spans: list[QuoteSpan], opened: tuple[str, int], end: int, text: str,
           continued: bool = False) -> None:
    mark, start = opened
    inner_start = start + (len(text[start:end]) - len(text[start:end].lstrip()))
    inner_end = start + len(text[start:end].rstrip())
    if inner_end > inner_start:
        spans.append(QuoteSpan(inner_start, inner_end, mark, continued))


def _long_enough(text: str, span: QuoteSpan) -> bool:
    """Enough words to be speech; in scripts written without spaces, enough characters."""
    quoted = text[span.start : span.end]
    if len(quoted.split()) >= tuning().quotes.min_words:
        return True
    least = tuning().quotes.min_words * tuning().quotes.chars_per_unspaced_word
    return len(_UNSPACED.findall(quoted)) >= least


def dash_quotes(text: str, lang: str | None = None) -> list[QuoteSpan]:
    """Dialogue dashes (ru, uk, kk, es): '— Мы готовы, — сказал Лавров. — И мы…' gives two parts;
    a line ending on a dash and a speech verb is quoted from its start ("Polska … regionu. -
    zaznaczył szef polskiej dyplomacji.")."""
    spans: list[QuoteSpan] = []
    offset = 0
    for line in text.split("\n"):
        match = _DASH_LINE.match(line)
        if match:
            parts, framed = _dash_line_parts(text, offset + match.start("body"), offset + len(line), lang)
            if framed or not line.startswith("-"):  # a hyphen line without a frame is a list item
                spans.extend(parts)
        elif lang and line.strip() and not _QUOTE_MARKS.search(line):
            body = offset + len(line) - len(line.lstrip())
            frame = _verb_dash(text, body, offset + len(line), lang)
            quoted = text[body : frame.start()].rstrip(" ,") if frame else ""
            if frame and len(quoted.split()) >= tuning().quotes.min_words:
                spans.append(QuoteSpan(body, body + len(quoted), "—"))
        offset += len(line) + 1
    return spans


def _verb_dash(text: str, start: int, end: int, lang: str | None) -> re.Match[str] | None:
    """A spaced dash followed by a speech verb ("… osobama - rekao je Gordan Grlić Radman"): the
    narrator's words, with or without punctuation before the dash (hr, sr, bs, pl, cs)."""
    if not lang:
        return None
    verbs = speech_cues(lang).verbs
    for dash in _SPACED_DASH.finditer(text, start, end):
        tokens = tokenise(text, lang, dash.end(), min(end, dash.end() + _VERB_REACH))
        if tokens and any(i == 0 for i, _ in verbs.find_all(tokens)) and tokens[0].text[:1].islower():
            return dash
    return None


def _dash_line_parts(text: str, start: int, end: int,
                     lang: str | None = None) -> tuple[list[QuoteSpan], bool]:
    """The quoted parts of one dialogue line, the narrator's frames left out; and whether it has one."""
    parts: list[QuoteSpan] = []
    cursor = start
    framed = False
    while cursor < end:
        dashes = [f for f in (_frame_start(text, cursor, end), _verb_dash(text, cursor, end, lang)) if f]
        frame = min(dashes, key=lambda f: f.start()) if dashes else _tail_frame(text, cursor, end)
        framed = framed or frame is not None
        quote_end = frame.start() if frame else end
        quoted = text[cursor:quote_end].rstrip(" ,")
        if len(quoted.split()) >= tuning().quotes.min_words:
            parts.append(QuoteSpan(cursor, cursor + len(quoted), "—", continued=bool(parts)))
        if frame is None:
            break
        resume = _RESUME.search(text, frame.end(), end)
        if resume is None:
            break
        cursor = resume.end()
    return parts, framed


def _tail_frame(text: str, start: int, end: int) -> re.Match[str] | None:
    """Narrator's words after the last comma of a dash line that ends like a sentence ("…, sade
    hon."), leaving a quote long enough; a hyphen line stays a list item."""
    if text[text.rfind("\n", 0, start) + 1] == "-" or not text[start:end].rstrip().endswith("."):
        return None
    frame = _TAIL_FRAME.search(text, start, end)
    if frame is None or not frame.group("first").islower():
        return None
    return frame if len(text[start : frame.start()].split()) >= tuning().quotes.min_words else None


def _frame_start(text: str, start: int, end: int) -> re.Match[str] | None:
    """The dash where the narrator's words begin, skipping copula dashes inside the quote."""
    for dash in _DASH.finditer(text, start, end):
        before = text[start : dash.start()].rstrip()
        glued = dash.end() < end and not text[dash.end() - 1].isspace() and text[dash.end()].islower()
        if before.endswith((",", "!", "?", "…")) or (glued and dash.start() > start
                                                     and text[dash.start()].isspace()):
            return dash
    return None
