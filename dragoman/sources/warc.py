"""WARC and WARC.gz archives: every HTML response record becomes an article."""

from __future__ import annotations

import io
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from dragoman.errors import InputRejected
from dragoman.sources.decode import decode_text, stray_bytes_warning
from dragoman.sources.items import RawItem, ReadResult, Rejection

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(data: bytes, origin: str) -> Iterator[ReadResult]:
    """HTML responses only; requests, metadata and non-HTML responses are skipped."""
    index = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            index += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            if not content_type.startswith(_HTML_TYPES):
                continue
            yield _record_item(record, origin, index, content_type)
    except (ArchiveLoadFailed, ValueError, OSError, EOFError) as exc:
        yield Rejection(
            origin, f"malformed WARC after record {index}: {exc}", f"record {index + 1}"
        )


def _record_item(record: ArcWarcRecord, origin: str, index: int, content_type: str) -> ReadResult:
    uri = record.rec_headers.get_header("WARC-Target-URI") or f"{origin}#record{index}"
    locator = f"record {index}"
    payload = record.content_stream().read()
    hint = content_type.split("charset=")[-1].strip() if "charset=" in content_type else None
    try:
        body, stray = decode_text(payload, f"{origin} {uri}", hint)
    except InputRejected as exc:
        return Rejection(origin, exc.reason, locator)
    meta = {"url": uri}
    crawled = record.rec_headers.get_header("WARC-Date")
    if crawled:
        meta["crawled"] = crawled
    warnings = [stray_bytes_warning(stray)] if stray else []
    return RawItem(origin, uri, "html", body, payload, "warc", locator, meta, warnings)
