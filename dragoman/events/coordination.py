"""Coordinated sides: lists of states that make one side ('Ruotsista, Saksasta ja Puolasta', 'aus
Tschechien, der Slowakei und Ungarn', 'X and Y, as well as Z'), and reciprocal acts of a coordinated
subject ('India and China pulled back their troops'), which PLOVER codes with every party an actor
and nobody the recipient."""

from __future__ import annotations

from collections.abc import Sequence

from dragoman.events.cues import EventLexicon
from dragoman.records import Mention
from dragoman.text.lexicon import Token

# Acts two parties can do together or to each other (agree, meet, cooperate, pull back, exchange
# captives, sign), as opposed to acts that only go one way (attack, aid, accuse).
RECIPROCAL_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "RETREAT", "CONCEDE", "SUPPORT"})


def _filler(token: Token, lexicon: EventLexicon, markers: frozenset[str]) -> bool:
    """A word a list item may open with that is no role of its own: an article ('der Slowakei')
    or a count ('14 European Union countries')."""
    return (token.lower in lexicon.articles and token.lower not in markers) or token.text.isdigit()


def list_step(gap: Sequence[Token], comma: bool, lexicon: EventLexicon, markers: frozenset[str]) -> bool:
    """The gap between two items of a comma list: a comma and at most articles or a count
    ('Tschechien, der Slowakei')."""
    return comma and all(_filler(t, lexicon, markers) for t in gap)


def comma_step(tokens: Sequence[Token], comma: Sequence[bool], span: tuple[int, int], lexicon: EventLexicon,
               markers: frozenset[str]) -> bool:
    """Nothing between tokens span[0] and span[1] but a comma and maybe an article ('Tschechien,
    der Slowakei'); `comma[i]` tells a comma before token i."""
    left, right = span
    inner = any(comma[left + 2 : right + 1])
    return not inner and list_step(tokens[left + 1 : right], comma[left + 1], lexicon, markers)


def phrase_and(gap: Sequence[Token], lexicon: EventLexicon, markers: frozenset[str]) -> bool:
    """A gap that is a coordinator of several words and at most articles or a count after it
    (', as well as 14 European Union countries', ', а также Украины'): the list goes on."""
    words = [t.lower for t in gap]
    for phrase in lexicon.and_words:
        parts = phrase.split()
        if len(parts) > 1 and words[: len(parts)] == parts:
            return all(_filler(t, lexicon, markers) for t in gap[len(parts) :])
    return False


def reciprocal_sides(event_type: str, actor: list[Mention], recipient: list[Mention]) -> list[Mention] | None:
    """A coordinated subject acting on nothing but its own parties ('India and China pulled back
    their troops'): the recipient is empty; None when the sides are not of that kind."""
    own = {m.code for m in actor if m.code}
    if event_type not in RECIPROCAL_TYPES or len(own) < 2 or not recipient:
        return None
    if all(m.code in own for m in recipient):
        return []
    return None
