"""Score documents against gold annotations in the format of ../shared/gold/README.md."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dragoman.document import Document
from dragoman.evaluation.common import f1


def load_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


@dataclass
class Tally:
    """Counts for one measure summed over articles."""

    true_positive: int = 0
    predicted: int = 0
    expected: int = 0

    def add(self, hits: int, predicted: int, expected: int) -> None:
        self.true_positive += hits
        self.predicted += predicted
        self.expected += expected

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


@dataclass
class GoldScore:
    """Every measure of the gold README, overall and per article, with misses to explain."""

    measures: dict[str, Tally] = field(default_factory=dict)
    per_article: list[dict[str, Any]] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)

    def tally(self, name: str) -> Tally:
        return self.measures.setdefault(name, Tally())

    def summary(self) -> dict[str, dict[str, float]]:
        return {
            name: {"precision": round(t.precision, 3), "recall": round(t.recall, 3),
                   "f1": round(t.f1, 3), "hits": t.true_positive, "predicted": t.predicted,
                   "expected": t.expected}
            for name, t in sorted(self.measures.items())
        }


def event_codes(event: dict[str, Any]) -> tuple[frozenset[str], frozenset[str]]:
    def codes(side: Iterable[Any]) -> frozenset[str]:
        return frozenset(a if isinstance(a, str) else a.get("code") for a in side if a) - {None}

    return codes(event.get("actor", [])), codes(event.get("recipient", []))


def events_match(output: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Same type and same actor and recipient code sets; CONSULT compares the union."""
    if output.get("event") != gold["event"]:
        return False
    out_actor, out_recipient = event_codes(output)
    gold_actor, gold_recipient = event_codes(gold)
    if gold["event"] == "CONSULT":
        return out_actor | out_recipient == gold_actor | gold_recipient
    return (out_actor, out_recipient) == (gold_actor, gold_recipient)


def date_right(output: dict[str, Any], gold: dict[str, Any]) -> bool:
    accepted = {gold.get("date"), *gold.get("date_also", [])}
    value = output.get("date")
    if isinstance(value, dict):
        value = value.get("value")
    return value in accepted


def score_document(entry: dict[str, Any], document: Document | None, score: GoldScore) -> None:
    """Add one article's results to the running score."""
    row: dict[str, Any] = {"doc": entry["doc"]}
    if document is None:
        score.misses.append({"doc": entry["doc"], "kind": "document", "what": "not found or rejected"})
        document = Document(doc=entry["doc"], text="")
    score.tally("language").add(int(document.lang == entry["lang"]), 1, 1)
    _score_text_repairs(entry, document, score, row)
    _score_people_actors(entry, document, score, row)
    _score_quotes(entry, document, score, row)
    _score_events(entry, document, score, row)
    score.per_article.append(row)


def _score_text_repairs(entry: dict, document: Document, score: GoldScore, row: dict) -> None:
    noise = entry.get("noise", [])
    gone = [n for n in noise if n not in document.text]
    score.tally("noise").add(len(gone), len(noise), len(noise))
    repairs = entry.get("repairs", [])
    mended = [r for r in repairs if r[0] not in document.text and r[1] in document.text]
    score.tally("repairs").add(len(mended), len(repairs), len(repairs))
    for line in set(noise) - set(gone):
        score.misses.append({"doc": entry["doc"], "kind": "noise", "what": line})
    row["noise"] = f"{len(gone)}/{len(noise)}"


def _score_people_actors(entry: dict, document: Document, score: GoldScore, row: dict) -> None:
    gold_people = {fold(p["name"]) for p in entry.get("people", [])}
    found_people = {
        fold(m["entity_name"]) for m in document.mentions
        if m.get("type") == "PERSON" and m.get("entity_name")
    }
    _set_score(score, "people", gold_people, found_people, entry["doc"], row)
    gold_actors = set(entry.get("actors", []))
    found_actors = {a["code"] for a in document.actors()}
    _set_score(score, "actors", gold_actors, found_actors, entry["doc"], row)


def _set_score(score: GoldScore, name: str, gold: set[str], found: set[str], doc: str, row: dict) -> None:
    hits = gold & found
    score.tally(name).add(len(hits), len(found), len(gold))
    row[name] = f1(len(hits) / len(found) if found else 1.0, len(hits) / len(gold) if gold else 1.0)
    for missing in sorted(gold - found):
        score.misses.append({"doc": doc, "kind": f"{name} missed", "what": missing})
    for extra in sorted(found - gold):
        score.misses.append({"doc": doc, "kind": f"{name} false alarm", "what": extra})


def _score_quotes(entry: dict, document: Document, score: GoldScore, row: dict) -> None:
    gold_quotes = entry.get("quotes", [])
    found = speaker_right = 0
    for gold in gold_quotes:
        start = fold(gold["starts"])
        match = next((q for q in document.quotes if fold(q.get("text", "")).startswith(start)), None)
        if match is None:
            score.misses.append({"doc": entry["doc"], "kind": "quote missed", "what": gold["starts"]})
            continue
        found += 1
        speaker = (match.get("speaker") or {}).get("entity_name") or ""
        if fold(speaker) == fold(gold["speaker"]):
            speaker_right += 1
        else:
            score.misses.append({"doc": entry["doc"], "kind": "quote speaker wrong",
                                 "what": f"{gold['starts']}: {speaker or None} ≠ {gold['speaker']}"})
    score.tally("quotes found").add(found, len(document.quotes), len(gold_quotes))
    score.tally("quotes with right speaker").add(speaker_right, len(document.quotes), len(gold_quotes))
    row["quotes"] = f"{speaker_right}/{len(gold_quotes)}"


def _score_events(entry: dict, document: Document, score: GoldScore, row: dict) -> None:
    gold_events = entry.get("events", [])
    required = [g for g in gold_events if g.get("required", True)]
    outputs = [e for e in document.events if not e.get("negated")]  # as exports give them
    matched_required = [g for g in required if any(events_match(o, g) for o in outputs)]
    correct_outputs = [o for o in outputs if any(events_match(o, g) for g in gold_events)]
    score.tally("events recall (required)").add(len(matched_required), 0, len(required))
    score.tally("events precision").add(len(correct_outputs), len(outputs), 0)
    dates = score.tally("event dates")
    for output in correct_outputs:
        # two meetings of the same parties on different days: the one the output's date names
        candidates = [g for g in gold_events if events_match(output, g)]
        gold = next((g for g in candidates if date_right(output, g)), candidates[0])
        right = date_right(output, gold)
        dates.add(int(right), 1, 1)
        if not right:
            score.misses.append({"doc": entry["doc"], "kind": "event date wrong",
                                 "what": f"{gold['event']} {output.get('date')} ≠ {gold.get('date')}",
                                 "sentence": output.get("text")})
    for gold in required:
        if gold not in matched_required:
            what = f"{gold['event']} {gold['actor']}→{gold['recipient']}"
            score.misses.append({"doc": entry["doc"], "kind": "event missed", "what": what})
    for output in outputs:
        if output not in correct_outputs:
            actor, recipient = event_codes(output)
            what = f"{output.get('event')} {sorted(actor)}→{sorted(recipient)}"
            score.misses.append({"doc": entry["doc"], "kind": "event false alarm", "what": what,
                                 "sentence": output.get("text")})
    row["events"] = f"{len(matched_required)}/{len(required)} req, {len(correct_outputs)}/{len(outputs)} ok"
