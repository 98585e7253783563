"""Records of the actor knowledge base: entities, offices and the names that point to them."""

from __future__ import annotations

from dataclasses import dataclass, field

# ORG: a named non-state actor (Hamas, the Taliban, Amnesty International), coded with its country.
STATE, IGO, REGION, PERSON, PLACE, ORG = "STATE", "IGO", "REGION", "PERSON", "PLACE", "ORG"


@dataclass(frozen=True)
class Office:
    """A role held for a state or organisation between two dates (ISO strings, end open)."""

    role: str
    code: str
    start: str | None = None
    end: str | None = None

    def holds_on(self, day: str | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start[: len(day)] <= day) and (
            self.end is None or day[: len(self.end)] <= self.end  # an end of "2012-05" includes May
        )


@dataclass
class Entity:
    """A state, organisation, region or person; `code` is what events are coded with."""

    key: str
    type: str
    name: str
    code: str | None = None
    wikidata_id: str | None = None
    offices: list[Office] = field(default_factory=list)
    members: tuple[str, ...] = ()
    state: str | None = None  # for capitals and seats: the state they stand for
    sector: str | None = None  # for non-state groups: their PLOVER sector (REB, NGO)

    def office_on(self, day: str | None) -> Office | None:
        """The office held on a day (the latest one when the day is unknown)."""
        current = [o for o in self.offices if o.holds_on(day)]
        if current:
            return current[0]
        if day is None and self.offices:
            return max(self.offices, key=lambda o: o.start or "")
        return None

    def code_on(self, day: str | None) -> str | None:
        office = self.office_on(day)
        return office.code if office else self.code


@dataclass(frozen=True)
class Name:
    """One written form of an entity; `kind` says how it names it (acronym, adjective, capital...)."""

    text: str
    entity: str
    kind: str
    lang: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    # A name one language's hand-kept data gives (data/lang/<code>.toml, igos.toml per language),
    # read only in texts of that language unless written alike elsewhere (matcher.py, _scopes);
    # CLDR state names (states.json), filtered to be safe in any language, are not local.
    local: bool = False

    @property
    def case_sensitive(self) -> bool:
        """Acronyms (UE, ONU, AB, BM) only match as written, never as ordinary words."""
        letters = [c for c in self.text if c.isalpha()]
        return self.kind == "acronym" or (len(letters) <= 5 and self.text.isupper())
