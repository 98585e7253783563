"""Bytes to text: encoding detection, binary refusal, Unicode NFC, newline normalisation."""

from __future__ import annotations

import codecs
import gzip
import re
import unicodedata

from charset_normalizer import from_bytes

from dragoman.errors import InputRejected

_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset=["']?([A-Za-z0-9_.:-]+)|encoding=["']([A-Za-z0-9_.:-]+)""", re.I
)
# Share of C0 control characters above which decoded "text" is really binary data.
_MAX_CONTROL_SHARE = 0.02
# Most frequent legacy charsets of news sites; ties between equally plausible decodings go to these.
_WEB_CHARSETS = (
    "cp1252",
    "cp1251",
    "latin_1",
    "iso8859_15",
    "cp1250",
    "koi8_r",
    "cp1254",
    "cp1256",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_jp",
    "euc_kr",
    "iso8859_2",
    "cp1253",
    "cp1255",
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")


def gunzip_if_needed(data: bytes, origin: str) -> bytes:
    """Transparently open gzip-compressed inputs (.html.gz, .txt.gz)."""
    if data[:2] != b"\x1f\x8b":
        return data
    try:
        return gzip.decompress(data)
    except (OSError, EOFError) as exc:
        raise InputRejected(origin, f"corrupt gzip data ({exc})") from exc


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML document declares about itself, if any and known to Python."""
    match = _DECLARED_CHARSET.search(data[:4096])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, origin: str, hint: str | None = None) -> str:
    """Decode bytes to NFC text with \\n newlines, or reject them as binary or undecodable."""
    text = _try_decodings(data, origin, hint)
    if text is None:
        raise InputRejected(origin, "undecodable bytes: no text encoding fits this input")
    if text and len(_CONTROL.findall(text[:20000])) / min(len(text), 20000) > _MAX_CONTROL_SHARE:
        raise InputRejected(origin, "binary file: control characters in the content")
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return unicodedata.normalize("NFC", text)


def _try_decodings(data: bytes, origin: str, hint: str | None) -> str | None:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="strict")
    if b"\x00" in data[:8192]:
        raise InputRejected(origin, "binary file: NUL bytes in the content")
    for encoding in ("utf-8", hint, declared_charset(data)):
        if not encoding:
            continue
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    encoding = _likely_encoding(data[:200_000])
    return data.decode(encoding, errors="replace") if encoding else None


def _likely_encoding(data: bytes) -> str | None:
    """charset-normalizer's least chaotic candidates, ties broken in favour of common web charsets."""
    matches = [m for m in from_bytes(data) if m.encoding]
    if not matches:
        return None
    least_chaos = min(m.chaos for m in matches)
    tied = [m.encoding for m in matches if m.chaos <= least_chaos + 0.01]
    return min(tied, key=lambda e: _WEB_CHARSETS.index(e) if e in _WEB_CHARSETS else 99)
