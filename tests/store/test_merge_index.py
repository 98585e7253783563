"""Cross-article merging through the events_merge index finds what a scan of every event found."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from dragoman.store import Store
from dragoman.store.analysis import _matching_event, codes_of, dyad_key, first_match
from dragoman.store.dialect import dialect_of
from dragoman.store.synthetic import fill_synthetic

_CODES = ("USA", "RUS", "CHN", "UKR", "FRA", "DEU", "KAZ", "EU")
_DATES = (None, "2024-03-14", "2024-03-15", "2024-03-16", "2024-03", "2024", "--03-15", "2025-01-01")
_TYPES = ("CONSULT", "ACCUSE", "SUPPORT")


def _scan(cursor: Any, event: dict[str, Any]) -> str | None:
    """The merge rule as it was: every stored event of the type, in storage order."""
    actors, recipients = codes_of(event["actor"]), codes_of(event["recipient"])
    rows = cursor.execute("SELECT id, actor_codes, recipient_codes, date FROM events "
                          f"WHERE event = ? AND negated = ? ORDER BY {dialect_of(cursor).storage_order}",
                          (event["event"], int(event.get("negated", False)))).fetchall()
    return first_match(rows, event, actors, recipients)


def _event(rng: random.Random) -> dict[str, Any]:
    sides = [[{"code": c} for c in rng.sample(_CODES, rng.choice((1, 1, 2)))] for _ in range(2)]
    return {"event": rng.choice(_TYPES), "negated": rng.random() < 0.1, "date": rng.choice(_DATES),
            "actor": sides[0], "recipient": sides[1]}


def _add(cursor: Any, number: int, event: dict[str, Any], dyad: str | None) -> None:
    actors, recipients = codes_of(event["actor"]), codes_of(event["recipient"])
    cursor.execute(
        "INSERT INTO events(id, event, actor_codes, recipient_codes, date, negated, record_json, dyad) "
        "VALUES (?, ?, ?, ?, ?, ?, '{}', ?)",
        (f"probe{number}", event["event"], ",".join(actors), ",".join(recipients), event["date"],
         int(event["negated"]), dyad))


def test_indexed_merge_matches_the_full_scan(target: str | Path) -> None:
    rng = random.Random(11)
    with Store.open(target) as store:
        fill_synthetic(store, 2000)
        with store.transaction() as cursor:
            for number in range(400):  # partial, yearless and missing dates; meetings from before the index
                event = _event(rng)
                legacy = event["event"] == "CONSULT" and number % 5 == 0
                _add(cursor, number, event, "?" if legacy else dyad_key(
                    event["event"], codes_of(event["actor"]), codes_of(event["recipient"])))
            found = 0
            for _ in range(600):
                probe = _event(rng)
                expected = _scan(cursor, probe)
                assert _matching_event(cursor, probe, codes_of(probe["actor"]),
                                       codes_of(probe["recipient"])) == expected, probe
                found += expected is not None
    assert found > 100  # the probes do merge, so the comparison means something


def test_the_merge_query_searches_the_index(tmp_path: Path) -> None:
    with Store.open(tmp_path / "plan.db") as store:
        plan = " ".join(str(tuple(row)) for row in store.connection.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM events INDEXED BY events_merge "
            "WHERE event = 'CONSULT' AND negated = 0 AND dyad IN ('~FRA,USA', '?')"))
    assert "events_merge (event=? AND negated=? AND dyad=?)" in plan
