"""What readers yield: a raw item ready for the pipeline, or a rejection with its reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BodyKind = Literal["text", "html"]


@dataclass
class RawItem:
    """One article as read from its source, before extraction and cleaning."""

    origin: str
    doc: str
    kind: BodyKind
    body: str
    raw: bytes
    format: str
    locator: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # what reading repaired (stray bytes), for the document


@dataclass
class Rejection:
    """An input that could not be read, named by origin and locator, with the reason."""

    origin: str
    reason: str
    locator: str = ""

    def __str__(self) -> str:
        where = f"{self.origin} ({self.locator})" if self.locator else self.origin
        return f"{where}: {self.reason}"


ReadResult = RawItem | Rejection
