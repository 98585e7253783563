"""Turning a case's expectations into checks on a processed document, each with a readable failure.

A check returns None when it holds and a sentence saying what was expected and what was found when not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from dragoman.document import Document
from tests.languages.cases import SELECTORS, Case

Problem = str | None


@dataclass(frozen=True)
class Check:
    """One assertion of a case: a label for the report and the test itself."""

    label: str
    test: Callable[[Document], Problem]


def mention_codes(doc: Document) -> dict[str, str]:
    """Map the text of every mention to its actor code (the last mention of a text wins)."""
    return {m["text"]: m["code"] for m in doc.mentions}


def codes(side: Sequence[Any]) -> list[str]:
    """The actor codes of one event side, sorted, for comparing as a set and printing."""
    return sorted({a["code"] for a in side})


def _expect(found: Any, wanted: Any) -> Problem:
    """Equality with a message."""
    return None if found == wanted else f"expected {wanted!r}, found {found!r}"


def _field_test(key: str, wanted: Any) -> Callable[[Any], Problem]:
    """A test of one field of an event or a quote."""
    sides = {"actor": lambda e: codes(e["actor"]), "recipient": lambda e: codes(e["recipient"]),
             "participants": lambda e: sorted(set(codes(e["actor"])) | set(codes(e["recipient"])))}
    for side, get in sides.items():
        if key == side:
            return lambda e, get=get: _expect(get(e), sorted(set(wanted)))
        if key in (f"{side}_includes", f"{side}_include"):
            return lambda e, get=get: (None if set(wanted) <= set(get(e))
                                       else f"expected {sorted(wanted)} among {get(e)}")
    if key == "no_mode":
        return lambda e: _expect(e["mode"], None) if wanted else _no_none(e["mode"])
    if key == "confidence_below":
        return lambda e: None if e["confidence"] < wanted else f"expected below {wanted}, found {e['confidence']}"
    if key == "text_starts":
        return lambda q: None if q["text"].startswith(wanted) else f"expected to start {wanted!r}: {q['text']!r}"
    if key == "speaker":
        return lambda q: _speaker(q, wanted)
    return lambda r: _expect(r[key], wanted)


def _no_none(value: Any) -> Problem:
    """`no_mode = false`: the mode must be set."""
    return None if value is not None else "expected a mode, found none"


def _speaker(quote: Any, wanted: dict[str, str]) -> Problem:
    """Every given field of the quote's speaker, which must exist."""
    speaker = quote["speaker"]
    if not speaker:
        return f"expected speaker {wanted}, found no speaker"
    starts = tuple(wanted.get("text_starts", ()))
    if starts and not speaker["text"].startswith(starts):
        return f"expected a speaker starting with one of {list(starts)}, found {speaker['text']!r}"
    found = {k: speaker[k] for k in wanted if k != "text_starts"}
    return _expect(found, {k: v for k, v in wanted.items() if k != "text_starts"})


def _pick(items: Callable[[Document], list[Any]], what: str, table: dict[str, Any],
          key: str, test: Callable[[Any], Problem]) -> Check:
    """A check of one field on the chosen item(s) of a list: by index, any of them or every one."""
    if table.get("every"):
        def every(doc: Document) -> Problem:
            found = items(doc)
            if not found:
                return f"expected at least one {what}, found none"
            bad = [(i, p) for i, item in enumerate(found) if (p := test(item))]
            return "; ".join(f"#{i}: {p}" for i, p in bad) or None
        return Check(f"every {what} {key}", every)
    index = table.get("index", 0)

    def one(doc: Document) -> Problem:
        found = items(doc)
        if len(found) <= index:
            return f"expected a {what} #{index}, found {len(found)}"
        return test(found[index])
    return Check(f"{what} #{index} {key}", one)


def _item_checks(items: Callable[[Document], list[Any]], what: str, table: dict[str, Any]) -> list[Check]:
    """Checks of one event or quote table: its count, then each field of the chosen item(s)."""
    checks = []
    if "count" in table:
        checks.append(Check(f"{what} count", lambda doc: _expect(len(items(doc)), table["count"])))
    fields = {k: _field_test(k, v) for k, v in table.items() if k not in SELECTORS}
    if table.get("any"):
        def any_(doc: Document) -> Problem:
            if any(not any(t(item) for t in fields.values()) for item in items(doc)):
                return None
            return f"expected one {what} with {_shown(table)}; none of {len(items(doc))} has it"
        return [*checks, Check(f"some {what} with {_shown(table)}", any_)]
    checks += [_pick(items, what, table, key, test) for key, test in fields.items()]
    if not fields and "count" not in table:
        checks.append(_pick(items, what, table, "exists", lambda item: None))
    return checks


def _shown(table: dict[str, Any]) -> str:
    """The checked fields of a table, for a message."""
    return ", ".join(f"{k}={v!r}" for k, v in table.items() if k not in SELECTORS)


def event_checks(table: dict[str, Any]) -> list[Check]:
    """Checks of the events of one PLOVER type."""
    kind = table["type"]
    return _item_checks(lambda doc: [e for e in doc.events if e["event"] == kind], f"{kind} event", table)


def quote_checks(table: dict[str, Any]) -> list[Check]:
    """Checks of the document's quotes."""
    return _item_checks(lambda doc: list(doc.quotes), "quote", table)


def _find_person(doc: Document, table: dict[str, Any]) -> Any:
    """`name`: the PERSON mention with exactly that text (the last one); `contains`: the first containing it."""
    persons = [m for m in doc.mentions if m["type"] == "PERSON"]
    if "name" in table:
        return {m["text"]: m for m in persons}.get(table["name"])
    return next((m for m in persons if table["contains"] in m["text"]), None)


def _find_mention(doc: Document, table: dict[str, Any]) -> Any:
    """The first mention whose attributes equal every value of `where`."""
    where = table["where"]
    return next((m for m in doc.mentions if all(m.get(k) == v for k, v in where.items())), None)


def _record_checks(find: Callable[[Document, dict[str, Any]], Any], what: str,
                   table: dict[str, Any]) -> list[Check]:
    """Checks of one person or mention: it exists, and each given field."""
    label = f"{what} {table.get('name') or table.get('contains') or table.get('where')}"

    def field(key: str) -> Callable[[Document], Problem]:
        def test(doc: Document) -> Problem:
            record = find(doc, table)
            if record is None:
                return f"expected a {label}, found none among {[m['text'] for m in doc.mentions]}"
            return None if key == "exists" else _expect(record[key], table[key])
        return test
    keys = [k for k in table if k not in SELECTORS] or ["exists"]
    return [Check(f"{label} {key}", field(key)) for key in keys]


def _typed_checks(table: dict[str, Any]) -> list[Check]:
    """The codes and/or texts of the mentions of one type, in document order."""
    def of_type(doc: Document, key: str) -> list[str]:
        return [m[key] for m in doc.mentions if m["type"] == table["type"]]
    return [Check(f"{table['type']} mention {key}", lambda doc, f=field, w=table[key]: _expect(of_type(doc, f), w))
            for key, field in (("codes", "code"), ("texts", "text")) if key in table]


def _mention_checks(expect: dict[str, Any]) -> list[Check]:
    """Checks of mention texts and codes."""
    checks = [Check(f"mention {text!r}", lambda doc, t=text, c=code: _expect(mention_codes(doc).get(t), c))
              for text, code in expect.get("mentions", {}).items()]
    if "all_mentions" in expect:
        checks.append(Check("all mentions", lambda doc: _expect(mention_codes(doc), expect["all_mentions"])))
    checks += [Check(f"no mention coded {code}", lambda doc, c=code: (
        None if c not in mention_codes(doc).values() else f"{c} found: {mention_codes(doc)}"))
        for code in expect.get("no_mention_code", [])]
    for table in expect.get("typed_mentions", []):
        checks += _typed_checks(table)
    for table in expect.get("person", []):
        checks += _record_checks(_find_person, "person", table)
    for table in expect.get("mention", []):
        checks += _record_checks(_find_mention, "mention", table)
    return checks


def case_checks(case: Case) -> list[Check]:
    """Every check a case asks for, in a stable order."""
    expect = case.expect
    checks = _mention_checks(expect)
    for table in expect.get("event", []):
        checks += event_checks(table)
    if "event_types" in expect:
        checks.append(Check("event types", lambda doc: _expect([e["event"] for e in doc.events],
                                                                expect["event_types"])))
    if "quotes" in expect:
        checks.append(Check("quote count", lambda doc: _expect(len(doc.quotes), expect["quotes"])))
    for table in expect.get("quote", []):
        checks += quote_checks(table)
    if "detected_lang" in expect:
        checks.append(Check("language", lambda doc: _expect(doc.lang, expect["detected_lang"])))
    if "paragraph_langs" in expect:
        checks.append(Check("paragraph languages", lambda doc: _expect([p.lang for p in doc.paragraphs],
                                                                        expect["paragraph_langs"])))
    if expect.get("text_kept"):
        checks.append(Check("text kept", lambda doc: _expect(doc.text, case.text)))
    return checks


def summary(doc: Document) -> str:
    """What the pipeline found, printed under a failure."""
    events = [f"{e['event']}({e['mode']}) {codes(e['actor'])}->{codes(e['recipient'])} {e['date']}"
              f"{' negated' if e['negated'] else ''}" for e in doc.events]
    quotes = [f"{q['text'][:30]!r} by {q['speaker']['entity_name'] if q['speaker'] else None}" for q in doc.quotes]
    return (f"  mentions: {mention_codes(doc)}\n  events: {events}\n  quotes: {quotes}")
