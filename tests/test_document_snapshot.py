"""The document JSON of every example, gold and seed article is byte-identical to the committed snapshot.

Refactors must not change output. When a change is intended (accuracy work), regenerate the hashes with
`python scripts/snapshot_documents.py --update-hashes` and commit tests/data/document_hashes.json;
`python scripts/snapshot_documents.py OUT_DIR` before and after writes the full JSON for `diff -r`.
"""

from __future__ import annotations

import importlib.util
import json
from types import ModuleType

import pytest

from tests.conftest import REPO, SHARED

HASHES = REPO / "tests" / "data" / "document_hashes.json"


def _snapshot_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("snapshot_documents", REPO / "scripts" / "snapshot_documents.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_document_json_matches_snapshot() -> None:
    if not (SHARED / "seeds").is_dir():
        pytest.fail(f"{SHARED / 'seeds'} is missing (../shared must be beside the repository)")
    script = _snapshot_script()
    expected = json.loads(HASHES.read_text(encoding="utf-8"))
    assert sum(map(len, expected.values())) > 200, "the snapshot should cover every example and gold article"
    changed = script.differences(expected, script.all_hashes())
    assert not changed, (
        f"{len(changed)} documents' JSON differ from the snapshot:\n" + "\n".join(changed[:30])
        + f"\nIf this change of output is intended, run `{script.UPDATE_COMMAND}` and commit {HASHES.name}."
    )
