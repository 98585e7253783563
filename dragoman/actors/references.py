"""Role references: 'le président kazakh', 'the Russian diplomat', 'Pemimpin Kazakhstan itu' resolved
to the person meant."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache

import regex

from dragoman.actors.kb import KnowledgeBase
from dragoman.actors.mentions import Mention, mention_for
from dragoman.actors.model import IGO, PERSON, STATE, Entity
from dragoman.actors.names import name_rules, name_run
from dragoman.actors.people import given_names
from dragoman.actors.titles import skip_to_name, title_pattern
from dragoman.deadline import check_deadline
from dragoman.languages import language
from dragoman.settings import tuning
from dragoman.text.casing import lower
from dragoman.text.spans import SpanIndex, attr_span

# The roles of a named person that a reference word can point back to; a role not listed here only
# points back to the same role. "official" points back to anyone.
_POINTS_TO = {
    "head of state": {"president", "monarch", "head of state"},
    "head of government": {"prime minister", "chancellor", "head of government"},
    "prime minister": {"prime minister", "head of government"},
    "leader": {"president", "prime minister", "chancellor", "monarch", "head of state", "head of government",
               "leader", "chair", "commission president", "council president", "secretary-general"},
    "president": {"president", "head of state", "commission president", "council president"},
    "minister": {"minister", "foreign minister", "defence minister", "deputy minister",
                 "deputy foreign minister"},
    "deputy minister": {"deputy minister", "deputy foreign minister"},
    "diplomat": {"foreign minister", "deputy foreign minister", "ambassador", "envoy", "diplomat",
                 "special representative", "high representative", "spokesperson"},
    "envoy": {"envoy", "special representative", "high representative", "ambassador"},
    "ambassador": {"ambassador", "envoy"},
    "chair": {"chair", "president", "council president"},
}
# Offices a state or organisation has one holder of at a time: a reference to one of these with no
# earlier name may be its holder on the day ('президент России'), not 'посол России'.
_SINGLE_HOLDER = frozenset({
    "president", "vice president", "prime minister", "chancellor", "monarch", "foreign minister",
    "defence minister", "secretary-general", "high representative", "director-general",
    "commission president", "council president", "head of state", "head of government", "leader",
    "chair", "spokesperson",
})


@cache
def reference_pattern(lang: str | None) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """Reference words of a language and its titles, except portfolio phrases that start with a
    connector ('des affaires étrangères' names a ministry, it does not stand for a person) and
    titles too vague to point back to one person (directors: 'official')."""
    roles = {lower(k, lang): v for k, v in language(lang or "en").section("references").items()}
    _, titles = title_pattern(lang)
    connectors = name_rules(lang).connectors
    titles = {k: v for k, v in titles.items() if v != "official"
              and k.split()[0] not in connectors and k.split("'")[0] + "'" not in connectors}
    roles = {**titles, **roles}
    if not roles:
        return None, roles
    phrases = sorted(roles, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, phrases))})(?!\w)", re.I), roles


def find_role_references(text: str, lang: str | None, known: list[Mention], day: str | None,
                         kb: KnowledgeBase) -> tuple[list[Mention], list[Mention]]:
    """References resolved to people, and the nationality adjectives they took in ('président russe')."""
    pattern, roles = reference_pattern(lang)
    if pattern is None:
        return [], []
    found: list[Mention] = []
    absorbed: list[Mention] = []
    given = given_names(kb)
    near = SpanIndex(known, attr_span)
    people = _People([m for m in known if m.type == PERSON])
    for match in pattern.finditer(text):
        check_deadline("actors (role references)")
        role = roles.get(lower(match.group(), lang))
        reach = tuning().actors.title_local_reach
        local = near.touching(match.start() - reach, match.end() + reach)
        if role is None or near.overlapping(match.start(), match.end()) \
                or _names_someone(text, match.end(), local, lang, given):
            continue
        code, adjective = _adjacent_code(match.start(), match.end(), text, local, lang)
        end = adjective.end if adjective is not None else match.end()
        person = _resolve(text, role, code, match.start(), people, day, kb)
        if person is None:
            continue
        if isinstance(person, Entity):
            found.append(mention_for(person, text, match.start(), end, "role", day, role))
        else:
            found.append(person.copied(match.start(), end, text[match.start():end], "role"))
        if adjective is not None:
            absorbed.append(adjective)
    return found, absorbed


def _names_someone(text: str, end: int, known: list[Mention], lang: str | None,
                   given: frozenset[str]) -> bool:
    """A role word followed by a name is a title, not a reference back."""
    cursor, _ = skip_to_name(text, end, known, lang)
    return name_run(text, cursor, known, lang, given) is not None or any(
        m.start == cursor and m.type == PERSON for m in known)


def _adjacent_code(start: int, end: int, text: str, known: list[Mention],
                   lang: str | None) -> tuple[str | None, Mention | None]:
    """The state of a reference: a nationality right before it, or one after it ('президент России',
    'le président russe'); an adjective after it becomes part of the reference."""
    rules = name_rules(lang)
    for mention in known:
        if mention.type not in (STATE, IGO) or not mention.code:
            continue
        gap = text[end:mention.start]
        adjective = mention.matched == "adjective"
        if 0 <= mention.start - end <= tuning().actors.role_nationality_gap and all(
                w.lower().replace("’", "'") in rules.connectors for w in gap.split()) and "." not in gap \
                and (rules.nationality_after or not adjective):
            return mention.code, mention if adjective else None
        if 0 <= start - mention.end <= 1:
            return mention.code, None
    return None, None


class _People:
    """The people named, searched backwards from a position (not scanned whole for each reference)."""

    def __init__(self, people: list[Mention]) -> None:
        self.people = people
        starts = [m.start for m in people]
        self.starts = starts if starts == sorted(starts) else None
        self.index = SpanIndex(people, attr_span)

    def last_before(self, position: int, fits: Callable[[Mention], bool]) -> Mention | None:
        """The last person in text order ending by `position` that fits."""
        stop = len(self.people) if self.starts is None else bisect_left(self.starts, position)
        return next((m for m in map(self.people.__getitem__, range(stop - 1, -1, -1))
                     if m.end <= position and fits(m)), None)


def _resolve(text: str, role: str, code: str | None, position: int, people: _People,
             day: str | None, kb: KnowledgeBase) -> Entity | Mention | None:
    """The last person named before whose role fits (and state, when one is given), else the one
    holder of that office on the article's day (an undated text does not say which holder), unless
    the sentence goes on to name someone of that state."""
    fits = _POINTS_TO.get(role, {role})
    earlier = people.last_before(position, lambda m: (code is None or m.code == code)
                                 and (role == "official" or m.role in fits))
    if earlier is not None:
        return earlier
    if code and day and role in _SINGLE_HOLDER and not _named_later(text, code, position, people.index):
        holders = kb.holders(role, code, day)
        if len(holders) == 1:
            return holders[0]
    return None


_SENTENCE_BREAK = regex.compile(r"[.!?\n]")


def _named_later(text: str, code: str, position: int, people: SpanIndex[Mention]) -> bool:
    """'Perwakilan Tinggi UE ... Josep Borrell': the role word introduces a name further on."""
    stop = _SENTENCE_BREAK.search(text, position)
    end = stop.start() if stop else len(text)  # a person named before the first break after it
    return any(m.code == code and position < m.start <= end for m in people.overlapping(position, end + 1))


