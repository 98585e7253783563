"""Typed records the stages hand on (spans, mentions, quotes, events and their sides), so each field
is named once; `to_json()` gives the document JSON contract (README) field for field, in order."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

# Kept plain dataclasses with slots: building one costs about what attrs' does and a third of a
# pydantic model's, and reading a field is as fast as a dict's (see issue 12's measurement).


class JsonKeys:
    """Read access by the JSON key (`record["code"]`, `record.get("speaker")`), for code and tests
    written against the dict form; new code reads the attributes."""

    __slots__ = ()

    def to_json(self) -> dict[str, Any]:
        raise NotImplementedError

    def __getitem__(self, key: str) -> Any:
        return self.to_json()[key]

    def get(self, key: str, default: Any = None) -> Any:
        """The JSON field `key`, else `default` (as dict.get)."""
        return self.to_json().get(key, default)


@dataclass(slots=True)
class Span:
    """Characters [start, end) of the cleaned text."""

    start: int
    end: int

    def overlaps(self, start: int, end: int) -> bool:
        """Shares at least one character with [start, end)."""
        return self.start < end and start < self.end

    def holds(self, offset: int) -> bool:
        """The character at `offset` is inside the span."""
        return self.start <= offset < self.end


_SPEAKER_EXTRA = ("native_name",)


@dataclass(slots=True)
class Mention(Span, JsonKeys):
    """A span naming an actor. `extra` holds the optional JSON fields (metonym_of, native_name); the
    fields after it mark event participants only (agents, stand-ins) and never reach the JSON."""

    text: str
    type: str
    entity_name: str | None
    code: str | None
    matched: str
    wikidata_id: str | None = None
    role: str | None = None
    entity_key: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    sector_code: str | None = None  # an agent's PLOVER sector ("COP", "REB")
    absorbs: Mention | None = None  # the nationality mention an agent stands for ("Kenyan police")
    home: bool = False  # an agent given the article's country for want of its own
    place: bool = False  # a city standing for its state
    uncoded: bool = False  # a person of unknown country
    both: bool = False  # one of "both sides"

    @property
    def metonym_of(self) -> str | None:
        """The state a city or seat stands for ("Moscow said")."""
        return self.extra.get("metonym_of")

    @property
    def native_name(self) -> str | None:
        """A person's name in the article's script when `entity_name` is romanised."""
        return self.extra.get("native_name")

    def copied(self, start: int, end: int, written: str, how: str) -> Mention:
        """The same person named again at another span (by surname, role or pronoun)."""
        return Mention(start, end, written, "PERSON", self.entity_name, self.code, how,
                       self.wikidata_id, self.role, self.entity_key,
                       {k: v for k, v in self.extra.items() if k == "native_name"})

    def but(self, **changes: Any) -> Mention:
        """A copy with some fields changed (the copy's `extra` is its own)."""
        return replace(self, extra=dict(self.extra), **changes)

    def as_speaker(self) -> Mention:
        """The mention as a quote's speaker: no `matched`, and of the extras only the native name."""
        return replace(self, matched="", extra={k: v for k, v in self.extra.items() if k in _SPEAKER_EXTRA})

    def to_json(self) -> dict[str, Any]:
        data = {
            "start": self.start, "end": self.end, "text": self.text, "type": self.type,
            "entity_name": self.entity_name, "code": self.code, "wikidata_id": self.wikidata_id,
            "role": self.role, "matched": self.matched, "entity": self.entity_key,
        }
        data.update(self.extra)
        return data

    def speaker_json(self) -> dict[str, Any]:
        """The speaker object of a quote's JSON."""
        data = {
            "start": self.start, "end": self.end, "text": self.text, "type": self.type,
            "entity_name": self.entity_name, "code": self.code, "wikidata_id": self.wikidata_id,
            "role": self.role, "entity": self.entity_key,
        }
        data.update((k, v) for k, v in self.extra.items() if k in _SPEAKER_EXTRA)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Mention:
        """A mention (or a quote's speaker) from its JSON form."""
        known = {"start", "end", "text", "type", "entity_name", "code", "wikidata_id", "role", "matched",
                 "entity"}
        return cls(data["start"], data["end"], data["text"], data["type"], data.get("entity_name"),
                   data.get("code"), data.get("matched") or "", data.get("wikidata_id"), data.get("role"),
                   data.get("entity"), {k: v for k, v in data.items() if k not in known})


@dataclass(slots=True)
class Quote(Span, JsonKeys):
    """A direct quotation with its speaker (None when nobody could be named) and speech verb."""

    text: str
    speaker: Mention | None = None
    verb: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text,
                "speaker": self.speaker.speaker_json() if self.speaker else None, "verb": self.verb}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Quote:
        speaker = data.get("speaker")
        return cls(data["start"], data["end"], data["text"],
                   Mention.from_json(speaker) if speaker else None, data.get("verb"))


@dataclass(slots=True)
class EventEntity(JsonKeys):
    """One side's PLOVER entity object: who acts or is acted upon, with its code and sector."""

    raw_text: str
    entity_name: str | None
    code: str | None
    wikidata_id: str | None
    entity_type: str
    sector_code: str

    def to_json(self) -> dict[str, Any]:
        return {"raw_text": self.raw_text, "entity_name": self.entity_name, "code": self.code,
                "wikidata_id": self.wikidata_id, "entity_type": self.entity_type,
                "sector_code": self.sector_code}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EventEntity:
        return cls(data.get("raw_text") or "", data.get("entity_name"), data.get("code"),
                   data.get("wikidata_id"), data.get("entity_type") or "", data.get("sector_code") or "")


@dataclass(slots=True)
class EventPlace(JsonKeys):
    """Where an event happened, with coordinates when the city is known."""

    name: str
    raw_text: str
    country: str | None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "raw_text": self.raw_text, "country": self.country}
        if self.geonameid is not None:
            data.update(lat=self.lat, lon=self.lon, geonameid=self.geonameid)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EventPlace:
        return cls(data["name"], data["raw_text"], data.get("country"), data.get("lat"), data.get("lon"),
                   data.get("geonameid"))


@dataclass(slots=True)
class EventSource(JsonKeys):
    """The sentence of one article an event was read from."""

    article_id: str
    doc: str
    url: str | None
    start: int
    end: int
    language: str | None

    def to_json(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "doc": self.doc, "url": self.url, "start": self.start,
                "end": self.end, "language": self.language}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EventSource:
        return cls(data["article_id"], data["doc"], data.get("url"), data["start"], data["end"],
                   data.get("language"))


@dataclass(slots=True)
class Event(JsonKeys):
    """One PLOVER event record: type, sides, date, place, modality and the sentences it was read from."""

    event: str
    mode: str | None
    actor: list[EventEntity]
    recipient: list[EventEntity]
    date: str | None
    date_granularity: str | None
    date_resolution: str | None
    event_loc: EventPlace | None
    event_text: str
    cue: str
    text: str
    language: str | None
    confidence: float
    quad_code: int
    event_scale: float
    negated: bool
    future: bool
    hypothetical: bool
    sources: list[EventSource]
    id: str = ""
    context: list[str] = field(default_factory=list)

    def but(self, **changes: Any) -> Event:
        """A copy with some fields changed."""
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        return {
            "event": self.event, "mode": self.mode, "context": list(self.context),
            "actor": [e.to_json() for e in self.actor], "recipient": [e.to_json() for e in self.recipient],
            "date": self.date, "date_granularity": self.date_granularity,
            "date_resolution": self.date_resolution,
            "event_loc": self.event_loc.to_json() if self.event_loc else None,
            "event_text": self.event_text, "cue": self.cue, "text": self.text, "language": self.language,
            "confidence": self.confidence, "quad_code": self.quad_code, "event_scale": self.event_scale,
            "negated": self.negated, "future": self.future, "hypothetical": self.hypothetical,
            "sources": [s.to_json() for s in self.sources], "id": self.id,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Event:
        place = data.get("event_loc")
        return cls(
            data["event"], data.get("mode"), [EventEntity.from_json(e) for e in data.get("actor", [])],
            [EventEntity.from_json(e) for e in data.get("recipient", [])], data.get("date"),
            data.get("date_granularity"), data.get("date_resolution"),
            EventPlace.from_json(place) if place else None, data.get("event_text", ""), data.get("cue", ""),
            data.get("text", ""), data.get("language"), data.get("confidence", 0.0), data.get("quad_code", 0),
            data.get("event_scale", 0.0), bool(data.get("negated")), bool(data.get("future")),
            bool(data.get("hypothetical")), [EventSource.from_json(s) for s in data.get("sources", [])],
            data.get("id", ""), list(data.get("context", [])),
        )
