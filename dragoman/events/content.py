"""Whether a cue is the content of an earlier one in its clause ("urged X to sign", "agreed to
expand cooperation", "condemned the shelling"): one event, not two."""

from __future__ import annotations

from dragoman.events.clauses import Sentence
from dragoman.events.cues import EventLexicon
from dragoman.text.clitics import proclitics
from dragoman.text.lexicon import Entry, Token

# Cues whose clause content is theirs: "urged X to sign", "agreed to expand cooperation",
# "threatened to impose sanctions", "rejected the accusations", "condemned the shelling",
# "thanked X for its help" are one event, not two.
_TAKES_CONTENT = frozenset({"REQUEST", "AGREE", "THREATEN", "REJECT", "ACCUSE", "SUPPORT"})
# In verb-final clauses the content comes first, and only these take it ("бірлескен мәлімдемеге қол
# қойды": signed a joint statement; "saldırılarını kınadı": condemned the attacks; "suçlamaları
# reddetti": rejected the accusations; "ilişkilerin güçlendirilmesi gerektiğini söyledi" stays two).
_VERB_FINAL_TAKERS = frozenset({"SUPPORT", "AGREE", "ACCUSE", "REJECT"})
# Cues whose content stays theirs even after a possessive ("vowed to expand its cooperation",
# "intensivieren ihre Zusammenarbeit"), unlike "thanked X for its support".
_PROMISES = frozenset({"AGREE", "REQUEST", "THREATEN"})
# Meetings take only material content ("discussed the protests", "talks on the truce"): a verbal
# act after a meeting noun is its own event ("in a call on Wednesday both agreed").
_MEETING_CONTENT = frozenset({"COOPERATE", "AID", "RETREAT", "CONCEDE", "PROTEST", "SANCTION",
                              "MOBILIZE", "COERCE", "ASSAULT"})


def content_of_earlier_cue(sentence: Sentence, index: int, found: list[tuple[int, Entry]],
                            lexicon: EventLexicon) -> bool:
    """'urged X to sign', 'agreed to expand cooperation': the second cue is what the first asks
    or promises, in the same clause with no comma between ('condemned … and urged …' are two).
    Verb-final clauses name the content first ('бірлескен мәлімдемеге қол қойды': signed a joint
    statement), and cooperation named before the verb that takes it ('eine engere Zusammenarbeit
    vereinbart') is its content in any language."""
    kind = cue_type(found, index)
    start, end = sentence.clause(index)
    if _owned(sentence, index, lexicon):  # "thanked Paris for its support": Paris's own act, as is
        # "reaffirmed its support"; but "agreed to deepen their cooperation" is what is promised
        return kind == "COOPERATE" and _taken(sentence, index, found, range(start, index), set(), _PROMISES,
                                                 lexicon)
    if _passive_after(sentence, index, end, found, lexicon):
        return True  # "Agreements were signed": the agreements are what was signed
    if kind == "COOPERATE" and _taken(sentence, index, found, range(index + 1, end), {"CONSULT"}):
        return True
    if lexicon.verb_final:  # only what is signed, welcomed or agreed on ('… мәлімдемеге қол қойды')
        return _taken(sentence, index, found, range(index + 1, end), set(), _VERB_FINAL_TAKERS)
    if lexicon.verb_last and _taken(sentence, index, found, range(index + 1, end), set(), _VERB_FINAL_TAKERS):
        return True  # "از اعمال تحریم‌ها … انتقاد کرد": the sanctions are what is criticised
    coordinated = _coordinated(sentence.tokens, index, lexicon)
    if coordinated or _passive_before(sentence, index, lexicon):
        return False
    meetings = {"CONSULT"} if kind in _MEETING_CONTENT else set()
    if lexicon.verb_last:  # an earlier cue that is itself content of a later verb owns nothing
        found = [(other, entry) for other, entry in found if other >= index or not _taken(
            sentence, other, found, range(other + 1, index + 1), set(), _VERB_FINAL_TAKERS)]
    return _taken(sentence, index, found, range(start, index), meetings, lexicon=lexicon)


def _coordinated(tokens: list[Token], index: int, lexicon: EventLexicon) -> bool:
    """'… and urged', 'mais a demandé', 'and has also urged', Arabic 'ودعت' (and-urged, one word):
    a new act joined to the one before."""
    joins = lexicon.and_words | lexicon.but_words
    if proclitics(lexicon.lang).split(tokens[index].lower)[0][:1] in joins:
        return True
    before = index - 1
    while before > 0 and index - before <= 2 and tokens[before].lower in lexicon.auxiliaries:
        before -= 1
    return before >= 0 and tokens[before].lower in joins


def _taken(sentence: Sentence, index: int, found: list[tuple[int, Entry]], where: range, more: set[str],
           takers: frozenset[str] = _TAKES_CONTENT, lexicon: EventLexicon | None = None) -> bool:
    """A content-taking cue in `where`, with no comma between it and tokens[index] (but for
    infinitive clauses after a promise: 'ihre Absicht bekräftigt, den Handel zu erweitern')."""
    return any(other in where and entry.value.split("|")[0] in takers | more
               and (not sentence.comma_between(min(other, index), max(other, index))
                    or _infinitive_content(sentence, other, index, entry, lexicon))
               for other, entry in found)


def _infinitive_content(sentence: Sentence, taker: int, index: int, entry: Entry,
                        lexicon: EventLexicon | None) -> bool:
    """Every comma-bounded stretch from the promise to the cue's own is an infinitive clause."""
    if lexicon is None or not lexicon.infinitive or taker > index:
        return False
    if entry.value.split("|")[0] not in _PROMISES:
        return False
    _, end = sentence.clause(index)
    cuts = [i for i in range(taker + 1, end) if sentence.comma_between(i - 1, i)]
    if not cuts:
        return False
    stops = [*cuts[1:], end]
    stretches = [range(c, e) for c, e in zip(cuts, stops, strict=True) if c <= index]
    return all(any(_infinitive(sentence.tokens[i].lower, lexicon.infinitive) for i in s) for s in stretches)


def _infinitive(word: str, markers: frozenset[str]) -> bool:
    """'zu', or a verb with 'zu' inside it ('auszubauen' from the marker 'auszu*')."""
    return word in markers or any(m.endswith("*") and word.startswith(m[:-1]) and len(word) > len(m) + 2
                                  for m in markers)


def _passive_after(sentence: Sentence, index: int, end: int, found: list[tuple[int, Entry]],
                   lexicon: EventLexicon) -> bool:
    """The cue is the subject of a later passive cue of its clause ('Acordos … foram assinados')."""
    later = [other for other, _ in found if index < other < end]
    if not later or sentence.comma_between(index, later[0]):
        return False
    return any(sentence.passive_auxiliary(i, lexicon) for i in range(index + 1, later[0]))


def _passive_before(sentence: Sentence, index: int, lexicon: EventLexicon) -> bool:
    """'Agreements were signed': a passive cue is not the content of the noun before it."""
    return any(sentence.passive_auxiliary(i, lexicon) for i in range(max(0, index - 3), index))


def _owned(sentence: Sentence, index: int, lexicon: EventLexicon) -> bool:
    """A possessive right before the cue ('its help', 'son soutien') gives it its own actor."""
    window = sentence.tokens[max(0, index - 2) : index]
    return any(t.lower in lexicon.possessive for t in window)


def cue_type(found: list[tuple[int, Entry]], index: int) -> str:
    return next(entry.value.split("|")[0] for other, entry in found if other == index)
