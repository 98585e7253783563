"""Long articles: linear-time look-ups, and the per-article time budget that rejects and goes on."""

from __future__ import annotations

import json
import random
from pathlib import Path

import dragoman
from dragoman.document import Document
from dragoman.ingest import collect_inputs, iter_documents
from dragoman.records import Span
from dragoman.settings import DEFAULT_SETTINGS
from dragoman.sources import Rejection
from dragoman.text.spans import SpanIndex

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "text"


def _paragraphs() -> list[str]:
    return [p for path in sorted(EXAMPLES.glob("en_*.txt"))
            for p in path.read_text(encoding="utf-8").split("\n\n") if len(p) > 80]


def _long_article(size: int, separator: str) -> str:
    """Real news paragraphs repeated up to `size` characters."""
    paragraphs, parts, length = _paragraphs(), [], 0
    while length < size:
        parts.append(paragraphs[len(parts) % len(paragraphs)])
        length += len(parts[-1]) + len(separator)
    return separator.join(parts)


def _outcomes(path: Path, budget: float) -> list[Document | Rejection]:
    settings = DEFAULT_SETTINGS.with_(article_time_budget_s=budget)
    files, _ = collect_inputs([str(path)], settings.exclude)
    return [outcome for _, _, outcome in iter_documents(files, settings)]


def test_an_8_mb_one_line_article_is_rejected_by_the_budget_with_its_name(tmp_path: Path) -> None:
    dragoman.process("Warm up: the Foreign Minister of France met his German counterpart in Paris.")
    path = tmp_path / "dump.txt"
    path.write_text(_long_article(8_000_000, " "), encoding="utf-8")
    [outcome] = _outcomes(path, budget=1.0)
    assert isinstance(outcome, Rejection)
    assert outcome.origin.endswith("dump.txt")
    assert "time budget exceeded" in outcome.reason and "1 s" in outcome.reason


def test_the_budget_names_the_record_and_the_batch_goes_on(tmp_path: Path) -> None:
    dragoman.process("Warm up: the Foreign Minister of France met his German counterpart in Paris.")
    short = "\n\n".join(_paragraphs()[:3])
    records = [{"id": "first", "text": short}, {"id": "huge", "text": _long_article(1_000_000, "\n\n")},
               {"id": "last", "text": short.replace("France", "Spain")}]
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    outcomes = _outcomes(path, budget=2.0)
    rejected = [o for o in outcomes if isinstance(o, Rejection)]
    assert [o.doc for o in outcomes if not isinstance(o, Rejection)] == ["first", "last"]
    assert len(rejected) == 1 and "time budget exceeded" in rejected[0].reason
    assert str(rejected[0]).startswith(f"{path} (")  # the file, then the record's locator
    print(rejected[0])


def test_span_index_finds_what_a_scan_of_all_items_finds() -> None:
    rng = random.Random(7)
    items = []
    for _ in range(300):
        start = rng.randint(0, 20_000)
        items.append(Span(start, start + rng.choice([1, 4, 30, 2500, 9000])))
    index = SpanIndex(items)
    for _ in range(500):
        start = rng.randint(-50, 21_000)
        end = start + rng.randint(0, 3000)
        assert index.overlapping(start, end) == [m for m in items if m.overlaps(start, end)]
        assert index.touching(start, end) == [m for m in items if m.start <= end and start <= m.end]
