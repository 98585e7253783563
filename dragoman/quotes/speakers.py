"""Speaker attribution: speech frames, role references, implicit subjects and continued quotes."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from dragoman.deadline import check_deadline
from dragoman.quotes.frames import (
    Cues,
    Frame,
    Slot,
    frame_after,
    frame_before,
    read_slot,
    speech_cues,
)
from dragoman.quotes.repeats import fill_from_repeats, fill_headlines
from dragoman.quotes.spans import QuoteSpan
from dragoman.records import Mention, Quote
from dragoman.settings import tuning
from dragoman.text.lexicon import tokenise
from dragoman.text.spans import SpanIndex, attr_span

# A family name of one to three ideographs or Hangul syllables right before a title.
_UNSPACED_SURNAME = regex.compile(r"(?<![\p{Han}\p{Hangul}])([\p{Han}\p{Hangul}]{1,3}) ?$")
_DIALOGUE_DASHES = frozenset("—–-")
_DASH_ASIDE = re.compile(r"\s[-–—]\s*([^-–—\n]{2,40}?)\s*[-–—]\s")
# Roles that fit any person: "the official said", "the diplomat added".
_GENERIC_ROLES = frozenset({"leader", "official", "diplomat", "politician", "head of state",
                            "head of government", "envoy"})


@dataclass
class Context:
    """Everything attribution reads: text, cues, quotes, sentences and the candidate speakers."""

    text: str
    lang: str | None
    cues: Cues
    spans: list[QuoteSpan]
    mentions: list[Mention]  # mentions outside quotes; speakers among their PERSON, STATE, IGO
    sentences: list[tuple[int, int]]
    records: list[Quote] = field(default_factory=list)
    breaks: list[int] = field(default_factory=list)
    people: SpanIndex[Mention] | None = None  # every person mention, inside quotes too

    def __post_init__(self) -> None:
        self.breaks = [m.start() for m in re.finditer(r"\n+", self.text)]
        self.nearby = SpanIndex(self.mentions)  # mentions by position: a quote reads only its own

    def paragraph_of(self, position: int) -> int:
        """Index of the paragraph holding a position."""
        return bisect_left(self.breaks, position)


def attribute(text: str, lang: str | None, quotes: list[QuoteSpan], mentions: list[Mention],
              sentence_bounds: list[tuple[int, int]]) -> list[Quote]:
    """One quote record per span, with speaker (mention) and verb, or speaker None."""
    ctx = Context(text, lang, speech_cues(lang), quotes, _candidates(mentions, quotes), sentence_bounds,
                  people=SpanIndex([m for m in mentions if m.type == "PERSON"]))
    for index, span in enumerate(quotes):
        check_deadline("quotes")
        speaker, verb = _attribute_one(ctx, index, span)
        ctx.records.append(Quote(span.start, span.end, text[span.start : span.end], speaker, verb))
    _fill_from_continuations(ctx)
    fill_from_repeats(ctx.records)
    fill_headlines(text, ctx.records)
    return ctx.records


def _candidates(mentions: list[Mention], quotes: list[QuoteSpan]) -> list[Mention]:
    """Mentions outside quotes (places too: they are no unknown names); a country named like a person
    present is that person."""
    surnames = {_written_name(m).split()[-1]: m for m in mentions
                if m.type == "PERSON" and len(_written_name(m).split()) > 1
                and m.matched != "role"}
    found = []
    quoted = SpanIndex(quotes, attr_span)
    for mention in mentions:
        if quoted.overlapping(mention.start, mention.start + 1):
            continue
        person = surnames.get(mention.text)
        if person is not None and _same_person(mention, person):  # "declarou Montenegro", "Elvestad"
            mention = person.but(start=mention.start, end=mention.end, text=mention.text)
        found.append(mention)
    return found


def _written_name(mention: Mention) -> str:
    """A person's name in the article's script (an unknown person's entity_name is romanised)."""
    return mention.native_name or mention.entity_name or ""


def _same_person(mention: Mention, person: Mention) -> bool:
    """A country or a bare surname written like the surname of a person named in full."""
    if mention.type == "STATE":
        return mention.matched != "adjective"
    return (mention.type == "PERSON" and _written_name(mention) == mention.text
            and mention.code in (None, person.code))


def _attribute_one(ctx: Context, index: int, span: QuoteSpan) -> tuple[Mention | None, str | None]:
    """The speaker and verb of one quote: its frame, else a continuation, else the sentence subject."""
    start, end = _sentence_of(span, ctx.sentences)
    previous = ctx.spans[index - 1] if index else None
    following = ctx.spans[index + 1] if index + 1 < len(ctx.spans) else None
    if previous is not None and previous.end > start:
        start = previous.end + 1  # a second quote in the sentence: the frame is after the first
    if span.open_mark == "—":  # a dialogue line's frame ends the line, whatever sentences it holds
        line_end = ctx.text.find("\n", span.end)
        end = max(end, len(ctx.text) if line_end < 0 else line_end)
    window_end = min(max(end, span.end + 3), span.end + tuning().quotes.frame_after,
                     following.start if following else len(ctx.text))
    # every window read below lies between these two: the mentions outside them play no part
    before = span.start - tuning().quotes.frame_before
    near = ctx.nearby.overlapping(min(start, before), max(window_end, span.end) + 1)
    frame = frame_after(ctx.text, ctx.lang, span.end, window_end, near, ctx.cues)
    if frame is None:
        window_start = max(_colon_paragraph(ctx, span, start), span.start - tuning().quotes.frame_before)
        frame = frame_before(ctx.text, ctx.lang, window_start, span.start, near, ctx.cues)
    if frame is None:
        frame = _frame_inside(ctx, span, near)
    if frame is not None:
        opening = None if _names_person(frame.slot) or frame.slot.pronoun else \
            _opening_subject(ctx, start, span, near)
        return opening or _from_frame(ctx, frame, span, index), frame.verb
    if _continues(ctx, index, span):
        return ctx.records[-1].speaker, ctx.records[-1].verb
    return _frameless(ctx, span, start, end, near)


def _names_person(slot: Slot) -> bool:
    """The slot names a speaker other than a state alone: a state next to the verb ("«…» en Syrie,
    avait annoncé", "diplomatici russi: «…»") yields to a person opening the sentence."""
    return slot.names_someone() and not (slot.actor and slot.actor.type == "STATE" and not (
        slot.person or slot.role or slot.institution or slot.stranger))


def _frameless(ctx: Context, span: QuoteSpan, start: int, end: int,
               near: list[Mention]) -> tuple[Mention | None, str | None]:
    """A quote with no speech frame: the next sentence pointing back, a name after a headline
    quote, the sentence's subject, or the speaker of the sentence before."""
    named = _named_next(ctx, span, start, end) or _named_after_line(ctx, span)
    if named is not None:
        return named
    if ctx.text[start : span.start].strip(" «“„\"‚‹—–-") and not _is_title(ctx.text[span.start : span.end]):
        slot = read_slot(ctx.text, ctx.lang, start, span.start, near, ctx.cues)
        if slot.person or slot.role:
            return _resolve(ctx, slot, span.start), None
        if slot.pronoun and _opens_with_pronoun(ctx, start, span.start):
            return antecedent(ctx, span.start, allowed=_outside(ctx, span)), None
    elif _after_reported_speech(ctx, start):
        return antecedent(ctx, span.start, allowed=_outside(ctx, span)), None
    return None, None


def _opens_with_pronoun(ctx: Context, start: int, end: int) -> bool:
    """A sentence opening with a pronoun ("Її обурило те, що “…”", "His answer: “…”") speaks of the
    person named before it: the quote is theirs."""
    tokens = tokenise(ctx.text, ctx.lang, start, end)
    return bool(tokens) and tokens[0].lower in ctx.cues.pronouns


def _opening_subject(ctx: Context, start: int, span: QuoteSpan, near: list[Mention]) -> Mention | None:
    """The subject opening the sentence when the verb after the quote has none written
    ("松野官房長官は「…」と述べた", "이 대변인은 “…”고 말했다")."""
    opening = ctx.text[start : span.start].strip(" «“„\"‚‹「『—–-")
    if not opening or _is_title(ctx.text[span.start : span.end]):
        return None
    slot = read_slot(ctx.text, ctx.lang, start, span.start, near, ctx.cues)
    return slot.person or (_surname_before(ctx, slot.role_at) if slot.role else None)


def _named_next(ctx: Context, span: QuoteSpan, start: int,
                end: int) -> tuple[Mention | None, str | None] | None:
    """A quote standing alone, the next sentence saying who said it, pointing back at the words
    ("“…”. Bunu Prezident İlham Əliyev deyib." / "«…». Об этом заявил Сергей Лавров.")."""
    if not ctx.cues.back or ctx.text[start : span.start].strip(" «“„\"‚‹—–-"):
        return None
    following = bisect_left(ctx.sentences, max(end, span.end), key=_start)
    if following >= len(ctx.sentences):
        return None
    begin, finish = ctx.sentences[following]
    between = ctx.text[span.end : begin].strip(" .!?»”“\"'\n")
    if between or ctx.paragraph_of(begin) > ctx.paragraph_of(span.end) + 1:
        return None
    tokens = tokenise(ctx.text, ctx.lang, begin, finish)
    back, verbs = ctx.cues.back.find_all(tokens), ctx.cues.verbs.find_all(tokens)
    if not back or not verbs or back[0][0] > tuning().quotes.back_reach:
        return None
    index, entry = back[0]
    slot = read_slot(ctx.text, ctx.lang, tokens[index + len(entry.parts) - 1].end, finish,
                     ctx.nearby.overlapping(begin, finish), ctx.cues)
    if not (slot.person or slot.role or slot.stranger):
        return None
    verb = tokens[verbs[-1][0]]
    return _resolve(ctx, slot, span.start), verb.text


def _named_after_line(ctx: Context, span: QuoteSpan) -> tuple[Mention | None, str | None] | None:
    """A quote opening a line that goes on with a name and no verb, as headlines do ("“…”
    Hikmət Hacıyev", "“…”: Mirziyoyev Toqayev bilan gaplashdi")."""
    line_start = ctx.text.rfind("\n", 0, span.start) + 1
    if ctx.text[line_start : span.start].strip(" «“„\"‚‹—–-"):
        return None
    line_end = ctx.text.find("\n", span.end)
    line_end = len(ctx.text) if line_end < 0 else line_end
    after = [m for m in ctx.nearby.overlapping(span.end, line_end) if span.end <= m.start < line_end]
    first = min(after, key=lambda m: m.start, default=None)
    if first is None or first.type != "PERSON" or ctx.text[span.end : first.start].strip(" »”“\":,–—-"):
        return None
    return first, None


def _outside(ctx: Context, span: QuoteSpan) -> Callable[[Mention], bool]:
    """A test keeping people the quote itself does not name: a speaker seldom names themselves
    ("« … la ministre Annegret Kramp-Karrenbauer a fait preuve … », a-t-elle dit")."""
    if span.open_mark == "—" or ctx.people is None:
        return lambda m: True  # a dialogue line may hold its own frame ("…, Lavrov sanoi.")
    named = {m.entity_key or m.entity_name for m in ctx.people.overlapping(span.start, span.end)
             if span.start <= m.start < span.end and m.matched != "role"}  # a name, not "the president"
    return lambda m: (m.entity_key or m.entity_name) not in named


def _frame_inside(ctx: Context, span: QuoteSpan, mentions: list[Mention]) -> Frame | None:
    """A speech verb set off by dashes inside the quote: "Per questo motivo - dice - è necessario"."""
    head = ctx.text[span.start : min(span.end, span.start + tuning().quotes.frame_inside)]
    aside = _DASH_ASIDE.search(head)
    if aside is None:
        return None
    start = span.start + aside.start(1)
    return frame_before(ctx.text, ctx.lang, start, span.start + aside.end(1), mentions, ctx.cues)


def _after_reported_speech(ctx: Context, quote_sentence_start: int) -> bool:
    """A quote standing alone as a sentence right after one that reports speech ("E insistió en la
    necesidad de una tregua. «Creemos que …»."): the same speaker goes on, in their own words."""
    before = bisect_right(ctx.sentences, quote_sentence_start, key=_end)  # sentences end in order
    if not before:
        return False
    start, end = ctx.sentences[before - 1]
    if ctx.paragraph_of(start) < ctx.paragraph_of(quote_sentence_start) - 1:
        return False
    tokens = tokenise(ctx.text, ctx.lang, start, end)
    return bool(ctx.cues.verbs.find_all(tokens) or ctx.cues.according.find_all(tokens))


def _from_frame(ctx: Context, frame: Frame, span: QuoteSpan, index: int) -> Mention | None:
    """The slot's speaker; with no subject written, the implicit one."""
    if frame.slot.names_someone():
        return _resolve(ctx, frame.slot, span.start)
    if index and span.continued and ctx.records[-1].speaker:
        return ctx.records[-1].speaker
    return antecedent(ctx, span.start, allowed=_outside(ctx, span))


def _resolve(ctx: Context, slot: Slot, position: int) -> Mention | None:
    """A person, the person a role refers to, or a state or IGO when no person fits."""
    if slot.person is not None:
        return slot.person
    if slot.stranger is not None:
        return _named_before(ctx, slot.stranger) or slot.stranger
    if slot.role is not None:
        surname = _surname_before(ctx, slot.role_at)
        if surname is not None:
            return surname
        if slot.qualifier is not None:
            return _person_of(ctx, slot.role, slot.qualifier.code, position) or slot.qualifier
        return antecedent(ctx, position, slot.role)
    return slot.actor


def _surname_before(ctx: Context, role_at: int) -> Mention | None:
    """In scripts written without spaces between names and titles, a family name before a role
    ("松野官房長官", "이 대변인") is the person named in full whose name begins with it."""
    written = _UNSPACED_SURNAME.search(ctx.text, max(0, role_at - 5), max(0, role_at))
    if written is None:
        return None
    surname = written.group(1)
    bearers = [(at, m) for at, m in _people(ctx)
               if m.text.startswith(surname) and len(m.text) > len(surname) + 1]
    before = [m for at, m in bearers if at < role_at]
    return before[-1] if before else (bearers[0][1] if bearers else None)


def _named_before(ctx: Context, stranger: Mention) -> Mention | None:
    """The person a lone unknown word names, if someone in the article bears it ('tulis Retno'
    after 'Menlu Retno Marsudi', '", Tashiev said' after 'Kamchibek Tashiev')."""
    word = stranger.text.casefold()
    if " " in word:
        return None
    named = [m for _, m in _people(ctx) if word in (m.entity_name or m.text).casefold().split()
             or word in m.text.casefold().split()]
    return named[-1] if named else None


def _person_of(ctx: Context, role: str, code: str | None, position: int) -> Mention | None:
    """The person 'the Uruguayan minister' means: of that state and role, else of that role and no
    known state (nearby), else of that state; the last named before position, else the first after."""
    people = [(at, m) for at, m in _people(ctx) if m.code == code and code]
    fitting = [(at, m) for at, m in people if _fits(m, role)]
    if not fitting:
        stateless = antecedent(ctx, position, role, lambda m: not m.code and _fits(m, role))
        if stateless is not None:
            return stateless
    pool = fitting or people
    before = [m for at, m in pool if at < position]
    return before[-1] if before else (pool[0][1] if pool else None)


def _people(ctx: Context) -> list[tuple[int, Mention]]:
    """Person mentions and person speakers of earlier quotes, with where they stand, in text order."""
    spoken = [(r.start, r.speaker) for r in ctx.records
              if r.speaker and r.speaker.type == "PERSON"]
    people = [(m.start, m) for m in ctx.mentions if m.type == "PERSON"]
    return sorted(people + spoken, key=lambda pair: pair[0])


def antecedent(ctx: Context, position: int, role: str | None = None,
               allowed: Callable[[Mention], bool] | None = None) -> Mention | None:
    """The implicit subject: the person the nearest sentence before names first (its quote's speaker
    if it has one), same paragraph first; with a role, the nearest person who holds it."""
    stop = bisect_left(ctx.sentences, position, key=_start)
    first_paragraph = ctx.paragraph_of(position) - tuning().quotes.antecedent_paragraphs
    first = bisect_left(range(stop), first_paragraph, key=lambda i: ctx.paragraph_of(ctx.sentences[i][0]))
    tests = [allowed] if allowed else [lambda m: _fits(m, role), lambda m: True] if role else [lambda m: True]
    for fitting in tests:
        for start, end in (ctx.sentences[i] for i in range(stop - 1, first - 1, -1)):
            end = min(end, position)
            spoken = ctx.records[bisect_left(ctx.records, start, key=_start_of):
                                 bisect_left(ctx.records, end, key=_start_of)]
            speakers = [r.speaker for r in spoken if r.speaker and r.speaker.type == "PERSON"]
            people = [m for m in ctx.nearby.overlapping(start, end)
                      if start <= m.start < end and m.type == "PERSON"]
            found = [m for m in speakers + people if fitting(m)]
            if found:
                return found[0]
    return None


def _start(bounds: tuple[int, int]) -> int:
    return bounds[0]


def _end(bounds: tuple[int, int]) -> int:
    return bounds[1]


def _start_of(record: Quote) -> int:
    return record.start


def _fits(person: Mention, role: str | None) -> bool:
    """Whether a person can be meant by a role noun ('the minister' → a foreign minister)."""
    held = person.role or ""
    return role is None or role in _GENERIC_ROLES or role == held or (bool(held) and role in held)


def _continues(ctx: Context, index: int, span: QuoteSpan) -> bool:
    """A frameless quote that goes on from the previous one: next paragraph, or same paragraph
    with nobody else named in between."""
    previous = ctx.records[-1] if index else None
    if previous is None or previous.speaker is None:
        return False
    if span.continued:
        return True
    gap = ctx.paragraph_of(span.start) - ctx.paragraph_of(previous.end)
    dialogue = span.open_mark in _DIALOGUE_DASHES and ctx.spans[index - 1].open_mark in _DIALOGUE_DASHES
    if gap and not (dialogue and gap <= tuning().quotes.dialogue_gap):  # an interview goes on past a remark
        return False
    speaker = previous.speaker.entity_key or previous.speaker.entity_name
    return not any(previous.end <= m.start < span.start and m.type == "PERSON"
                   and (m.entity_key or m.entity_name) != speaker
                   for m in ctx.nearby.overlapping(previous.end, span.start))


def _fill_from_continuations(ctx: Context) -> None:
    """The first part of a quote running over paragraphs, or of two quotes in one sentence ("«…» e
    de que «…», disse Stoltenberg"), takes the speaker named after the last part."""
    for index in range(len(ctx.records) - 2, -1, -1):
        record, following = ctx.records[index], ctx.records[index + 1]
        joined = ctx.spans[index + 1].continued or _sentence_of(ctx.spans[index], ctx.sentences) == \
            _sentence_of(ctx.spans[index + 1], ctx.sentences)
        if record.speaker is None and joined and following.speaker:
            record.speaker = following.speaker
            record.verb = record.verb or following.verb


def _colon_paragraph(ctx: Context, span: QuoteSpan, start: int) -> int:
    """A quote opening its paragraph after one ending with a colon is framed by that colon's sentence."""
    if ctx.text[start : span.start].strip(" «“„\"‚‹—–-") or start < 2:
        return start
    before = ctx.text[:start].rstrip()
    if not before.endswith(":"):
        return start
    sentence = [s for s, e in ctx.sentences if s < len(before)]
    return sentence[-1] if sentence else start


def _is_title(quoted: str) -> bool:
    """A capitalised name in quotes ("Treaty on Eternal Friendship") quotes nobody's words."""
    words = [w for w in re.findall(r"\w+", quoted) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= tuning().quotes.title_share * len(words)


def _sentence_of(span: QuoteSpan, bounds: list[tuple[int, int]]) -> tuple[int, int]:
    """The sentence around a quote; bounds are in text order, so both ends are found by bisection."""
    before = bisect_right(bounds, span.start, key=_start)
    after = bisect_left(bounds, span.end, key=_end)
    return (bounds[before - 1][0] if before else 0, bounds[after][1] if after < len(bounds) else span.end)
