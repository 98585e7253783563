"""The article pipeline: raw item → extracted → cleaned → language → repaired → Document, then the
analysis stages, an ordered list of named stages (actors → quotes → events) that can be replaced or
left out by name (`Pipeline(settings).replace("actors", fn)`, `.without("events")`, CLI --stages/--skip)."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import PurePath

from dragoman.actors import add_mentions
from dragoman.actors.kb import knowledge_base
from dragoman.dates.published import resolve_published
from dragoman.deadline import Deadline, check_deadline, deadline_scope
from dragoman.document import Document, Paragraph, SourceInfo
from dragoman.errors import ConfigError, InputRejected
from dragoman.events import add_events
from dragoman.identity import content_id
from dragoman.quotes import add_quotes
from dragoman.settings import DEFAULT_SETTINGS, Settings, tuning_scope
from dragoman.sources.detect import sniff_text_format
from dragoman.sources.items import BodyKind, RawItem
from dragoman.text.clean import clean_text
from dragoman.text.extract import extract_html
from dragoman.text.langid import identify_language
from dragoman.text.lexicon import load_lemma_dictionary
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

# What an analysis stage does: fill its fields of the document (in place or on a copy) and return it.
StageFunction = Callable[[Document, Settings], Document]
# Document fields every analysis stage may read: the reading steps fill them.
READ_FIELDS = ("text", "lang", "published", "paragraphs", "source", "metadata")


@dataclass(frozen=True)
class Stage:
    """One named analysis stage: the Document fields it reads (another stage must add them), those it
    uses when present, and those it adds."""

    name: str
    run: StageFunction
    reads: tuple[str, ...]
    adds: tuple[str, ...]
    uses: tuple[str, ...] = ()


def _actors(document: Document, settings: Settings) -> Document:
    return add_mentions(document, knowledge_base(settings))


def _quotes(document: Document, settings: Settings) -> Document:
    return add_quotes(document)


def _events(document: Document, settings: Settings) -> Document:
    return add_events(document, settings.one_sided_events)


STAGES = (
    Stage("actors", _actors, reads=("text", "lang", "published"), adds=("mentions",)),
    Stage("quotes", _quotes, reads=("text", "lang", "mentions"), adds=("quotes",)),
    Stage("events", _events, reads=("text", "lang", "published", "mentions"), adds=("events",),
          uses=("quotes",)),
)


class Pipeline:
    """The reading steps and an ordered list of analysis stages; `replace`, `without` and `only` give
    a new pipeline with stages swapped or left out by name, checked so every stage finds what it reads."""

    def __init__(self, settings: Settings = DEFAULT_SETTINGS, stages: Iterable[Stage] | None = None) -> None:
        self.settings = settings
        if stages is None:
            chosen = [s for s in STAGES if settings.analyse]
            if settings.stages is not None:
                chosen = _selected(chosen, settings.stages)
            stages = [s for s in chosen if s.name not in _known(settings.skip_stages, chosen, "skip")]
        self.stages: tuple[Stage, ...] = tuple(stages)
        _check_order(self.stages)

    @property
    def names(self) -> list[str]:
        """The analysis stages, in running order."""
        return [stage.name for stage in self.stages]

    def replace(self, name: str, run: StageFunction) -> Pipeline:
        """The same pipeline with stage `name` done by `run` (reading and adding the same fields)."""
        _known([name], self.stages, "replace")
        return Pipeline(self.settings, [replace(s, run=run) if s.name == name else s for s in self.stages])

    def without(self, *names: str) -> Pipeline:
        """The same pipeline without the named stages."""
        _known(names, self.stages, "leave out")
        return Pipeline(self.settings, [s for s in self.stages if s.name not in names])

    def only(self, *names: str) -> Pipeline:
        """The same pipeline with only the named stages, in their usual order."""
        return Pipeline(self.settings, _selected(self.stages, names))

    def analyse(self, document: Document, clock: StageClock = _NO_CLOCK) -> Document:
        """Run the analysis stages on a cleaned document, with the settings' tuning."""
        with tuning_scope(self.settings.tuning):
            for stage in self.stages:
                with clock.stage(stage.name):
                    document = stage.run(document, self.settings)
        return document

    def process_item(self, item: RawItem, clock: StageClock = _NO_CLOCK,
                     allow_short: bool = False) -> Document:
        """Run every stage on one raw item within its time budget; raises InputRejected with the reason
        (the budget is checked between stages and inside the stages' long loops). A text under
        `settings.min_text_chars` is rejected as near-empty, unless `allow_short` (given on purpose)."""
        settings = self.settings
        deadline = Deadline(settings.article_time_budget_s, item.origin, item.locator, len(item.body))
        with deadline_scope(deadline), tuning_scope(settings.tuning):
            document = self.analyse(_read_item(item, settings, clock, allow_short), clock)
            check_deadline("the last stage")
            return document

    def process(self, text_or_html: str, lang: str | None = None, published: str | None = None,
                url: str | None = None) -> Document:
        """Process one article given as a string (plain text or HTML) into a Document; a text under
        `settings.min_text_chars` (a headline) is analysed too, with a warning in `Document.warnings`."""
        kind: BodyKind = "html" if sniff_text_format(text_or_html, "") == "html" else "text"
        meta = {k: v for k, v in (("lang", lang), ("published", published), ("url", url)) if v}
        raw = text_or_html.encode("utf-8")
        item = RawItem("<string>", url or "input", kind, text_or_html, raw, kind, "", meta)
        return self.process_item(item, allow_short=True)


def _known(names: Iterable[str], stages: Iterable[Stage], doing: str) -> set[str]:
    """The names, all of them stages of the pipeline (a typo is an error, not a silent no-op)."""
    available = [s.name for s in stages]
    unknown = [n for n in names if n not in available]
    if unknown:
        raise ConfigError(f"cannot {doing} stage {', '.join(unknown)}: the stages are {', '.join(available)}")
    return set(names)


def _selected(stages: Iterable[Stage], names: Iterable[str]) -> list[Stage]:
    stages = list(stages)
    wanted = _known(names, stages, "run")
    return [s for s in stages if s.name in wanted]


def _check_order(stages: tuple[Stage, ...]) -> None:
    """Every field a stage reads is read from the input or added by a stage before it."""
    available = set(READ_FIELDS)
    for stage in stages:
        missing = [f for f in stage.reads if f not in available]
        if missing:
            makers = [s.name for s in STAGES if set(missing) & set(s.adds)]
            raise ConfigError(f"stage {stage.name} reads {', '.join(missing)}, which no stage before it "
                              f"adds (run {', '.join(makers) or 'a stage adding it'} first, or leave "
                              f"{stage.name} out)")
        available.update(stage.adds)


def process_item(item: RawItem, settings: Settings = DEFAULT_SETTINGS,
                 clock: StageClock = _NO_CLOCK, allow_short: bool = False) -> Document:
    """Run every stage on one raw item (see Pipeline.process_item), with the stages `settings` choose."""
    return Pipeline(settings).process_item(item, clock, allow_short)


def _read_item(item: RawItem, settings: Settings, clock: StageClock, allow_short: bool) -> Document:
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
    short = _short_text_warnings(text, item, settings, allow_short)
    warnings = [*item.warnings, *short]
    with clock.stage("language"):
        lang, confidence = _document_language(text, meta.get("lang"), item, settings, bool(short))
        load_lemma_dictionary(lang)
    if confidence < settings.min_lang_confidence:
        warnings.append(f"language {lang} guessed at {confidence:.2f} from a short text; set lang")
    with clock.stage("repair"):
        text, repairs = repair_text(text, lang)
    tweet_dates = [d for d in cleaned.metadata.get("tweet_dates", "").split("|") if d]
    published, published_source = resolve_published(meta.get("published"), tweet_dates, lang, body,
                                                    cleaned.metadata.get("published_line"), meta.get("url"))
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
    return document


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
    """The analysis stages `settings` choose on a cleaned document: actors, then quotes, then events."""
    return Pipeline(settings).analyse(document, clock)


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
    return Pipeline(settings).process(text_or_html, lang, published, url)


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
    text: str, given: str | None, item: RawItem, settings: Settings, short: bool = False
) -> tuple[str, float]:
    """The given language, else the identifier's; a short text given on purpose keeps a weak guess."""
    if given:
        return given.strip().lower().replace("_", "-").split("-")[0], 1.0
    guess, confidence = identify_language(text[:3000])
    if guess is None or (confidence < settings.min_lang_confidence and not short):
        best = f"best guess {guess} at {confidence:.2f}" if guess else "no letters"
        raise InputRejected(item.origin, f"unknown language ({best})", item.locator)
    return guess, confidence


def _headline(item: RawItem, paragraphs: list[str]) -> str | None:
    """A text file's first line is its headline when it does not end like a sentence."""
    if item.kind != "text" or not paragraphs:
        return PurePath(item.doc).stem if item.kind == "text" else None
    first = paragraphs[0]
    return first if len(first) <= 200 and not first.rstrip().endswith((".", "!", "?")) else None
