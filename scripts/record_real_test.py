#!/usr/bin/env python3
"""Append today's real-test figures (from `dragoman eval --json`) to gold/real-test-history.md.

Usage: .venv/bin/python scripts/record_real_test.py EVAL.json [NOTE]
The test third is measured only when a piece of work is finished; this keeps every such measurement
with its date, so BENCHMARKS.md can show how the figures moved.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from dragoman.cli.measure import LANGUAGE_COLUMNS

HISTORY = Path(__file__).resolve().parents[1] / "gold" / "real-test-history.md"
COLUMNS = tuple(column for column, _label in LANGUAGE_COLUMNS)
HEADER = ("# Real-test figures over time\n\n"
          "Each row: one measurement of gold/real-test.jsonl (languages with lexicons / all languages),\n"
          "appended by scripts/record_real_test.py from `dragoman eval --json`.\n\n"
          "| date | commit | " + " | ".join(COLUMNS) + " | note |\n|" + "---|" * (len(COLUMNS) + 3) + "\n")


def main(path: Path, note: str) -> None:
    result = json.loads(path.read_text(encoding="utf-8"))
    rows = {row["lang"]: row for row in result["languages"]["rows"]}
    native = next(row for lang, row in rows.items() if lang.startswith("lexicon languages"))
    # the headline figure behind each column of the per-language table, for all languages
    overall = {column: result["headline"].get(label) for column, label in LANGUAGE_COLUMNS}
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=HISTORY.parent).stdout.strip()
    cells = [f"{native[c]} / {f'{overall[c]:.3f}' if overall[c] is not None else '-'}" for c in COLUMNS]
    line = f"| {datetime.now(UTC).date()} | {commit} | " + " | ".join(cells) + f" | {note} |\n"
    text = HISTORY.read_text(encoding="utf-8") if HISTORY.exists() else HEADER
    HISTORY.write_text(text + line, encoding="utf-8")
    print(line, end="")

if __name__ == "__main__":
    main(Path(sys.argv[1]), " ".join(sys.argv[2:]))
