"""The actor stage: needs cleaned text, language and date; adds `mentions` to the document."""

from __future__ import annotations

from dragoman.actors.kb import KnowledgeBase, default_knowledge_base
from dragoman.actors.mentions import Mention, match_names
from dragoman.actors.model import PERSON
from dragoman.actors.people import find_role_references, find_spelling_variants, find_titled_people
from dragoman.document import Document


def recognise_mentions(text: str, lang: str | None, day: str | None,
                       kb: KnowledgeBase | None = None) -> list[Mention]:
    """All actor mentions of a text, in order, without overlaps."""
    kb = kb or default_knowledge_base()
    mentions = match_names(text, lang, day, kb)
    mentions = _merge(mentions, find_titled_people(text, lang, mentions, day, kb))
    people = {m.entity_key or m.text: m for m in mentions if m.type == PERSON}
    mentions = _merge(mentions, find_spelling_variants(text, lang, mentions, people, day, kb))
    return _merge(mentions, list(find_role_references(text, lang, mentions, day, kb)))


def add_mentions(document: Document, kb: KnowledgeBase | None = None) -> Document:
    """Pipeline stage: fill document.mentions."""
    found = recognise_mentions(document.text, document.lang, document.published, kb)
    document.mentions = [m.to_json() for m in found]
    return document


def _merge(first: list[Mention], second: list[Mention]) -> list[Mention]:
    kept = list(first)
    for mention in second:
        if not any(m.start < mention.end and mention.start < m.end for m in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: (m.start, m.end))
