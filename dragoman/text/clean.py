"""Cleaning stage: split paragraphs, drop page furniture, record every removal."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dragoman.document import Removal
from dragoman.settings import tuning
from dragoman.text.furniture import (
    BULLET,
    INLINE_TWEET_LINK,
    SENTENCE_END,
    TWEET_SIGNATURE,
    byline_author,
    classify_line,
    furniture_lexicon,
    is_sentence_like,
    reading_words,
    word_count,
)
from dragoman.text.layout import mark_layout

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_CONTINUES = re.compile(r"^[a-zà-ÿа-яёіїєґ\d(]")
_URLISH = re.compile(r"https?://|www\.|@\w")
_DATELINE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ .'-]+, [A-ZÀ-Þ][A-Za-zÀ-ÿ .'-]+$")
_YEAR_OR_CLOCK = re.compile(r"(?<!\d)(?:1[89]|20)\d\d\W*$|(?<!\d)\d{1,2}[:h]\d\d(?!\d)")
_TABLE_ROW = re.compile(r"^\|.*\|$")
_LISTED = re.compile(r"^(?:[•·▪►>]|\d{1,2}\.)\s+")
_CUT_OFF = re.compile(r"\s*(?:\.\.\.|…)$")  # a link's headline cut short ("DOBRA TELEWIZJA – FILMY…")


@dataclass
class CleanResult:
    """Kept paragraphs, removed furniture and metadata found in it (source lines, tweet dates)."""

    paragraphs: list[str]
    removed: list[Removal] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)


def split_lines(body: str) -> list[str]:
    """Non-empty lines with collapsed spaces; hard-wrapped lines joined back into paragraphs."""
    lines: list[str] = []
    wrapped = bool(re.search(r"\n[ \t]*\n", body)) and _hard_wrapped(body)
    previous_blank = True
    for raw in body.split("\n"):
        line = _SPACES.sub(" ", raw).strip()
        if not line:
            previous_blank = True
            continue
        if _TABLE_ROW.match(line):
            lines.extend(_table_row(line))
        elif lines and not previous_blank and _is_wrapped(lines[-1], line, wrapped) \
                and classify_line(line) is None and classify_line(lines[-1]) is None:
            # a share row neither continues the line above nor is continued
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
        previous_blank = False
    return lines


def _table_row(line: str) -> list[str]:
    """A "| a | b |" table row: one line per cell when a cell holds prose (layout tables),
    else the row's cells as one line."""
    cells = [cell.strip() for cell in line.strip("|").split("|")]
    cells = [cell for cell in cells if cell.strip("-: ")]  # no empty cells, no |---| rules
    if any(is_sentence_like(cell) for cell in cells):
        return cells
    return [" | ".join(cells)] if cells else []


def _hard_wrapped(body: str) -> bool:
    """Lines cut at a fixed width: nearly all long lines are at most wrap_max_chars long. Text
    whose paragraphs run on one line keeps its short lines (headline, byline, share line) apart."""
    long_lines = [len(line) for line in body.split("\n") if len(line.strip()) >= tuning().text.wrap_min_chars]
    short = sum(1 for length in long_lines if length <= tuning().text.wrap_max_chars)
    return bool(long_lines) and short >= tuning().text.wrapped_share * len(long_lines)


def _is_stamp(line: str) -> bool:
    """A date or time line under a headline ("3 июня 2025, 17:20", "06 Mai 2025"), not a continuation."""
    return word_count(line) <= tuning().text.stamp_words and bool(_YEAR_OR_CLOCK.search(line))


def _is_wrapped(previous: str, line: str, hard_wrapped: bool) -> bool:
    """A long line cut mid-sentence and continued in lower case, or any such cut in a hard-wrapped
    text whose paragraphs are separated by blank lines."""
    if len(previous) < tuning().text.wrap_min_chars or _URLISH.search(line) or _URLISH.search(previous):
        return False
    if re.search(r"[.!?:;…\"»”)\]]$", previous) or _is_stamp(line):
        return False
    return hard_wrapped or bool(_CONTINUES.match(line))


def clean_text(body: str) -> CleanResult:
    """Remove furniture lines and inline links; never drop a line that reads as a sentence."""
    lines = split_lines(body)
    kinds = [classify_line(line) for line in lines]
    authors = [byline_author(line) if kind is None else None for line, kind in zip(lines, kinds, strict=True)]
    kinds = ["byline" if author else kind for author, kind in zip(authors, kinds, strict=True)]
    _mark_zone_labels(lines, kinds)
    _mark_contact_blocks(lines, kinds)
    _mark_related_headlines(lines, kinds)
    _mark_stamps_and_headline_runs(lines, kinds)
    mark_layout(lines, kinds)
    result = CleanResult(paragraphs=[])
    for author in authors:
        if author:
            result.metadata.setdefault("author", author)
    for index, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        if kind is None:
            kept = _strip_inline(line, index, result.removed)
            if kept:
                result.paragraphs.append(kept)
            continue
        result.removed.append(Removal(text=line, kind=kind, line=index))
        _collect_metadata(line, kind, result.metadata)
    return result


def _mark_zone_labels(lines: list[str], kinds: list[str | None]) -> None:
    """Very short lines before the first or after the last prose line are labels."""
    prose = [i for i, line in enumerate(lines) if kinds[i] is None and is_sentence_like(line)]
    if not prose:
        return
    first, last = prose[0], prose[-1]
    for index, line in enumerate(lines):
        if kinds[index] is not None or first <= index <= last:
            continue
        words = reading_words(line)
        if _DATELINE.match(line) or (BULLET.match(line) and words > 1) or _is_stamp(line):
            continue  # "BAAR, SWITZERLAND" is where the story was filed; "- item" is a list; a date
        if words <= tuning().text.zone_label_words or (words <= 4 and line.endswith(":")):
            kinds[index] = "label"


def _mark_contact_blocks(lines: list[str], kinds: list[str | None]) -> None:
    """Lines following a press-contact heading belong to it until prose resumes."""
    in_block = False
    for index, line in enumerate(lines):
        if kinds[index] == "press_contact":
            in_block = True
        elif in_block and kinds[index] is None and (is_sentence_like(line) or word_count(line) > 10):
            in_block = False
        elif in_block and kinds[index] is None:
            kinds[index] = "press_contact"


def _mark_related_headlines(lines: list[str], kinds: list[str | None]) -> None:
    """Headlines listed under a read-more label ("Related stories", "DON'T MISS") are links."""
    lexicon = furniture_lexicon()
    labels = [index for index, kind in enumerate(kinds) if kind == "read_more"]
    for index in labels:  # the labels found by the lexicon, not the headlines marked here
        bare_label = not lexicon.read_more_headline.search(lines[index].strip(" •·-–—*#"))
        for following in range(index + 1, min(len(lines), index + 1 + tuning().text.headlines_after_label)):
            if kinds[following] is not None or not _listed_headline(lines[following], bare_label):
                break
            kinds[following] = "read_more"


def _mark_stamps_and_headline_runs(lines: list[str], kinds: list[str | None]) -> None:
    """Date stamps standing alone, and runs of headline lines after the article's first paragraph:
    lists of related stories, each headline maybe with its stamp ("OTT KPK …" / "Jumat, 19 Desember
    2025 | 03:10"); articles do not run three unpunctuated lines in a row after their lead."""
    prose = [i for i, line in enumerate(lines) if kinds[i] is None and is_sentence_like(line)]
    first = prose[0] if prose else len(lines)
    last = prose[-1] if prose else len(lines)
    stamps = _mark_stamps(lines, kinds, first)
    _mark_listed_runs(lines, kinds)
    _mark_headline_runs(lines, kinds, stamps, first, last)


def _mark_stamps(lines: list[str], kinds: list[str | None], first: int) -> set[int]:
    """Mark lone date stamps (the article's own above its first paragraph) and return them, since
    a related story's stamp belongs to its run of headlines."""
    stamps = {i for i, line in enumerate(lines) if kinds[i] is None and _is_stamp(line)
              and not SENTENCE_END.search(line)}
    for index in stamps:  # the article's own stamp stands above its first paragraph
        kinds[index] = "published" if index < first else "stamp"
    return stamps


def _mark_headline_runs(lines: list[str], kinds: list[str | None], stamps: set[int], first: int,
                        last: int) -> None:
    """Mark runs of headline lines after the lead as related stories: long runs anywhere after the
    first paragraph, shorter ones only past the last paragraph of prose."""
    run: list[int] = []
    for index in range(first + 1, len(lines) + 1):
        listed = index in stamps or (index < len(lines) and kinds[index] is None
                                     and _headline_like(lines[index]))
        if listed:
            run.append(index)
            continue
        headlines = [i for i in run if i not in stamps]
        if len(headlines) >= tuning().text.related_run or (len(headlines) > 1 and run[0] > last):
            for i in headlines:
                kinds[i] = "related"
        run = []


def _mark_listed_runs(lines: list[str], kinds: list[str | None]) -> None:
    """Two or more bulleted or numbered headline lines in a row, anywhere: a list of links
    ("• Indonesia Mulai Terancam? …", "4. Protest gegen Syrien: …")."""
    listed = [kinds[i] is None and bool(_LISTED.match(line))
              and _headline_like(_CUT_OFF.sub("", _LISTED.sub("", line))) for i, line in enumerate(lines)]
    run: list[int] = []
    for index in range(len(lines) + 1):
        if index < len(lines) and listed[index]:
            run.append(index)
        elif index == len(lines) or kinds[index] is None:  # furniture between items ("• |") goes on
            if len(run) >= 2:
                for i in run:
                    kinds[i] = "related"
            run = []


def _headline_like(line: str) -> bool:
    """A short line that does not end like a sentence (nor a row of a data table)."""
    short = word_count(line) <= tuning().text.headline_words
    return short and not SENTENCE_END.search(line) and " | " not in line


def _listed_headline(line: str, after_bare_label: bool) -> bool:
    """A bulleted link, or (right under a bare label) a line that reads as a headline."""
    if word_count(line) > tuning().text.headline_words or (is_sentence_like(line) and not BULLET.match(line)):
        return False
    return bool(BULLET.match(line)) or (after_bare_label and not SENTENCE_END.search(line))


def _strip_inline(line: str, index: int, removed: list[Removal]) -> str:
    """Cut tweet links and trailing photo credits out of a kept line."""
    for match in list(INLINE_TWEET_LINK.finditer(line)):
        removed.append(
            Removal(text=match.group().strip(), kind="tweet_link", line=index, inline=True)
        )
    line = INLINE_TWEET_LINK.sub("", line).strip()
    credit = furniture_lexicon().photo_suffix.search(line)
    if credit and SENTENCE_END.search(line[: credit.start()]):
        removed.append(Removal(text=credit.group().strip(), kind="photo", line=index, inline=True))
        line = line[: credit.start()].rstrip()
    return line


# What separates a source label from the source: a colon, full-width or Armenian (Աղբյուրը՝ X).
_SOURCE_MARK = re.compile(r"[:：՝]")


def _collect_metadata(line: str, kind: str, metadata: dict[str, str]) -> None:
    if kind == "source" and "source_line" not in metadata:
        metadata["source_line"] = _SOURCE_MARK.split(line, maxsplit=1)[-1].strip()
    elif kind in ("byline", "published", "doc_type"):
        metadata.setdefault(f"{kind}_line", line)
    elif kind == "tweet_signature":
        match = TWEET_SIGNATURE.match(line)
        if match:
            dates = [d for d in metadata.get("tweet_dates", "").split("|") if d]
            metadata["tweet_dates"] = "|".join([*dates, match.group("date").strip()])
