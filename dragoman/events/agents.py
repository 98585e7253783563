"""Generic agents ('police', 'rebels', 'les manifestants', 'die Regierung'): sector-coded participants
that fill a side of an event no coded actor fills. PLOVER codes them with a country (a nationality
adjective beside them, else the article's most named state) and a sector (COP, REB, CVL …)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from dragoman.events.roles import Participants
from dragoman.languages import language, load_language
from dragoman.records import Mention
from dragoman.settings import tuning
from dragoman.text.lexicon import Lexicon, Token

AGENT = "AGENT"
# Text between a nationality adjective and the agent noun after it: at most one lowercase word
# ("Kenyan riot police", "die kenianische Polizei"); after a state's name, a possessive ("Kenya's police").
_GAP_BEFORE = re.compile(r"\s+([a-zà-ÿа-яёіїєґ-]+\s+)?")
_POSSESSIVE = re.compile(r"['’]s?\s+")
# Between a counted crowd and who they are: a space, or one short lowercase word ("of", "de", "di").
_OF_GAP = re.compile(r"\s+(?:[a-zà-ÿ]{1,3}\s+)?")
# An adjective after its noun must follow it directly ("la police kényane", "la policía keniana").
_GAP_AFTER = re.compile(r"\s+")


@cache
def agent_lexicon(lang: str | None) -> Lexicon:
    """The language's `[agents]` nouns, each valued with its PLOVER sector code."""
    table = language(lang).section("agents")
    return Lexicon([(noun, sector) for noun, sector in table.items() if isinstance(sector, str)], lang)


@cache
def _options(lang: str | None) -> tuple[bool, bool, re.Pattern[str] | None]:
    """Whether a state's bare name right before ('Kenya police', 'Türkiye hükümeti') or right after
    ('правительство Грузии', 'pemerintah Indonesia') an agent noun belongs to its noun phrase, and
    the locative words placing an agent in a state ('the military authorities in Niger')."""
    data = load_language(lang) if lang else {}
    table = data.get("agents", {})
    locative = [w for w in data.get("syntax", {}).get("locative", []) if isinstance(w, str)]
    located = re.compile(rf"\s+(?:{'|'.join(map(re.escape, locative))})\s+", re.I) if locative else None
    return table.get("name_before") is True, table.get("name_after") is True, located


def article_state(mentions: list[Mention]) -> str | None:
    """The state the article is most about (states, and places standing for their state)."""
    counts = Counter(m.code for m in mentions if m.code and m.type == "STATE")
    counts.update(m.metonym_of for m in mentions if m.metonym_of)
    return counts.most_common(1)[0][0] if counts else None


def find_agents(text: str, tokens: list[Token], mentions: list[Mention], lang: str | None,
                home: str | None) -> list[Mention]:
    """Agent pseudo-mentions of a sentence; one beside a nationality adjective takes its code and
    span, and names the mention it absorbs under 'absorbs'."""
    found: list[Mention] = []
    matches = agent_lexicon(lang).find_all(tokens)
    if not matches:
        return found
    options = _options(lang)
    home = _scene(text, tokens, mentions, options[2], _place_endings(lang)) or home
    for index, entry in matches:
        first, last = tokens[index], tokens[index + entry.head - 1]
        if any(m.holds(first.start) for m in mentions):
            continue  # part of a name: "Police Service Commission", "Amnesty International"
        beside = _adjective(text, first.start, last.end, mentions, options)
        start, end = (min(first.start, beside.start), max(last.end, beside.end)) if beside else (
            first.start, last.end)
        placed = None if beside else _located_in(text, last.end, mentions, options[2])
        code = beside.code if beside else (placed or home)
        found.append(agent_mention(text, start, end, code, entry.value, beside,
                                   home=beside is None and placed is None))
    found = [a for a, b in zip(found, [*found[1:], None], strict=False) if not _counts(text, a, b)]
    for agent, following in zip(found[::-1][1:], found[::-1], strict=False):  # right to left
        if agent.home and not following.home and not text[agent.end : following.start].strip():
            agent.code, agent.home = following.code, False  # "the military authorities in Niger"
    return found


def scene_state(text: str, tokens: list[Token], mentions: list[Mention],
                lang: str | None) -> str | None:
    """The state of the place a sentence happens in, by the language's locative words."""
    return _scene(text, tokens, mentions, _options(lang)[2], _place_endings(lang))


@cache
def _place_endings(lang: str | None) -> tuple[str, ...]:
    """[syntax] locative_endings written on the word itself (ka "თბილისში", kk "Астанада")."""
    syntax = language(lang).section("syntax")
    return tuple(e.lower() for e in syntax.get("locative_endings", []) if e[:1] not in "'’")


def agent_mention(text: str, start: int, end: int, code: str | None, sector: str,
                  absorbs: Mention | None, home: bool) -> Mention:
    """An agent pseudo-mention: a sector-coded participant of a state, in the mentions' shape."""
    return Mention(start, end, text[start:end], AGENT, None, code, "", sector_code=sector, absorbs=absorbs,
                   home=home)


def _scene(text: str, tokens: list[Token], mentions: list[Mention],
           located: re.Pattern[str] | None, endings: tuple[str, ...] = ()) -> str | None:
    """The state of the place the sentence happens in ("protested outside the embassy in Seoul",
    a city in the locative case: "თბილისში"): where agents without a nationality are ("police")."""
    if (located is None and not endings) or not tokens:
        return None
    start, end = tokens[0].start, tokens[-1].end
    for mention in mentions:
        if not (start <= mention.start < end and mention.type in ("PLACE", "STATE") and mention.code
                and mention.matched != "adjective"):
            continue
        before = text[max(start, mention.start - 12) : mention.start] + " "
        if (located is not None and located.search(before)) or (
                mention.type == "PLACE" and mention.text.lower().endswith(endings)):
            return str(mention.code)
    return None


def _counts(text: str, agent: Mention, following: Mention | None) -> bool:
    """An agent counting the next one ("dozens of opposition supporters", "тысячи протестующих"):
    the next is who they are."""
    if following is None or agent.absorbs:
        return False
    return bool(_OF_GAP.fullmatch(text[agent.end : following.start]))


def _adjective(text: str, start: int, end: int, mentions: list[Mention],
               options: tuple[bool, bool, re.Pattern[str] | None]) -> Mention | None:
    """A state named in the agent's own noun phrase: an adjective or possessive right beside it,
    or a bare name where the language puts one there."""
    name_before, name_after, _ = options
    for mention in mentions:
        if mention.type != "STATE" or not mention.code:
            continue
        adjective = mention.matched == "adjective"
        gap = _GAP_BEFORE if adjective else _POSSESSIVE
        before = text[mention.end : start]
        bare = name_before and _GAP_AFTER.fullmatch(before)
        if mention.end <= start and (gap.fullmatch(before) or bare):
            return mention
        if (adjective or name_after) and mention.start >= end and _GAP_AFTER.fullmatch(
                text[end : mention.start]):
            return mention
    return None


def _located_in(text: str, end: int, mentions: list[Mention],
                located: re.Pattern[str] | None) -> str | None:
    """The state an agent is in ("the military authorities in Niger"): it keeps its own role."""
    if located is None:
        return None
    for mention in mentions:
        if (mention.type == "STATE" and mention.code and mention.matched != "adjective"
                and mention.start >= end and located.fullmatch(text[end : mention.start])):
            return str(mention.code)
    return None


def with_agents(sides: Participants, extra: Participants) -> Participants:
    """Fill an empty side from the roles found with agents (`extra`), only with agents, and
    keep the side already found: agents never displace coded actors."""
    if not sides.actor and _only_agents(extra.actor):
        recipient = sides.recipient or [m for m in extra.recipient if is_agent(m)]
        return Participants(extra.actor, recipient, extra.how + "+agent")
    uncoded = not any(m.code for m in sides.recipient)  # nobody, or someone not in the KB
    if sides.actor and uncoded and _only_agents(extra.recipient) and _ids(sides.actor) == _ids(extra.actor):
        return Participants(sides.actor, extra.recipient, sides.how + "+agent")
    return sides


def is_agent(mention: Mention) -> bool:
    return mention.type == AGENT


def _only_agents(side: list[Mention]) -> bool:
    return bool(side) and all(is_agent(m) for m in side)


def _ids(side: list[Mention]) -> list[int]:
    return [id(m) for m in side]


def protest_sides(text: str, sides: Participants,
                  target_words: tuple[re.Pattern[str] | None, re.Pattern[str] | None],
                  scene: str | None, home: str | None) -> Participants:
    """Protesters act against a state; they are not it: a state named with an embassy or after
    "against" ("outside the Russian embassy", "gegen die Gewalt des syrischen Regimes") is the
    protest's target, and the protesters are of the place they protest in (else of the article's
    country), as PLOVER codes civilians."""
    targets = _protest_targets(text, sides.actor, target_words)
    if not targets:
        return sides
    actor = [m for m in sides.actor if m not in targets]
    target_codes = {m.code for m in targets}
    where = next((c for c in (scene, home) if c and c not in target_codes), None)
    recipient = [*targets, *sides.recipient]
    if not actor and where:
        at = targets[0].start
        actor = [agent_mention(text, at, at, where, "CVL", None, home=False)]
        recipient = [m for m in recipient if m.code != where]  # "у Києві" is where, not whom
    return Participants(actor, recipient, sides.how + "+target")


def _protest_targets(text: str, actors: list[Mention],
                     target_words: tuple[re.Pattern[str] | None, re.Pattern[str] | None],
                     ) -> list[Mention]:
    """Pick the coded states an actor side names by an embassy or after 'against': what is
    protested, not who protests."""
    before, after = target_words
    # a capital by an embassy is where it stands ("Rusya'nın Ankara Büyükelçiliği"), not its owner
    named = [m for m in actors
             if m.code and (m.type in ("STATE", "IGO") or m.absorbs)
             and not m.place and m.matched != "capital"]
    reach = tuning().events.protest_target_reach
    return [m for m in named
            if ((before and before.search(text[max(0, m.start - reach) : m.start]))
                 or (after and after.search(text[m.end : m.end + reach])))]
