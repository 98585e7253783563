"""One PLOVER event record from a cue and its participants: codes, date, place, modality."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

from dragoman.document import Document
from dragoman.events.cues import ABSTRACT, HOST, EventLexicon
from dragoman.events.places import event_location
from dragoman.events.plover import EVENT_SCALE, INTERNAL_TYPES, QUAD_CODE
from dragoman.events.roles import Participants
from dragoman.records import Event, EventEntity, EventSource, Mention
from dragoman.settings import tuning
from dragoman.text.lexicon import Entry, Token

if TYPE_CHECKING:
    from dragoman.dates.expressions import TimeExpression
    from dragoman.events.article import ArticleState
    from dragoman.events.clauses import Sentence

# Force a person does not use in person: in news, a minister "attacking" is talk about attacks
# (on the held-out and example articles every such ASSAULT was a false alarm).
_FORCE = frozenset({"ASSAULT"})
_SPEAKER_ROLES = frozenset({"quote speaker", "first person"})


def event_record(document: Document, state: ArticleState, entry: Entry, cue: Token, sentence: Sentence,
                 sides: Participants, span: tuple[int, int], lexicon: EventLexicon) -> Event | None:
    """The event record, or None when nobody coded acts."""
    event_type, _, mode = entry.value.partition("|")
    actor_codes = codes(sides.actor)
    recipient = _recipients(sides, actor_codes)
    agent = any(m.type == "AGENT" for m in sides.actor)
    if not actor_codes and not agent and not (sides.how == "uncoded" and codes(recipient)):
        return None  # an uncoded subject may still be the article's other party (article.py)
    if event_type in _FORCE and _spoken(sides):
        return None
    if not agent and set(actor_codes) & set(codes(recipient)):
        return None  # a state acting on itself or its own agents: a misread side (agents keep theirs)
    if _self_loop(event_type, sides.actor, actor_codes, recipient):
        if not all(m.home for m in recipient):
            return None
        recipient = [m.but(code=None) for m in recipient]  # "condemned the attacks on civilians"
    start, end = span
    date = state.date_near(start, end, cue.start)
    index = sentence.tokens.index(cue)
    modality = _modality(sentence, index, lexicon)
    if event_type == "COOPERATE" and modality["future"]:
        event_type, mode = "AGREE", ""  # PLOVER: cooperation promised for the future is AGREE
    elif mode == ABSTRACT:
        return None  # "discussed cooperation", "cooperation has been crucial": no act carried out
    record = Event(
        event=event_type,
        mode=None if mode in ("", HOST, ABSTRACT) else mode,
        actor=entities(sides.actor),
        recipient=entities(recipient),
        date=date.value if date else None,
        date_granularity=date.granularity if date else None,
        date_resolution=_resolution(date, state),
        event_loc=event_location(state.mention_index.overlapping(start, end), start, end,
                                 lexicon.locative, document.text),
        event_text=document.text[cue.start : cue.end],
        cue=entry.text,
        text=document.text[start:end],
        language=document.lang,
        confidence=_confidence(sides, recipient),
        quad_code=QUAD_CODE[event_type],
        event_scale=EVENT_SCALE[event_type],
        negated=modality["negated"],
        future=modality["future"],
        hypothetical=modality["hypothetical"],
        sources=[EventSource(document.id, document.doc, document.source.url, start, end, document.lang)],
    )
    record.id = event_id(document.id, record)
    return record


def _self_loop(event_type: str, actor: list[Mention], actor_codes: list[str],
               recipient: list[Mention]) -> bool:
    """One state on both sides through its agents ("protesters condemned the Australian government",
    "companies helped the government"): no event between states, unless it is one within a state
    (plover.INTERNAL_TYPES: "Kenyan police arrested opposition supporters")."""
    if len(actor_codes) != 1 or codes(recipient) != actor_codes:
        return False
    if event_type not in INTERNAL_TYPES:
        return True
    sectors = INTERNAL_TYPES[event_type]
    return sectors is not None and not all(m.type == "AGENT" and m.sector_code in sectors for m in actor)


def _spoken(sides: Participants) -> bool:
    """Violence whose actor is a person or a quote's speaker is talked about, not done ("Cooper
    announced aid for communities hit by violence", "« Every such attack shows … »")."""
    return sides.how in _SPEAKER_ROLES or any(m.type == "PERSON" for m in sides.actor)


def _recipients(sides: Participants, actor_codes: list[str]) -> list[Mention]:
    """Recipients not among the actors. An agent of the actor's country stays ("Kenyan police
    fired at protesters", "Museveni threatened Ugandan opposition candidates"); one given the
    article's country when a named party acts ("Russia accused the rebels") is of unknown country."""
    named = codes([m for m in sides.actor if m.type != "AGENT"])
    found = []
    for mention in sides.recipient:
        if mention.type == "REGION" and (mention.text or "x")[:1].islower():
            continue  # an adjective qualifying a topic: "l'intégration africaine", "la sécurité européenne"
        if mention.type != "AGENT":
            if mention.code not in actor_codes:
                found.append(mention)
        elif mention.home and mention.code in named:
            found.append(mention.but(code=None))
        else:
            found.append(mention)
    return found


def _resolution(date: TimeExpression | None, state: ArticleState) -> str | None:
    if date is None:
        return None
    if date is state.fallback_date:
        return "article-date"
    if date is state.publication_day:
        return "publication-date"
    return "earlier-sentence" if date is state.recalled else "sentence"


def codes(side: Sequence[Mention | EventEntity]) -> list[str]:
    found: list[str] = []
    for mention in side:
        code = mention.code
        if code and code not in found:
            found.append(code)
    return found


def entities(side: list[Mention]) -> list[EventEntity]:
    """PLOVER entity objects, one per distinct code."""
    found: dict[str, EventEntity] = {}
    for mention in side:
        code = mention.code
        # an agent of unknown country ("Police fired …") is kept, keyed by its words
        key = code or (f"agent:{mention.text.lower()}" if mention.type == "AGENT" else None)
        if not key or key in found:
            continue
        found[key] = EventEntity(mention.text, mention.entity_name, code, mention.wikidata_id, mention.type,
                                 _sector(mention))
    return list(found.values())


def _sector(mention: Mention) -> str:
    if mention.sector_code:
        return mention.sector_code
    if mention.type == "IGO":
        return "IGO"
    role = mention.role or ""
    return "GOV" if mention.type in ("STATE", "PERSON") or "minister" in role else ""


def _modality(sentence: Sentence, index: int, lexicon: EventLexicon) -> dict[str, bool]:
    tokens = sentence.tokens
    start = index
    while start > 0 and index - start < tuning().events.negation_before and not _break(sentence, start):
        start -= 1
    stop = index + 1
    while stop < len(tokens) and not _break(sentence, stop):
        stop += 1
    before = tokens[start : index + 1]  # the cue itself may carry it ("görüşmedi", "кездеспеді")
    after = [t for t in tokens[index + 1 : min(stop, index + 1 + tuning().events.negation_after)]
             if t.lower not in lexicon.without]
    final = tokens[index + 1 : stop]  # "traf Putin am Dienstag nicht": clause-final negation
    words = {t.lower for t in tokens} | {t.lemma for t in tokens} | _glued_words(tokens)
    return {
        "negated": _negated(before, lexicon)
        or any(_word_at(after, i, lexicon.negation) for i in range(len(after)))
        or any(t.lower in lexicon.negation_final for t in final),
        "future": bool(words & lexicon.future),
        "hypothetical": bool(words & lexicon.hypothetical),
    }


def _negated(before: list[Token], lexicon: EventLexicon) -> bool:
    """A negation before the cue, unless it turns a verb into praise ("nunca esquecerá a
    solidariedade", "will never forget the support")."""
    for position in range(len(before)):
        if not _word_at(before, position, lexicon.negation):
            continue
        reach = tuning().events.litotes_reach
        around = before[max(0, position - reach) : position + 1 + reach]
        if not any(_listed(t, lexicon.litotes) for t in around):  # "n'oubliera jamais"
            return True
    return False


# Most tokens written together that make one word of a lexicon (Chinese 没有: two characters).
_GLUED = 4


def _word_at(tokens: list[Token], position: int, words: frozenset[str]) -> bool:
    """Whether a word of `words` starts at tokens[position]: the token itself or, in text written
    without spaces, a few tokens written together ("没有" from the characters 没 and 有)."""
    return any(text in words for text in _glued_from(tokens, position))


def _glued_from(tokens: list[Token], position: int) -> list[str]:
    forms = [tokens[position].lower]
    for token in tokens[position + 1 : position + _GLUED]:
        if token.start != tokens[position + len(forms) - 1].end:
            break
        forms.append(forms[-1] + token.lower)
    return forms


def _glued_words(tokens: list[Token]) -> set[str]:
    """Every run of tokens written together, for future and hypothetical markers ("如果", "计划")."""
    return {form for position in range(len(tokens)) for form in _glued_from(tokens, position)[1:]}


def _listed(token: Token, words: frozenset[str]) -> bool:
    """The token or its lemma in `words`; entries ending in '*' are prefixes ("unutma*")."""
    forms = (token.lower, token.lemma)
    return any(f in words for f in forms) or any(
        w.endswith("*") and f.startswith(w[:-1]) for w in words for f in forms)


def _break(sentence: Sentence, index: int) -> bool:
    return sentence.hard[index] or sentence.comma[index]


def _confidence(sides: Participants, recipient: list[Mention]) -> float:
    score = 0.8 if sides.how.startswith(("position", "passive", "host", "between", "inverted")) else 0.6
    if sides.how.endswith("+agent"):
        score -= tuning().events.agent_penalty  # a named party's event is likelier the sentence's main one
    return round(score if recipient else score - 0.1, 2)


def event_id(article_id: str, record: Event) -> str:
    basis = "|".join([article_id, record.event, ",".join(sorted(codes(record.actor))),
                      ",".join(sorted(codes(record.recipient))), str(record.sources[0].start)])
    return hashlib.sha256(basis.encode()).hexdigest()[:16]
