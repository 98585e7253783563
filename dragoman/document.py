"""The records that flow through the pipeline: one Document per article, spans by character offset."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from dragoman.records import Event, EventEntity, Mention, Quote


@dataclass
class SourceInfo:
    """Where an article came from."""

    path: str | None = None
    url: str | None = None
    title: str | None = None
    author: str | None = None
    site: str | None = None
    locator: str | None = None
    format: str | None = None


@dataclass
class Paragraph:
    """A paragraph of the cleaned text, with its own language (pages mix languages)."""

    start: int
    end: int
    lang: str | None


@dataclass
class Removal:
    """A piece of page furniture removed by cleaning; `line` indexes the input lines."""

    text: str
    kind: str
    line: int
    inline: bool = False


@dataclass
class Repair:
    """A mended piece of machine-translation damage; `offset` points into the cleaned text."""

    from_: str
    to: str
    offset: int
    kind: str

    def to_json(self) -> dict[str, Any]:
        return {"from": self.from_, "to": self.to, "offset": self.offset, "kind": self.kind}


@dataclass
class Document:
    """One article: metadata, cleaned text and everything later stages attach to it."""

    doc: str
    text: str
    source: SourceInfo = field(default_factory=SourceInfo)
    id: str = ""
    lang: str | None = None
    lang_confidence: float = 0.0
    published: str | None = None
    published_source: str = "none"
    paragraphs: list[Paragraph] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    near_duplicate_of: str | None = None
    similarity: float | None = None
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def paragraph_texts(self) -> list[str]:
        """Texts of the paragraphs, in order."""
        return [self.text[p.start : p.end] for p in self.paragraphs]

    def actors(self) -> list[dict[str, Any]]:
        """States, organisations, regions and agents that act or are acted upon in the article's
        events and quotes, with the roles they take: a summary of who does what to whom."""
        found: dict[str, dict[str, Any]] = {}
        sides: list[tuple[EventEntity | Mention, str]] = []
        for event in self.events:
            sides += [(e, "actor") for e in event.actor] + [(e, "recipient") for e in event.recipient]
        sides += [(q.speaker, "speaker") for q in self.quotes if q.speaker]
        for entity, role in sides:
            code = entity.code
            if not code:
                continue
            entry = found.setdefault(code, {"code": code, "entity_name": entity.entity_name,
                                            "roles": [], "events": 0})
            if role not in entry["roles"]:
                entry["roles"].append(role)
            entry["events"] += role != "speaker"
        return sorted(found.values(), key=lambda a: (-a["events"], a["code"]))

    def to_json(self) -> dict[str, Any]:
        """The document JSON contract read by other tools (see README)."""
        return {
            "id": self.id,
            "doc": self.doc,
            "source": asdict(self.source),
            "lang": self.lang,
            "published": self.published,
            "published_source": self.published_source,
            "text": self.text,
            "paragraphs": [asdict(p) for p in self.paragraphs],
            "removed": [asdict(r) for r in self.removed],
            "repairs": [r.to_json() for r in self.repairs],
            "metadata": self.metadata,
            "warnings": self.warnings,
            "near_duplicate_of": self.near_duplicate_of,
            "similarity": self.similarity,
            "mentions": [m.to_json() for m in self.mentions],
            "quotes": [q.to_json() for q in self.quotes],
            "events": [e.to_json() for e in self.events],
            "actors": self.actors(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Document:
        """Rebuild a Document from its JSON form (as stored in the database)."""
        return cls(
            id=data.get("id", ""),
            doc=data["doc"],
            text=data["text"],
            source=SourceInfo(**data.get("source", {})),
            lang=data.get("lang"),
            published=data.get("published"),
            published_source=data.get("published_source", "none"),
            paragraphs=[Paragraph(**p) for p in data.get("paragraphs", [])],
            removed=[Removal(**r) for r in data.get("removed", [])],
            repairs=[
                Repair(from_=r["from"], to=r["to"], offset=r["offset"], kind=r.get("kind", ""))
                for r in data.get("repairs", [])
            ],
            metadata=data.get("metadata", {}),
            warnings=data.get("warnings", []),
            near_duplicate_of=data.get("near_duplicate_of"),
            similarity=data.get("similarity"),
            mentions=[Mention.from_json(m) for m in data.get("mentions", [])],
            quotes=[Quote.from_json(q) for q in data.get("quotes", [])],
            events=[Event.from_json(e) for e in data.get("events", [])],
        )
