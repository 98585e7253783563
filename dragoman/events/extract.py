"""The event stage: needs text, mentions, quotes and dates; adds PLOVER `events` to the document."""

from __future__ import annotations

from dataclasses import dataclass, field

from dragoman.dates.expressions import DAY, find_time_expressions
from dragoman.dates.story import story_dated
from dragoman.deadline import check_deadline
from dragoman.document import Document
from dragoman.events.agents import find_agents, protest_sides, scene_state, with_agents
from dragoman.events.article import ArticleState, finish_events
from dragoman.events.clauses import Sentence, build_sentence, participants_in
from dragoman.events.content import content_of_earlier_cue, cue_type
from dragoman.events.coordination import reciprocal_sides
from dragoman.events.cues import NO_EVENT, EventLexicon, event_lexicon
from dragoman.events.named_acts import named_sides, naming_cue
from dragoman.events.record import codes, event_record
from dragoman.events.roles import Context, Participants, assign_roles
from dragoman.events.venues import topic_of_talks
from dragoman.records import Mention, Quote
from dragoman.settings import tuning
from dragoman.text.lexicon import Entry, Token, tokenise
from dragoman.text.sentences import sentence_spans

# Acts a restating verb may name, and how far after it ("reaffirmed Germany's firm support": 4 tokens).
_RESTATED = frozenset({"SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})


def add_events(document: Document, one_sided: bool = False) -> Document:
    """Fill document.events: one record per (type, actor, recipient) found in the article; with
    one_sided, also acts of a lone actor on nobody named (see Settings.one_sided_events)."""
    lexicon = event_lexicon(document.lang)
    if not lexicon.cues:
        document.events = []
        return document
    dates = story_dated(find_time_expressions(document.text, document.lang, document.published),
                        document.text, document.lang, document.published)
    sentences = sentence_spans(document.text, document.lang)
    state = ArticleState(document, dates, lexicon, sentences)
    for start, end in sentences:
        check_deadline("events")
        tokens = tokenise(document.text, document.lang, start, end)
        found = _cues(document.text, tokens, state.mention_index.overlapping(start, end), lexicon)
        if found:
            _sentence_events(document, state, (start, end), tokens, found, lexicon)
        state.last_person = _subject_person(state, start, end) or state.last_person
    document.events = finish_events(state, one_sided)
    return document


def _subject_person(state: ArticleState, start: int, end: int) -> Mention | None:
    """Whom 'he/she' in the next sentences means: the first person named in this one outside
    quotes, its likeliest subject ('Der Kanzler dankte Modi. Zugleich rief er …' is the chancellor)."""
    persons = [m for m in state.mention_index.overlapping(start, end) if m.type == "PERSON"
               and m.code and start <= m.start < end]
    quotes = state.quote_index.overlapping(start, end)
    outside = [m for m in persons if not any(q.holds(m.start) for q in quotes)]
    return next(iter(outside or persons), None)


def _cues(text: str, tokens: list[Token], mentions: list[Mention],
          lexicon: EventLexicon) -> list[tuple[int, Entry]]:
    """Cue matches, without 'no event' phrases, without words of a name ('Shanghai
    Cooperation Organisation', 'Kerja Sama'), participles in compounds ('army-backed') or nouns
    pointing back to an act already reported ('ce soutien', 'this agreement')."""
    return [(index, entry) for index, entry in lexicon.cues.find_all(tokens)
            if entry.value != NO_EVENT and not _inside_name(tokens[index], mentions)
            and not (entry.head == 1 and _compound_participle(text, tokens[index]))
            and not (index > 0 and tokens[index - 1].lower in lexicon.demonstrative)]


def _compound_participle(text: str, token: Token) -> bool:
    """An inflected verb form glued by a hyphen to the word before it ('army-backed government',
    'EU-funded project') describes a noun; it reports no act. Uninflected halves stay cues
    ('counter-offensive')."""
    glued = token.start >= 2 and text[token.start - 1] == "-" and text[token.start - 2].isalnum()
    return glued and token.lemma != token.lower


def _inside_name(token: Token, mentions: list[Mention]) -> bool:
    return any(m.holds(token.start) for m in mentions)


@dataclass
class _Scope:
    """What every cue of one sentence shares: its quotes, participants and lazily built views."""

    text: str
    tokens: list[Token]
    lexicon: EventLexicon
    quotes: list[Quote]
    near: list[Mention]
    people: list[Mention]
    generic: list[Mention]
    governed: list[tuple[int, int]]
    cue_indices: list[int]
    views: dict[int, Sentence] = field(default_factory=dict)
    wider: dict[int, Sentence] = field(default_factory=dict)
    # act nouns a condemnation names ("condemned the Russian attack on Kyiv"), with its last token
    named: list[tuple[int, Entry, int, int]] = field(default_factory=list)

    @property
    def persons(self) -> list[Mention]:
        """The persons a pronoun may point back to (not the 'both sides' stand-ins)."""
        return [m for m in self.people if m.type == "PERSON" and not m.both]

    def quote_of(self, index: int) -> tuple[Quote | None, int]:
        """The quote a cue sits in and its key (-1 outside quotes), so cues share one view a quote."""
        quote = next((q for q in self.quotes if q.holds(self.tokens[index].start)), None)
        return quote, (self.quotes.index(quote) if quote else -1)

    def view(self, key: int, quote: Quote | None) -> Sentence:
        """The sentence as seen from inside (or outside) one quote, built once."""
        if key not in self.views:
            self.views[key] = self._build(self.people, quote)
        return self.views[key]

    def wider_view(self, key: int, quote: Quote | None) -> Sentence:
        """The same view with the generic agents too ('police'), for sides nobody else fills."""
        if key not in self.wider:
            self.wider[key] = self._build(self.people + self.generic, quote)
        return self.wider[key]

    def _build(self, candidates: list[Mention], quote: Quote | None) -> Sentence:
        """A Sentence over the candidates in the same quote as the cue."""
        scoped = [m for m in candidates if _same_quote(m, quote, self.quotes)]
        edges = [edge for q in self.quotes for edge in (q.start, q.end)]
        return build_sentence(self.text, self.tokens, scoped, edges, self.cue_indices, self.lexicon,
                              self.governed)


def _sentence_events(document: Document, state: ArticleState, span: tuple[int, int], tokens: list[Token],
                     found: list[tuple[int, Entry]], lexicon: EventLexicon) -> None:
    """Record the events of one sentence's cues, each with the sides its roles give it."""
    scope = _sentence_scope(document, state, span, tokens, found, lexicon)
    acts = _restated(_acts(scope, state, found), found, scope.views, lexicon)
    state.begin_sentence(tokens, [tokens[index].start for index, *_ in acts])
    persons = scope.persons
    for index, entry, quote, key in acts:
        _record_act(document, state, scope, span, (index, entry, quote, key), persons)
    for index, entry, key, taker in scope.named:
        sides = named_sides(scope.views[key], scope.near, taker, index, entry, lexicon)
        record = sides and event_record(document, state, entry, tokens[index], scope.views[key], sides, span,
                                        lexicon)
        if record:
            state.add(record, quoted=key >= 0)


def _sentence_scope(document: Document, state: ArticleState, span: tuple[int, int], tokens: list[Token],
                    found: list[tuple[int, Entry]], lexicon: EventLexicon) -> _Scope:
    """Gather once what all cues of the sentence share: quotes, participants, agents, governed spans."""
    start, end = span
    quotes = [q for q in state.quote_index.overlapping(start, end) if not _inline(q, tokens)]
    reach = tuning().events.agent_near
    near = state.mention_index.overlapping(start - reach, end + reach)
    agents = find_agents(document.text, tokens, near, document.lang, state.home)
    absorbed = [id(a.absorbs) for a in agents if a.absorbs]
    people = [m for m in participants_in(near, start, end) if id(m) not in absorbed]
    # an agent beside a nationality adjective stands for it ("Kenyan police"); the others only
    # fill a side nobody else fills (second view below)
    people += [a for a in agents if a.absorbs] + _both(tokens, lexicon, state)
    generic = [a for a in agents if not a.absorbs]
    # times and places govern the preposition before them: "à Samarcande son homologue ouzbek X"
    governed = [(d.start, d.end) for d in state.date_index.overlapping(start, end)] + [
        (m.start, m.end) for m in near if m.type == "PLACE" and not m.metonym_of]
    return _Scope(document.text, tokens, lexicon, quotes, near, people, generic, governed,
                  [index for index, _ in found])


def _acts(scope: _Scope, state: ArticleState, found: list[tuple[int, Entry]]) -> list[tuple]:
    """Keep the cues that report an act of their own, not the content of an earlier cue."""
    acts = []
    for index, entry in found:
        quote, key = scope.quote_of(index)
        if index in scope.view(key, quote).conditional:
            continue  # "if Holland does not apologise": what may happen is no act
        view = scope.view(key, quote)
        if _arrival_of_things(view, index, entry, scope.lexicon):
            continue
        if topic_of_talks(view, index, scope.lexicon):
            continue  # "Il a été question … des négociations entre X et Y": a topic, no act
        if not content_of_earlier_cue(view, index, found, scope.lexicon) or _dated_meeting(
                scope.tokens, index, entry, state):
            acts.append((index, entry, quote, key))
        elif (taker := naming_cue(view, index, found, scope.lexicon)) is not None:
            scope.named.append((index, entry, key, taker))
    return acts


def _arrival_of_things(sentence: Sentence, index: int, entry: Entry, lexicon: EventLexicon) -> bool:
    """'Soldiers arrived in Sweden', 'the aid shipment arrived': a visit needs a visitor, not cargo."""
    if entry.value != "CONSULT|visit" or not lexicon.not_visitors:
        return False
    start, _ = sentence.clause(index)
    return any(t.lower in lexicon.not_visitors or t.lemma.lower() in lexicon.not_visitors
               for t in sentence.tokens[start:index])


def _record_act(document: Document, state: ArticleState, scope: _Scope, span: tuple[int, int],
                act: tuple, persons: list[Mention]) -> None:
    """Find one act's sides (roles, agents, quote, implicit actor, protest scene) and record it."""
    index, entry, quote, key = act
    tokens, lexicon = scope.tokens, scope.lexicon
    sentence = scope.views[key]
    last = index + entry.head - 1
    framed = None if quote else _attached_quote(scope.quotes, tokens, index, last)
    context = Context(speaker=quote.speaker if quote else None, last_person=state.last_person,
                      in_quote=quote is not None, persons=persons, frames_quote=framed is not None)
    sides = assign_roles(entry.value, index, last, sentence, lexicon, context)
    if sides.actor and not any(m.code for m in sides.actor):
        sides.how = "uncoded"  # "Lubetkin agradeció el apoyo de España": someone not in the KB
    elif scope.generic and not (sides.actor and codes(sides.recipient)):
        wider = scope.wider_view(key, quote)
        sides = with_agents(sides, assign_roles(entry.value, index, last, wider, lexicon, context))
    _said_of_a_quote(sides, state, framed)
    _fill_missing_actor(sides, sentence, index, context, lexicon)
    event_type = entry.value.partition("|")[0]
    if (reciprocal := reciprocal_sides(event_type, sides.actor, sides.recipient)) is not None:
        sides.recipient = reciprocal
    if entry.value.startswith("PROTEST"):
        scene = scene_state(document.text, tokens, scope.near, document.lang)
        sides = protest_sides(document.text, sides, lexicon.target_words, scene, state.home)
    record = event_record(document, state, entry, tokens[index], sentence, sides, span, lexicon)
    if record is not None:
        state.add(record, quoted=quote is not None)


def _attached_quote(quotes: list[Quote], tokens: list[Token], first: int,
                    last: int) -> Quote | None:
    """The quote a cue introduces or closes ('« … », a dénoncé X', 'X criticised: « … »')."""
    before = tokens[max(0, first - tuning().events.quote_reach)].start
    after = tokens[min(len(tokens) - 1, last + tuning().events.quote_reach)].end
    return next((q for q in quotes if before <= q.end <= tokens[first].start
                 or tokens[last].end <= q.start <= after), None)


def _said_of_a_quote(sides: Participants, state: ArticleState, quote: Quote | None) -> None:
    """A cue that frames a quote ('« Paris n'a aucun rôle … », a dénoncé le porte-parole
    azerbaïdjanais'): the speaker acts, on the first party the quote names."""
    if quote is None:
        return
    if not sides.actor and quote.speaker and quote.speaker.code:
        sides.actor, sides.how = [quote.speaker], "quote speaker"
    own = {m.code for m in sides.actor}
    if sides.actor and not {m.code for m in sides.recipient} - own - {None}:
        named = [m for m in participants_in(state.mention_index.overlapping(quote.start, quote.end),
                                            quote.start, quote.end)
                 if m.code and m.code not in own and m.type != "REGION"]
        sides.recipient = named[:1]


def _inline(quote: Quote, tokens: list[Token]) -> bool:
    """A few quoted words inside a clause ('à signer « sans délai » le traité') do not break it."""
    inside = [t for t in tokens if quote.holds(t.start)]
    few = len(inside) < tuning().events.inline_quote_words
    return few and bool(tokens) and tokens[0].start < quote.start and quote.end < tokens[-1].start


def _same_quote(mention: Mention, quote: Quote | None, quotes: list[Quote]) -> bool:
    """A cue inside a quote takes its participants from that quote; one outside, from outside."""
    if quote is not None:
        return quote.holds(mention.start)
    return not any(q.holds(mention.start) for q in quotes)


def _both(tokens: list[Token], lexicon: EventLexicon, state: ArticleState) -> list[Mention]:
    """'both sides', 'тараптар', 'his interlocutor': the two parties of the article's meeting (the
    actor's own side drops out of the recipients)."""
    if lexicon.both is None or not lexicon.both:
        return []
    matches = lexicon.both.find_all(tokens)
    if not matches:
        return []
    article_pair = state.pair()
    found = []
    for index, entry in matches:
        first, last = tokens[index], tokens[index + entry.head - 1]
        pair = _pair_named_before(state, tokens[0].start, first.start) or article_pair
        found += [member.but(start=first.start, end=last.end, text=entry.text, both=True)
                  for member in pair]
    return found


def _pair_named_before(state: ArticleState, start: int, end: int) -> list[Mention]:
    """Exactly two states or organisations named earlier in the sentence ('Baku and Yerevan said
    the two sides had agreed'): they are the two sides meant, whatever the article's pair."""
    named: dict[str, Mention] = {}
    for mention in state.mention_index.overlapping(start, end):
        party = mention.type in ("STATE", "IGO", "ORG")
        code = mention.metonym_of or (mention.code if party else None)
        if code and start <= mention.start < end:
            kind = "STATE" if mention.type == "PLACE" else mention.type
            named.setdefault(code, mention.but(code=code, type=kind))
    return list(named.values()) if len(named) == 2 else []


def _restated(acts: list[tuple], found: list[tuple[int, Entry]], views: dict[int, Sentence],
              lexicon: EventLexicon) -> list[tuple]:
    """'reaffirmed its support', 'bekräftigte die Forderung Warschaus': a restating verb's act is the
    one it restates, a few words on in its clause; the verb itself is no promise."""
    kept = list(acts)
    for act in acts:
        index, _, quote, key = act
        token = views[key].tokens[index]
        if cue_type(found, index) != "AGREE" or not ({token.lower, token.lemma} & lexicon.restating):
            continue
        restated = next((other for other, e in found if index < other <= index + tuning().events.restate_reach
                         and e.value.split("|")[0] in _RESTATED
                         and not views[key].comma_between(index, other)), None)
        if restated is None:
            continue
        kept.remove(act)
        if all(i != restated for i, *_ in kept):
            kept.append((restated, next(e for i, e in found if i == restated), quote, key))
    return sorted(kept, key=lambda a: a[0])


def _dated_meeting(tokens: list[Token], index: int, entry: Entry, state: ArticleState) -> bool:
    """A meeting with its own day is a meeting that took place, whatever takes it as content
    ("thanked him for his support at the talks held on 10 January")."""
    if not entry.value.startswith("CONSULT"):
        return False
    window = tokens[index + entry.head : index + entry.head + tuning().events.day_reach]
    if not window:
        return False
    reach = range(window[0].start, window[-1].end)
    return any(d.granularity == DAY and d.start in reach for d in state.dates)


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
    # a capitalised word before the cue is a subject we do not know ("Ramón Etcheverry agradeció");
    # right before it, maybe the article's other party (article._from_counterpart)
    named = [i for i, t in enumerate(opening, start) if t.text[:1].isupper() and i != start
             and i not in sentence.timed]
    if named and named[-1] == index - 1:
        sides.how = "uncoded"
    elif (context.last_person is not None and index - start <= tuning().events.implicit_subject_reach
          and not (said or named)):
        sides.actor = [context.last_person]
        sides.how = "implicit subject"
