#!/usr/bin/env python3
"""Check the real-news gold and split it, per language, into a development and a test third.

Usage: python scripts/split_real_gold.py [PART.jsonl ...]
Reads the annotation lines (by default gold/real-dev.jsonl and gold/real-test.jsonl, so a re-run
with new parts keeps every earlier article on its side), checks each against its record
gold/real/<doc>.json, and writes gold/real-dev.jsonl and gold/real-test.jsonl. The split is fixed
by a hash of the doc id: within each language, every third article in hash order is a test article;
an article already in either file keeps its side, and new ones fill each language's test third.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def problems(entry: dict) -> list[str]:
    """What is wrong with one annotation line and its record."""
    record_path = GOLD / "real" / f"{entry['doc']}.json"
    if not record_path.exists():
        return [f"no record {record_path.name}"]
    record = json.loads(record_path.read_text(encoding="utf-8"))
    found = [] if record.get("id") == entry["doc"] else ["record id differs from doc"]
    found += [f"no {key}" for key in ("url", "query", "text") if not record.get(key)]
    lines = {line.strip() for line in record["text"].splitlines()}
    found += [f"noise is no line of the text: {n[:40]}" for n in entry.get("noise", [])
              if n.strip() not in lines]
    found += [f"unknown type {e['event']}" for e in entry.get("events", []) if e["event"] not in TYPES]
    return found


def earlier_side(name: str) -> set[str]:
    """Docs already on one side, which a re-run must not move (test articles stay untuned)."""
    path = GOLD / name
    if not path.exists():
        return set()
    return {json.loads(line)["doc"] for line in path.read_text(encoding="utf-8").splitlines()}


def split(entries: dict[str, dict]) -> tuple[list[dict], list[dict]]:
    """Earlier articles keep their side; new ones, in hash order, fill each language's test third."""
    was_test, was_dev = earlier_side("real-test.jsonl"), earlier_side("real-dev.jsonl")
    dev, test = [], []
    for lang in sorted({e["lang"] for e in entries.values()}):
        docs = sorted((d for d, e in entries.items() if e["lang"] == lang),
                      key=lambda d: hashlib.sha1(d.encode()).hexdigest())
        in_test = [d for d in docs if d in was_test]
        seen = len([d for d in docs if d in was_test or d in was_dev])
        for doc in docs:
            if doc in was_test or doc in was_dev:
                continue
            seen += 1
            if len(in_test) < seen // 3:
                in_test.append(doc)
        for doc in docs:
            (test if doc in in_test else dev).append(entries[doc])
    return dev, test


def main(paths: list[Path]) -> None:
    entries = {e["doc"]: e for p in paths
               for e in map(json.loads, p.read_text(encoding="utf-8").splitlines())}
    bad = {doc: found for doc, e in entries.items() if (found := problems(e))}
    for doc, found in bad.items():
        print(f"{doc}: {'; '.join(found)}", file=sys.stderr)
    if bad:
        sys.exit(1)
    dev, test = split(entries)
    for name, part in (("real-dev.jsonl", dev), ("real-test.jsonl", test)):
        part.sort(key=lambda e: e["doc"])
        text = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in part)
        (GOLD / name).write_text(text, encoding="utf-8")
    required = Counter(ev["event"] for e in entries.values() for ev in e["events"] if ev.get("required"))
    print(f"{len(entries)} articles in {len({e['lang'] for e in entries.values()})} languages: "
          f"{len(dev)} dev, {len(test)} test")
    print("required events by type:", dict(sorted(required.items())))


if __name__ == "__main__":
    given = [Path(a) for a in sys.argv[1:]] or [GOLD / "real-dev.jsonl", GOLD / "real-test.jsonl"]
    main([p for p in given if p.exists()])
