"""PLOVER gold standard records (English): event type accuracy, macro-F1, actor/recipient codes."""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from dragoman.evaluation.common import BenchResult, f1
from dragoman.events.plover import canonical_type
from dragoman.pipeline import process

NONE = "NONE"


def _gold_codes(side: Any) -> set[str]:
    if not isinstance(side, list):
        return set()
    return {s["code"] for s in side if s.get("code")}


def _codes(side: list[dict[str, Any]]) -> set[str]:
    """Organisations are coded 'IGO' in the gold records, whatever the organisation."""
    return {"IGO" if e.get("entity_type") == "IGO" else e["code"] for e in side if e.get("code")}


def _best(events: list[dict[str, Any]]) -> dict[str, Any] | None:
    kept = [e for e in events if not e.get("negated")] or events
    return max(kept, key=lambda e: e.get("confidence", 0)) if kept else None


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    labels = {g for g, _ in pairs}
    scores = []
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        predicted = sum(1 for _, p in pairs if p == label)
        expected = sum(1 for g, _ in pairs if g == label)
        scores.append(f1(tp / predicted if predicted else 0.0, tp / expected if expected else 0.0))
    return sum(scores) / len(scores) if scores else 0.0


def bench_plover(data: Path) -> BenchResult:
    records = [json.loads(line) for line in (data / "bench/plover/gsr-dev.jsonl").read_text().splitlines()
               if line.strip()]
    pairs: list[tuple[str, str]] = []
    actor_right = recipient_right = actor_total = recipient_total = 0
    start = time.perf_counter()
    for record in records:
        document = process(record["text"], lang="en")
        best = _best([e.to_json() for e in document.events])
        gold = canonical_type(record["event"])
        pairs.append((gold, best["event"] if best else NONE))
        gold_actor, gold_recipient = _gold_codes(record.get("source")), _gold_codes(record.get("target"))
        if gold_actor:
            actor_total += 1
            actor_right += int(best is not None and _codes(best["actor"]) == gold_actor)
        if gold_recipient:
            recipient_total += 1
            recipient_right += int(best is not None and _codes(best["recipient"]) == gold_recipient)
    elapsed = time.perf_counter() - start
    accuracy = sum(1 for g, p in pairs if g == p) / len(pairs)
    coverage = sum(1 for _, p in pairs if p != NONE) / len(pairs)
    result = BenchResult("plover", ["measure", "value"], notes=[
        "anchor: NGEC-2025 event classifiers, macro-F1 0.52 on a news holdout",
        "one event per sentence: dragoman's most confident non-negated event; no event counts as wrong",
        f"confusions (gold→predicted, top 8): {Counter(p for p in pairs if p[0] != p[1]).most_common(8)}",
    ])
    result.rows = [
        ["sentences", len(records)], ["event type accuracy", round(accuracy, 3)],
        ["event type macro-F1", round(macro_f1(pairs), 3)], ["sentences with an event", round(coverage, 3)],
        ["actor codes exact", round(actor_right / actor_total, 3) if actor_total else None],
        ["recipient codes exact", round(recipient_right / recipient_total, 3) if recipient_total else None],
        ["ms per sentence", round(1000 * elapsed / len(records), 2)],
    ]
    return result
