"""Publication date: from metadata when the source has one, else inferred from the text."""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime

import dateparser

from dragoman.dates.expressions import DAY, MONTH, TimeExpression, find_time_expressions
from dragoman.settings import tuning
from dragoman.text.furniture import TWEET_SIGNATURE

_ISO = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")
_FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NO_YEAR_DAY = re.compile(r"^--(\d{2})-(\d{2})$")
# An inline dateline: "ASTANA, 8 July (Kazinform) –", "BRUSSELS, 12 June 2025 —", "МОСКВА, 26 февраля".
_PLACE_BEFORE = re.compile(r"^([^\W\d_][\w .'’-]{1,30})(?:,|\s[–—-])\s*$")
# Dates in a news URL's path: a day with separators, a compact day (perhaps with hhmm), a month.
_URL_YEAR = r"(19[89]\d|20[0-4]\d)"
_URL_DAYS = (re.compile(rf"(?<!\d){_URL_YEAR}[/_-](0[1-9]|1[0-2])[/_-](0[1-9]|[12]\d|3[01])(?=[/_.?#]|$)"),
             re.compile(rf"(?<![\d.]){_URL_YEAR}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[0-2]\d[0-5]\d)?(?![\d.])"))
_URL_MONTH = re.compile(rf"/{_URL_YEAR}/(0[1-9]|1[0-2])/")
# What ends a sentence, which a header line does not end with: "。" in Chinese and Japanese, "।" in Hindi.
_FULL_STOPS = (".", "。", "।", "?", "？", "!", "！")
# Han characters and kana: scripts written without spaces between words.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
# A stand-in year to read "in November last year" without a publication date: 1999-11 = -1 year.
_STAND_IN_YEAR = 2000


def normalise_date(value: str, lang: str | None = None) -> str | None:
    """An ISO date (YYYY-MM-DD or YYYY-MM) from any common date notation, or None."""
    value = value.strip()
    match = _ISO.match(value)
    if match:
        year, month, day = match.groups()
        return f"{year}-{month}-{day}" if day else f"{year}-{month}"
    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    languages = [lang] if lang else None
    try:
        parsed = dateparser.parse(value, languages=languages, settings=settings)
    except (ValueError, TypeError, OverflowError):
        parsed = None
    return parsed.date().isoformat() if isinstance(parsed, datetime) else None  # dateparser: datetime or None


def url_date(url: str | None) -> str | None:
    """The day (or month) a news URL's path gives: /2022/04/05/, /20260114/, _200011020000_, /2022/04/."""
    path = re.sub(r"^[a-z]+://[^/]*", "", url or "")
    for pattern in _URL_DAYS:
        match = pattern.search(path)
        if match:
            return "-".join(match.groups())
    match = _URL_MONTH.search(path)
    return "-".join(match.groups()) if match else None


def resolve_published(
    metadata_value: str | None, tweet_dates: list[str], lang: str | None, text: str | None = None,
    published_line: str | None = None, url: str | None = None,
) -> tuple[str | None, str]:
    """(date, how it was found): 'metadata', 'url' (a date in the page's address), 'text' (a
    "Published on" line the cleaner removed; a dateline; embedded tweets, month precision; the year
    that "last year" points back from), 'story' (no earlier than the latest day the story names in
    full) or 'none'."""
    if metadata_value:
        value = normalise_date(metadata_value, lang)
        if value:
            return _to_the_day(value, text, lang), "metadata"
    if from_url := url_date(url):
        return _to_the_day(from_url, text, lang), "url"
    stated = [e.value for e in find_time_expressions(published_line or "", lang, None)
              if e.granularity == DAY and e.value and _FULL_DAY.match(e.value)]
    if stated:
        return stated[0], "text"
    expressions = find_time_expressions(text, lang, None) if text else []
    from_dateline = dateline_date(text or "", expressions)
    if from_dateline:
        return from_dateline, "text"
    return _from_the_story(text or "", tweet_dates, lang, expressions)


def _from_the_story(text: str, tweet_dates: list[str], lang: str | None,
                    expressions: list[TimeExpression]) -> tuple[str | None, str]:
    """With no dateline: embedded tweets' month, the latest day named in full, or the year."""
    inferred = [iso for d in tweet_dates if (iso := normalise_date(d, lang))]
    if inferred:
        # A page embedding a tweet was published after it, most often within weeks.
        return max(inferred)[:7], "text"
    year = text_year(text, lang, expressions)
    latest = _latest_explicit_day(text, expressions)
    if latest and (not year or latest.startswith(f"{year:04d}")):
        return latest, "story"
    if year:
        return f"{year:04d}", "text"
    return None, "none"


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line holding text[start:end] begins and ends."""
    stop = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if stop < 0 else stop


def _line_of(text: str, position: int) -> str:
    """The line around a position, stripped."""
    start, end = _line_bounds(text, position, position)
    return text[start:end].strip()


def _latest_explicit_day(text: str, expressions: list[TimeExpression]) -> str | None:
    """With no other sign of when it was written, the latest day the story dates in full (an
    embedded tweet's signature is no story): what it calls "today" or "on Monday" is no earlier
    ("hari ini" … "Jumat (10/10/2025)")."""
    days = [e.value for e in expressions if e.resolution == "explicit" and e.granularity == DAY
            and e.value and _FULL_DAY.match(e.value) and not TWEET_SIGNATURE.match(_line_of(text, e.start))]
    return max(days) if days else None


def _to_the_day(value: str, text: str | None, lang: str | None) -> str:
    """A month (metadata "2022-02", a URL's /2022/02/) made a day by the article's own dateline in
    that month ("الإثنين ١٤ فبراير ٢٠٢٢"): "today" in the story is that day."""
    if _FULL_DAY.match(value) or not text or len(value) != len("2022-02"):
        return value
    day = dateline_date(text, find_time_expressions(text, lang, None))
    return day if day and day.startswith(value) else value


def dateline_date(text: str, expressions: list[TimeExpression]) -> str | None:
    """The day of the first dateline ("Brussels, 12 June 2025", "26 февраля 2025, 17:45");
    a dateline without a year takes the year the text itself points to."""
    for expression in expressions:
        if expression.granularity != DAY or not expression.value or not is_dateline(text, expression):
            continue
        if _FULL_DAY.match(expression.value):
            return expression.value
        no_year = _NO_YEAR_DAY.match(expression.value)
        year = _latest_explicit_year(expressions) if no_year else None
        if no_year and year:
            return f"{year:04d}-{no_year.group(1)}-{no_year.group(2)}"
    return None


def is_dateline(text: str, expression: TimeExpression) -> bool:
    """A date heading the article (by-line, dateline) rather than one the story tells of."""
    if expression.start > tuning().dates.header_chars:
        return False
    start, end = _line_bounds(text, expression.start, expression.end)
    if text.count("\n\n", 0, start) >= tuning().dates.header_paragraphs:
        return False
    if _place_before(text[start:expression.start]):
        return True
    line = text[start:end]
    if TWEET_SIGNATURE.match(line.strip()):
        return False  # "— Name (@handle) 2 February 2022" dates an embedded tweet
    rest = _words(text[start:expression.start] + " " + text[expression.end:end])
    headline = start == 0 or not text[:start].strip()
    short = _words(line) <= tuning().dates.header_words
    return short and not line.rstrip().endswith(_FULL_STOPS) and (not headline or rest <= 3)


def _words(text: str) -> int:
    """How many words a text has; Chinese and Japanese, written without spaces, about one in two
    characters (a lead paragraph is no one-word line)."""
    return max(len(text.split()), len(_UNSPACED.findall(text)) // 2)


def _place_before(before: str) -> bool:
    """A place name heading a paragraph: one capitalised word or up to three in capitals."""
    match = _PLACE_BEFORE.match(before)
    if not match:
        return False
    words = match.group(1).split()
    if len(words) == 1:
        return words[0][:1].isupper()
    return len(words) <= 3 and all(w.isupper() for w in words)


def text_year(text: str, lang: str | None, expressions: list[TimeExpression]) -> int | None:
    """The year of writing when "<month> last year" names a month the text also dates in full:
    "in March last year" and "14 March 2022" make 2023."""
    pointed = {(_year_month(e)[0] - _STAND_IN_YEAR, _year_month(e)[1])  # (offset in years, month)
               for e in find_time_expressions(text, lang, str(_STAND_IN_YEAR))
               if e.resolution == "relative" and e.granularity in (DAY, MONTH) and e.value}
    votes: Counter[int] = Counter()
    for expression in expressions:
        if expression.resolution != "explicit" or expression.granularity not in (DAY, MONTH):
            continue
        year, month = _year_month(expression)
        votes.update(year - offset for offset, pointed_month in pointed if pointed_month == month)
    return votes.most_common(1)[0][0] if votes else None


def _year_month(expression: TimeExpression) -> tuple[int, int]:
    value = expression.value or ""
    return int(value[:4]), int(value[5:7])


def _latest_explicit_year(expressions: list[TimeExpression]) -> int | None:
    years = [int(e.value[:4]) for e in expressions
             if e.resolution == "explicit" and e.value and e.granularity in (DAY, MONTH)]
    return max(years) if years else None
