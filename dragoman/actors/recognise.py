"""The actor stage: needs cleaned text, language and date; adds `mentions` to the document."""

from __future__ import annotations

from dragoman.actors.bystanders import bystanders
from dragoman.actors.context import reread_in_context
from dragoman.actors.family_first import find_family_first
from dragoman.actors.kb import KnowledgeBase, default_knowledge_base
from dragoman.actors.mentions import Mention, match_names
from dragoman.actors.model import PERSON
from dragoman.actors.people import (
    find_spelling_variants,
    full_names,
    join_given_names,
    namesakes,
    other_bearers,
    surname_states,
)
from dragoman.actors.places import find_cities
from dragoman.actors.references import find_role_references
from dragoman.actors.titles import find_titled_people, uncorroborated
from dragoman.deadline import check_deadline
from dragoman.document import Document
from dragoman.text.spans import GrowingSpans


def recognise_mentions(text: str, lang: str | None, day: str | None,
                       kb: KnowledgeBase | None = None) -> list[Mention]:
    """All actor mentions of a text, and the cities it names, in order, without overlaps."""
    kb = kb or default_knowledge_base()
    mentions = reread_in_context(text, lang, match_names(text, lang, day, kb))
    someone_else = {(m.start, m.entity_key) for m in other_bearers(text, lang, mentions, kb)}
    mentions = _without(mentions, someone_else)
    check_deadline("actors (names)")
    mentions = _merge(mentions, find_titled_people(text, lang, mentions, day, kb), replace=True)
    mentions = _merge(mentions, find_family_first(text, lang, mentions, day, kb))
    mentions = join_given_names(text, mentions, kb)
    someone_else |= {(m.start, m.entity_key) for m in namesakes(mentions, kb)}
    mentions = _without(mentions, someone_else)
    check_deadline("actors (titles)")
    doubtful = {id(d) for d in uncorroborated(text, lang, mentions)}
    mentions = full_names([m for m in mentions if id(m) not in doubtful])
    people = {m.entity_key or m.text: m for m in mentions if m.type == PERSON}
    mentions = _merge(mentions, surname_states(mentions, people), replace=True)
    variants = _without(find_spelling_variants(text, lang, mentions, people, day, kb), someone_else)
    mentions = _merge(mentions, variants)
    check_deadline("actors (spelling variants)")
    references, absorbed = find_role_references(text, lang, mentions, day, kb)
    taken_in = {id(a) for a in absorbed}
    mentions = _merge([m for m in mentions if id(m) not in taken_in], references)
    mentioned_only = {id(m) for m in bystanders(text, lang, mentions)}
    mentions = [m for m in mentions if id(m) not in mentioned_only]
    return _merge(mentions, find_cities(text, lang, kb))  # known entities win


def add_mentions(document: Document, kb: KnowledgeBase | None = None) -> Document:
    """Pipeline stage: fill document.mentions."""
    found = recognise_mentions(document.text, document.lang, document.published, kb)
    document.mentions = found
    return document


def _without(mentions: list[Mention], excluded: set[tuple[int, str | None]]) -> list[Mention]:
    """Mentions other than those read, at a start, as a person they are not."""
    return [m for m in mentions if (m.start, m.entity_key) not in excluded]


def _merge(first: list[Mention], second: list[Mention], replace: bool = False) -> list[Mention]:
    """Add mentions that overlap nothing; with `replace`, a person also replaces the mentions lying
    inside it that are not other people (a state read as a surname: Luís Montenegro; the surname
    alone before its given name was seen: Нурланом Ермекбаевым)."""
    kept, dropped = list(first), set[int]()
    spans = GrowingSpans(first)
    for mention in second:
        overlapping = [m for m in spans.overlapping(mention.start, mention.end) if id(m) not in dropped]
        if replace and overlapping and all(
                (m.type != PERSON or m.entity_key == mention.entity_key)
                and mention.start <= m.start and m.end <= mention.end for m in overlapping):
            dropped.update(id(m) for m in overlapping)
            overlapping = []
        if not overlapping:
            kept.append(mention)
            spans.add(mention)
    return sorted((m for m in kept if id(m) not in dropped), key=lambda m: (m.start, m.end))
