"""A user's actor file (--actors): add or override states, organisations, regions, people and names.

The format is described in docs/knowledge-base.md. Every problem raises ConfigError naming the file
and the entry, so a user can fix the file without reading this code.
"""

from __future__ import annotations

import datetime
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dragoman.actors.kb import KnowledgeBase, _load_state_extra, add_igo_names
from dragoman.actors.keys import name_key
from dragoman.actors.model import IGO, PERSON, REGION, STATE, Entity, Office
from dragoman.errors import ConfigError

SECTIONS = ("remove", "state", "igo", "region", "person", "names", "adjectives")
# Canonical roles of docs/lexicons.md; a role outside this list is a typo the user wants to hear about.
ROLES = frozenset({
    "president", "vice president", "prime minister", "chancellor", "monarch", "foreign minister",
    "deputy foreign minister", "defence minister", "minister", "deputy minister", "secretary-general",
    "special representative", "high representative", "ambassador", "spokesperson", "chair",
    "director-general", "commission president", "council president", "head of state",
    "head of government", "leader", "diplomat", "official", "envoy", "senator", "mp",
})
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CODE = re.compile(r"^[A-Z][A-Z0-9_]{1,15}$")
_WIKIDATA_ID = re.compile(r"^Q[1-9]\d*$")
_TYPES = {"state": STATE, "igo": IGO, "region": REGION}


def read_user_toml(path: Path) -> dict[str, Any]:
    """The parsed TOML file, or a ConfigError saying why it cannot be read."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read actor file {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"actor file {path} is not UTF-8 text: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"actor file {path} is not valid TOML: {exc}") from exc


def apply_user_data(kb: KnowledgeBase, data: dict[str, Any], source: str) -> None:
    """Apply a parsed actor file to a knowledge base (a copy: packaged entities are changed in place)."""
    data = _sections(kb, data, source)
    _apply_removals(kb, data.get("remove", {}), source)
    for section, apply in (("state", _apply_state), ("bare states", _apply_state), ("igo", _apply_igo),
                           ("region", _apply_region)):
        for code, record, where in _coded_records(data.get(section), section, source):
            apply(kb, code, record, where)
    people = _PersonIndex(kb)
    for number, record in enumerate(_table_list(data.get("person"), "person", source), 1):
        _apply_person(kb, people, record, f"{source}: [[person]] #{number}")
    _apply_names(kb, data.get("names", {}), "name", f"{source}: [names]", None)
    _apply_names(kb, data.get("adjectives", {}), "adjective", f"{source}: [adjectives]", STATE)
    kb.forget_indexes()  # names may have been removed and added: the count alone cannot tell


def _sections(kb: KnowledgeBase, data: dict[str, Any], source: str) -> dict[str, Any]:
    """Known sections; a bare [KAZ] table (as in states_extra.toml) is read as [state.KAZ]."""
    known: dict[str, Any] = {}
    for key, value in data.items():
        entity = kb.entities.get(key)
        if key in SECTIONS:
            known[key] = value
        elif isinstance(value, dict) and entity is not None and entity.type == STATE:
            known.setdefault("bare states", {})[key] = value
        else:
            raise ConfigError(f"{source}: unknown section {key!r} (expected one of: {', '.join(SECTIONS)}; "
                              f"or a known state code such as [KAZ])")
    return known


def _table_list(value: Any, section: str, source: str) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ConfigError(f"{source}: {section} must be [[{section}]] tables")
    return value


def _coded_records(value: Any, section: str, source: str) -> Iterator[tuple[str, dict[str, Any], str]]:
    """(code, record, where) from [[state]] tables with a code, or [state.CODE] tables."""
    if value is None:
        return
    if isinstance(value, dict):
        prefix = "" if section == "bare states" else f"{section}."
        items = [(code, record, f"{source}: [{prefix}{code}]") for code, record in value.items()]
    else:
        items = [(r.get("code"), r, f"{source}: [[{section}]] #{n}")
                 for n, r in enumerate(_table_list(value, section, source), 1)]
    for code, record, where in items:
        if not isinstance(record, dict):
            raise ConfigError(f"{where}: expected a table")
        if not isinstance(code, str) or not _CODE.match(code):
            raise ConfigError(f"{where}: code must be upper-case letters/digits such as \"KAZ\" or \"EU\", "
                              f"got {code!r}")
        yield code, record, f"{where} ({code})"


def _existing(kb: KnowledgeBase, code: str, kind: str, where: str) -> Entity | None:
    entity = kb.entities.get(code)
    if entity is not None and entity.type != kind:
        raise ConfigError(f"{where}: code {code} is already a {entity.type}, not a {kind}")
    return entity


def _new_or_existing(kb: KnowledgeBase, code: str, record: dict[str, Any], kind: str,
                     where: str) -> Entity:
    """The entity a state/igo/region record names: created, extended, or replaced (replace = true)."""
    _check_keys(record, _RECORD_KEYS[kind], where)
    entity = _existing(kb, code, kind, where)
    wikidata = _wikidata_id(record.get("wikidata_id"), where)
    name = _text(record.get("name"), "name", where, required=entity is None)
    if entity is not None and _flag(record.get("replace"), where):
        _drop_names(kb, code)
        entity.name = name or entity.name
    if entity is None:
        entity = kb.add_entity(Entity(code, kind, name, code, wikidata))
    entity.wikidata_id = entity.wikidata_id or wikidata
    if name:
        kb.add_names(code, [name], "name", "en")
    if "members" in record:
        entity.members = tuple(_strings(record["members"], "members", where))
    for lang, names in _language_names(record.get("names"), "names", where):
        kb.add_names(code, names, "name", lang)
    return entity


def _apply_state(kb: KnowledgeBase, code: str, record: dict[str, Any], where: str) -> None:
    _new_or_existing(kb, code, record, STATE, where)
    if "official" in record:
        kb.add_names(code, [_text(record["official"], "official", where, required=True)], "name", "en")
    try:
        _load_state_extra(kb, code, record)
    except (AttributeError, IndexError, KeyError, TypeError) as exc:
        raise ConfigError(f"{where}: capital, capital_former, seats or former is malformed ({exc}); "
                          f"see states_extra.toml for the format") from exc


def _apply_igo(kb: KnowledgeBase, code: str, record: dict[str, Any], where: str) -> None:
    _new_or_existing(kb, code, {k: v for k, v in record.items() if k != "names"}, IGO, where)
    try:
        add_igo_names(kb, code, {k: v for k, v in record.items() if k in ("names", "acronyms", "bodies")})
    except (AttributeError, TypeError) as exc:
        raise ConfigError(f"{where}: names, acronyms or bodies is malformed ({exc}); "
                          f"see igos.toml for the format") from exc


def _apply_region(kb: KnowledgeBase, code: str, record: dict[str, Any], where: str) -> None:
    _new_or_existing(kb, code, record, REGION, where)


_COMMON_KEYS = {"code", "name", "wikidata_id", "names", "replace"}
_RECORD_KEYS = {
    STATE: _COMMON_KEYS | {"capital", "capital_former", "seats", "former", "official"},
    IGO: _COMMON_KEYS | {"members", "acronyms", "bodies"},
    REGION: _COMMON_KEYS | {"members"},
    PERSON: {"name", "wikidata_id", "aliases", "offices", "replace"},
}


class _PersonIndex:
    """Packaged people by Wikidata id and by the spelling key of their multi-word names."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.by_wikidata: dict[str, Entity] = {}
        self.by_key: dict[str, list[Entity]] = {}
        for entity in kb.people():
            if entity.wikidata_id:
                self.by_wikidata[entity.wikidata_id] = entity
        for name in kb.names:
            entity = kb.entities[name.entity]
            if entity.type == PERSON and (" " in name.text or name.text == entity.name):
                self.add(name_key(name.text), entity)

    def add(self, key: str, entity: Entity) -> None:
        found = self.by_key.setdefault(key, [])
        if entity not in found:
            found.append(entity)

    def find(self, name: str, wikidata: str | None) -> Entity | None:
        """Same Wikidata id; else same name (by spelling key) unless the Wikidata ids differ."""
        if wikidata and wikidata in self.by_wikidata:
            return self.by_wikidata[wikidata]
        for entity in self.by_key.get(name_key(name), []):
            if not (wikidata and entity.wikidata_id and entity.wikidata_id != wikidata):
                return entity
        return None


def _apply_person(kb: KnowledgeBase, people: _PersonIndex, record: Any, where: str) -> None:
    """Add a person, or extend / replace the known person with the same Wikidata id or name."""
    if not isinstance(record, dict):
        raise ConfigError(f"{where}: expected a table")
    name = _text(record.get("name"), "name", where, required=True)
    where = f"{where} ({name!r})"
    _check_keys(record, _RECORD_KEYS[PERSON], where)
    wikidata = _wikidata_id(record.get("wikidata_id"), where)
    by_language = list(_language_names(record.get("aliases"), "aliases", where))
    aliases = [n for _, names in by_language for n in names]
    offices = _offices(kb, record.get("offices"), where)
    person = people.find(name, wikidata)
    if person is None:
        key = f"person:{wikidata or name_key(name).replace(' ', '-')}"
        person = kb.add_entity(Entity(key, PERSON, name, None, wikidata, offices))
    elif _flag(record.get("replace"), where):
        _drop_names(kb, person.key)
        person.name, person.offices = name, offices
    else:  # extend: a user office with the same role, code and start replaces the packaged one
        replaced = {(o.role, o.code, o.start) for o in offices}
        person.offices = offices + [o for o in person.offices if (o.role, o.code, o.start) not in replaced]
    person.wikidata_id = person.wikidata_id or wikidata
    known = {n.text for n in kb.names_of(person.key)}
    for lang, names in [(None, [name]), *by_language]:  # languages kept for `dragoman actor`
        kb.add_names(person.key, [n for n in names if n not in known], "alias", lang)
        known.update(names)
    if wikidata:
        people.by_wikidata.setdefault(wikidata, person)
    for text in (name, *aliases):
        if " " in text:
            people.add(name_key(text), person)


def _offices(kb: KnowledgeBase, value: Any, where: str) -> list[Office]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ConfigError(f"{where}: offices must be a list of {{role, code, start, end}} tables")
    offices = []
    for number, item in enumerate(value, 1):
        at = f"{where}: office #{number}"
        if not isinstance(item, dict):
            raise ConfigError(f"{at}: expected {{role = ..., code = ..., start = ..., end = ...}}")
        _check_keys(item, {"role", "code", "start", "end"}, at)
        role = _text(item.get("role"), "role", at, required=True)
        if role not in ROLES:
            raise ConfigError(f"{at}: unknown role {role!r} (roles: {', '.join(sorted(ROLES))})")
        code = _text(item.get("code"), "code", at, required=True)
        entity = kb.entities.get(code)
        if entity is None or entity.type not in (STATE, IGO, REGION):
            raise ConfigError(f"{at}: {code!r} is not a known state, organisation or region code "
                              f"(add it first with [[state]] or [[igo]])")
        start, end = _date(item.get("start"), "start", at), _date(item.get("end"), "end", at)
        if start and end and end[: len(start)] < start[: len(end)]:
            raise ConfigError(f"{at}: end {end} is before start {start}")
        offices.append(Office(role, code, start, end))
    return offices


def _apply_names(kb: KnowledgeBase, section: Any, kind: str, where: str, entity_type: str | None) -> None:
    """[names] KAZ = ["..."] or [names.KAZ] fr = ["..."]: more names for a known code or entity key."""
    if not isinstance(section, dict):
        raise ConfigError(f"{where}: expected CODE = [names] entries")
    for code, value in section.items():
        entity = kb.entities.get(code)
        if entity is None or (entity_type and entity.type != entity_type):
            wanted = "state code" if entity_type else "code (state, organisation, region) or person key"
            raise ConfigError(f"{where} {code}: not a known {wanted}")
        for lang, names in _language_names(value, code, where):
            kb.add_names(code, names, kind, lang)


def _apply_removals(kb: KnowledgeBase, section: Any, source: str) -> None:
    """[remove] GEO = ["Georgia"]: packaged names that misfire in the user's texts."""
    where = f"{source}: [remove]"
    if not isinstance(section, dict):
        raise ConfigError(f"{where}: expected CODE = [names] entries")
    for code, value in section.items():
        if code not in kb.entities:
            raise ConfigError(f"{where} {code}: not a known code or entity key")
        for text in _strings(value, code, where):
            folded = text.casefold()
            kept = [n for n in kb.names if not (n.entity == code and n.text.casefold() == folded)]
            if len(kept) == len(kb.names):
                raise ConfigError(f"{where} {code}: no name {text!r} to remove")
            kb.names = kept


def _drop_names(kb: KnowledgeBase, key: str) -> None:
    kb.names = [n for n in kb.names if n.entity != key]


def _language_names(value: Any, field: str, where: str) -> Iterator[tuple[str | None, list[str]]]:
    """A list of names (any language) or a table language → list of names."""
    if value is None:
        return
    if isinstance(value, dict):
        for lang, names in value.items():  # "mul" (Wikidata's label for every language): no language
            yield (None if lang == "mul" else lang), _strings(names, f"{field}.{lang}", where)
    else:
        yield None, _strings(value, field, where)


def _strings(value: Any, field: str, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: {field} must be a list of non-empty strings, got {value!r}")
    return value


def _text(value: Any, field: str, where: str, required: bool = False) -> str:
    if value is None and not required:
        return ""
    if value is None:
        raise ConfigError(f"{where}: {field} is missing")
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: {field} must be a non-empty string, got {value!r}")
    return value.strip()


def _flag(value: Any, where: str) -> bool:
    if value is None or isinstance(value, bool):
        return bool(value)
    raise ConfigError(f"{where}: replace must be true or false, got {value!r}")


def _wikidata_id(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _WIKIDATA_ID.match(value):
        raise ConfigError(f"{where}: wikidata_id must look like \"Q7747\", got {value!r}")
    return value


def _date(value: Any, field: str, where: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, str) and _ISO_DATE.match(value):
        return value
    raise ConfigError(f"{where}: {field} must be a date YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")


def _check_keys(record: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(record) - allowed)
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (allowed: {', '.join(sorted(allowed))})")
