"""Stray bytes in UTF-8 text: replaced and counted in a warning, never read as a legacy charset."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dragoman.ingest import collect_inputs, iter_documents
from dragoman.settings import DEFAULT_SETTINGS
from dragoman.sources import Rejection
from dragoman.sources.decode import decode_text

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = {
    "fr": ROOT / "examples/text/fr_burkina_expulsion.txt",
    "ru": ROOT / "examples/text/ru_moldova_vysylka.txt",
    "ar": ROOT / "examples/text/ar_faisal_araghchi.txt",
    "el": ROOT / "gold/real/el_paralirima_tsavousoglou_synentefxi_dendia.json",
    "zh": next(iter(sorted((ROOT / "gold/real").glob("zh_*.json")))),
}


def _text(lang: str) -> str:
    path = ARTICLES[lang]
    return json.loads(path.read_text("utf-8"))["text"] if path.suffix == ".json" else path.read_text("utf-8")


def _damaged(text: str) -> bytes:
    """The article's UTF-8 with one stray byte after its first non-ASCII letter (a mis-copied é)."""
    data = text.encode("utf-8")
    at = next(i for i, byte in enumerate(data) if byte >= 0xC0)
    at += len(next(c for c in text if ord(c) > 127).encode("utf-8"))
    return data[:at] + b"\x9c" + data[at:]


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_one_stray_byte_is_replaced_and_counted(lang: str) -> None:
    text, stray = decode_text(_damaged(_text(lang)), "article.txt")
    assert stray == 1
    assert text.replace("\ufffd", "", 1) == _text(lang).replace("\r\n", "\n")
    assert "Ă" not in text and "Ð" not in text  # no cp1250 / Latin-1 mojibake of the letters


@pytest.mark.parametrize("lang", ["fr", "ru", "zh"])
def test_the_document_carries_the_warning_and_keeps_its_letters(tmp_path: Path, lang: str) -> None:
    path = tmp_path / f"{lang}.txt"
    path.write_bytes(_damaged(_text(lang)))
    files, _ = collect_inputs([str(path)], DEFAULT_SETTINGS.exclude)
    [(_, _, document)] = list(iter_documents(files, DEFAULT_SETTINGS.with_(analyse=False)))
    assert not isinstance(document, Rejection), document
    assert document.warnings == ["1 invalid byte in UTF-8 text replaced with U+FFFD"]
    assert document.lang == lang
    if lang == "fr":
        assert "français" in document.text or "é" in document.text


def test_a_latin1_article_is_still_read_as_latin1() -> None:
    text, stray = decode_text((ROOT / "examples/bad/es_latin1_esequibo.txt").read_bytes(), "es.txt")
    assert stray == 0 and "jurisdicción" in text and "\ufffd" not in text


def test_heavy_damage_is_not_taken_for_utf8() -> None:
    data = "Ceci est un texte où presque tout est abîmé.".encode("cp1252") * 20
    text, stray = decode_text(data, "fr.txt")
    assert stray == 0 and "abîmé" in text
