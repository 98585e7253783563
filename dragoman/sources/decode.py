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
# UTF-8 with a few stray bytes (a bad copy, a truncated character) is read as UTF-8, the stray bytes
# replaced by U+FFFD, when they are at most this share of all bytes (or this many in a short text) and
# valid multi-byte characters
# outnumber them by this factor; a legacy charset's accented letters are almost never valid UTF-8,
# so Latin-1 or cp1251 text fails the second test and goes on to charset detection.
_MAX_STRAY_SHARE = 0.01
_STRAY_ALLOWANCE = 8
_MIN_VALID_PER_STRAY = 4
_ASCII = bytes(range(128))
_REPLACEMENT = "\ufffd".encode()


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
    return decode_text(data, origin, hint)[0]


def decode_text(data: bytes, origin: str, hint: str | None = None) -> tuple[str, int]:
    """Decoded text as decode_bytes gives it, and how many stray bytes in UTF-8 were replaced."""
    text, stray = _try_decodings(data, origin, hint)
    if text is None:
        raise InputRejected(origin, "undecodable bytes: no text encoding fits this input")
    sample = text[:20000]
    controls = len(_CONTROL.findall(sample)) - (sample.count("\ufffd") if stray else 0)
    if text and controls / len(sample) > _MAX_CONTROL_SHARE:
        raise InputRejected(origin, "binary file: control characters in the content")
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return unicodedata.normalize("NFC", text), stray


def stray_bytes_warning(count: int) -> str:
    """The document warning for stray bytes replaced in UTF-8 text."""
    return f"{count} invalid byte{'s' if count != 1 else ''} in UTF-8 text replaced with U+FFFD"


def _try_decodings(data: bytes, origin: str, hint: str | None) -> tuple[str | None, int]:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="strict"), 0
    if b"\x00" in data[:8192]:
        raise InputRejected(origin, "binary file: NUL bytes in the content")
    try:
        return data.decode("utf-8"), 0
    except UnicodeDecodeError:
        stray = _stray_utf8(data)
    if stray:  # before any legacy charset, which would turn every UTF-8 letter into mojibake
        return data.decode("utf-8", errors="replace"), stray
    for encoding in (hint, declared_charset(data)):
        if not encoding:
            continue
        try:
            return data.decode(encoding), 0
        except (UnicodeDecodeError, LookupError):
            continue
    encoding = _likely_encoding(data[:200_000])
    return (data.decode(encoding, errors="replace") if encoding else None), 0


def _stray_utf8(data: bytes) -> int:
    """How many bytes are not UTF-8 in text that otherwise is (0: too many to be stray)."""
    text = data.decode("utf-8", errors="replace")
    replacements = text.count("\ufffd") - data.count(_REPLACEMENT)  # U+FFFD written in the input stays
    stray = len(data) - len(text.encode("utf-8")) + len(_REPLACEMENT) * replacements
    valid = len(data.translate(None, _ASCII)) - stray  # bytes of well-formed multi-byte characters
    if stray > max(_STRAY_ALLOWANCE, _MAX_STRAY_SHARE * len(data)) or valid < _MIN_VALID_PER_STRAY * stray:
        return 0
    return stray


def _likely_encoding(data: bytes) -> str | None:
    """charset-normalizer's least chaotic candidates, ties broken in favour of common web charsets."""
    matches = [m for m in from_bytes(data) if m.encoding]
    if not matches:
        return None
    least_chaos = min(m.chaos for m in matches)
    tied = [m.encoding for m in matches if m.chaos <= least_chaos + 0.01]
    return min(tied, key=lambda e: _WEB_CHARSETS.index(e) if e in _WEB_CHARSETS else 99)
