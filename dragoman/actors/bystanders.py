"""People named only as the possessor of a government, regime or plan ("el gobierno de Donald Trump",
"die Gewalt des Regimes von Präsident Assad", "이명박 정부"): the article mentions them, they neither
act nor speak in it, so they are not among its people (the gold rule: people act or speak)."""

from __future__ import annotations

from functools import cache

import regex

from dragoman.actors.model import PERSON
from dragoman.actors.names import NameRules, name_rules
from dragoman.languages import load_language
from dragoman.records import Mention
from dragoman.text.casing import lower
from dragoman.text.spans import SpanIndex, attr_span

_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*|[^\s\p{L}\p{M}\p{N}]")
_AFTER_SPACES = regex.compile(r"[ \u00a0]*-?")  # "az Orbán-kormány"
_SENTENCE_END = frozenset(".!?…:;\"«»“”„")
_SKIPPED_MARKS = frozenset(",–—-()")
# Words looked at before a name for its head noun: "la Administración del presidente de EE.UU., Donald
# Trump" needs seven (tuned on gold/real-dev.jsonl, es and de articles).
_WORDS_BEFORE = 8
_CONTEXT_CHARS = 120
# Title words between a name and a possessor noun after it ("miniszterelnök jelenlétében").
_TITLE_WORDS_AFTER = 2


@cache
def possessor_nouns(lang: str | None) -> tuple[frozenset[str], bool]:
    """`[names] possessor_nouns`: nouns whose complement is a person only mentioned (government of X),
    and `possessor_after`: whether they follow the name with endings ("Trump yönetimi", "이명박 정부")."""
    own = load_language(lang).get("names", {}) if lang else {}
    return frozenset(lower(w, lang) for w in own.get("possessor_nouns", [])), bool(own.get("possessor_after"))


def bystanders(text: str, lang: str | None, mentions: list[Mention]) -> list[Mention]:
    """Mentions of people each of whose mentions is a possessor's (the government of X, X's regime)."""
    heads, after = possessor_nouns(lang)
    if not heads:
        return []
    rules = name_rules(lang)
    actors = SpanIndex([m for m in mentions if m.type != PERSON], attr_span)
    by_person: dict[str, list[Mention]] = {}
    for mention in mentions:
        if mention.type == PERSON:
            by_person.setdefault(mention.entity_key or mention.text, []).append(mention)
    return [m for group in by_person.values()
            if all(_head_after(text, lang, m, heads, after, rules.title_words)
                   or (not after and _head_before(text, lang, m, heads, rules, actors)) for m in group)
            for m in group]


def _head_before(text: str, lang: str | None, mention: Mention, heads: frozenset[str], rules: NameRules,
                 actors: SpanIndex[Mention]) -> bool:
    """A possessor noun before the name, with only connectors, title words, states and commas between
    ("captura del presidente venezolano, Nicolás Maduro", "Administración Trump"); title words only
    after a connector ("government spokesman John Smith" speaks), and the noun no part of a title
    ("presidente del Gobierno Pedro Sánchez", "předseda vlády Andrej Babiš")."""
    offset = max(0, mention.start - _CONTEXT_CHARS)
    tokens = [(t.group(), lower(t.group(), lang).replace("’", "'"), t.start(), t.end())
              for t in _TOKEN.finditer(text, offset, mention.start)]
    own = own_connectors(lang)
    titled = connected = False
    for index in range(len(tokens) - 1, max(-1, len(tokens) - 1 - _WORDS_BEFORE), -1):
        word, folded, start, end = tokens[index]
        if folded in heads:
            return (connected or not titled) and not _in_title(tokens[:index], own, rules)
        if word in _SENTENCE_END or "\n" in text[end:mention.start]:
            return False
        titled = titled or folded in rules.title_words
        connected = connected or (titled and folded in own)
        if not (word in _SKIPPED_MARKS or folded in rules.connectors or folded in rules.title_words
                or actors.overlapping(start, end)):
            return False
    return False


def _in_title(before: list[tuple[str, str, int, int]], own: frozenset[str], rules: NameRules) -> bool:
    """The words before a possessor noun make it the complement of a title (presidente del Gobierno)."""
    for _word, folded, _start, _end in reversed(before[-3:]):
        if folded in rules.title_words:
            return True
        if folded not in own:
            return False
    return False


@cache
def own_connectors(lang: str | None) -> frozenset[str]:
    """The language's own `[names] connectors` (Czech "a" is "and", not the English article)."""
    own = load_language(lang).get("names", {}).get("connectors", []) if lang else []
    return frozenset(lower(w, lang).replace("’", "'") for w in own)


def _head_after(text: str, lang: str | None, mention: Mention, heads: frozenset[str], endings: bool,
                title_words: frozenset[str]) -> bool:
    """A possessor noun right after the name, or after its title ("the Trump administration",
    "이명박 정부", "Nicolae Ciuca miniszterelnök jelenlétében"), with endings where the language writes
    them so."""
    cursor = mention.end
    for _ in range(_TITLE_WORDS_AFTER + 1):
        gap = _AFTER_SPACES.match(text, cursor)
        following = _TOKEN.match(text, gap.end() if gap else cursor)
        if following is None:
            return False
        word = lower(following.group(), lang)
        if word in heads or (endings and any(word.startswith(h) for h in heads)):
            return True
        if word not in title_words:
            return False
        cursor = following.end()
    return False
