"""Turn one input file into raw items, choosing the reader by content then extension."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePath

from dragoman.errors import InputRejected
from dragoman.settings import Settings
from dragoman.sources.decode import decode_text, gunzip_if_needed, stray_bytes_warning
from dragoman.sources.detect import is_warc, sniff_text_format, unsupported_format
from dragoman.sources.feeds import read_feed
from dragoman.sources.items import BodyKind, RawItem, ReadResult, Rejection
from dragoman.sources.paths import InputFile
from dragoman.sources.records import read_json_document, read_json_lines
from dragoman.sources.warc import read_warc


def read_input(source: InputFile, settings: Settings) -> Iterator[ReadResult]:
    """Every article an input holds, and a rejection for whatever cannot be read."""
    limit = settings.max_input_bytes
    size = source.size()
    if size is not None and size > limit:
        yield Rejection(source.name, f"too large: {size:,} bytes > limit {limit:,} (--max-bytes)")
        return
    data = source.read(limit)
    if len(data) > limit:
        yield Rejection(source.name, f"too large: over the limit of {limit:,} bytes (--max-bytes)")
        return
    try:
        yield from read_bytes(data, source.name, settings)
    except InputRejected as exc:
        yield Rejection(source.name, exc.reason, exc.locator)


def read_bytes(data: bytes, name: str, settings: Settings) -> Iterator[ReadResult]:
    """Dispatch bytes to the right reader; raises InputRejected for unreadable inputs."""
    if not data.strip():
        raise InputRejected(name, "empty file")
    data = gunzip_if_needed(data, name)
    if is_warc(data):
        yield from read_warc(data, name)
        return
    kind = unsupported_format(data)
    if kind:
        raise InputRejected(name, f"unsupported format: {kind}")
    text, stray = decode_text(data, name)
    if not text.strip():
        raise InputRejected(name, "empty file")
    for item in _read_text(text, data, name, settings):
        if stray and isinstance(item, RawItem):
            item.warnings.append(stray_bytes_warning(stray))
        yield item


def _read_text(text: str, data: bytes, name: str, settings: Settings) -> Iterator[ReadResult]:
    form = sniff_text_format(text, name)
    if form == "feed":
        yield from read_feed(data, name)
    elif form == "jsonl":
        yield from read_json_lines(text, name, settings.json_fields)
    elif form == "json":
        yield from read_json_document(text, name, settings.json_fields)
    else:
        doc = PurePath(name).name if name != "<stdin>" else "stdin"
        kind_: BodyKind = "html" if form == "html" else "text"
        yield RawItem(name, doc, kind_, text, data, form)
