"""Per-language behaviour cases as data: loading and validating tests/languages/cases/<code>.toml.

The format is described in docs/adding-a-language.md. A file holds `[[case]]` tables; each case has a
name and a text and any of the expectations below. Every key is checked against the schema here, so a
misspelt expectation is an error naming the file and the case instead of a check that never runs.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CASES_DIR = Path(__file__).parent / "cases"

# Allowed keys of each table and the Python type of their values ("codes" = a list of strings).
STR, BOOL, INT, FLOAT, STRS = str, bool, int, float, list
SPEAKER = {"entity_name": STR, "text": STR, "native_name": STR, "code": STR, "role": STR, "text_starts": STRS}
EVENT = {
    "type": STR, "count": INT, "index": INT, "any": BOOL, "every": BOOL,
    "actor": STRS, "recipient": STRS, "actor_includes": STRS, "recipient_includes": STRS,
    "participants": STRS, "participants_include": STRS,
    "date": STR, "mode": STR, "no_mode": BOOL, "negated": BOOL, "future": BOOL, "cue": STR,
    "confidence_below": FLOAT,
}
QUOTE = {"index": INT, "every": BOOL, "text": STR, "text_starts": STR, "verb": STR, "speaker": dict}
PERSON = {"name": STR, "contains": STR, "text": STR, "role": STR, "code": STR, "entity_name": STR}
MENTION = {"where": dict, "text": STR, "code": STR, "entity_name": STR, "role": STR}
TYPED = {"type": STR, "codes": STRS, "texts": STRS}
CASE = {
    "name": STR, "text": STR, "lang": STR, "published": STR,
    "mentions": dict, "all_mentions": dict, "no_mention_code": STRS, "typed_mentions": list,
    "person": list, "mention": list, "event": list, "event_types": STRS, "quotes": INT, "quote": list,
    "detected_lang": STR, "paragraph_langs": STRS, "text_kept": BOOL,
}
TABLES = {"typed_mentions": TYPED, "person": PERSON, "mention": MENTION, "event": EVENT, "quote": QUOTE}
FILE = {"lang": STR, "case": list}
EXPECTATIONS = set(CASE) - {"name", "text", "lang", "published"}
SELECTORS = {"type", "count", "index", "any", "every", "name", "contains", "where"}


class CaseError(ValueError):
    """A case file that does not follow the format: names the file, the case and the key."""


@dataclass(frozen=True)
class Case:
    """One text to run through the pipeline and what must be found in the result."""

    file: str
    name: str
    text: str
    lang: str | None
    published: str
    expect: dict[str, Any]

    @property
    def id(self) -> str:
        """The pytest id: file stem and case name."""
        return f"{Path(self.file).stem}: {self.name}"


def _check_keys(table: dict[str, Any], schema: dict[str, type], where: str) -> None:
    """Raise CaseError for a key the schema does not know or a value of the wrong type."""
    for key, value in table.items():
        if key not in schema:
            raise CaseError(f"{where}: unknown key {key!r} (known: {', '.join(sorted(schema))})")
        wanted = schema[key]
        if wanted is FLOAT and isinstance(value, int) and not isinstance(value, bool):
            continue
        if not isinstance(value, wanted) or (wanted is INT and isinstance(value, bool)):
            raise CaseError(f"{where}: {key!r} should be {wanted.__name__}, not {value!r}")


def _check_table(key: str, table: Any, where: str) -> None:
    """Validate one sub-table of a case (an event, a quote, a person...)."""
    if not isinstance(table, dict):
        raise CaseError(f"{where}: each {key!r} entry should be a table")
    _check_keys(table, TABLES[key], f"{where}, {key}")
    if "speaker" in table:
        _check_keys(table["speaker"], SPEAKER, f"{where}, {key}.speaker")
    if key == "event" and "type" not in table:
        raise CaseError(f"{where}: an event expectation needs a 'type'")
    if key in {"event", "quote"} and sum(k in table for k in ("index", "any", "every")) > 1:
        raise CaseError(f"{where}, {key}: choose one of 'index', 'any', 'every'")
    if key == "event" and table.get("count") == 0 and set(table) - {"type", "count"}:
        raise CaseError(f"{where}, event: 'count = 0' takes no other check")
    if key == "person" and ("name" in table) == ("contains" in table):
        raise CaseError(f"{where}, person: give exactly one of 'name' or 'contains'")
    if key == "mention" and "where" not in table:
        raise CaseError(f"{where}, mention: needs a 'where' table choosing the mention")
    if key == "typed_mentions" and "type" not in table:
        raise CaseError(f"{where}, typed_mentions: needs a 'type'")


def _case(raw: Any, file: str, lang: str | None, published: str) -> Case:
    """Validate one raw case table and build the Case."""
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise CaseError(f"{file}: every [[case]] needs a 'name'")
    where = f"{file}, case {raw['name']!r}"
    _check_keys(raw, CASE, where)
    if not isinstance(raw.get("text"), str):
        raise CaseError(f"{where}: needs a 'text'")
    expect = {k: v for k, v in raw.items() if k in EXPECTATIONS}
    if not expect:
        raise CaseError(f"{where}: has no expectation, so it could never fail")
    for key in TABLES:
        for table in expect.get(key, []):
            _check_table(key, table, where)
    case_lang = raw.get("lang", lang)
    return Case(file, raw["name"], raw["text"], None if case_lang == "auto" else case_lang,
                raw.get("published", published), expect)


def load_cases(path: Path, published: str) -> list[Case]:
    """Read and validate one case file; the language defaults to the file's stem."""
    file = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise CaseError(f"{file}: {exc}") from exc
    _check_keys(data, FILE, file)
    cases = [_case(raw, file, data.get("lang", path.stem), published) for raw in data.get("case", [])]
    names = [c.name for c in cases]
    if duplicated := sorted({n for n in names if names.count(n) > 1}):
        raise CaseError(f"{file}: case names used twice: {', '.join(duplicated)}")
    if not cases:
        raise CaseError(f"{file}: no [[case]]")
    return cases


def all_cases(published: str, folder: Path = CASES_DIR) -> list[Case]:
    """Every case of every language file, in file order."""
    return [case for path in sorted(folder.glob("*.toml")) for case in load_cases(path, published)]
