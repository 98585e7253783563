"""Score documents against gold annotations by the rules of ../shared/gold/README.md.

The rules are those of the reference scorer `score.py` beside the shared gold, measure for measure
(one-to-one event matching, its name comparison, its empty-set conventions); a test runs both.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from dragoman.document import Document
from dragoman.errors import ConfigError
from dragoman.evaluation.common import f1

# Names this similar are one person written two ways (the reference scorer's threshold).
NAME_SIMILARITY = 0.85
_NON_ALNUM = re.compile(r"[^a-zа-я0-9]+")
ACTOR_TYPES = ("STATE", "IGO", "REGION")


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The gold records of a JSON Lines file; a line that is not JSON is named, not a traceback."""
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path} line {number} is not JSON ({exc.msg}): not a gold file") from exc
    return records


def fold(text: str) -> str:
    """A name or quotation start compared across accents, case and transliteration habits."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    plain = plain.replace("j", "y").replace("w", "v").replace("kh", "h").replace("zh", "j")
    return _NON_ALNUM.sub(" ", plain).strip()


def names_match(first: str, second: str) -> bool:
    """One person: same folded name, same surname with compatible first names, or near-identical."""
    a, b = fold(first), fold(second)
    if not a or not b:
        return False
    if a == b:
        return True
    words_a, words_b = a.split(), b.split()
    if words_a[-1] == words_b[-1] and words_a[0][:3] == words_b[0][:3]:
        return True
    return SequenceMatcher(None, a, b).ratio() >= NAME_SIMILARITY


@dataclass
class Tally:
    """Counts for one measure summed over articles; empty ratios are 0 as in the reference scorer."""

    true_positive: int = 0
    predicted: int = 0
    expected: int = 0

    def add(self, hits: int, predicted: int, expected: int) -> None:
        self.true_positive += hits
        self.predicted += predicted
        self.expected += expected

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.expected if self.expected else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


@dataclass
class GoldScore:
    """Every measure of the gold README, overall and per article, with misses to explain."""

    measures: dict[str, Tally] = field(default_factory=dict)
    per_article: list[dict[str, Any]] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)
    by_language: dict[str, GoldScore] = field(default_factory=dict)

    def language(self, lang: str) -> GoldScore:
        """The part of the score over articles of one gold language."""
        return self.by_language.setdefault(lang, GoldScore())

    def tally(self, name: str) -> Tally:
        return self.measures.setdefault(name, Tally())

    def summary(self) -> dict[str, dict[str, float]]:
        return {
            name: {"precision": round(t.precision, 3), "recall": round(t.recall, 3),
                   "f1": round(t.f1, 3), "hits": t.true_positive, "predicted": t.predicted,
                   "expected": t.expected}
            for name, t in sorted(self.measures.items())
        }

    def miss(self, doc: str, kind: str, what: str, sentence: str | None = None) -> None:
        entry = {"doc": doc, "kind": kind, "what": what}
        if sentence:
            entry["sentence"] = sentence
        self.misses.append(entry)


def merged(scores: list[GoldScore]) -> GoldScore:
    """One score summing the counts of several (the languages of a group)."""
    total = GoldScore()
    for part in scores:
        for name, tally in part.measures.items():
            total.tally(name).add(tally.true_positive, tally.predicted, tally.expected)
        total.per_article += part.per_article
    return total


def codes(side: Iterable[Any]) -> frozenset[str]:
    """Upper-case actor codes of one side of an event (code strings or entity dicts)."""
    found = (entity if isinstance(entity, str) else entity.get("code") for entity in side or [] if entity)
    return frozenset(str(code).upper() for code in found if code)


def event_key(event: dict[str, Any]) -> tuple[Any, frozenset[str], frozenset[str]]:
    """What two events must share to match: type and code sets; CONSULT compares the union."""
    actor, recipient = codes(event.get("actor", [])), codes(event.get("recipient", []))
    if event.get("event") == "CONSULT":
        return "CONSULT", actor | recipient, frozenset()
    return event.get("event"), actor, recipient


def date_right(output: dict[str, Any], gold: dict[str, Any]) -> bool | None:
    """Whether the output's date is one the gold accepts; None when the gold gives no date."""
    if gold.get("date") is None:
        return None
    return output.get("date") in {gold["date"], *gold.get("date_also", [])}


def score_document(entry: dict[str, Any], document: Document | None, score: GoldScore) -> None:
    """Add one article's results to the running score."""
    row: dict[str, Any] = {"doc": entry["doc"], "lang": entry.get("lang")}
    if document is None:
        score.miss(entry["doc"], "document", "not found or rejected")
        document = Document(doc=entry["doc"], text="")
    score.tally("language").add(int(document.lang == entry.get("lang")), 1, 1)
    _score_text_repairs(entry, document, score, row)
    _score_people(entry, document, score, row)
    _score_actors(entry, document, score, row)
    _score_quotes(entry, document, score, row)
    _score_events(entry, document, score, row)
    score.per_article.append(row)


def _score_text_repairs(entry: dict, document: Document, score: GoldScore, row: dict) -> None:
    noise = entry.get("noise", [])
    kept = [line for line in noise if line.strip() in document.text]
    score.tally("noise").add(len(noise) - len(kept), len(noise), len(noise))
    for line in kept:
        score.miss(entry["doc"], "noise kept", line)
    repairs = entry.get("repairs", [])
    mended = [r for r in repairs if r[1] in document.text and r[0] not in document.text]
    score.tally("repairs").add(len(mended), len(repairs), len(repairs))
    row["noise"] = f"{len(noise) - len(kept)}/{len(noise)}"


def _score_people(entry: dict, document: Document, score: GoldScore, row: dict) -> None:
    found = {m["entity_name"] for m in document.mentions
             if m.get("type") == "PERSON" and m.get("entity_name")}
    gold = [p["name"] for p in entry.get("people", [])]
    missed = [g for g in gold if not any(names_match(g, f) for f in found)]
    extra = sorted(f for f in found if not any(names_match(f, g) for g in gold))
    hits = len(gold) - len(missed)
    score.tally("people").add(hits, hits + len(extra), len(gold))
    row["people"] = _f1_of(hits, hits + len(extra), len(gold))
    for name in missed:
        score.miss(entry["doc"], "person missed", name)
    for name in extra:
        score.miss(entry["doc"], "person false alarm", name)


def _score_actors(entry: dict, document: Document, score: GoldScore, row: dict) -> None:
    gold = set(entry.get("actors", []))
    mentioned = {str(m["code"]).upper() for m in document.mentions
                 if m.get("type") in ACTOR_TYPES and m.get("code")}
    in_events = {code for event in document.events
                 for code in codes(event.get("actor", [])) | codes(event.get("recipient", []))}
    score.tally("actors").add(len(gold & mentioned), len(mentioned), len(gold))
    score.tally("actors in events").add(len(gold & in_events), len(in_events), len(gold))
    row["actors"] = _f1_of(len(gold & in_events), len(in_events), len(gold))
    for code in sorted(gold - mentioned):
        score.miss(entry["doc"], "actor missed", code)
    for code in sorted(in_events - gold):
        score.miss(entry["doc"], "actor in events false alarm", code)


def _score_quotes(entry: dict, document: Document, score: GoldScore, row: dict) -> None:
    gold_quotes = entry.get("quotes", [])
    found = speaker_right = 0
    for gold in gold_quotes:
        start = fold(gold["starts"])
        match = next((q for q in document.quotes if fold(q.get("text", "")).startswith(start)), None)
        if match is None:
            score.miss(entry["doc"], "quote missed", gold["starts"])
            continue
        found += 1
        speaker = match.get("speaker") or {}
        name = speaker.get("entity_name") if isinstance(speaker, dict) else speaker
        if name and names_match(name, gold["speaker"]):
            speaker_right += 1
        else:
            score.miss(entry["doc"], "quote speaker wrong", f"{gold['starts']}: {name} ≠ {gold['speaker']}")
    score.tally("quotes found").add(found, len(document.quotes), len(gold_quotes))
    score.tally("quotes with right speaker").add(speaker_right, len(document.quotes), len(gold_quotes))
    row["quotes"] = f"{speaker_right}/{len(gold_quotes)}"


def _score_events(entry: dict, document: Document, score: GoldScore, row: dict) -> None:
    """One-to-one: each output event takes the first free gold event of its key, required first."""
    gold_events = entry.get("events", [])
    gold_keys = [event_key(g) for g in gold_events]
    outputs = [e.to_json() for e in document.events if not e.negated]  # as exports give them
    taken: set[int] = set()
    correct = 0
    for output in outputs:
        key = event_key(output)
        hits = sorted((i for i, k in enumerate(gold_keys) if k == key),
                      key=lambda i: not gold_events[i].get("required"))
        if not hits:
            what = f"{key[0]} {sorted(key[1])}→{sorted(key[2])}"
            score.miss(entry["doc"], "event false alarm", what, output.get("text"))
            continue
        correct += 1
        free = next((i for i in hits if i not in taken), None)
        if free is not None:
            taken.add(free)
            _score_date(entry["doc"], output, gold_events[free], score)
    required = [i for i, g in enumerate(gold_events) if g.get("required")]
    found = [i for i in required if i in taken]
    score.tally("events recall (required)").add(len(found), 0, len(required))
    score.tally("events precision").add(correct, len(outputs), 0)
    for i in required:
        if i not in taken:
            gold = gold_events[i]
            score.miss(entry["doc"], "event missed", f"{gold['event']} {gold['actor']}→{gold['recipient']}")
    row["events"] = f"{len(found)}/{len(required)} req, {correct}/{len(outputs)} ok"


def _score_date(doc: str, output: dict[str, Any], gold: dict[str, Any], score: GoldScore) -> None:
    right = date_right(output, gold)
    if right is None:
        return
    score.tally("event dates").add(int(right), 1, 1)
    if not right:
        score.miss(doc, "event date wrong", f"{gold['event']} {output.get('date')} ≠ {gold.get('date')}",
                   output.get("text"))


def _f1_of(hits: int, predicted: int, expected: int) -> float:
    if not predicted and not expected:
        return 1.0  # nothing to find and nothing found
    return f1(hits / predicted if predicted else 0.0, hits / expected if expected else 0.0)
