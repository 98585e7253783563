"""Load the actor knowledge base from the package data files, plus optional user files."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from dragoman.actors.keys import name_key
from dragoman.actors.matcher import NameMatcher
from dragoman.actors.model import IGO, ORG, PERSON, PLACE, REGION, STATE, Entity, Name, Office
from dragoman.deadline import loaded_once, setting_up
from dragoman.errors import ConfigError

T = TypeVar("T")


@dataclass
class KnowledgeBase:
    """Entities by key and every name pointing at them."""

    entities: dict[str, Entity] = field(default_factory=dict)
    names: list[Name] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # data entries skipped, and why
    _matcher: NameMatcher | None = field(default=None, repr=False)
    _derived: dict[str, tuple[int, Any]] = field(default_factory=dict, repr=False)

    def matcher(self) -> NameMatcher:
        """The name automaton, built on first use and rebuilt after names are added."""
        if self._matcher is None or self._matcher.name_count != len(self.names):
            with setting_up():
                self._matcher = NameMatcher(self.names)
        return self._matcher

    def derived(self, name: str, build: Callable[[KnowledgeBase], T]) -> T:
        """An index other stages build from this knowledge base, kept until names are added."""
        cached = self._derived.get(name)
        if cached is None or cached[0] != len(self.names):
            with setting_up():
                cached = self._derived[name] = (len(self.names), build(self))
        return cached[1]

    def forget_indexes(self) -> None:
        """Drop the automaton and derived indexes after names were edited in place."""
        self._matcher = None
        self._derived.clear()

    def add_entity(self, entity: Entity) -> Entity:
        existing = self.entities.get(entity.key)
        if existing is None:
            self.entities[entity.key] = entity
            return entity
        existing.offices.extend(o for o in entity.offices if o not in existing.offices)
        existing.wikidata_id = existing.wikidata_id or entity.wikidata_id
        return existing

    def add_names(self, entity: str, texts: Iterable[str], kind: str, lang: str | None = None,
                  valid_from: str | None = None, valid_to: str | None = None, local: bool = False) -> None:
        """Names of an entity; `local` ones (with a `lang`) are read only in texts of that language."""
        local = local and lang is not None
        for text in texts:
            text = " ".join(str(text).split())
            if len(text) >= 2:
                self.names.append(Name(text, entity, kind, lang, valid_from, valid_to, local))

    def by_code(self, code: str) -> Entity | None:
        return self.entities.get(code)

    def people(self) -> Iterator[Entity]:
        return (e for e in self.entities.values() if e.type == PERSON)

    def holders(self, role: str, code: str, day: str | None) -> list[Entity]:
        """People holding a role for a state/organisation on a day."""
        return [p for p in self.people()
                if any(o.role == role and o.code == code and o.holds_on(day) for o in p.offices)]

    def search(self, query: str, limit: int = 20) -> list[Entity]:
        """Entities whose code, or any name in any language, matches the query."""
        key, folded = name_key(query), query.casefold()
        exact = self.entities.get(query.upper())
        hits: dict[str, int] = {exact.key: 0} if exact else {}
        for name in self.names:
            text = name.text.casefold()
            rank = 1 if text == folded else 2 if name_key(name.text) == key else 3 if folded in text else 0
            if rank and (name.entity not in hits or rank < hits[name.entity]):
                hits[name.entity] = rank
        ordered = sorted(hits, key=lambda k: (hits[k], self.entities[k].name))
        return [self.entities[k] for k in ordered[:limit]]

    def person_keys(self, min_surname: int) -> tuple[dict[str, Entity], dict[str, Entity]]:
        """Spelling keys of people's full names and of their surnames (built once per length).

        A surname is the last word of a name (Thorning-Schmidt stays whole); one that is also a
        given name of someone (Hasan, Pavel, Alexander) is left out, as it names nobody for sure.
        """
        return self.derived(f"person keys {min_surname}", lambda kb: _person_keys(kb, min_surname))

    def names_of(self, key: str) -> list[Name]:
        return [n for n in self.names if n.entity == key]


def _person_keys(kb: KnowledgeBase, min_surname: int) -> tuple[dict[str, Entity], dict[str, Entity]]:
    full: dict[str, Entity] = {}
    surnames: dict[str, Entity] = {}
    given: set[str] = set()
    for name in kb.names:
        person = kb.entities[name.entity]
        if person.type != PERSON:
            continue
        words = name.text.split()
        full.setdefault(name_key(name.text), person)
        if len(words) >= 2:
            given.update(name_key(words[0]).split())
            last = name_key(words[-1])
            if len(last) >= min_surname:
                surnames.setdefault(last, person)
    return full, {k: p for k, p in surnames.items() if k not in given}


def _data(name: str) -> Any:
    path = resources.files(__package__).joinpath("data", *name.split("/"))
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    try:
        return json.loads(text) if name.endswith(".json") else tomllib.loads(text)
    except (json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"actor data file {name} is invalid: {exc}") from exc


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [v for item in value.values() for v in _as_list(item)]
    return [str(v) for v in value]


def _per_language(value: Any) -> Iterator[tuple[str | None, list[str]]]:
    if isinstance(value, dict):
        for lang, names in value.items():
            yield lang, _as_list(names)
    else:
        yield None, _as_list(value)


def _records(data: Any, list_key: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(code, record) from either an array of tables or tables keyed by code."""
    if not data:
        return
    if isinstance(data.get(list_key), list):
        for record in data[list_key]:
            yield record["code"], record
        return
    if isinstance(data.get(list_key), dict):  # [region.CAS] tables
        data = data[list_key]
    for code, record in data.items():
        if isinstance(record, dict):
            yield record.get("code", code), record


def load_states(kb: KnowledgeBase) -> None:
    for record in _data("states.json") or []:
        code = record["code"]
        kb.add_entity(Entity(code, STATE, record["name"], code, record.get("wikidata_id")))
        kb.add_names(code, [record["name"], record.get("official") or ""], "name", "en")
        for lang, names in _per_language(record.get("names", {})):
            kb.add_names(code, names, "name", lang)
        if record.get("capital"):
            _add_place(kb, code, record["capital"], [record["capital"]], "capital")
    for code, extra in _records(_data("states_extra.toml"), "state"):
        _load_state_extra(kb, code, extra)


def _load_state_extra(kb: KnowledgeBase, code: str, extra: dict[str, Any]) -> None:
    capitals = [n for _, names in _per_language(extra.get("capital", {})) for n in names]
    if capitals:
        _add_place(kb, code, capitals[0], capitals, "capital")
    for former in extra.get("capital_former", []):
        names = _as_list(former.get("names")) + _as_list(former.get("name"))
        _add_place(kb, code, names[0], names, "capital", former.get("from"), former.get("to"))
    kb.add_names(code, _as_list(extra.get("seats")), "seat")
    for former in extra.get("former", []):
        names = _as_list(former.get("names")) + _as_list(former.get("name"))
        kb.add_names(code, names, "former", None, former.get("from"), former.get("to"))


def _add_place(kb: KnowledgeBase, state: str, name: str, names: list[str], kind: str,
               start: str | None = None, end: str | None = None) -> None:
    key = f"place:{name_key(name)}"
    kb.add_entity(Entity(key, PLACE, name, state, state=state))
    kb.add_names(key, names, kind, None, start, end)


def load_organisations(kb: KnowledgeBase) -> None:
    for code, record in _records(_data("igos.toml"), "igo"):
        members = tuple(_as_list(record.get("members")))
        name = record.get("name") or code
        kb.add_entity(Entity(code, IGO, name, code, record.get("wikidata_id"), members=members))
        kb.add_names(code, [name], "name", "en")
        add_igo_names(kb, code, record)
    for code, record in _records(_data("regions.toml"), "region"):
        name = record.get("name") or code
        kb.add_entity(Entity(code, REGION, name, code, members=tuple(_as_list(record.get("members")))))
        kb.add_names(code, [name], "name", "en")
        for lang, names in _per_language(record.get("names", {})):
            kb.add_names(code, names, "name", lang)


def load_groups(kb: KnowledgeBase) -> None:
    """Named non-state actors (groups.toml): coded with their country and sector, or uncoded."""
    for record in (_data("groups.toml") or {}).get("group", []):
        key = f"group:{name_key(record['name']).replace(' ', '-')}"
        kb.add_entity(Entity(key, ORG, record["name"], record.get("code"), record.get("wikidata_id"),
                             sector=record.get("sector")))
        kb.add_names(key, [record["name"]], "name", "en")
        add_igo_names(kb, key, record)


def add_igo_names(kb: KnowledgeBase, code: str, record: dict[str, Any]) -> None:
    """The names, acronyms and bodies of an igos.toml record (shared with user files)."""
    for lang, names in _per_language(record.get("names", {})):
        kb.add_names(code, names, "name", lang, local=True)
    for lang, names in _per_language(record.get("acronyms", {})):
        kb.add_names(code, names, "acronym", lang, local=True)
    for body in record.get("bodies", []):
        for lang, names in _per_language(body.get("names", body)):
            kb.add_names(code, [n for n in names if n != code], "body", lang, local=True)


def _data_folder(name: str) -> Iterator[tuple[str, Any]]:
    """(file stem, parsed TOML) for each file of a data sub-folder, in name order."""
    folder = resources.files(__package__) / "data" / name
    if not folder.is_dir():
        return
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            yield entry.name[:-5], _data(f"{name}/{entry.name}")


# Sections of data/lang/<code>.toml: inflected names and adjectives, and the entity type they name.
_LANGUAGE_SECTIONS = (("states", "name", STATE), ("adjectives", "adjective", STATE),
                      ("regions", "name", REGION), ("igos", "name", IGO))


def load_language_forms(kb: KnowledgeBase) -> None:
    for lang, data in _data_folder("lang"):
        for section, kind, entity_type in _LANGUAGE_SECTIONS:
            for code, names in data.get(section, {}).items():
                entity = kb.entities.get(code)
                if entity is None or entity.type != entity_type:
                    kb.problems.append(f"lang/{lang}.toml [{section}] {code} is not a known {entity_type}")
                    continue
                kb.add_names(code, _as_list(names), kind, lang, local=True)
        load_language_pairs(kb, lang, data.get("pairs", {}))


def load_language_pairs(kb: KnowledgeBase, lang: str, pairs: dict[str, Any]) -> None:
    """[pairs]: one short form naming two states at once ("한미", "日米", "中美": Korea and the United
    States), a name of each; the matcher gives such a span one mention per state."""
    for form, codes in pairs.items():
        for code in _as_list(codes):
            entity = kb.entities.get(code)
            if entity is None or entity.type != STATE:
                kb.problems.append(f"lang/{lang}.toml [pairs] {form}: {code} is not a known {STATE}")
                continue
            kb.add_names(code, [form], "pair", lang, local=True)


def load_language_people(kb: KnowledgeBase) -> None:
    """[people] of data/lang/<code>.toml: a person's canonical name → how that language writes it."""
    by_name = {e.name: e.key for e in kb.entities.values() if e.type == PERSON}
    for lang, data in _data_folder("lang"):
        for name, written in data.get("people", {}).items():
            if name not in by_name:
                kb.problems.append(f"lang/{lang}.toml [people] {name} is not a known person")
                continue
            kb.add_names(by_name[name], _as_list(written), "alias", lang, local=True)


def load_people(kb: KnowledgeBase, data: Any) -> None:
    for record in (data or {}).get("person", []):
        key = f"person:{record.get('wikidata_id') or name_key(record['name']).replace(' ', '-')}"
        offices = [Office(o["role"], o["code"], _iso(o.get("start")), _iso(o.get("end")))
                   for o in record.get("offices", [])]
        kb.add_entity(Entity(key, PERSON, record["name"], None, record.get("wikidata_id"), offices))
        kb.add_names(key, [record["name"], *_as_list(record.get("aliases"))], "alias")


def _iso(value: Any) -> str | None:
    return str(value) if value else None


def load_user_file(kb: KnowledgeBase, path: Path) -> None:
    """A user's actor file (--actors): TOML in the format of docs/knowledge-base.md, or a Wikidata
    JSON extract (.json, .jsonl, .ndjson, optionally .gz/.bz2) converted on the fly."""
    from dragoman.actors.user_file import apply_user_data, read_user_toml
    from dragoman.actors.wikidata import WIKIDATA_SUFFIXES, import_extract

    name = path.name.lower()
    if name.endswith(WIKIDATA_SUFFIXES):
        apply_user_data(kb, import_extract(path, kb).records, str(path))
    else:
        apply_user_data(kb, read_user_toml(path), str(path))


@loaded_once
def default_knowledge_base() -> KnowledgeBase:
    """The packaged knowledge base, loaded once per process."""
    kb = KnowledgeBase()
    load_states(kb)
    load_organisations(kb)
    load_groups(kb)
    load_language_forms(kb)
    for _region, data in _data_folder("people"):
        load_people(kb, data)
    load_language_people(kb)
    return kb


def copy_of(base: KnowledgeBase) -> KnowledgeBase:
    """A copy whose entities can be changed without touching the packaged (cached) ones."""
    kb = KnowledgeBase(problems=list(base.problems))
    kb.entities = {key: replace(e, offices=list(e.offices)) for key, e in base.entities.items()}
    kb.names = list(base.names)
    return kb


@cache
def _knowledge_base_with(path: Path, _modified: int) -> KnowledgeBase:
    """Cached per file version: an edited --actors file is read again (the web server lives long)."""
    kb = copy_of(default_knowledge_base())
    load_user_file(kb, path)
    return kb


def knowledge_base(settings: Any) -> KnowledgeBase:
    """The packaged knowledge base, extended by the user's --actors file when one is set."""
    path = getattr(settings, "actors_file", None)
    if not path:
        return default_knowledge_base()
    path = Path(path).resolve()
    try:
        modified = path.stat().st_mtime_ns
    except OSError as exc:
        raise ConfigError(f"cannot read actor file {path}: {exc.strerror or exc}") from exc
    return _knowledge_base_with(path, modified)
