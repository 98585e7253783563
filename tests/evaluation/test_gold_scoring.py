"""The gold scorer follows the shared README's rules on hand-built documents."""

from __future__ import annotations

from dragoman.document import Document
from dragoman.evaluation.gold import GoldScore, names_match, score_document
from dragoman.evaluation.run import headline
from dragoman.records import Event


def _event(kind: str, actor: list[str], recipient: list[str], date: str | None = None) -> Event:
    return Event.from_json({"event": kind, "actor": [{"code": c} for c in actor],
                            "recipient": [{"code": c} for c in recipient], "date": date, "negated": False})


def _gold(events: list[dict], **extra: object) -> dict:
    return {"doc": "a.txt", "lang": "en", "people": [], "actors": [], "quotes": [], "noise": [],
            "events": events, **extra}


def _score(entry: dict, document: Document) -> dict[str, float]:
    score = GoldScore()
    score_document(entry, document, score)
    return headline(score)


def test_one_output_event_finds_one_gold_event() -> None:
    meeting = {"event": "CONSULT", "actor": ["KAZ", "TKM"], "recipient": [], "date": "2025-03-01",
               "required": True}
    call = {**meeting, "date": "2025-02-20"}
    document = Document(doc="a.txt", text="x", lang="en",
                        events=[_event("CONSULT", ["KAZ"], ["TKM"], "2025-03-01")])
    figures = _score(_gold([meeting, call]), document)
    assert figures["events recall (required)"] == 0.5
    assert figures["events precision"] == 1.0
    assert figures["event dates right"] == 1.0


def test_required_gold_events_are_matched_first_and_undated_gold_is_not_scored() -> None:
    optional = {"event": "REQUEST", "actor": ["UN"], "recipient": ["RUS"], "date": "2025-01-02", "required": False}
    required = {**optional, "date": None, "required": True}
    document = Document(doc="a.txt", text="x", lang="en", events=[_event("REQUEST", ["UN"], ["RUS"], "2025-01-05")])
    figures = _score(_gold([optional, required]), document)
    assert figures["events recall (required)"] == 1.0
    assert "event dates right" not in figures  # the required match has no gold date


def test_names_match_across_transliterations() -> None:
    assert names_match("Kassym-Jomart Tokayev", "Kasym-Zhomart Tokayev")
    assert names_match("Sergueï Lavrov", "Sergey Lavrov")
    assert not names_match("Sergey Lavrov", "Maria Zakharova")


def test_noise_lines_compare_without_their_outer_spaces() -> None:
    entry = _gold([], noise=["  Share this  "])
    kept = _score(entry, Document(doc="a.txt", text="Body. Share this", lang="en"))
    gone = _score(entry, Document(doc="a.txt", text="Body.", lang="en"))
    assert kept["noise removed"] == 0.0
    assert gone["noise removed"] == 1.0
