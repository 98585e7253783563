"""Known names whose context changes what they stand for: a capital inside the name of a treaty is a
place, and a council inside a longer capitalised name is not the UN's."""

from __future__ import annotations

import regex

from dragoman.actors.mentions import Mention
from dragoman.actors.model import IGO, PLACE, STATE
from dragoman.actors.names import NameRules, name_rules
from dragoman.text.casing import lower

_WORD_BEFORE = regex.compile(r"([\p{L}'’-]+)[ \u00a0]+$")
_WORD_AFTER = regex.compile(r"[ \u00a0]+([\p{L}'’-]+)")


def reread_in_context(text: str, lang: str | None, mentions: list[Mention]) -> list[Mention]:
    """Drop organisation names that are part of a longer name; keep capitals in treaty names as mere
    places."""
    rules = name_rules(lang)
    kept = []
    for mention in mentions:
        if mention.type == IGO and " " in mention.text.strip() and _inside_longer_name(
                text, mention, mentions, rules):
            continue
        if mention.type == PLACE and mention.extra.get("metonym_of") and _names_a_document(
                text, mention, rules, lang):
            mention.extra.pop("metonym_of")
        named_water = mention.matched != "adjective" and _names_water(text, mention, rules, lang)
        if mention.type == STATE and named_water:
            continue  # "Sea of Japan", "South China Sea", "Laut China Selatan": no state acts there
        kept.append(mention)
    return kept


def _inside_longer_name(text: str, mention: Mention, mentions: list[Mention], rules: NameRules) -> bool:
    """'National Security Council', 'Russian Security Council': a capitalised word that is no article
    and no organisation's name stands right before the body, so the body is someone else's."""
    before = _WORD_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if before is None or not before.group(1)[0].isupper():
        return False
    word = before.group(1).lower().replace("’", "'")
    if word in rules.connectors or word in rules.calendar:
        return False
    covering = next((m for m in mentions if m.start <= before.start(1) < m.end), None)
    if covering is not None:
        return covering.type != IGO  # 'Russian Security Council', not 'UN Security Council'
    at_start = _SENTENCE_START.search(text, max(0, before.start(1) - 3), before.start(1))
    return not at_start or word in rules.title_words  # 'Yesterday European Union ministers'


_SENTENCE_START = regex.compile(r"(?:^|[.!?…:«»“”„\"\n]\s*|^\s*)$")


def _names_a_document(text: str, mention: Mention, rules: NameRules, lang: str | None) -> bool:
    """'convention de Vienne', 'Treaty of Rome', 'Minsk agreements', 'Astana format'."""
    return _beside_noun(text, mention, rules.place_nouns, rules, lang, reach=4)


def _names_water(text: str, mention: Mention, rules: NameRules, lang: str | None) -> bool:
    """A sea, gulf or strait named after a state ("Gulf of Mexico", "mer de Chine", "Laut China
    Selatan")."""
    return _beside_noun(text, mention, rules.water_nouns, rules, lang, reach=3)


def _beside_noun(text: str, mention: Mention, nouns: frozenset[str], rules: NameRules, lang: str | None,
                 reach: int) -> bool:
    """One of the nouns right after the name, or before it past at most `reach` connector words."""
    if not nouns:
        return False
    after = _WORD_AFTER.match(text, mention.end)
    if after and _fold(after.group(1), lang) in nouns:
        return True
    position = mention.start
    for _ in range(reach):
        before = _WORD_BEFORE.search(text, max(0, position - 40), position)
        if before is None:
            return False
        word = _fold(before.group(1), lang)
        if word in nouns:
            return True
        if word not in rules.connectors and not word.endswith("'"):
            return False
        position = before.start(1)
    return False


def _fold(word: str, lang: str | None) -> str:
    return lower(word, lang).replace("’", "'")
