"""Batch ingest: idempotent re-runs, duplicates, near-duplicates, bad input, interruption."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dragoman.ingest import Ingester
from dragoman.settings import DEFAULT_SETTINGS
from dragoman.store import Store
from dragoman.store import sqlite as store_sqlite

RELEASE = (
    "The Ministry of Foreign Affairs of Kazakhstan announced today that Deputy Foreign Minister "
    "met the Special Representative of the European Union for Central Asia in Astana. The sides "
    "discussed regional connectivity, the Trans-Caspian International Transport Route, water "
    "management and climate adaptation, and agreed to hold the next round of consultations in "
    "Brussels in the autumn. The European side reaffirmed its support for reforms in the region "
    "and for closer cooperation on critical raw materials and green hydrogen projects."
)
ARTICLES = {
    "fr.txt": "Le ministre kazakh des Affaires étrangères a rencontré son homologue français à "
    "Paris. Les deux pays ont signé un accord sur l'énergie et l'uranium.",
    "es.txt": "El presidente de Kazajistán visitó Madrid y se reunió con el presidente del "
    "Gobierno español para hablar de comercio e inversiones.",
    "release-a.txt": RELEASE,
    "release-b.txt": RELEASE.replace("in the autumn", "in October").replace(
        "announced today", "said on Monday"
    ),
}


def _write_corpus(folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "broken.jsonl").write_text(
        json.dumps(
            {
                "id": "ok-1",
                "text": "Der Außenminister Usbekistans empfing in Taschkent "
                "seinen deutschen Amtskollegen zu Gesprächen über Rohstoffe.",
            }
        )
        + "\n{broken\n",
        encoding="utf-8",
    )
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))


def _ingest(db: str | Path, folder: Path):
    with Store.open(db) as store:
        return Ingester(store, DEFAULT_SETTINGS).run([str(folder)])


def test_ingest_counts_rejections_and_is_idempotent(tmp_path: Path, target: str | Path) -> None:
    _write_corpus(tmp_path / "in")
    first = _ingest(target, tmp_path / "in")
    assert (first.read, first.stored, first.near_duplicates) == (5, 5, 1)
    reasons = sorted(str(r) for r in first.rejected)
    assert len(reasons) == 2
    assert "broken.jsonl (line 2): malformed JSON" in reasons[0]
    assert "image.png: unsupported format: PNG image" in reasons[1]
    with Store.open(target) as store:
        before = store.connection.execute(
            "SELECT id, document_json FROM articles ORDER BY id"
        ).fetchall()
    second = _ingest(target, tmp_path / "in")
    assert (second.stored, second.unchanged, second.duplicates) == (0, 5, 0)
    with Store.open(target) as store:
        after = store.connection.execute(
            "SELECT id, document_json FROM articles ORDER BY id"
        ).fetchall()
    assert [tuple(r) for r in before] == [tuple(r) for r in after]


def test_near_duplicate_is_linked_to_the_first_version(tmp_path: Path, db_path: Path) -> None:
    _write_corpus(tmp_path / "in")
    _ingest(db_path, tmp_path / "in")
    with Store.open(db_path) as store:
        rows = store.connection.execute(
            "SELECT doc, near_duplicate_of, similarity FROM articles WHERE near_duplicate_of IS NOT NULL"
        ).fetchall()
        [row] = rows
        original = store.connection.execute(
            "SELECT doc FROM articles WHERE id = ?", (row["near_duplicate_of"],)
        ).fetchone()
    assert {row["doc"], original["doc"]} == {"release-a.txt", "release-b.txt"}
    assert 0.7 <= row["similarity"] < 1.0


def test_exact_copy_in_another_file_is_a_duplicate(tmp_path: Path, db_path: Path) -> None:
    _write_corpus(tmp_path / "in")
    _ingest(db_path, tmp_path / "in")
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "copy.txt").write_text(
        "  " + ARTICLES["fr.txt"] + "\n\n", encoding="utf-8"
    )
    report = _ingest(db_path, tmp_path / "more")
    assert (report.stored, report.duplicates) == (0, 1)


def test_failure_inside_a_transaction_keeps_the_database_consistent(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write_corpus(tmp_path / "in")
    real_insert = store_sqlite._insert_article
    calls = {"n": 0}

    def interrupted_insert(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            real_insert(*args, **kwargs)
            raise KeyboardInterrupt  # after the row is written, before COMMIT
        return real_insert(*args, **kwargs)

    monkeypatch.setattr(store_sqlite, "_insert_article", interrupted_insert)
    with pytest.raises(KeyboardInterrupt):
        _ingest(db_path, tmp_path / "in")
    monkeypatch.setattr(store_sqlite, "_insert_article", real_insert)
    with Store.open(db_path) as store:
        assert store.count_articles() == 2
        assert store.connection.execute("SELECT count(*) FROM inputs").fetchone()[0] == 2
    resumed = _ingest(db_path, tmp_path / "in")
    assert (resumed.unchanged, resumed.stored) == (2, 3)


def test_killed_ingest_leaves_a_usable_database(tmp_path: Path, db_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(60):
        text = f"Meeting number {index}: " + ARTICLES["fr.txt"] + f" Réunion {index}."
        (folder / f"{index:03}.txt").write_text(text, encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "dragoman.cli",
        "ingest",
        str(folder),
        "--db",
        str(db_path),
        "-q",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and not _count(db_path):
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    partial = _count(db_path)
    connection = sqlite3.connect(db_path)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert _count(db_path) == 60 and partial <= 60


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        connection = sqlite3.connect(db, timeout=1)
        return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0
    finally:
        connection.close()
