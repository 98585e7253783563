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
# Longest word read as a function word joining a name to the noun before it ("de", "of", "des", "l'").
_FUNCTION_WORD = 3


def mark_venues_and_topics(sentence: Sentence, lexicon: EventLexicon) -> None:
    """Mark 'venue' the group a venue phrase governs and 'about' the one a topic phrase governs."""
    for phrases, mark in ((lexicon.venue, "venue"), (lexicon.topic, "about")):
        if phrases is None or not phrases:
            continue
        for index, entry in phrases.find_all(sentence.tokens):
            group = _governed(sentence, (index, index + entry.head - 1), lexicon)
            if group is None:
                continue
            # the topics of talks may be a list; a venue is one gathering ('…de l'OTAN, Erdoğan a …')
            for member in [group] if mark == "venue" else _listed(sentence, group, lexicon):
                if member.mark not in _KEPT:
                    member.mark = mark


def _governed(sentence: Sentence, span: tuple[int, int], lexicon: EventLexicon) -> Group | None:
    """The first group after the phrase (verb-final: the last before it), if the phrase governs it:
    what follows it ('… en marge du sommet de l'OTAN son homologue turc') is named for itself."""
    first, last = span
    if lexicon.verb_final:
        near = next((g for g in reversed(sentence.groups) if g.last < first), None)
    else:
        near = next((g for g in sentence.groups if g.first > last), None)
    if near is None or not _governs(sentence, span, near, lexicon):
        return None
    return near if lexicon.verb_final or _linked(sentence, last, near) else None


def _linked(sentence: Sentence, last: int, group: Group) -> bool:
    """A name joined to the phrase: right after it ('on the sidelines of the SCO summit'), marked by
    a preposition or ending of its own ('للأمم المتحدة', 'găzduită de Minsk'), or after a short
    function word ('de l'ONU'); not one after a noun ('en marge du sommet son homologue turc')."""
    if group.first - last <= 2 or group.mark is not None:
        return True
    before = sentence.tokens[group.first - 1].text
    return len(before) <= _FUNCTION_WORD and before.islower()


def _listed(sentence: Sentence, group: Group, lexicon: EventLexicon) -> list[Group]:
    """The group and those listed with it away from the phrase ('Yaxın Şərq, Şimali Afrika, Cənubi
    Qafqaz … vəziyyətlə bağlı'): names apart only by a comma or 'and'."""
    groups = sentence.groups
    step = -1 if lexicon.verb_final else 1
    found, at = [group], groups.index(group)
    while 0 <= at + step < len(groups):
        left, right = sorted((found[-1], groups[at + step]), key=lambda g: g.first)
        gap = [t.lower for t in sentence.tokens[left.last + 1 : right.first]]
        if any(sentence.hard[i] for i in range(left.last + 1, right.first + 1)) or not (
                (not gap and sentence.comma[right.first]) or (len(gap) == 1 and gap[0] in lexicon.and_words)):
            break
        at += step
        found.append(groups[at])
    return found


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


def topic_of_talks(sentence: Sentence, index: int, lexicon: EventLexicon) -> bool:
    """A cue after a topic phrase of its clause (verb-final: a few tokens before it) is what was
    talked about, no act of its own ('Il a notamment été question … des négociations en cours entre
    l'Arménie et l'Azerbaïdjan')."""
    if lexicon.topic is None or not lexicon.topic:
        return False
    start, end = sentence.clause(index)
    for first, entry in lexicon.topic.find_all(sentence.tokens[start:end]):
        phrase = range(start + first, start + first + entry.head)
        if lexicon.verb_final and 0 < phrase.start - index <= tuning().events.venue_reach:
            return True
        if not lexicon.verb_final and index >= phrase.stop:
            return True
    return False
