"""The event stage: needs text, mentions, quotes and dates; adds PLOVER `events` to the document."""

from __future__ import annotations

from typing import Any

from dragoman.dates.expressions import find_time_expressions
from dragoman.document import Document
from dragoman.events.article import ArticleState, finish_events
from dragoman.events.clauses import Sentence, build_sentence, participants_in
from dragoman.events.cues import NO_EVENT, EventLexicon, event_lexicon
from dragoman.events.record import event_record
from dragoman.events.roles import Context, Participants, assign_roles
from dragoman.text.lexicon import Entry, Token, tokenise
from dragoman.text.sentences import sentence_spans

# Cues whose clause content is theirs: "urged X to sign", "agreed to expand cooperation",
# "threatened to impose sanctions", "rejected the accusations", "condemned the shelling",
# "thanked X for its help" are one event, not two.
_TAKES_CONTENT = frozenset({"REQUEST", "AGREE", "THREATEN", "REJECT", "ACCUSE", "SUPPORT"})
# Meetings take only material content ("discussed the protests", "talks on the truce"): a verbal
# act after a meeting noun is its own event ("in a call on Wednesday both agreed").
_MEETING_CONTENT = frozenset({"COOPERATE", "AID", "RETREAT", "CONCEDE", "PROTEST", "SANCTION",
                              "MOBILIZE", "COERCE", "ASSAULT"})
# Quotes of fewer words, inside a sentence, are cited phrases rather than speech (tuned on the
# examples: "« sans délai et sans nouvelles conditions »" has 6).
_INLINE_QUOTE_WORDS = 8
# A cue this close to the start of its clause with nobody before it has an implicit subject
# (pro-drop "Ha incontrato …", Turkish "Görüştü"): the last person named (tuned on the examples).
_IMPLICIT_SUBJECT_REACH = 3


def add_events(document: Document) -> Document:
    """Fill document.events: one record per (type, actor, recipient) found in the article."""
    lexicon = event_lexicon(document.lang)
    if not lexicon.cues:
        document.events = []
        return document
    dates = find_time_expressions(document.text, document.lang, document.published)
    state = ArticleState(document, dates, lexicon)
    for start, end in sentence_spans(document.text, document.lang):
        tokens = tokenise(document.text, document.lang, start, end)
        found = _cues(tokens, document.mentions, lexicon)
        if found:
            _sentence_events(document, state, (start, end), tokens, found, lexicon)
        persons = [m for m in document.mentions if m["type"] == "PERSON" and m.get("code")
                   and start <= m["start"] < end]
        state.last_person = persons[-1] if persons else state.last_person
    document.events = finish_events(state)
    return document


def _cues(tokens: list[Token], mentions: list[dict[str, Any]], lexicon: EventLexicon) -> list[tuple[int, Entry]]:
    """Cue matches, without 'no event' phrases and without words of a name ('Shanghai
    Cooperation Organisation', 'Kerja Sama')."""
    return [(index, entry) for index, entry in lexicon.cues.find_all(tokens)
            if entry.value != NO_EVENT and not _inside_name(tokens[index], mentions)]


def _inside_name(token: Token, mentions: list[dict[str, Any]]) -> bool:
    return any(m["start"] <= token.start < m["end"] for m in mentions)


def _sentence_events(document: Document, state: ArticleState, span: tuple[int, int], tokens: list[Token],
                     found: list[tuple[int, Entry]], lexicon: EventLexicon) -> None:
    start, end = span
    quotes = [q for q in document.quotes if q["start"] < end and q["end"] > start and not _inline(q, tokens)]
    people = participants_in(document.mentions, start, end) + _both(tokens, lexicon, state)
    edges = [edge for q in quotes for edge in (q["start"], q["end"])]
    cue_indices = [index for index, _ in found]
    persons = [m for m in people if m["type"] == "PERSON" and not m.get("both")]
    views: dict[int, Sentence] = {}
    for index, entry in found:
        cue = tokens[index]
        quote = next((q for q in quotes if q["start"] <= cue.start < q["end"]), None)
        key = quotes.index(quote) if quote else -1
        if key not in views:
            scoped = [m for m in people if _same_quote(m, quote, quotes)]
            views[key] = build_sentence(document.text, tokens, scoped, edges, cue_indices, lexicon,
                                        [(d.start, d.end) for d in state.all_dates])
        sentence = views[key]
        if _content_of_earlier_cue(sentence, index, found, lexicon):
            continue
        last = index + len(entry.parts) - 1
        context = Context(speaker=(quote or {}).get("speaker"), last_person=state.last_person,
                          in_quote=quote is not None, persons=persons)
        sides = assign_roles(entry.value, index, last, sentence, lexicon, context)
        if sides.actor and not any(m.get("code") for m in sides.actor):
            sides.how = "uncoded"  # "Lubetkin agradeció el apoyo de España": someone not in the KB
        _fill_missing_actor(sides, sentence, index, context, lexicon)
        record = event_record(document, state, entry, tokens[index], sentence, sides, span, lexicon)
        if record is not None:
            state.add(record, quoted=quote is not None)


def _inline(quote: dict[str, Any], tokens: list[Token]) -> bool:
    """A few quoted words inside a clause ('à signer « sans délai » le traité') do not break it."""
    inside = [t for t in tokens if quote["start"] <= t.start < quote["end"]]
    return (len(inside) < _INLINE_QUOTE_WORDS and bool(tokens) and tokens[0].start < quote["start"]
            and quote["end"] < tokens[-1].start)


def _same_quote(mention: dict[str, Any], quote: dict[str, Any] | None, quotes: list[dict[str, Any]]) -> bool:
    """A cue inside a quote takes its participants from that quote; one outside, from outside."""
    if quote is not None:
        return quote["start"] <= mention["start"] < quote["end"]
    return not any(q["start"] <= mention["start"] < q["end"] for q in quotes)


def _both(tokens: list[Token], lexicon: EventLexicon, state: ArticleState) -> list[dict[str, Any]]:
    """'both sides', 'the two ministers', 'тараптар': the two parties of the article's meeting."""
    if lexicon.both is None or not lexicon.both:
        return []
    pair = state.pair()
    if not pair:
        return []
    found = []
    for index, entry in lexicon.both.find_all(tokens):
        first, last = tokens[index], tokens[index + len(entry.parts) - 1]
        found += [{**member, "start": first.start, "end": last.end, "text": entry.text, "both": True}
                  for member in pair]
    return found


def _content_of_earlier_cue(sentence: Sentence, index: int, found: list[tuple[int, Entry]],
                            lexicon: EventLexicon) -> bool:
    """'urged X to sign', 'agreed to expand cooperation': the second cue is what the first asks
    or promises, in the same clause with no comma between ('condemned … and urged …' are two).
    Cooperation named before the verb that takes it ('eine engere Zusammenarbeit vereinbart',
    'ынтымақтастықты … талқылады') is its content too."""
    kind = _type(found, index)
    start, end = sentence.clause(index)
    if _owned(sentence, index, lexicon):
        return False  # "thanked Paris for its support": the support is Paris's own act
    if index and sentence.tokens[index - 1].lower in lexicon.and_words:
        return kind == "COOPERATE" and _taken_later(sentence, index, end, found)
    for other, entry in found:
        if not start <= other < index or sentence.comma_between(other, index):
            continue
        taker = entry.value.split("|")[0]
        if taker in _TAKES_CONTENT or (taker == "CONSULT" and kind in _MEETING_CONTENT):
            return True
    return kind == "COOPERATE" and _taken_later(sentence, index, end, found)


def _owned(sentence: Sentence, index: int, lexicon: EventLexicon) -> bool:
    """A possessive right before the cue ('its help', 'son soutien') gives it its own actor."""
    window = sentence.tokens[max(0, index - 2) : index]
    return any(t.lower in lexicon.possessive for t in window)


def _taken_later(sentence: Sentence, index: int, end: int, found: list[tuple[int, Entry]]) -> bool:
    return any(index < other < end and not sentence.comma_between(index, other)
               and entry.value.split("|")[0] in _TAKES_CONTENT | {"CONSULT"} for other, entry in found)


def _type(found: list[tuple[int, Entry]], index: int) -> str:
    return next(entry.value.split("|")[0] for other, entry in found if other == index)


def _fill_missing_actor(sides: Participants, sentence: Sentence, index: int, context: Context,
                        lexicon: EventLexicon) -> None:
    """No actor: the speaker of the quote the cue sits in, or the last person named when the cue
    opens its clause (an implicit subject) and follows no speech verb ('They noted that cooperation …')."""
    if sides.actor:
        return
    if context.speaker:
        sides.actor = [context.speaker]
        sides.how = "quote speaker"
        return
    start, _ = sentence.clause(index)
    opening = sentence.tokens[start:index]
    said = any(t.lemma in lexicon.speech or t.lower in lexicon.speech for t in opening)
    if context.last_person is not None and index - start <= _IMPLICIT_SUBJECT_REACH and not said:
        sides.actor = [context.last_person]
        sides.how = "implicit subject"
