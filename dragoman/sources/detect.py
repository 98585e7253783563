"""Decide an input's format from its content first and its file name second."""

from __future__ import annotations

import re

# Magic numbers of formats people may point dragoman at by mistake; named in the rejection.
_UNSUPPORTED_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\xd0\xcf\x11\xe0", "legacy Microsoft Office document"),
    (b"SQLite format 3", "SQLite database"),
    (b"\x7fELF", "executable"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ", "xz archive"),
    (b"7z\xbc\xaf", "7-Zip archive"),
    (b"RIFF", "audio/video file"),
    (b"ID3", "MP3 audio"),
)
_FEED_ROOT = re.compile(r"<(rss|feed|rdf:RDF)[\s>]", re.I)
_HTML_SIGNS = re.compile(r"<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]", re.I)
_TAG = re.compile(r"</?(p|div|span|a|br|h[1-6]|article|section|ul|li|img|table)\b[^>]*>", re.I)


def unsupported_format(data: bytes) -> str | None:
    """Name of a known non-text format, or None."""
    for magic, name in _UNSUPPORTED_MAGIC:
        if data.startswith(magic):
            return name
    return None


def is_warc(data: bytes) -> bool:
    """WARC files start with a version line (after decompression)."""
    return data.startswith(b"WARC/")


def sniff_text_format(text: str, name: str) -> str:
    """One of feed, html, jsonl, json or text for decoded content."""
    head = text[:4000].lstrip()
    lower_name = name.lower()
    if head.startswith("<") and _FEED_ROOT.search(head[:2000]):
        return "feed"
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        if lower_name.endswith(".json") and not lower_name.endswith((".jsonl", ".ndjson")):
            return "json"
        return "jsonl"
    if _HTML_SIGNS.search(head[:2000]):
        return "html"
    if len(_TAG.findall(head)) >= 3:
        return "html"
    return "text"
