"""Date normalisation benchmark on the duckling corpora: value accuracy against the reference time."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from dateparser.date import DateDataParser

from dragoman.dates.expressions import find_time_expressions
from dragoman.evaluation.common import BenchResult, stopwatch

_PERIOD_FORMAT = {"day": "%Y-%m-%d", "week": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


def dragoman_value(text: str, lang: str, ref: str) -> str | None:
    """The value of the longest expression dragoman finds in the text."""
    expressions = find_time_expressions(text, lang, ref[:10])
    if not expressions:
        return None
    return max(expressions, key=lambda e: (e.end - e.start, e.granularity == "day")).value


def dateparser_value(text: str, lang: str, ref: str) -> str | None:
    from datetime import datetime

    parser = DateDataParser(languages=[lang], settings={"RELATIVE_BASE": datetime.fromisoformat(ref)})
    try:
        data = parser.get_date_data(text)
    except (ValueError, TypeError, OverflowError):
        return None
    if data.date_obj is None:
        return None
    return data.date_obj.strftime(_PERIOD_FORMAT.get(data.period or "day", "%Y-%m-%d"))


def bench_dates(data: Path) -> BenchResult:
    items = [json.loads(line) for line in (data / "bench" / "dates" / "duckling-dev.jsonl")
             .read_text(encoding="utf-8").splitlines() if line.strip()]
    languages = sorted({i["lang"] for i in items})
    result = BenchResult("dates", ["system", "expressions", "accuracy", "ms_each", *languages],
                         notes=["anchor: HeidelTime value F1 73.6 (French TimeBank), 85.3 (TempEval-3 es)",
                                "dragoman + dateparser: dateparser only where dragoman finds nothing"])

    def combined(text: str, lang: str, ref: str) -> str | None:
        return dragoman_value(text, lang, ref) or dateparser_value(text, lang, ref)

    for name, system in (("dragoman", dragoman_value), ("dragoman + dateparser", combined),
                         ("dateparser alone", dateparser_value)):
        right: dict[str, list[bool]] = defaultdict(list)
        with stopwatch() as elapsed:
            for item in items:
                right[item["lang"]].append(system(item["text"], item["lang"], item["ref"]) == item["value"])
        total = sum(sum(v) for v in right.values())
        per_language = [f"{sum(right[lang])}/{len(right[lang])}" for lang in languages]
        result.rows.append([name, len(items), round(total / len(items), 3),
                            round(1000 * elapsed[0] / len(items), 2), *per_language])
    return result
