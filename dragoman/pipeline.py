"""The article pipeline: raw item → extracted → cleaned → language → repaired → Document."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import PurePath

from dragoman.actors import add_mentions
from dragoman.actors.kb import knowledge_base
from dragoman.dates.published import resolve_published
from dragoman.deadline import Deadline, check_deadline, deadline_scope
from dragoman.document import Document, Paragraph, SourceInfo
from dragoman.errors import InputRejected
from dragoman.events import add_events
from dragoman.identity import content_id
from dragoman.quotes import add_quotes
from dragoman.settings import DEFAULT_SETTINGS, Settings
from dragoman.sources.detect import sniff_text_format
from dragoman.sources.items import BodyKind, RawItem
from dragoman.text.clean import clean_text
from dragoman.text.extract import extract_html
from dragoman.text.langid import identify_language
from dragoman.text.repair import repair_text

_PARAGRAPH_BREAK = "\n\n"


class StageClock:
    """Accumulates seconds per stage name when benchmarking; costs nothing otherwise."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        check_deadline(name)
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - start


class _NoClock(StageClock):
    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        check_deadline(name)
        yield


_NO_CLOCK = _NoClock()


def process_item(item: RawItem, settings: Settings = DEFAULT_SETTINGS,
                 clock: StageClock = _NO_CLOCK, allow_short: bool = False) -> Document:
    """Run every ingest stage on one raw item within its time budget; raises InputRejected with the
    reason (the budget is checked between stages and inside the stages' long loops). A text under
    `settings.min_text_chars` is rejected as near-empty, unless `allow_short` (a text given on purpose)."""
    deadline = Deadline(settings.article_time_budget_s, item.origin, item.locator, len(item.body))
    with deadline_scope(deadline):
        document = _process_item(item, settings, clock, allow_short)
        check_deadline("the last stage")
        return document


def _process_item(item: RawItem, settings: Settings, clock: StageClock, allow_short: bool) -> Document:
    meta = dict(item.meta)
    body = item.body
    if item.kind == "html":
        with clock.stage("extract"):
            extracted = extract_html(item.body, item.origin, meta.get("url"))
        body = extracted.body
        meta = {**extracted.meta, **meta}
    with clock.stage("clean"):
        cleaned = clean_text(body)
    text = _PARAGRAPH_BREAK.join(cleaned.paragraphs)
    warnings = [*item.warnings, *_short_text_warnings(text, item, settings, allow_short)]
    with clock.stage("language"):
        lang, confidence = _document_language(text, meta.get("lang"), item, settings)
    with clock.stage("repair"):
        text, repairs = repair_text(text, lang)
    tweet_dates = [d for d in cleaned.metadata.get("tweet_dates", "").split("|") if d]
    published, published_source = resolve_published(meta.get("published"), tweet_dates, lang, body,
                                                    cleaned.metadata.get("published_line"))
    title = meta.get("title") or _headline(item, cleaned.paragraphs)
    document = Document(
        doc=item.doc,
        text=text,
        source=SourceInfo(
            path=item.origin,
            url=meta.get("url"),
            title=title,
            author=meta.get("author") or cleaned.metadata.get("author"),
            site=meta.get("site"),
            locator=item.locator or None,
            format=item.format,
        ),
        lang=lang,
        lang_confidence=round(confidence, 3),
        published=published,
        published_source=published_source,
        paragraphs=_timed_paragraphs(text, lang, settings, clock),
        removed=cleaned.removed,
        repairs=repairs,
        metadata={k: v for k, v in cleaned.metadata.items() if k != "tweet_dates"},
        warnings=warnings,
    )
    document.id = content_id(text)
    return analyse(document, settings, clock) if settings.analyse else document


def _short_text_warnings(text: str, item: RawItem, settings: Settings, allow_short: bool) -> list[str]:
    """A near-empty file in a batch is rejected; a short text given on purpose is kept, with a warning."""
    if len(text) >= settings.min_text_chars:
        return []
    if not allow_short or not text.strip():
        reason = f"empty document: {len(text)} characters of text after cleaning"
        raise InputRejected(item.origin, reason, item.locator)
    return [f"short text: {len(text)} characters, under Settings.min_text_chars ({settings.min_text_chars}); "
            "analysed as given"]


def analyse(document: Document, settings: Settings = DEFAULT_SETTINGS,
            clock: StageClock = _NO_CLOCK) -> Document:
    """The analysis stages on a cleaned document: actor mentions, then quotes, then events."""
    with clock.stage("actors"):
        add_mentions(document, knowledge_base(settings))
    with clock.stage("quotes"):
        add_quotes(document)
    with clock.stage("events"):
        add_events(document, settings.one_sided_events)
    return document


def _timed_paragraphs(text: str, lang: str, settings: Settings, clock: StageClock) -> list[Paragraph]:
    with clock.stage("language"):
        return paragraph_spans(text, lang, settings)


def process(
    text_or_html: str,
    lang: str | None = None,
    published: str | None = None,
    url: str | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> Document:
    """Process one article given as a string (plain text or HTML) into a Document; a text under
    `settings.min_text_chars` (a headline) is analysed too, with a warning in `Document.warnings`."""
    kind: BodyKind = "html" if sniff_text_format(text_or_html, "") == "html" else "text"
    meta = {k: v for k, v in (("lang", lang), ("published", published), ("url", url)) if v}
    doc = url or "input"
    raw = text_or_html.encode("utf-8")
    item = RawItem("<string>", doc, kind, text_or_html, raw, kind, "", meta)
    return process_item(item, settings, allow_short=True)


def paragraph_spans(text: str, doc_lang: str | None, settings: Settings) -> list[Paragraph]:
    """Offsets of each paragraph with its own language; short ones inherit the document's."""
    spans: list[Paragraph] = []
    for match in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text):
        lang = doc_lang
        if len(match.group()) >= settings.paragraph_langid_min_chars:
            guess, confidence = identify_language(match.group())
            if guess and confidence >= settings.min_lang_confidence:
                lang = guess
        spans.append(Paragraph(match.start(), match.end(), lang))
    return spans


def _document_language(
    text: str, given: str | None, item: RawItem, settings: Settings
) -> tuple[str, float]:
    if given:
        return given.strip().lower().replace("_", "-").split("-")[0], 1.0
    guess, confidence = identify_language(text[:3000])
    if guess is None or confidence < settings.min_lang_confidence:
        best = f"best guess {guess} at {confidence:.2f}" if guess else "no letters"
        raise InputRejected(item.origin, f"unknown language ({best})", item.locator)
    return guess, confidence


def _headline(item: RawItem, paragraphs: list[str]) -> str | None:
    """A text file's first line is its headline when it does not end like a sentence."""
    if item.kind != "text" or not paragraphs:
        return PurePath(item.doc).stem if item.kind == "text" else None
    first = paragraphs[0]
    return first if len(first) <= 200 and not first.rstrip().endswith((".", "!", "?")) else None
