"""A sentence seen by the role finder: tokens, clause breaks, and participant groups with the
preposition, postposition or case ending that marks each group's role."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import NamedTuple

from dragoman.events.coordination import comma_step, phrase_and
from dragoman.events.cues import EventLexicon
from dragoman.events.venues import mark_venues_and_topics
from dragoman.records import Mention
from dragoman.settings import tuning
from dragoman.text.clitics import proclitics
from dragoman.text.lexicon import Token

# Mentions that can take part in events; places only as seats of power or capitals used as actors.
_PARTICIPANTS = ("STATE", "IGO", "ORG", "REGION", "PERSON")
# Letters a name keeps before a case ending on it: three, or two in a syllabic script (Korean 북한-을).
_MIN_STEM, _MIN_SYLLABIC_STEM = 3, 2
_SYLLABIC = re.compile(r"[\uac00-\ud7a3]")
# Punctuation that closes a clause for role finding (a comma does not: appositions and
# coordinated verbs share their subject across commas).
_HARD = re.compile(r"[;；؛—–]|\s-\s|\n")  # the Arabic and full-width semicolons too
_DASH = re.compile(r"\s*[—–-]\s*")
_APOSTROPHES = "'’ʼ"
_SEPARATORS = _APOSTROPHES + "-"


@dataclass
class Group:
    """Consecutive mentions standing for one side: 'Kazakhstan and Turkmenistan', 'the Russian
    Foreign Minister Sergei Lavrov'. `mark` is with/by/to/loc/of/between or None (a bare noun)."""

    mentions: list[Mention]
    first: int
    last: int
    mark: str | None = None

    @property
    def codes(self) -> set[str]:
        return {m.code for m in self.mentions if m.code}

    @property
    def regional(self) -> bool:
        """Only regions (Central Asia, Europe): recipients at most, never actors."""
        return all(m.type == "REGION" for m in self.mentions)

    @property
    def place(self) -> bool:
        """Only cities standing for their state ('Bishkek'): where things happen, rarely who acts."""
        return all(m.place for m in self.mentions)

    @property
    def party(self) -> bool:
        """Names a coded state, organisation or person (not only a region or an unknown person)."""
        return any(m.code and m.type != "REGION" for m in self.mentions)

    @property
    def uncoded(self) -> bool:
        """Only people of unknown country: the role is taken, by nobody we can code."""
        return all(m.uncoded for m in self.mentions)


@dataclass
class Sentence:
    """Tokens of one sentence, breaks between them, groups, and the cue token positions."""

    text: str
    tokens: list[Token]
    hard: list[bool]
    comma: list[bool]
    groups: list[Group] = field(default_factory=list)
    cues: list[int] = field(default_factory=list)
    timed: set[int] = field(default_factory=set)
    conditional: set[int] = field(default_factory=set)  # tokens of conditional clauses ("if X attacks")

    def clause(self, index: int) -> tuple[int, int]:
        """Token range [start, end) of the clause around tokens[index]."""
        start = index
        while start > 0 and not self.hard[start]:
            start -= 1
        end = index + 1
        while end < len(self.tokens) and not self.hard[end]:
            end += 1
        return start, end

    def passive_auxiliary(self, index: int, lexicon: EventLexicon) -> bool:
        """A passive auxiliary, not a word of a name ("Stati" in "gli Stati Uniti")."""
        token = self.tokens[index]
        if not (token.lower in lexicon.passive or token.lemma in lexicon.passive):
            return False
        return not any(g.first <= index <= g.last for g in self.groups)

    def comma_between(self, left: int, right: int) -> bool:
        """A comma between two tokens, not counting those of a list ('Britain, Germany and France')."""
        inside = {i for g in self.groups for i in range(g.first + 1, g.last + 1)}
        return any(self.comma[i] for i in range(left + 1, right + 1) if i not in inside)


def build_sentence(text: str, tokens: list[Token], mentions: list[Mention], breaks_at: list[int],
                   cues: list[int], lexicon: EventLexicon, dates: Sequence[tuple[int, int]] = ()) -> Sentence:
    """Breaks between tokens (punctuation, quote edges in `breaks_at`) and participant groups;
    `dates` are the spans of time expressions ('во вторник' does not mark the name after it)."""
    hard, comma = [True], [False]
    names = [m for m in mentions if not m.place]  # "NAIROBI — African Union …" is a dateline
    starts, ends = {m.start for m in names}, {m.end for m in names}
    for previous, token in pairwise(tokens):
        gap = text[previous.end : token.start]
        edge = any(previous.end <= b <= token.start for b in breaks_at)
        # a dash between two names joins them: "'Central Asia – G7' meeting", "EU – China summit"
        linked = _DASH.fullmatch(gap) and previous.end in ends and token.start in starts
        hard.append((bool(_HARD.search(gap)) and not linked) or edge)
        comma.append(any(mark in gap for mark in ",،，"))  # Arabic and full-width (Chinese) commas too
    timed = {i for i, t in enumerate(tokens) if any(a <= t.start < b for a, b in dates)}
    conditional = _conditional_clauses(tokens, hard, comma, lexicon)
    sentence = Sentence(text, tokens, hard, comma, cues=cues, timed=timed, conditional=conditional)
    _add_groups(sentence, mentions, lexicon)
    return sentence


def _conditional_clauses(tokens: list[Token], hard: list[bool], comma: list[bool],
                         lexicon: EventLexicon) -> set[int]:
    """The tokens of conditional clauses, each made a clause of its own (its edges become hard
    breaks): from an opening conjunction to the next comma ("if Holland does not apologise,"), or
    from the last comma to a closing postposition ("… serbest bırakılmaması halinde,")."""
    found: set[int] = set()
    for index, token in enumerate(tokens):
        if token.lower in lexicon.conditional:
            end = index + 1
            while end < len(tokens) and not (hard[end] or comma[end]):
                end += 1
            span = range(index, end)
        elif token.lower in lexicon.conditional_after:
            start = index
            while start > 0 and not (hard[start] or comma[start]):
                start -= 1
            span = range(start, index + 1)
        else:
            continue
        found.update(span)
        hard[span.start] = True
        if span.stop < len(tokens):
            hard[span.stop] = True
    return found


def participants_in(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """Mentions of a span that can act: coded actors, and capitals/seats standing for a state."""
    found = []
    for mention in mentions:
        if not (start <= mention.start < end):
            continue
        if mention.type in _PARTICIPANTS and mention.code:
            found.append(mention)
        elif mention.type == "PERSON":  # a named person of unknown country still fills a role
            found.append(mention.but(code=None, uncoded=True))
        elif mention.type == "PLACE" and mention.metonym_of:
            found.append(mention.but(code=mention.metonym_of, type="STATE", place=True))
    return sorted(found, key=lambda m: (m.start, -m.end))


def token_at(tokens: list[Token], offset: int) -> int:
    """The index of the token a character offset falls in (or the first after it; the last one)."""
    return next((i for i, t in enumerate(tokens) if t.end > offset), len(tokens) - 1)


def _token_span(sentence: Sentence, mention: Mention) -> tuple[int, int]:
    tokens = sentence.tokens
    first = token_at(tokens, mention.start)
    last = max((i for i, t in enumerate(tokens) if t.start < mention.end), default=first)
    return first, max(first, last)


def _add_groups(sentence: Sentence, mentions: list[Mention], lexicon: EventLexicon) -> None:
    """One group per mention, marked, then joined into the sides of the sentence."""
    singles: list[Group] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        first, last = _token_span(sentence, mention)
        if singles and (first, last) == (singles[-1].first, singles[-1].last):
            singles[-1].mentions.append(mention)  # "both sides": one span, two parties
        elif not singles or first > singles[-1].last:  # else nested in the previous mention
            singles.append(Group([mention], first, last, _ending_mark(sentence, mention, lexicon)))
    if not lexicon.verb_final:  # prepositions, read before joining ("À Paris, le Quai d'Orsay")
        sentence.groups = singles
        for group in singles:  # a preposition outranks a case ending (fi "Venäjälle", hu "Kínával")
            group.mark = _word_mark(sentence, group, lexicon) or group.mark
    sentence.groups = _merge(sentence, singles, lexicon)
    sources = _source_spans(sentence, lexicon)
    for group in sentence.groups:
        if group.mark is None and lexicon.verb_final:
            group.mark = _word_mark(sentence, group, lexicon)
        if _attributed(group, sources, lexicon):
            group.mark = "source"
    mark_venues_and_topics(sentence, lexicon)


def _source_spans(sentence: Sentence, lexicon: EventLexicon) -> list[tuple[int, int]]:
    """Token spans of 'according to', 'selon', 'göre' in the sentence."""
    if lexicon.according is None or not lexicon.according:
        return []
    return [(i, i + len(e.parts) - 1) for i, e in lexicon.according.find_all(sentence.tokens)]


def _attributed(group: Group, sources: list[tuple[int, int]], lexicon: EventLexicon) -> bool:
    """'According to the Tajik ministry', 'Akorda'ya göre': the source of the report."""
    if lexicon.verb_final:
        return any(0 <= first - group.last <= 2 for first, _ in sources)
    return any(0 < group.first - last <= tuning().events.mark_reach for _, last in sources)


def _merge(sentence: Sentence, singles: list[Group], lexicon: EventLexicon) -> list[Group]:
    """Join mentions of one entity and coordinated lists ('A, B and C') into groups."""
    groups: list[Group] = []
    for index, group in enumerate(singles):
        if groups and _joins(sentence, groups[-1], group, singles[index + 1 :], lexicon):
            previous = groups[-1]
            previous.mentions += group.mentions
            previous.last = group.last
            # a case ending closes the whole name: "Франция Сыртқы істер министрі Люк Дюбрейді"
            if lexicon.verb_final or lexicon.endings:
                previous.mark = group.mark or previous.mark
            else:
                previous.mark = previous.mark or group.mark
        else:
            groups.append(group)
    return groups


class _Between(NamedTuple):
    """The tokens between two groups as `_joins` reads them."""

    size: int  # how many tokens
    words: set[str]  # their lowercase forms
    markers: frozenset[str]  # the lexicon's prepositions that keep groups apart
    comma_only: bool  # nothing between but a comma before the right group
    list_comma: bool  # a comma and at most an article: "Tschechien, der Slowakei"


def _joins(sentence: Sentence, left: Group, right: Group, rest: list[Group], lexicon: EventLexicon) -> bool:
    """Whether `right` continues `left`: the same entity named again, an apposition, 'A and B', a
    list — not across a cue, a preposition or a clause break."""
    gap = sentence.tokens[left.last + 1 : right.first]
    if len(gap) > tuning().events.group_gap or any(sentence.hard[left.last + 1 : right.first + 1]):
        return False
    if any(i in sentence.cues for i in range(left.last + 1, right.first)):
        return False
    markers = (lexicon.with_words | lexicon.by_words | lexicon.between | lexicon.to_words | lexicon.locative
               | lexicon.about)
    listed = comma_step(sentence.tokens, sentence.comma, (left.last, right.first), lexicon, markers)
    comma_only = not gap and sentence.comma[right.first]
    between = _Between(len(gap), {t.lower for t in gap}, markers, comma_only, listed)
    if between.words & (markers - lexicon.and_words):
        return False
    linked = _joins_as_apposition(sentence, left, right, rest, lexicon, between)
    if linked is not None:
        return linked
    return _joins_as_one_entity(sentence, left, right, rest, lexicon, between)


def _joins_as_apposition(sentence: Sentence, left: Group, right: Group, rest: list[Group],
                         lexicon: EventLexicon, between: _Between) -> bool | None:
    """Decide the joins a comma or a title settles before marks are compared; None when undecided."""
    words, markers = between.words, between.markers
    apposition = left.codes & right.codes or right.uncoded
    if between.comma_only and right.mark is None and apposition:
        return True  # an apposition shares the mark: "la capitale du Kazakhstan, Astana"
    if right.uncoded and left.mark in (None, "of") and not words & markers and right.mark != "loc":
        # the person's country before the title: "Германия … Республикасының Сыртқы істер министрі
        # Йоханн Вадефульді", "el canciller uruguayo, Mario Lubetkin"
        return between.size <= 2 or not sentence.comma_between(left.last, right.first)
    if (between.list_comma and right.mark is None and not right.place
            and _list_continues(sentence, right, rest, lexicon)):
        return True  # "mit Kasachstan, Kirgistan, … und Usbekistan": the list shares the preposition
    return None


def _joins_as_one_entity(sentence: Sentence, left: Group, right: Group, rest: list[Group],
                         lexicon: EventLexicon, between: _Between) -> bool:
    """Join groups with compatible marks that name one entity twice, a title and its holder,
    'A and B' or a list going on to 'and C'."""
    words, markers = between.words, between.markers
    gap = sentence.tokens[left.last + 1 : right.first]
    # a list of places is one side ("Ruotsista, Saksasta ja Puolasta"): not a name and its place
    loc_list = left.mark == right.mark == "loc" and (words & lexicon.and_words or between.list_comma)
    placed = right.mark == "loc" and not loc_list
    if not _compatible(sentence, left, right, lexicon) or placed or right.place:
        return False  # "Türkiye, Rusya'yı", "Тоқаев Ақордада", "À Paris, le Quai d'Orsay"
    if left.codes & right.codes:  # one entity named twice: "Kazakistan Cumhurbaşkanı Tokayev'i"
        return not words & markers
    if left.uncoded and between.size <= 2 and not words & markers:
        return not words & lexicon.and_words
    if words & lexicon.and_words or phrase_and(gap, lexicon, markers):
        return True
    if between.list_comma:
        return _list_continues(sentence, right, rest, lexicon)
    return False


def _compatible(sentence: Sentence, left: Group, right: Group, lexicon: EventLexicon) -> bool:
    """Marks that can belong to one group. Verb-final: the case ending of the last name closes the
    whole group ("Франция … Дюбрейді"). Otherwise the preposition before the first name covers
    the rest ("avec la Russie et la Chine") unless a comma ends it ("À Paris, le Quai d'Orsay")."""
    if left.mark == right.mark:
        return True
    if lexicon.verb_final:
        return left.mark is None
    # "by the United States and Canada, as well as Ukraine": the comma opens the list's next item
    gap = sentence.tokens[left.last + 1 : right.first]
    return right.mark is None and (not sentence.comma_between(left.last, right.first)
                                   or phrase_and(gap, lexicon, frozenset()))


def _list_continues(sentence: Sentence, group: Group, rest: list[Group], lexicon: EventLexicon) -> bool:
    """'A, B' joins only inside a list that goes on to 'and C'."""
    previous = group
    markers = lexicon.with_words | lexicon.by_words | lexicon.between | lexicon.to_words | lexicon.locative
    for following in rest:
        gap = sentence.tokens[previous.last + 1 : following.first]
        if gap and len(gap) <= 2 and all(t.lower in lexicon.and_words for t in gap[:1]):
            return following.mark == group.mark and not sentence.comma[following.first]
        if phrase_and(gap, lexicon, markers):
            return following.mark == group.mark
        span = (previous.last, following.first)
        if not comma_step(sentence.tokens, sentence.comma, span, lexicon, markers):
            return False
        previous = following
    return False


def _ending_mark(sentence: Sentence, mention: Mention, lexicon: EventLexicon) -> str | None:
    """The role written as a case ending: after an apostrophe or hyphen ("Rusya'yı", "АҚШ-қа")
    or on the word itself ("Мирзиёевпен")."""
    if not lexicon.endings or mention.matched == "role":
        return None  # "Президенті": a title's possessive ending, not a case
    after = sentence.text[mention.end : mention.end + 8]
    if after[:1] and after[0] in _SEPARATORS:
        word_start = re.match(r"\w*", after[1:])
        suffix = word_start.group().lower() if word_start else ""
        return next((role for ending, role, _ in lexicon.endings if suffix.startswith(ending)), None)
    words = mention.text.split()
    word = words[-1].lower() if words else ""
    stem = _MIN_SYLLABIC_STEM if _SYLLABIC.search(word) else _MIN_STEM
    return next((role for ending, role, apostrophe in lexicon.endings
                 if not apostrophe and word.endswith(ending) and len(word) - len(ending) >= stem), None)


def _word_mark(sentence: Sentence, group: Group, lexicon: EventLexicon) -> str | None:
    """The preposition before a group, or (verb-final languages) the postposition after it."""
    tokens = sentence.tokens
    if lexicon.verb_final:
        following = tokens[group.last + 1] if group.last + 1 < len(tokens) else None
        if following is not None and not sentence.hard[group.last + 1]:
            return _word_role(following, group, lexicon, postposition=True)
        return None
    clitic = _proclitic_role(sentence, group, lexicon)
    if clitic:
        return clitic
    for index in range(group.first - 1, max(-1, group.first - 1 - tuning().events.mark_reach), -1):
        if sentence.hard[index + 1] or sentence.comma[index + 1] or index in sentence.cues:
            return None
        if index in sentence.timed:
            return None
        role = _word_role(tokens[index], group, lexicon, postposition=False)
        if role:  # "berkaitan dengan", "in Bezug auf": a topic word before the preposition
            return "about" if index > 0 and tokens[index - 1].lower in lexicon.about else role
        if any(g.last == index for g in sentence.groups):
            return None
    return None


def _proclitic_role(sentence: Sentence, group: Group, lexicon: EventLexicon) -> str | None:
    """The preposition written on the name's own word (Arabic "لروسيا", Hebrew "לרוסיה"), read past
    a conjunction ("ولروسيا"); a fused article ("للصين") counts as its preposition."""
    token, start = sentence.tokens[group.first], group.mentions[0]["start"]
    clitics = proclitics(lexicon.lang)
    if not clitics or not token.start <= start < token.end:
        return None
    lead = token.lower[: start - token.start]
    if not lead:
        lead = next((fused for fused, _ in clitics.elisions if token.lower.startswith(fused)), "")[:-1]
    if len(lead) > 1 and lead[0] in lexicon.and_words:
        lead = lead[1:]
    return _word_role(Token(token.start, start, lead, lead, lead), group, lexicon, False) if lead else None


def _word_role(token: Token, group: Group, lexicon: EventLexicon, postposition: bool) -> str | None:
    word = token.lower.strip(_APOSTROPHES)
    if word in lexicon.about:
        return "about"
    if word in lexicon.between:
        return "between"
    if word in lexicon.by_words:
        return "by"
    if word in lexicon.with_words and (postposition or word not in lexicon.and_words):
        return "with"
    # A word that is both (à, au, в, на, ke) reads as locative: a place or country after it is
    # still taken as the recipient when nothing else is (roles._located), but never for talks.
    if word in lexicon.locative:
        return "loc"
    return "to" if word in lexicon.to_words else None
