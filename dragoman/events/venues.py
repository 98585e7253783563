"""Names that take no part in the act of their clause although no preposition of their own says so:
the gathering an act was held at ('on the sidelines of the UN General Assembly', 'en marge de l'AG
de l'ONU', 'am Rande des NATO-Gipfels') and the subject matter of talks ('the situation in the Middle
East', 'Yaxın Şərq … vəziyyətlə bağlı'). A few words after such a phrase (before it, verb-final)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dragoman.settings import tuning

if TYPE_CHECKING:
    from dragoman.events.clauses import Group, Sentence
    from dragoman.events.cues import EventLexicon

# Marks a venue or topic phrase leaves alone: a partner ('with X') or the sides of 'between' named
# right after it are still named for their own role.
_KEPT = frozenset({"with", "between", "source"})


def mark_venues_and_topics(sentence: Sentence, lexicon: EventLexicon) -> None:
    """Mark 'venue' the group a venue phrase governs and 'about' the one a topic phrase governs."""
    for phrases, mark in ((lexicon.venue, "venue"), (lexicon.topic, "about")):
        if phrases is None or not phrases:
            continue
        for index, entry in phrases.find_all(sentence.tokens):
            group = _governed(sentence, (index, index + entry.head - 1), lexicon)
            if group is not None and group.mark not in _KEPT:
                group.mark = mark


def _governed(sentence: Sentence, span: tuple[int, int], lexicon: EventLexicon) -> Group | None:
    """The first group after the phrase (verb-final: the last before it), if the phrase governs it:
    what follows it ('… en marge du sommet de l'OTAN son homologue turc') is named for itself."""
    first, last = span
    if lexicon.verb_final:
        near = next((g for g in reversed(sentence.groups) if g.last < first), None)
    else:
        near = next((g for g in sentence.groups if g.first > last), None)
    return near if near is not None and _governs(sentence, span, near, lexicon) else None


def _governs(sentence: Sentence, span: tuple[int, int], group: Group, lexicon: EventLexicon) -> bool:
    """The group a few tokens after the phrase (verb-final: before it), in its clause (the gathering's
    own noun may be a cue: 'sommet', 'summit'); a comma ends the stretch unless it separates a list
    of names."""
    first, last = span
    if lexicon.verb_final:
        left, right = group.last, first
    else:
        left, right = last, group.first
    if not 0 < right - left <= tuning().events.venue_reach:
        return False
    if any(sentence.hard[i] for i in range(left + 1, right + 1)):
        return False
    return lexicon.verb_final or not sentence.comma_between(left, right)
