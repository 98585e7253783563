"""Response models of the API: /openapi.json documents every answer through them."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class Record(BaseModel):
    """A record whose documented fields are checked; fields added later pass through unchanged."""

    model_config = ConfigDict(extra="allow")


class Participant(Record):
    """An actor or recipient of an event, as PLOVER codes it."""

    raw_text: str | None = None
    entity_name: str | None = None
    code: str | None = None
    wikidata_id: str | None = None
    sector_code: str | None = None


class EventSource(Record):
    """One report of an event: the article, its site and language, and the evidence sentence."""

    article_id: str
    doc: str | None = None
    url: str | None = None
    site: str | None = None
    language: str | None = None
    start: int | None = None
    end: int | None = None
    sentence: str | None = None
    cue: str | None = None
    date: str | None = None


class Event(Record):
    """A PLOVER event merged across articles, with its first sources (`sources_total` in all)."""

    id: str
    event: str
    mode: str | None = None
    context: list[str] = []
    actor: list[Participant]
    recipient: list[Participant]
    date: str | None = None
    date_granularity: str | None = None
    quad_code: int | None = None
    event_scale: float | None = None
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    confidence: float | None = None
    event_text: str | None = None
    text: str | None = None
    language: str | None = None
    num_articles: int
    num_sources: int
    num_languages: int
    sources: list[EventSource]
    sources_total: int


class Page(BaseModel):
    """A page of a longer list: how many there are in all, and which slice this is."""

    total: int
    limit: int
    offset: int


class EventPage(Page):
    items: list[Event]


class SourcePage(Page):
    items: list[EventSource]


class ArticleSummary(Record):
    id: str
    doc: str
    lang: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None
    near_duplicate_of: str | None = None
    chars: int


class Span(Record):
    """A coloured span of the reader: mention, quote, date or event cue."""

    start: int
    end: int
    kind: str
    label: str | None = None


class Article(Record):
    """An article as the reader shows it: cleaned text, spans, events, quotes, provenance."""

    id: str
    doc: str
    lang: str | None = None
    published: str | None = None
    source: dict[str, Any]
    text: str
    paragraphs: list[dict[str, Any]]
    spans: list[Span]
    events: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    sources: list[dict[str, Any]]
    removed: list[dict[str, Any]]
    repairs: list[dict[str, Any]]


class Quote(Record):
    id: str
    article_id: str
    doc: str
    url: str | None = None
    published: str | None = None
    lang: str | None = None
    speaker_name: str | None = None
    speaker_code: str | None = None
    speaker_entity: str | None = None
    verb: str | None = None
    text: str
    start: int
    end: int


class LanguageCount(BaseModel):
    lang: str | None
    articles: int


class TypeCount(BaseModel):
    event: str
    quad_code: int | None
    events: int


class Dyad(BaseModel):
    actor: str
    recipient: str
    events: int
    balance: float | None


class Stats(BaseModel):
    """Corpus overview."""

    articles: int
    events: int
    quotes: int
    mentions: int
    languages: list[LanguageCount]
    event_types: list[TypeCount]
    top_dyads: list[Dyad]


class Week(BaseModel):
    week: str
    quad: int | None
    events: int


class Edge(BaseModel):
    source: str
    target: str
    events: int
    cooperation: int
    conflict: int


class Node(BaseModel):
    id: str
    events: int


class Network(BaseModel):
    nodes: list[Node]
    edges: list[Edge]


class Counterpart(BaseModel):
    code: str
    events: int
    cooperation: int
    conflict: int


class ActorMatch(BaseModel):
    key: str
    code: str | None
    type: str
    name: str


class MentionCount(BaseModel):
    mentions: int
    articles: int


class Actor(ActorMatch):
    """One actor: names by language, offices, and what the corpus says about it."""

    wikidata_id: str | None
    names: dict[str, list[str]]
    offices: list[dict[str, Any]]
    mentions: MentionCount
    timeline: list[Week]
    counterparts: list[Counterpart]
    quotes: list[Quote]


class Job(BaseModel):
    """An ingest job: queued, running, done or failed, with the ingest report once done."""

    id: str
    status: str
    file: str
    bytes: int
    created: float
    updated: float
    progress: dict[str, Any] = {}
    report: dict[str, Any] | None = None
    error: str | None = None
