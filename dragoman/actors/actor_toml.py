"""Write actor-file records as TOML a person can review and edit (there is no TOML writer in the
standard library, and the file should keep one record per block with comments)."""

from __future__ import annotations

import json
import re
from typing import Any

from dragoman.actors.wikidata import WikidataImport

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_HEADER = """\
# dragoman actor file: extends the packaged knowledge base (use it with --actors {name}).
# Imported from the Wikidata extract {source} by `dragoman actors import-wikidata`.
# Review before use: delete names that are ordinary words in your languages, and check the offices
# (role and the code they act for). Positions that could not be mapped are listed as comments.
# Format: docs/knowledge-base.md. A [[person]] with the Wikidata id or name of a packaged person
# extends it (names added; an office with the same role, code and start replaces the packaged one).
"""


def dump_import(result: WikidataImport, source: str, name: str) -> str:
    """The whole actor file: header, new states, extra names, then people."""
    counts = ", ".join(f"{value} {key}" for key, value in result.counts.items())
    parts = [_HEADER.format(source=source, name=name) + f"# Contents: {counts}.\n"]
    for state in result.records.get("state", []):
        parts.append(_state(state))
    for code, names in result.records.get("names", {}).items():
        parts.append(f"[names.{_key(code)}]\n{_language_table(names)}")
    for person in result.records.get("person", []):
        parts.append(_person(person, result.notes.get(person.get("wikidata_id", ""), [])))
    return "\n".join(parts)


def _state(state: dict[str, Any]) -> str:
    lines = ["[[state]]"] + [f"{key} = {_value(state[key])}" for key in ("code", "name", "wikidata_id")
                             if state.get(key)]
    if state.get("names"):
        lines += ["[state.names]", _language_table(state["names"]).rstrip("\n")]
    return "\n".join(lines) + "\n"


def _person(person: dict[str, Any], notes: list[str]) -> str:
    lines = ["[[person]]", f"name = {_value(person['name'])}"]
    if person.get("wikidata_id"):
        lines.append(f"wikidata_id = {_value(person['wikidata_id'])}")
    lines += [f"# {note}" for note in notes]
    if person.get("offices"):
        lines.append("offices = [")
        lines += [f"  {_inline(office)}," for office in person["offices"]]
        lines.append("]")
    if person.get("aliases"):
        lines += ["[person.aliases]", _language_table(person["aliases"]).rstrip("\n")]
    return "\n".join(lines) + "\n"


def _language_table(names: dict[str, list[str]]) -> str:
    return "".join(f"{_key(lang)} = {_value(texts)}\n" for lang, texts in names.items())


def _inline(table: dict[str, Any]) -> str:
    return "{" + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in table.items()) + "}"


def _key(key: str) -> str:
    return key if _BARE_KEY.match(key) else _string(key)


def _value(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return _string(str(value))


def _string(text: str) -> str:
    """A TOML basic string: JSON's escapes are valid TOML, DEL must be escaped as well."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")
