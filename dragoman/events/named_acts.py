"""Acts named inside a condemnation: 'condemned the Russian attack on Ternopil' reports the attack
too (ASSAULT RUS->UKR), when the noun phrase names both its author and its target."""

from __future__ import annotations

from dragoman.events.clauses import Sentence, participants_in, token_at
from dragoman.events.cues import EventLexicon
from dragoman.events.roles import Participants
from dragoman.records import Mention
from dragoman.settings import tuning
from dragoman.text.lexicon import Entry, Token

# Acts a condemnation may name with their own sides ("the Russian attack on Kyiv", "sanctions of
# the EU against Iran"), and the cues whose object they then are.
NAMED_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION"})
NAMING_CUES = frozenset({"ACCUSE", "REJECT", "PROTEST"})


def naming_cue(sentence: Sentence, index: int, found: list[tuple[int, Entry]],
               lexicon: EventLexicon) -> int | None:
    """The condemning cue whose object the act noun at `index` is (same clause, no comma between)."""
    kind = next(e.value.split("|")[0] for i, e in found if i == index)
    if kind not in NAMED_ACTS or lexicon.verb_final:
        return None
    start, _ = sentence.clause(index)
    takers = [i + e.head - 1 for i, e in found if start <= i < index
              and e.value.split("|")[0] in NAMING_CUES and not sentence.comma_between(i, index)]
    return takers[-1] if takers else None


def named_sides(sentence: Sentence, near: list[Mention], taker_last: int, index: int, entry: Entry,
                lexicon: EventLexicon) -> Participants | None:
    """Author and target the act noun's own phrase names, or None when either is missing:
    the author before the noun ('Russian', "Russia's") or right after it (a genitive, 'by X'),
    the target after both ('on/against X', a city standing for its state)."""
    tokens = sentence.tokens
    last = index + entry.head - 1
    if index - taker_last - 1 > tuning().events.named_act_reach:
        return None  # a noun nested deeper ("the decision to seek sanctions") is not what is condemned
    _, end = sentence.clause(index)
    stop = next((i for i in range(last + 1, end) if sentence.comma_between(i - 1, i)), end)
    lo, hi = tokens[taker_last].end, tokens[stop - 1].end
    sides = [(m, token_at(tokens, m.start)) for m in participants_in(near, lo, hi)
             if m.code and m.type != "REGION" and not m.uncoded]
    author = _author(tokens, sides, index, last, lexicon)
    if author is None:
        return None
    # a target may be any place of its state ("the attack on Ternopil"), not only a capital
    places = [(m.but(type="STATE", place=True), token_at(tokens, m.start)) for m in near
              if m.type == "PLACE" and m.code and not m.metonym_of and lo <= m.start < hi]
    targets = [m for m, i in sorted(sides + places, key=lambda s: s[1])
               if i > last and m.code != author.code and m is not author]
    return Participants([author], targets[:1], "named act") if targets else None


def _author(tokens: list[Token], sides: list[tuple[Mention, int]], index: int, last: int,
            lexicon: EventLexicon) -> Mention | None:
    """'by X' after the noun, else the first party of the phrase: an adjective or possessive before
    the noun, or a genitive right after it; None when too far or others stand before the noun."""
    by = [(m, i) for m, i in sides if i > last and tokens[i - 1].lower in lexicon.by_words]
    if not (by or sides):
        return None
    author, at = (by or sides)[0]
    if at > last + tuning().events.genitive_reach or any(i < index and m is not author for m, i in sides):
        return None  # too far to be the noun's own, or the phrase before the noun names others too
    return author

