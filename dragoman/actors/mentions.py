"""Recognition stage: find states, organisations, regions, places and people as character spans."""

from __future__ import annotations

from collections import Counter

from dragoman.actors.inflection import inflected_script
from dragoman.actors.kb import KnowledgeBase, default_knowledge_base
from dragoman.actors.matcher import NameMatch
from dragoman.actors.model import IGO, ORG, PERSON, PLACE, REGION, STATE, Entity, Name
from dragoman.actors.names import endings_for
from dragoman.languages import kin
from dragoman.records import Mention
from dragoman.text.clitics import proclitics

# When one span names several entities, prefer the kind an analyst most likely means.
_TYPE_RANK = {STATE: 0, IGO: 1, ORG: 2, PERSON: 3, REGION: 4, PLACE: 5}
_KIND_RANK = {"alias": 0, "name": 1, "acronym": 1, "pair": 1, "body": 2, "adjective": 3, "former": 4,
              "seat": 5, "capital": 6}


def match_names(text: str, lang: str | None, day: str | None,
                kb: KnowledgeBase | None = None) -> list[Mention]:
    """Mentions of every known name, one entity chosen per span."""
    kb = kb or default_knowledge_base()
    by_span: dict[tuple[int, int], list[NameMatch]] = {}
    for match in kb.matcher().find(text, endings_for(lang), inflected_script(lang), proclitics(lang), lang):
        by_span.setdefault((match.start, match.end), []).append(match)
    mentions = []
    for (start, end), candidates in sorted(by_span.items()):
        votes = Counter(c.name.entity for c in candidates)
        rival_entities = len(votes) > 1
        best = min(candidates, key=lambda m: _rank(m, kb, lang, day, rival_entities, votes))
        chosen = [best.name.entity]
        if best.name.kind == "pair":  # "한미", "日米": one span, both states (in the order listed)
            chosen = list(dict.fromkeys(c.name.entity for c in candidates if c.name.kind == "pair"))
        mentions += [mention_for(kb.entities[e], text, start, end, best.name.kind, day) for e in chosen]
    return mentions


def _rank(match: NameMatch, kb: KnowledgeBase, lang: str | None, day: str | None,
          rival_entities: bool, votes: Counter[str]) -> tuple[int, int, int, int, int, int]:
    """Written most nearly as is (ЕСПЧ over ЕС + case ending, Нигерии over Нигер + ии), then, between
    entities, a name of the text's language or its kin (Spanish EU is Estados Unidos), else the entity
    most languages give this name (EU in a Bosnian text: eight languages' EU, one's United States),
    type, validity, kind."""
    name = match.name
    entity = kb.entities[name.entity]
    inflected = abs(match.end - match.start - len(name.text))
    same_language = 0 if name.lang is None or name.lang in kin(lang) or not rival_entities else 1
    most_named = -votes[name.entity] if same_language else 0
    return (inflected, same_language, most_named, _TYPE_RANK.get(entity.type, 9),
            int(not _valid_on(name, day)), _KIND_RANK.get(name.kind, 9))


def _valid_on(name: Name, day: str | None) -> bool:
    """A dated name (Nur-Sultan 2019–2022, Turkic Council to 2021) fits an article of its time."""
    if day is None:
        return name.valid_to is None
    return (name.valid_from is None or name.valid_from[: len(day)] <= day) and (
        name.valid_to is None or day[: len(name.valid_to)] <= name.valid_to)


def mention_for(entity: Entity, text: str, start: int, end: int, how: str, day: str | None,
                role: str | None = None) -> Mention:
    """A mention of a known entity; a person is coded as the state or IGO they act for that day."""
    office = entity.office_on(day) if entity.type == PERSON else None
    code = office.code if office else entity.code
    mention = Mention(start, end, text[start:end], entity.type, entity.name, code, how,
                      entity.wikidata_id, role or (office.role if office else None), entity.key)
    if entity.type == PLACE:
        mention.extra["metonym_of"] = entity.state
    mention.sector_code = entity.sector
    return mention


def is_actor(mention: Mention) -> bool:
    return mention.type in (STATE, IGO, ORG, REGION, PERSON) and mention.code is not None
