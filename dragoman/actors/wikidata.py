"""Import a Wikidata JSON extract into actor-file records: people with their offices, and more names
for states and organisations. `dragoman actors import-wikidata` writes them as a reviewable TOML file;
`--actors extract.json` applies them directly.

Read formats: a JSON array of entities, {"entities": {...}} (wbgetentities, Special:EntityData),
JSON Lines with one entity per line, and the official dump layout ("[", one entity per line ending
with a comma, "]"); each optionally gzip or bzip2 compressed.
"""

from __future__ import annotations

import bz2
import gzip
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from dragoman.actors.kb import KnowledgeBase
from dragoman.actors.model import IGO, STATE
from dragoman.errors import ConfigError

WIKIDATA_SUFFIXES = tuple(f".{ext}{z}" for ext in ("json", "jsonl", "ndjson") for z in ("", ".gz", ".bz2"))
HUMAN = "Q5"
# Generic position items → canonical role (docs/lexicons.md). Each id was checked against public
# mapping tables and SPARQL queries that name it; doubtful ones (secretary-general, vice president,
# defence minister) are left to the English-label rules below.
GENERIC_POSITIONS = {
    "Q30461": "president",
    "Q14212": "prime minister",
    "Q7330070": "foreign minister",  # minister of foreign affairs
    "Q116": "monarch",
    "Q121998": "ambassador",
    "Q83307": "minister",
    "Q48352": "head of state",
    "Q2285706": "head of government",
    "Q486839": "mp",  # member of parliament
}
# Single offices often held in extracts that do not contain the position item: role and code.
SPECIFIC_POSITIONS = {
    "Q11696": ("president", "USA"),  # President of the United States
    "Q4970706": ("chancellor", "DEU"),  # Federal Chancellor of Germany
    "Q81066": ("secretary-general", "UN"),  # Secretary-General of the United Nations
}
# When roles are reached at the same depth of the P279/P31 chain, the more precise one wins.
_ROLE_ORDER = ("secretary-general", "chancellor", "foreign minister", "prime minister", "president",
               "monarch", "ambassador", "minister", "head of state", "head of government", "mp")
_BROAD_ROLES = frozenset({"minister", "head of state", "head of government", "mp"})
# The English label of a position item, when the chain gives no role or only a broad one; first match.
_LABEL_ROLES = tuple((re.compile(p), role) for p, role in (
    (r"president of the european commission", "commission president"),
    (r"president of the european council", "council president"),
    (r"\bvice[- ]president\b", "vice president"),
    (r"deputy (minister of|minister for) foreign affairs|deputy foreign minister", "deputy foreign minister"),
    (r"deputy prime minister|chancellor of the exchequer", "minister"),
    (r"minister (of|for) (foreign|external) affairs|foreign (affairs )?minister|"
     r"secretary of state for foreign", "foreign minister"),
    (r"minister (of|for) (national )?defen[cs]e|defen[cs]e minister", "defence minister"),
    (r"\bdeputy minister\b|\bvice[- ]minister\b", "deputy minister"),
    (r"\bprime minister\b", "prime minister"),
    (r"\bsecretary[- ]general\b", "secretary-general"),
    (r"\bdirector[- ]general\b", "director-general"),
    (r"\bhigh representative\b", "high representative"),
    (r"\bspecial representative\b", "special representative"),
    (r"\bambassador\b", "ambassador"),
    (r"\bspokes(person|man|woman)\b|\bpress secretary\b", "spokesperson"),
    (r"\bchancellor\b", "chancellor"),
    (r"\b(king|queen|emperor|empress|monarch|sultan|emir)\b", "monarch"),
    (r"\bpresident\b", "president"),
    (r"\bminister\b", "minister"),
    (r"\bmember of (the )?parliament\b", "mp"),
))
_MAX_CHAIN = 4  # P279/P31 steps followed from a position item (positions sit 1-3 below a role)
_KEPT = ("P31", "P279", "P1001", "P17", "P298", "P39")
_OFFICE_QUALIFIERS = ("P580", "P582", "P1001", "P642")
_UNKNOWN = "?"  # "some value": the date exists but Wikidata does not know it


@dataclass
class Item:
    """What the import needs of one Wikidata entity."""

    id: str
    names: dict[str, list[str]]  # language → label first, then aliases
    claims: dict[str, list[dict[str, Any]]]  # property → [{"value", "qualifiers": {P: [values]}}]

    def values(self, prop: str) -> list[Any]:
        return [c["value"] for c in self.claims.get(prop, []) if c["value"] not in (None, _UNKNOWN)]

    def label(self) -> str:
        for lang in ("en", "mul", *sorted(self.names)):
            if self.names.get(lang):
                return self.names[lang][0]
        return self.id


@dataclass
class WikidataImport:
    """Actor-file records (the shape of docs/knowledge-base.md) and notes for the reviewer."""

    records: dict[str, Any]
    notes: dict[str, list[str]] = field(default_factory=dict)  # record key → comments
    counts: dict[str, int] = field(default_factory=dict)


def import_extract(path: Path, kb: KnowledgeBase) -> WikidataImport:
    """Read a Wikidata extract file and turn it into actor-file records for this knowledge base."""
    items = {item.id: item for item in read_items(path)}
    if not items:
        raise ConfigError(f"Wikidata extract {path} holds no entities")
    return convert(items, kb)


def read_items(path: Path) -> Iterator[Item]:
    """Every usable entity of an extract file (missing and non-item entities skipped)."""
    try:
        with _open(path) as stream:
            for number, entity in _entities(stream, path):
                if not isinstance(entity, dict):
                    raise ConfigError(f"Wikidata extract {path}: entity #{number} is not a JSON object")
                item = compact(entity)
                if item is not None:
                    yield item
    except OSError as exc:
        raise ConfigError(f"cannot read Wikidata extract {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"Wikidata extract {path} is not UTF-8 JSON: {exc}") from exc


def _open(path: Path) -> IO[str]:
    name = path.name.lower()
    if name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    if name.endswith(".bz2"):
        return bz2.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def _entities(stream: IO[str], path: Path) -> Iterator[tuple[int, Any]]:
    """Entities from any of the accepted layouts; JSON Lines and dumps are streamed line by line."""
    lines = _non_empty(stream)
    first = next(lines, "")
    second = next(lines, "") if first.strip() == "[" else ""
    if _one_object(second) or _one_object(first):  # dump layout or JSON Lines
        offset = 1 if second else 0  # line numbers count the opening "["
        for number, line in enumerate(_chain([second or first], lines), 1):
            line = line.strip().rstrip(",")
            if line and line != "]":
                yield number, _parse(line, path, f"line {number + offset}")
        return
    data = _parse(first + second + "".join(lines), path, "file")
    if isinstance(data, dict) and isinstance(data.get("entities"), dict):
        data = list(data["entities"].values())
    elif isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise ConfigError(f"Wikidata extract {path}: expected entities (array, {{\"entities\": ...}} "
                          f"or JSON Lines), got {type(data).__name__}")
    yield from enumerate(data, 1)


def _non_empty(stream: IO[str]) -> Iterator[str]:
    """Lines with text (blank lines carry no entity in any layout)."""
    return (line for line in stream if line.strip())


def _one_object(line: str) -> bool:
    """A first line that is a whole JSON object: the file is JSON Lines (or a dump after "[")."""
    line = line.strip()
    if not line.startswith("{"):
        return False
    try:
        data = json.loads(line.rstrip(","))
    except json.JSONDecodeError:
        return False
    return isinstance(data, dict) and "entities" not in data


def _chain(first: list[str], rest: Iterable[str]) -> Iterator[str]:
    yield from first
    yield from rest


def _parse(text: str, path: Path, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"Wikidata extract {path}: invalid JSON at {where}: {exc}") from exc


def compact(entity: dict[str, Any]) -> Item | None:
    """The labels, aliases and kept statements of an entity; None for lexemes, properties, missing."""
    qid = entity.get("id") or entity.get("title")
    if not isinstance(qid, str) or not re.fullmatch(r"Q\d+", qid) or "missing" in entity:
        return None
    return Item(qid, _names(entity), _kept_statements(entity))


def _names(entity: dict[str, Any]) -> dict[str, list[str]]:
    """Gather labels then aliases per language, skipping malformed ones, so lookups see every name."""
    names: dict[str, list[str]] = {}
    for lang, label in (entity.get("labels") or {}).items():
        if isinstance(label, dict) and isinstance(label.get("value"), str):
            names.setdefault(lang, []).append(label["value"])
    for lang, aliases in (entity.get("aliases") or {}).items():
        for alias in aliases if isinstance(aliases, list) else []:
            if isinstance(alias, dict) and isinstance(alias.get("value"), str):
                names.setdefault(lang, []).append(alias["value"])
    return names


def _kept_statements(entity: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Keep the non-deprecated statements of the properties we use (offices with qualifiers)."""
    claims = entity.get("claims") or entity.get("statements") or {}
    return {prop: [_statement(s, prop == "P39") for s in claims.get(prop, [])
                   if isinstance(s, dict) and s.get("rank") != "deprecated"]
            for prop in _KEPT if isinstance(claims, dict) and claims.get(prop)}


def _statement(statement: dict[str, Any], with_qualifiers: bool) -> dict[str, Any]:
    qualifiers: dict[str, list[Any]] = {}
    if with_qualifiers:
        for prop in _OFFICE_QUALIFIERS:
            qualifiers[prop] = [_snak_value(q) for q in (statement.get("qualifiers") or {}).get(prop, [])]
    return {"value": _snak_value(statement.get("mainsnak") or {}), "qualifiers": qualifiers}


def _snak_value(snak: dict[str, Any]) -> Any:
    """An item id, a string, an ISO date (precision kept), _UNKNOWN for "some value", or None."""
    if snak.get("snaktype") == "somevalue":
        return _UNKNOWN
    value = (snak.get("datavalue") or {}).get("value")
    if isinstance(value, dict) and isinstance(value.get("id"), str):
        return value["id"]
    if isinstance(value, dict) and "numeric-id" in value:
        return f"Q{value['numeric-id']}"
    if isinstance(value, dict) and isinstance(value.get("time"), str):
        return _iso_date(value["time"], value.get("precision", 11))
    return value if isinstance(value, str) else None


def _iso_date(time: str, precision: int) -> str | None:
    """+2019-03-20T00:00:00Z at day (11), month (10) or year (9) precision; coarser dates dropped."""
    match = re.match(r"^\+(\d{4,})-(\d\d)-(\d\d)T", time)
    if not match or precision < 9:
        return None
    year, month, day = match.groups()
    parts = [year.lstrip("0").zfill(4), month, day][: min(precision, 11) - 8]
    return "-".join(parts)


def convert(items: dict[str, Item], kb: KnowledgeBase) -> WikidataImport:
    """States, organisations and people of an extract as actor-file records."""
    result = WikidataImport({"state": [], "names": {}, "person": []})
    codes = {e.wikidata_id: e.code for e in kb.entities.values()
             if e.type in (STATE, IGO) and e.wikidata_id and e.code}
    for item in items.values():
        iso = next((v.upper() for v in item.values("P298") if isinstance(v, str)), None)
        if HUMAN not in item.values("P31") and (iso or item.id in codes):
            codes.setdefault(item.id, iso or codes[item.id])
            _add_country(result, item, codes[item.id], kb)
    for item in sorted(items.values(), key=lambda i: i.label()):
        if HUMAN in item.values("P31"):
            _add_person(result, item, items, codes)
    result.counts = {"people": len(result.records["person"]),
                     "offices": sum(len(p["offices"]) for p in result.records["person"]),
                     "new states": len(result.records["state"]),
                     "states and organisations with new names": len(result.records["names"])}
    return result


def _add_country(result: WikidataImport, item: Item, code: str, kb: KnowledgeBase) -> None:
    """A state or organisation of the extract: a new [[state]], or new names for a known code."""
    known = {n.text for n in kb.names_of(code)}
    names = {lang: [n for n in texts if n not in known] for lang, texts in _grouped(item, False).items()}
    names = {lang: texts for lang, texts in names.items() if texts}
    if code not in kb.entities:
        result.records["state"].append({"code": code, "name": item.label(), "wikidata_id": item.id,
                                        "names": names})
    elif names:
        result.records["names"][code] = names


def _add_person(result: WikidataImport, item: Item, items: dict[str, Item], codes: dict[str, str]) -> None:
    offices, notes = [], []
    for claim in item.claims.get("P39", []):
        office, problem = _office(claim, items, codes)
        if office and office not in offices:
            offices.append(office)
        elif problem:
            notes.append(problem)
    offices.sort(key=lambda o: o.get("start", ""), reverse=True)
    record = {"name": item.label(), "wikidata_id": item.id, "aliases": _grouped(item, True),
              "offices": offices}
    result.records["person"].append(record)
    if notes:
        result.notes[item.id] = notes


def _office(claim: dict[str, Any], items: dict[str, Item],
            codes: dict[str, str]) -> tuple[dict[str, str] | None, str | None]:
    """A P39 statement as {role, code, start, end}, or the reason it cannot be one."""
    position = claim["value"]
    if not isinstance(position, str) or not position.startswith("Q"):
        return None, None
    qualifiers = claim["qualifiers"]
    start, end = (next(iter(qualifiers.get(p, [])), None) for p in ("P580", "P582"))
    label = items[position].label() if position in items else GENERIC_POSITIONS.get(position)
    described = f"{label} ({position})" if label else position
    described += f" {start or '?'} – {end or 'now'}"
    role, code = _role(position, items), _jurisdiction(position, qualifiers, items, codes)
    if end == _UNKNOWN:  # ended on an unknown day: left out, without an end it would read as current
        return None, f"not imported (end date unknown in Wikidata): {described}"
    start = None if start == _UNKNOWN else start
    if not role or not code:
        missing = " and ".join(w for w, v in (("role", role), ("state/organisation", code)) if not v)
        return None, f"not imported (no {missing} found): {described}"
    office = {"role": role, "code": code}
    office.update({k: v for k, v in (("start", start), ("end", end)) if v})
    return office, None


def _role(position: str, items: dict[str, Item]) -> str | None:
    """The canonical role of a position: known ids up its P279/P31 chain, else its English label."""
    chain_role = None
    frontier, seen = [position], {position}
    for _ in range(_MAX_CHAIN + 1):
        roles = [GENERIC_POSITIONS.get(q) or SPECIFIC_POSITIONS.get(q, (None,))[0] for q in frontier]
        found = [r for r in roles if r]
        if found:
            chain_role = min(found, key=_ROLE_ORDER.index)
            break
        parents = [p for q in frontier if q in items
                   for prop in ("P279", "P31") for p in items[q].values(prop)]
        frontier = [p for p in dict.fromkeys(parents) if isinstance(p, str) and p not in seen]
        seen.update(frontier)
    if chain_role and chain_role not in _BROAD_ROLES:
        return chain_role
    label = items[position].names.get("en", [""])[0].lower() if position in items else ""
    label_role = next((role for pattern, role in _LABEL_ROLES if pattern.search(label)), None)
    return label_role or chain_role


def _jurisdiction(position: str, qualifiers: dict[str, list[Any]], items: dict[str, Item],
                  codes: dict[str, str]) -> str | None:
    """The code an office acts for: qualifiers, then the position's P1001 / P17, then its parents'."""
    if position in SPECIFIC_POSITIONS:
        return SPECIFIC_POSITIONS[position][1]
    places = [*qualifiers.get("P1001", []), *qualifiers.get("P642", [])]
    item = items.get(position)
    if item is not None:
        places += item.values("P1001") + item.values("P17")
        for parent in item.values("P279"):
            if parent in items:
                places += items[parent].values("P1001") + items[parent].values("P17")
    for place in places:
        code = codes.get(place)
        if code is None and place in items:  # a government or ministry item: where it belongs
            code = next((codes[p] for p in items[place].values("P1001") + items[place].values("P17")
                         if p in codes), None)
        if code:
            return code
    return None


def _grouped(item: Item, person: bool) -> dict[str, list[str]]:
    """Usable names by language (en first), each distinct spelling listed once."""
    seen: set[str] = set()
    grouped: dict[str, list[str]] = {}
    every = [n for names in item.names.values() for n in names]
    for lang in sorted(item.names, key=lambda lang: (lang not in ("en", "mul"), lang != "en", lang)):
        for text in item.names[lang]:
            text = " ".join(text.split())
            if text not in seen and _usable(text, every, person):
                seen.add(text)
                grouped.setdefault(lang.split("-")[0], []).append(text)
    return grouped


def _usable(text: str, every: list[str], person: bool) -> bool:
    """Names that would misfire are left out: lower-case words, codes, bare given names."""
    letters = [c for c in text if c.isalpha()]
    first_cased = next((c for c in letters if c.isupper() or c.islower()), None)
    if len(letters) < 3 or "(" in text or (first_cased is not None and first_cased.islower()):
        return False
    if not person:
        return not (text.isupper() and len(letters) <= 3)  # ISO codes KZ, KAZ
    if " " not in text:  # one word: a surname (last word of a full name) but not a given name
        given = {n.split()[0] for n in every if " " in n}
        surnames = {n.split()[-1] for n in every if " " in n}
        return text not in given or text in surnames
    return True
