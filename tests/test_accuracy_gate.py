"""Accuracy gate (trafilatura's model): CI fails when a change lowers accuracy on the gold sets.

Floors are pinned just under the figures BENCHMARKS.md reports; raise them when accuracy rises.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from dragoman.document import Document
from dragoman.evaluation.gold import load_gold
from dragoman.evaluation.run import HEADLINE, documents_from_folder, headline, score_documents
from tests.conftest import REPO, SHARED

# Pinned on 2026-12-04 from `dragoman eval` scored by the reference rules (one-to-one event matching,
# score.py's name comparison; `actors F1` counts every state/IGO/region mentioned, `actors in events F1`
# those put in events), about 0.02 under the measured value. These hand-written sets are regression
# tests; accuracy on real news is measured on gold/real-dev.jsonl and gold/real-test.jsonl.
SEEDS_FLOORS = {  # measured: 1.000, 1.000, 1.000, 1.000, 0.712, 0.895, 1.000, 1.000, 0.889, 0.792, 1.000
    "language accuracy": 1.0,
    "noise removed": 1.0,
    "repairs applied": 1.0,
    "people F1": 0.98,
    "actors F1": 0.69,
    "actors in events F1": 0.87,
    "quotes found": 0.98,
    "quotes with right speaker": 0.98,
    "events recall (required)": 0.86,
    "events precision": 0.77,
    "event dates right": 0.98,
}
EXAMPLES_FLOORS = {  # measured: 1.000, 1.000, 1.000, 0.990, 0.748, 0.869, 1.000, 0.948, 0.835, 0.805, 0.944
    "language accuracy": 1.0,
    "noise removed": 1.0,
    "repairs applied": 1.0,
    "people F1": 0.97,
    "actors F1": 0.72,
    "actors in events F1": 0.84,
    "quotes found": 0.98,
    "quotes with right speaker": 0.92,
    "events recall (required)": 0.81,
    "events precision": 0.78,
    "event dates right": 0.85,  # 0.945 -> 0.875: acts without a day now take the publication day (events/article.py)
}

# gold/heldout.jsonl: ten articles written by a separate helper that never saw the system.
HELDOUT_FLOORS = {  # measured: 1.000, 1.000, 0.962, 0.911, 0.963, 1.000, 0.957, 0.935, 0.813, 1.000
    "language accuracy": 1.0,
    "noise removed": 1.0,
    "people F1": 0.94,
    "actors F1": 0.89,
    "actors in events F1": 0.94,
    "quotes found": 0.98,
    "quotes with right speaker": 0.93,
    "events recall (required)": 0.91,
    "events precision": 0.79,
    "event dates right": 0.98,
}

# gold/heldout2.jsonl: ten harder articles by another blind helper.
HELDOUT2_FLOORS = {  # measured: 1.000, 1.000, 0.891, 0.885, 0.843, 1.000, 0.913, 0.648, 0.616, 0.893
    "language accuracy": 1.0,
    "noise removed": 1.0,
    "people F1": 0.87,
    "actors F1": 0.86,
    "actors in events F1": 0.82,
    "quotes found": 0.98,
    "quotes with right speaker": 0.89,
    "events recall (required)": 0.62,
    "events precision": 0.59,
    "event dates right": 0.87,
}
# Real news (gold/README.md): 246 excerpts of real pages in 37 languages, annotated blind. Floors
# about 0.03 under the figures of 2026-12-06, after that day's merges (far below the targets of
# issue 10: see BENCHMARKS.md).
REAL_DEV_FLOORS = {  # measured: 0.994, 0.926, 0.841, 0.863, 0.878, 0.977, 0.897, 0.589, 0.565, 0.800
    "language accuracy": 0.97,
    "noise removed": 0.90,
    "people F1": 0.81,
    "actors F1": 0.83,
    "actors in events F1": 0.85,
    "quotes found": 0.95,
    "quotes with right speaker": 0.87,
    "events recall (required)": 0.56,
    "events precision": 0.54,
    "event dates right": 0.77,
}
# The test third: measured only when a piece of work is finished, never used to choose a rule; the
# floor only stops a later change from losing what it has (77 articles, 37 languages).
REAL_TEST_FLOORS = {  # measured 2026-12-06 (end of session 6): 0.987, 0.682, 0.770, 0.789, 0.840, 0.937, 0.667, 0.513, 0.468, 0.672
    "language accuracy": 0.97,
    "noise removed": 0.65,
    "people F1": 0.72,
    "actors F1": 0.76,
    "actors in events F1": 0.80,
    "quotes found": 0.90,
    "quotes with right speaker": 0.63,
    "events recall (required)": 0.51,
    "events precision": 0.42,
    "event dates right": 0.64,
}
# (gold file, articles, floors); the seed gold lives in ../shared beside the repository.
GOLD_SETS = {
    "seeds": (SHARED / "gold" / "seeds.jsonl", SHARED / "seeds", SEEDS_FLOORS),
    "examples": (REPO / "gold" / "examples.jsonl", REPO / "examples", EXAMPLES_FLOORS),
    "heldout": (REPO / "gold" / "heldout.jsonl", REPO / "gold" / "heldout", HELDOUT_FLOORS),
    "heldout2": (REPO / "gold" / "heldout2.jsonl", REPO / "gold" / "heldout2", HELDOUT2_FLOORS),
    "real-dev": (REPO / "gold" / "real-dev.jsonl", REPO / "gold" / "real", REAL_DEV_FLOORS),
    "real-test": (REPO / "gold" / "real-test.jsonl", REPO / "gold" / "real", REAL_TEST_FLOORS),
}
_DOCUMENTS: dict[Path, dict[str, Document]] = {}


def _documents(name: str) -> tuple[list[dict], dict[str, Document]]:
    """The gold entries of a set and the pipeline's documents for them, made once per folder."""
    gold, articles, _floors = GOLD_SETS[name]
    if not gold.exists():
        pytest.fail(f"{gold} is missing (../shared must be beside the repository)")
    if articles not in _DOCUMENTS:
        _DOCUMENTS[articles] = documents_from_folder(articles)
    return load_gold(gold), _DOCUMENTS[articles]


def _check(figures: dict[str, float], floors: dict[str, float]) -> None:
    below = {k: (figures.get(k), v) for k, v in floors.items() if figures.get(k, 0.0) < v}
    assert not below, f"below the pinned floor (measured, floor): {below}"


@pytest.mark.parametrize("name", list(GOLD_SETS))
def test_gold_floors(name: str) -> None:
    gold, documents = _documents(name)
    _check(headline(score_documents(gold, documents)), GOLD_SETS[name][2])


def _reference_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("reference_score", SHARED / "gold" / "score.py")
    assert spec and spec.loader, "../shared/gold/score.py is missing"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", list(GOLD_SETS))
def test_eval_agrees_with_the_reference_scorer(name: str) -> None:
    """`dragoman eval` and ../shared/gold/score.py give the same figures on the same documents."""
    gold, documents = _documents(name)
    ours = headline(score_documents(gold, documents))
    output = [json.loads(json.dumps(d.to_json())) for d in documents.values()]
    reference, _log = _reference_scorer().score(gold, output)
    compared = 0
    for label, (_measure, _attribute, key) in HEADLINE.items():
        if reference.get(key) is None:
            assert label not in ours, f"{label}: reference gives no figure, eval gives {ours[label]}"
            continue
        assert abs(ours[label] - reference[key]) <= 0.005, f"{label}: eval {ours[label]}, score.py {reference[key]}"
        compared += 1
    assert abs(ours["events F1"] - reference["events_f"]) <= 0.005
    assert compared >= 8
