"""Temporal expressions in text, normalised against the publication date (ISO 8601, partial ok)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from dragoman.dates.calendar_names import CalendarNames, alternation, calendar_names
from dragoman.dates.resolve import LAST, WEEKDAY, Parts, resolve
from dragoman.dates.solar import solar_dates
from dragoman.dates.words import DAY, MONTH, WEEK, YEAR
from dragoman.settings import tuning
from dragoman.text.casing import lower

__all__ = ["DAY", "MONTH", "WEEK", "WEEKDAY", "YEAR", "TimeExpression", "find_time_expressions", "han_number"]


@dataclass
class TimeExpression:
    """A date in the text: `value` is ISO (2024-05-20, 2024-05, 2024, --12-12) or None.

    Granularity "week" ("last week") gives as value the day exactly that many weeks away: a day
    inside the week, which is how the gold annotations accept a week.
    """

    start: int
    end: int
    text: str
    value: str | None
    granularity: str
    resolution: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# Between an ordinal or weekday and a month: a space, or one short word ("of", "im", "di", "в")
# or elided article ("d'", "dell'").
_CONNECTOR = r"(?:\s+\w{1,4}(?:\s+|['’]\s*)|\s+)"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
# Arabic-Indic, Persian and Devanagari digits read as ASCII ones ("١٤ فبراير ٢٠٢٢", "۱۸ آذر").
_DIGITS = str.maketrans({chr(base + i): str(i) for base in (0x0660, 0x06F0, 0x0966) for i in range(10)})
_DAY = r"(?P<day>[0-3]?\d)(?:\.|er|º|°|st|nd|rd|th|-?(?:ого|его|ое|го|ье|е|я))?"
_BEFORE_YEAR = r",?\s+(?:de\s+|del\s+|of\s+|года\s+)?"


@cache
def _patterns(lang: str | None) -> list[re.Pattern[str]]:
    """Every pattern, most specific first (on equal length the earlier one wins)."""
    names = calendar_names(lang)
    words = names.words
    endings = alternation(words.endings)
    month = (rf"(?:(?P<month>{names.month_pattern})(?:{endings}|['’]\w{{1,5}})?"
             rf"|(?P<amonth>{names.abbreviation_pattern})\.?)")
    weekday = rf"(?P<weekday>{names.weekday_pattern})(?:{endings}|['’]\w{{1,5}})?"
    ordinal = rf"(?P<ord>{names.ordinal_pattern})"
    # "le premier mars", "the first of May", "primero de mayo": only the language's own connectors
    of = rf"(?:\s+(?:{alternation(words.connectors)})\s+|\s+\w{{1,4}}['’]\s*|\s+)"
    then_year = rf"(?:{_BEFORE_YEAR}{_YEAR})?"
    last_year = rf"{_CONNECTOR}(?P<relyear>{_relative_alternation(names, YEAR)})"
    specs = [
        rf"{_YEAR}-(?P<nmonth>[01]?\d)-(?P<nday>[0-3]?\d)",
        rf"{_YEAR}(?P<ysep>[./])(?P<nmonth>[01]?\d)(?P=ysep)(?P<nday>[0-3]?\d)",  # 2021.04.27, 2021/04/27
        rf"(?P<nday>[0-3]?\d)(?P<sep>[./ -])(?P<nmonth>[0-3]?\d)(?P=sep){_YEAR}",
        rf"(?P<day>[0-3]?\d)[./-]{month}[./-]{_YEAR}",  # 31/Oct/1974, 31-Oct-1974
        rf"{_YEAR}\s*年\s*(?P<hmonth>[0-9一二三四五六七八九十]{{1,3}})\s*月"
        rf"(?:\s*(?P<hday>[0-9一二三四五六七八九十]{{1,3}})\s*[日号號]?)?",
        rf"{ordinal}\s+{weekday}{_CONNECTOR}{month}{then_year}",
        rf"{ordinal}\s+(?P<dword>{alternation(words.day_words)}){_CONNECTOR}{month}{then_year}",
        rf"{ordinal}\s+(?P<mword>{alternation(words.month_words)}){_BEFORE_YEAR}{_YEAR}",
        rf"{ordinal}{of}{month}{then_year}",
        rf"{month}\s+{ordinal},?\s+{_YEAR}",
        rf"{_YEAR}\s*(?:жылғы|yılı|года|г\.)?\s+{_DAY}\s+{month}",
        rf"{_DAY}\s+(?:de\s+|of\s+)?{month}{last_year}",
        rf"{_DAY}(?:\s+|-)(?:de\s+|of\s+)?{month}{then_year}",  # also "20-may", "14-сентябрда"
        rf"{month}\s+{_DAY}(?:,?\s+(?:del?\s+)?{_YEAR})?(?!\d)",
        rf"{month}{last_year}",
        rf"{month}{_BEFORE_YEAR}{_YEAR}",
        rf"{_YEAR}[/-](?P<nmonth>[01]?\d)(?![\d/-])",
        rf"{weekday}\s*\((?P<nday>[0-3]?\d)/(?P<nmonth>[01]?\d)\)",  # Kamis (2/10)
        rf"{weekday}\s*\((?P<nday>[0-3]?\d)\)",  # nesta quarta-feira (7): a day of the publication month
        rf"{weekday},\s*(?P<nday>[0-3]?\d)(?=\s*,)",  # na terça-feira, 28, o governo
        # a weekday of a week counted from this one: "上周五", "지난주 금요일", "thứ Sáu tuần trước"
        rf"(?P<relweek>{_relative_alternation(names, WEEK)})\s*{weekday}",
        rf"{weekday}\s*(?P<relweek>{_relative_alternation(names, WEEK)})",
        rf"(?P<wprefix>{alternation(words.week_prefixes)}){weekday}",  # 上周五: 上 + 周五
        rf"(?P<relative>{_relative_alternation(names, None)})",
        month,
        rf"{weekday}(?:\s+(?P<wdword>{alternation(words.day_words)}))?",
        rf"(?<![\d.,/-]){_YEAR}(?![\d.,%/-]|\s*(?:%|km|\$))",
    ]
    if words.year_words:  # "2023 оны есдүгээр сарын 5-ны өдөр", "2019 оны наймдугаар сард"
        year_first = rf"{_YEAR}\s*(?:{alternation(words.year_words)})\s+{month}"
        at = specs.index(rf"{_DAY}\s+(?:de\s+|of\s+)?{month}{last_year}")
        specs[at:at] = [rf"{year_first}\s+{_DAY}(?!\d)", year_first]
    if words.day_words:  # "ngày 25/4", "ngày 21-3": a day and month after the word for "day"
        day_month = r"(?P<nday>[0-3]?\d)[/-](?P<nmonth>[01]?\d)(?![\d/-])"
        specs.insert(4, rf"(?P<dword>{alternation(words.day_words)})\s+{day_month}")
        # "thứ hai ngày 13/10", "Thứ Hai, 13/10": not the weekday and its "day" word alone
        specs.insert(4, rf"{weekday},?\s+(?:(?P<wdword>{alternation(words.day_words)})\s+)?{day_month}")
    if words.dotted_days:  # "am 31.10. in Berlin", "dne 5. 3. podepsali": no decimal, no time of day
        specs.insert(3, r"(?<![\d.,:])(?P<nday>[0-3]?\d)\.\s?(?P<nmonth>[01]?\d)\.(?![\d.])(?!\s*(?:-|–|\d))")
    edge = r"\d" if words.unspaced else r"\w"
    return [re.compile(p, re.I) for p in _numeric_specs(words.numeric)] + [
        re.compile(rf"(?<!{edge}){p}(?!{edge})", re.I) for p in specs]


# A number in Arabic or Han numerals (二十九).
_NUMBER = r"[0-9０-９一二三四五六七八九十]{1,3}"


def _numeric_specs(signs: dict[str, tuple[str, ...]]) -> list[str]:
    """Dates written as numbers with unit signs (2018年3月29日, 3月29日, 29日, 5월 22일), which touch
    the words around them: bounded by digits only. A day alone is of the publication month."""
    if not signs.get("month") or not signs.get("day"):
        return []
    year, month, day = (alternation(signs.get(unit, ())) for unit in ("year", "month", "day"))
    month_day = rf"(?P<hmonth>{_NUMBER})\s*(?:{month})(?:\s*(?P<hday>{_NUMBER})\s*(?:{day}))?"
    specs = [rf"(?:{_YEAR}\s*(?:{year})\s*)?{month_day}", rf"(?P<cday>{_NUMBER})\s*(?:{day})"]
    return [rf"(?<![\d０-９一二三四五六七八九十]){s}(?![\d０-９])" for s in specs]


def _relative_alternation(names: CalendarNames, unit: str | None) -> str:
    phrases = {k: 0 for k, (_, u) in names.relative.items() if unit is None or u == unit}
    return alternation(phrases)


def find_time_expressions(text: str, lang: str | None, published: str | None,
                          future: bool = False) -> list[TimeExpression]:
    """Every date expression of a text, the longest where they overlap, resolved if possible."""
    names = calendar_names(lang)
    scanned = text.translate(_DIGITS)  # same length: offsets into it are offsets into text
    candidates: list[tuple[int, int, re.Match[str]]] = []
    for rank, pattern in enumerate(_patterns(lang)):
        candidates += [(rank, i, m) for i, m in enumerate(pattern.finditer(scanned))]
    candidates.sort(key=lambda c: (c[2].start() - c[2].end(), c[0], c[2].start()))
    # Solar Hijri dates first: their month names are no Gregorian ones ("۱۸ آذر")
    found = [TimeExpression(start, end, text[start:end], value, granularity, "solar-hijri")
             for start, end, value, granularity in solar_dates(scanned, lang, published)]
    taken = {i for e in found for i in range(e.start, e.end)}  # characters of the expressions kept
    for _rank, _index, match in candidates:
        if _overlaps_found(match.start(), match.end(), taken, found):
            continue
        parts = _parts(match, names)
        if parts is None or _looks_like_a_name(text, match, names):
            continue
        value, granularity, resolution = resolve(parts, published, future)
        found.append(TimeExpression(match.start(), match.end(), text[match.start():match.end()], value,
                                    granularity, resolution))
        taken.update(range(match.start(), match.end()))
    return sorted(found, key=lambda e: e.start)


def _overlaps_found(start: int, end: int, taken: set[int], found: list[TimeExpression]) -> bool:
    """Whether [start, end) overlaps an expression kept. Candidates come longest first, so only an
    empty one (never a date in practice) can meet empty ones kept: those are checked one by one."""
    if start == end:
        return any(e.start < end and start < e.end for e in found)
    return not taken.isdisjoint(range(start, end))


def _parts(match: re.Match[str], names: CalendarNames) -> Parts | None:
    """What the match says, or None when it is not a date after all."""
    groups = _groups(match)
    if "cday" in groups:  # "29日": a day of the publication month
        alone = han_number(groups["cday"])
        return Parts(day=alone) if 1 <= alone <= 31 else None
    if ("relweek" in groups or "wprefix" in groups) and "weekday" in groups:
        weeks = (names.words.week_prefixes.get(lower(groups["wprefix"], names.lang), 0) if "wprefix" in groups
                 else names.relative.get(lower(groups["relweek"], names.lang), (0, WEEK))[0])
        return Parts(weekday=names.weekday(groups["weekday"]), offset=weeks, unit=WEEK)
    if "relative" in groups:
        offset, unit = names.relative.get(lower(groups["relative"], names.lang), (None, DAY))
        return None if offset is None else Parts(offset=offset, unit=unit)
    dated = _day_month_nth(groups, names)
    if dated is None or not _valid_day_month_nth(*dated):
        return None
    day, month, nth = dated
    year = int(groups["year"]) if "year" in groups else None
    weekday = names.weekday(groups["weekday"]) if "weekday" in groups else None
    if "relyear" in groups:
        offset, _unit = names.relative.get(lower(groups["relyear"], names.lang), (0, YEAR))
        return Parts(month=month, day=day, offset=offset, unit=YEAR)
    if month is None and ((day is not None and weekday is None) or (year is None and weekday is None)):
        return None
    if not _plausible_alone(groups, day, year, names):
        return None
    return Parts(year, month, day, weekday, nth)


def _groups(match: re.Match[str]) -> dict[str, str]:
    """Collect the named groups that matched, with Han numerals read as digits, so one reading fits all."""
    groups = {k: v for k, v in match.groupdict().items() if v}
    for han, arabic in (("hmonth", "nmonth"), ("hday", "nday")):
        if han in groups:
            groups[arabic] = str(han_number(groups.pop(han)))
    return groups


def _day_month_nth(groups: dict[str, str],
                   names: CalendarNames) -> tuple[int | None, int | None, int | None] | None:
    """Read day, month and ordinal, applying an ordinal to the day or month it names; None when
    the ordinal names no day ('the last of May')."""
    month = int(groups["nmonth"]) if "nmonth" in groups else _month(groups, names)
    day = int(groups.get("nday") or groups.get("day") or 0) or None
    if "sep" in groups:
        day, month = _day_month_order(day, month, groups["sep"], names.lang)
    if "ord" not in groups:
        return day, month, None
    nth = names.ordinal(groups["ord"])
    if nth is None or (nth == LAST and not {"mword", "dword", "weekday"} & groups.keys()):
        return None  # "last" alone is no day: "the last of May"
    if "mword" in groups:
        month, nth = (12 if nth == LAST else nth), None
    elif "weekday" not in groups:
        day, nth = nth, None
    return day, month, nth


def _valid_day_month_nth(day: int | None, month: int | None, nth: int | None) -> bool:
    """Reject numbers no calendar has (a 13th month, a 32nd day, a 6th weekday of a month)."""
    if not _in_range(month, 1, 12) or (day != LAST and not _in_range(day, 1, 31)):
        return False
    return nth is None or nth == LAST or 1 <= nth <= 5


def _day_month_order(first: int | None, second: int | None, separator: str,
                     lang: str | None) -> tuple[int | None, int | None]:
    """(day, month) of a numeric date: day first, except where only month first can be right
    (10/31/1974) and in English with slashes, where the US order is the convention."""
    if first and second and (second > 12 >= first or (lang == "en" and separator == "/" and first <= 12)):
        return second, first
    return first, second


def _in_range(number: int | None, low: int, high: int) -> bool:
    return number is None or low <= number <= high


def _month(groups: dict[str, str], names: CalendarNames) -> int | None:
    written = groups.get("month") or groups.get("amonth")
    return names.month(written) if written else None


def _plausible_alone(groups: dict[str, str], day: int | None, year: int | None, names: CalendarNames) -> bool:
    """A month or weekday standing alone must be written in full, and capitalised where the
    language capitalises it ("may", "march" are verbs in English, "minggu" is "week" in Indonesian)."""
    if "amonth" in groups:
        return day is not None or year is not None
    if "month" in groups and day is None and year is None and "ord" not in groups:
        return not (names.capitalised and groups["month"][:1].islower())
    if "weekday" in groups and "ord" not in groups and "wdword" not in groups:
        # a name of several words has its capital on any of them: vi "thứ Hai" (but "lần thứ hai", second)
        capital = any(w[:1].isupper() for w in groups["weekday"].split())
        return capital or not names.weekdays_capitalised
    return True


_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")
_WORD_AFTER = re.compile(r"^[ \t]+(\w+)")


def _looks_like_a_name(text: str, match: re.Match[str], names: CalendarNames) -> bool:
    """A capitalised month or weekday standing alone between capitalised words is a name
    ("Kasım Gülpınar", "Theresa May"), unless a lowercase word (a preposition) stands before it."""
    groups = match.groupdict()
    alone = groups.get("month") or (groups.get("weekday") if not groups.get("wdword") else None)
    if not alone or groups.get("day") or groups.get("year") or groups.get("ord") or not alone[:1].isupper():
        return False
    before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    after = _WORD_AFTER.search(text[match.end():match.end() + 40])
    if before and (before.group(1)[:1].islower() or _opening_preposition(text, before)):
        return False
    if after and _capitalised_word(after.group(1), names):
        return True
    return bool(before and _capitalised_word(before.group(1), names)
                and not _sentence_initial(text, before.start()))


def _opening_preposition(text: str, before: re.Match[str]) -> bool:
    """A short word opening the sentence is a preposition ("On Tuesday Burkina Faso …", "Am
    Dienstag Kanzler …"), not a first name."""
    short = len(before.group(1)) <= tuning().dates.preposition_letters
    return short and _sentence_initial(text, before.start())


def _capitalised_word(word: str, names: CalendarNames) -> bool:
    """A capitalised word that is not itself a calendar word or a number."""
    return (word[:1].isupper() and names.month(word) is None and names.weekday(word) is None
            and not word.isupper())


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start].rstrip()
    return not before or before[-1] in ".!?:\n«“\"—–-"


_HAN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}


def han_number(written: str) -> int:
    """Chinese/Japanese numerals up to 99 (三, 十五, 二十三) or Arabic digits."""
    if written.isdigit():
        return int(written)
    if "十" not in written:
        return _HAN_DIGITS.get(written, 0)
    tens, _, units = written.partition("十")
    return (_HAN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_HAN_DIGITS.get(units, 0) if units else 0)
