#!/usr/bin/env python3
"""Snapshot the document JSON of every example, gold and seed article, so refactors can prove it unchanged.

Usage:
  python scripts/snapshot_documents.py OUT_DIR        # one <set>.jsonl per set: the full document JSON
  python scripts/snapshot_documents.py --update-hashes  # rewrite tests/data/document_hashes.json
  python scripts/snapshot_documents.py --check          # compare with the committed hashes (as the test)

Each set's folder is read the way `dragoman ingest` reads it (every record of every file), with the
default settings; paths are given relative to the repository so the output does not depend on where
it is checked out. A rejected input is recorded as {"rejected": "<reason>"}. Compare two OUT_DIRs with
`diff -r`; tests/test_document_snapshot.py checks the hashes. When a change of output is intended
(accuracy work), run `python scripts/snapshot_documents.py --update-hashes` and commit the file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HASHES = REPO / "tests" / "data" / "document_hashes.json"
# set name -> folder, relative to the repository (the seeds live in ../shared beside it)
SETS = {
    "examples": "examples",
    "heldout": "gold/heldout",
    "heldout2": "gold/heldout2",
    "real": "gold/real",
    "seeds": "../shared/seeds",
}
UPDATE_COMMAND = "python scripts/snapshot_documents.py --update-hashes"


def snapshot_lines(folder: str) -> Iterator[tuple[str, str]]:
    """(key, JSON line) for every document or rejection the folder yields, in reading order."""
    from dragoman.document import Document
    from dragoman.ingest import collect_inputs, iter_documents
    from dragoman.settings import DEFAULT_SETTINGS

    files, missing = collect_inputs([folder], DEFAULT_SETTINGS.exclude)
    for rejection in missing:
        yield str(rejection), json.dumps({"rejected": str(rejection)}, ensure_ascii=False)
    for source, item, result in iter_documents(files, DEFAULT_SETTINGS):
        key = f"{source.name}|{item.locator}" if item else source.name
        data = result.to_json() if isinstance(result, Document) else {"rejected": str(result)}
        yield key, json.dumps(data, ensure_ascii=False)


def set_hashes(folder: str) -> dict[str, str]:
    """A short SHA-256 of each document's JSON line, keyed by input and locator."""
    hashes: dict[str, str] = {}
    for key, line in snapshot_lines(folder):
        unique = key
        while unique in hashes:
            unique += "+"
        hashes[unique] = hashlib.sha256(line.encode("utf-8")).hexdigest()[:16]
    return hashes


def all_hashes() -> dict[str, dict[str, str]]:
    """Hashes of every set, computed from the repository root."""
    with _in_repo():
        return {name: set_hashes(folder) for name, folder in SETS.items()}


def differences(expected: dict[str, dict[str, str]], actual: dict[str, dict[str, str]]) -> list[str]:
    """One line per document whose JSON changed, appeared or disappeared."""
    lines = []
    for name in sorted(expected.keys() | actual.keys()):
        old, new = expected.get(name, {}), actual.get(name, {})
        lines += [f"{name}: changed {k}" for k in old.keys() & new.keys() if old[k] != new[k]]
        lines += [f"{name}: missing {k}" for k in old.keys() - new.keys()]
        lines += [f"{name}: new {k}" for k in new.keys() - old.keys()]
    return sorted(lines)


def write_snapshot(out_dir: Path) -> None:
    """Write <set>.jsonl with the full document JSON of each set, for diffing two versions."""
    out_dir = out_dir.resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    with _in_repo():
        for name, folder in SETS.items():
            lines = [line for _key, line in snapshot_lines(folder)]
            (out_dir / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
            print(f"{name}: {len(lines)} documents", file=sys.stderr)


@contextmanager
def _in_repo() -> Iterator[None]:
    """Run from the repository root so the documents' paths are relative and the same everywhere."""
    previous = Path.cwd()
    os.chdir(REPO)
    try:
        yield
    finally:
        os.chdir(previous)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out_dir", nargs="?", type=Path, help="folder for one <set>.jsonl per set")
    parser.add_argument("--update-hashes", action="store_true", help=f"rewrite {HASHES.relative_to(REPO)}")
    parser.add_argument("--check", action="store_true", help="compare with the committed hashes")
    args = parser.parse_args(argv)
    if not (args.out_dir or args.update_hashes or args.check):
        parser.error("give OUT_DIR, --update-hashes or --check")
    if args.out_dir:
        write_snapshot(args.out_dir)
    if args.update_hashes or args.check:
        hashes = all_hashes()
        if args.check:
            changed = differences(json.loads(HASHES.read_text(encoding="utf-8")), hashes)
            print("\n".join(changed) or "document JSON unchanged")
            return 1 if changed else 0
        HASHES.parent.mkdir(parents=True, exist_ok=True)
        HASHES.write_text(json.dumps(hashes, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {HASHES.relative_to(REPO)}: {sum(map(len, hashes.values()))} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
