"""Who is actor and who is recipient of a cue: the subject and object of its clause, found from
word order (verb-second, verb-final), prepositions and case endings, voice, quotes and pronouns."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from dragoman.events.clauses import Group, Sentence
from dragoman.events.cues import HOST, EventLexicon
from dragoman.records import Mention
from dragoman.settings import tuning

# Marks of participants that can be a verb-final clause's object (dative, accusative, comitative…).
_OBJECT_MARKS = (None, "to", "with", "of", "between")
# Types whose "with X" partner is a co-actor ("met with X", "agreed with X"), not a recipient.
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Types whose noun names the mover as its complement ('le retrait des troupes russes',
# 'отвод российских войск'): the state after the noun acts.
_MOVER_TYPES = frozenset({"RETREAT", "MOBILIZE"})
# Letters a verb keeps before a first-person ending ("ждем" is too short to tell).
_FIRST_PERSON_STEM = 3


@dataclass
class Participants:
    """Mentions on each side of an event, and how they were found."""

    actor: list[Mention] = field(default_factory=list)
    recipient: list[Mention] = field(default_factory=list)
    how: str = "position"


@dataclass
class Context:
    """What the sentence alone does not tell: the quote speaker and the last person named."""

    speaker: Mention | None = None
    last_person: Mention | None = None
    in_quote: bool = False
    persons: list[Mention] = field(default_factory=list)
    frames_quote: bool = False  # the cue introduces or closes a quote: "», a dénoncé le porte-parole X"

    def person_before(self, offset: int) -> Mention | None:
        """Whom a pronoun at `offset` refers to: the last person named before it in its sentence,
        else in the sentences before ('Youssouf urged …, as he held talks with Ruto')."""
        earlier = [p for p in self.persons if p.end <= offset]
        return earlier[-1] if earlier else self.last_person


@dataclass
class _Cue:
    """The cue being resolved, its clause and the groups on each side of it."""

    event_type: str
    mode: str
    first: int
    last: int
    start: int
    end: int
    before: list[Group]
    after: list[Group]
    located: list[Group]




def assign_roles(value: str, first: int, last: int, sentence: Sentence, lexicon: EventLexicon,
                 context: Context) -> Participants:
    """Actor and recipient of the cue spanning tokens[first..last]."""
    cue = _cue(value, first, last, sentence, lexicon)
    between = _between_sides(cue, sentence, lexicon)
    if between:
        return between
    by_agent = [g for g in cue.before + cue.after if g.mark == "by"]
    passive = bool(by_agent) and (_passive(sentence, cue, lexicon) or _reduced_passive(cue, lexicon))
    genitive = None if cue.event_type in SYMMETRIC else _genitive_after(cue, sentence, lexicon)
    if genitive is not None and cue.event_type in _MOVER_TYPES:
        return Participants(_mentions([genitive]), [], "genitive mover")
    if lexicon.verb_final:
        subject, objects, how = _verb_final(cue, sentence, lexicon, context)
    elif genitive is not None and not _has_subject(cue):
        subject, objects, how = [], [genitive], "genitive"
    else:
        subject, objects, how = _verb_medial(cue, sentence, lexicon, context)
    if passive:
        agent = _mentions(by_agent[:1])
        if cue.mode == HOST:
            return Participants(subject, agent, "passive host")
        return Participants(agent, subject, "passive")
    objects = _aimed_at(cue, sentence, lexicon, subject, objects)
    if cue.mode == HOST:
        hosts_guest = [g for g in objects if g.mark in (None, "to", "by")] or objects
        return Participants(_mentions(hosts_guest[:1]), subject, "host")
    return _with_partners(cue, subject, objects, how)


def _aimed_at(cue: _Cue, sentence: Sentence, lexicon: EventLexicon, subject: list[Mention],
              objects: list[Group]) -> list[Group]:
    """The objects an act is aimed at: with none, or only the actor's own people ("celebramos la
    liberación de los estadounidenses detenidos en Venezuela"), the place after the cue; never
    the topic of a discussion ("discussed Afghanistan")."""
    own = {m.code for m in subject if m.code}
    if not objects or (own and cue.event_type not in SYMMETRIC and all(g.codes <= own for g in objects)):
        objects = _located(cue, lexicon) or objects
    if _discussion(cue, sentence, lexicon):
        objects = [g for g in objects if g.mark == "with"]
    return objects


def _discussion(cue: _Cue, sentence: Sentence, lexicon: EventLexicon) -> bool:
    """A meeting cue whose object is what was discussed, not who took part."""
    token = sentence.tokens[cue.first]
    return cue.event_type == "CONSULT" and (token.lower in lexicon.discuss or token.lemma in lexicon.discuss)


def _cue(value: str, first: int, last: int, sentence: Sentence, lexicon: EventLexicon) -> _Cue:
    """The cue's clause, its participants on each side, and those in the locative set apart."""
    event_type, _, mode = value.partition("|")
    start, end = sentence.clause(first)
    groups = [g for g in sentence.groups if start <= g.first and g.last < end]
    if mode == "visit":  # "visit to X", "trip in X": the place visited is the host
        groups = [replace(g, mark="to") if g.mark == "loc" else g for g in groups]
    groups = [replace(g, mark="to") if g.mark == "loc" and _of_embassy(g, sentence, lexicon) else g
              for g in groups]
    located = [g for g in groups if g.mark == "loc"]
    groups = [g for g in groups if g.mark not in ("loc", "about")]  # a topic takes no part
    return _Cue(event_type, mode, first, last, start, end, [g for g in groups if g.last < first],
                [g for g in groups if g.first > last], located)


def _of_embassy(group: Group, sentence: Sentence, lexicon: EventLexicon) -> bool:
    """A state owning the embassy next to it ("outside the US embassy", "en la Embajada de México",
    "під російським посольством"): a party to what happens there."""
    if not lexicon.embassy:
        return False
    near = sentence.tokens[max(0, group.first - tuning().events.embassy_reach) : group.first] \
        + sentence.tokens[group.last + 1 : group.last + 1 + tuning().events.embassy_reach]
    return any(t.lower in lexicon.embassy or t.lemma in lexicon.embassy for t in near)


def _located(cue: _Cue, lexicon: EventLexicon) -> list[Group]:
    """With no object, a place after the cue is where the act is aimed ('aid for families in
    Tajikistan', 'lifted a curfew in Montenegro'); verb-final: a place before it. Not for talks
    ('discussed the situation in Myanmar') nor for regions ('partner in Central Asia')."""
    if cue.event_type == "CONSULT":
        return []
    located = [g for g in cue.located if not g.regional and not g.place]
    if lexicon.verb_final:
        return [g for g in located if g.last < cue.first][-1:]
    return [g for g in located if g.first > cue.last][:1]


def _mentions(groups: list[Group]) -> list[Mention]:
    """The mentions of groups; a region named beside states or organisations ('the Minister for
    Europe and Foreign Affairs, Jean-Noël Barrot') is left out."""
    found = []
    for group in groups:
        actors = [m for m in group.mentions if m.type != "REGION"]
        found += actors or group.mentions
    return found


def _between_sides(cue: _Cue, sentence: Sentence, lexicon: EventLexicon) -> Participants | None:
    """'talks between X and Y': X and Y are the sides, whoever reports the talks."""
    if cue.event_type not in SYMMETRIC:
        return None
    if lexicon.verb_final:
        near = cue.before[-1] if cue.before else None
        distance = cue.first - near.last - 1 if near else 99
    else:  # counted up to the word "between": "acuerdo comercial entre la UE y el Mercosur"
        near = cue.after[0] if cue.after else None
        span = range(cue.last + 1, near.first) if near else range(0)
        words = [i for i in span if sentence.tokens[i].lower in lexicon.between]
        distance = words[-1] - cue.last - 1 if words else 99
    if (near is None or near.mark != "between" or distance > tuning().events.between_reach
            or len(near.codes) < 2):
        return None
    return Participants(_mentions([near]), [], "between")


def _passive(sentence: Sentence, cue: _Cue, lexicon: EventLexicon) -> bool:
    """A passive auxiliary in the clause before the cue (or just after it, verb-final)."""
    stop = min(cue.end, cue.last + 3)
    return any(sentence.passive_auxiliary(i, lexicon) for i in range(cue.start, stop))


def _reduced_passive(cue: _Cue, lexicon: EventLexicon) -> bool:
    """A participle between its patient and its agent, with no auxiliary ('30 diplomatici russi
    espulsi dall'Italia', 'Russian diplomats expelled by Poland', 'navios detidos pela Rússia')."""
    if lexicon.verb_final or cue.mode == HOST or not cue.before or not cue.after or cue.after[0].mark != "by":
        return False
    patient, agent = cue.before[-1], cue.after[0]
    return patient.mark is None and cue.first - patient.last <= tuning().events.participle_reach \
        and agent.first - cue.last <= tuning().events.participle_reach


def _genitive_after(cue: _Cue, sentence: Sentence, lexicon: EventLexicon) -> Group | None:
    """The participant a noun cue governs ('the detention of three Ukrainian ships', 'задержание
    трех украинских кораблей', 'le retrait des troupes russes'), if the cue is a noun."""
    # a name the cue's last word opens ("retrait des [troupes russes]")
    inside = [g for g in sentence.groups if cue.first < g.first <= cue.last < g.last]
    near = next(iter(inside or cue.after), None)
    if near is None or near.mark is not None or near.place:
        return None
    if (near.first - cue.last > tuning().events.genitive_reach
            or sentence.comma_between(cue.last, max(near.first, cue.last))):
        return None
    before = sentence.tokens[cue.first - 1].lower if cue.first > 0 else ""
    lemma = sentence.tokens[cue.first].lemma
    if before in lexicon.articles or (lexicon.noun_endings and lemma.endswith(lexicon.noun_endings)):
        return near
    return None


def _has_subject(cue: _Cue) -> bool:
    return any(g.mark is None and not g.regional for g in cue.before)


def _verb_medial(cue: _Cue, sentence: Sentence, lexicon: EventLexicon,
                 context: Context) -> tuple[list[Mention], list[Group], str]:
    """SVO and verb-second clauses: the subject before the cue, the object after it; with nobody
    before, the first participant after the cue is the (inverted) subject."""
    nearest, since = _nearest_before(cue, sentence, lexicon)
    found = _medial_subject(cue, sentence, lexicon, context, nearest, since)
    if found is None:
        return _inverted(cue, sentence, lexicon, context)
    subject, how, nearest = found
    if not subject and not context.in_quote:
        # 'Rebels in the Ivory Coast dismissed …': an unnamed actor stands for the country it is in
        # ... unless an earlier cue owns the place ("l'invasion en Ukraine", "attacks … in Ukraine")
        located = [g for g in cue.located if g.last < cue.first and g.party and not g.place
                   and not any(cue.start <= c < g.first for c in sentence.cues)]
        subject, how = _mentions(located[-1:]), "located"
    return subject, _objects_after(cue, sentence, lexicon) or _objects_before(cue, nearest), how


def _nearest_before(cue: _Cue, sentence: Sentence, lexicon: EventLexicon) -> tuple[Group | None, int]:
    """Pick the likeliest subject group before the cue and where the words between it and the cue
    start, so a pronoun or 'we' there can still claim the subject."""
    candidates = [g for g in cue.before if g.mark is None and not g.regional
                  and not _object_like(g, cue, sentence)]
    segment = _segment_start(cue, sentence, lexicon)
    own = [g for g in candidates if g.first >= segment]
    # before the stretch: the nearest coded one ("Le ministre français …, Jean-Noël Barrot, a appelé")
    earlier = [g for g in candidates if g.party] or candidates
    nearest = own[0] if own else (earlier[-1] if earlier else None)
    since = nearest.last + 1 if nearest else cue.start
    since = max(since, segment) if not own else since
    return nearest, since


def _medial_subject(cue: _Cue, sentence: Sentence, lexicon: EventLexicon, context: Context,
                    nearest: Group | None,
                    since: int) -> tuple[list[Mention], str, Group | None] | None:
    """Choose the subject by the first rule that applies, returning the group it ends at so the
    objects before the cue start after it; None when nobody comes before and the clause inverts."""
    words = {t.lower for t in sentence.tokens[since : cue.first]}
    first = words & lexicon.first_person or _first_person_verb(cue, sentence, lexicon)
    if context.in_quote and context.speaker and first:
        return [context.speaker], "first person", nearest
    if _possessive_before(cue, sentence, lexicon) and cue.before:
        return _mentions([cue.before[-1]]), "possessive", cue.before[-1]
    if (pronoun := _pronoun(sentence, since, cue.first, lexicon, context)) is not None:
        return [pronoun], "pronoun", nearest
    if lexicon.verb_initial and (nearest is None or nearest.first < _segment_start(cue, sentence, lexicon)):
        return None  # verb-subject-object: a verb opening its stretch has its subject after it
    if nearest is not None:
        return _mentions([nearest]), "position", nearest
    if not cue.before and lexicon.inversion:
        return None
    # 'According to the Tajik ministry, the minister thanked …': the source speaks for it
    sources = [g for g in cue.before if g.mark == "source"]
    return _mentions(sources[-1:]), "source", nearest


def _first_person_verb(cue: _Cue, sentence: Sentence, lexicon: EventLexicon) -> bool:
    """A cue written in the first person ("wzywamy", "осъждаме", "kınıyoruz", "jag uppmanade" aside):
    its subject is whoever speaks, though no pronoun is written."""
    word = sentence.tokens[cue.first].lower
    stems = (len(word) - len(ending) for ending in lexicon.first_person_endings if word.endswith(ending))
    return word in lexicon.first_person or any(stem >= _FIRST_PERSON_STEM for stem in stems)


def _objects_before(cue: _Cue, nearest: Group | None) -> list[Group]:
    """Take objects before the cue when none follow it: a verb-final clause or an object before a
    noun cue ("hat Belarus kritisiert", "hat mit Modi telefoniert")."""
    start = nearest.last + 1 if nearest else cue.start
    return [g for g in cue.before if g.first >= start and g.mark in (None, "to", "with")]


def _segment_start(cue: _Cue, sentence: Sentence, lexicon: EventLexicon) -> int:
    """Start of the cue's stretch of clause after the last comma or speech verb ('Kallas said
    Kyrgyzstan must stop …'): its first bare participant is the subject, later ones objects
    ('Polen hat Belarus kritisiert')."""
    start = cue.first
    while start > cue.start and not sentence.comma[start]:
        token = sentence.tokens[start - 1]
        if token.lemma in lexicon.speech or token.lower in lexicon.speech:
            break
        start -= 1
    return start


def _inverted(cue: _Cue, sentence: Sentence, lexicon: EventLexicon,
              context: Context) -> tuple[list[Mention], list[Group], str]:
    """Nobody before the cue: 'Am Dienstag traf der Präsident X', 'plädierte er', 'se reunió el
    canciller X con Y', 'En visite en Arménie, le ministre …'. A pronoun right after the cue or the
    first bare participant is the subject; a marked participant before it or the next one after
    it is the object."""
    following = {t.lower for t in sentence.tokens[cue.last + 1 : min(cue.end, cue.last + 3)]}
    objects = _objects_after(cue, sentence, lexicon, any_comma=True)
    pronoun = _pronoun(sentence, cue.last + 1, min(cue.end, cue.last + 3), lexicon, context)
    if pronoun is not None:
        return [pronoun], objects, "pronoun"
    if context.in_quote and following & lexicon.first_person and context.speaker:
        return [context.speaker], objects, "first person"
    for index, group in enumerate(objects):
        if group.mark is None and not group.regional and not group.place and (
                context.frames_quote or _close(cue, group, sentence)):
            marked = [g for g in objects[:index] if g.mark is not None]
            rest = [g for g in objects[index + 1 :] if not sentence.comma_between(group.last, g.first)
                    or _adverbial_gap(cue, g, sentence)]
            return _mentions([group]), (marked + rest)[:1], "inverted"
    return [], _objects_after(cue, sentence, lexicon)[:1], "none"


def _close(cue: _Cue, group: Group, sentence: Sentence) -> bool:
    """An inverted subject follows its verb closely ('traf der Präsident X', 'se reunió el martes el
    canciller X'): at most a few words between, not counting dates and other participants, ..."""
    others = {i for g in sentence.groups for i in range(g.first, g.last + 1)}
    between = [i for i in range(cue.last + 1, group.first) if i not in sentence.timed and i not in others]
    # ... and with no other cue between: "agradeció el apoyo de España" is Spain's support
    return len(between) <= tuning().events.inversion_reach and not any(i in sentence.cues for i in between)


def _pronoun(sentence: Sentence, start: int, stop: int, lexicon: EventLexicon,
             context: Context) -> Mention | None:
    """The person a subject pronoun among tokens[start:stop] stands for."""
    for index in range(start, stop):
        token = sentence.tokens[index]
        if token.lower in lexicon.pronouns:
            return _state_subject(sentence, index, context) or context.person_before(token.start)
    return None


def _state_subject(sentence: Sentence, index: int, context: Context) -> Mention | None:
    """A state or organisation opening the sentence, with no person named before the pronoun,
    is what the pronoun stands for ('La France a déclaré lundi qu'elle expulserait …')."""
    if any(p.end <= sentence.tokens[index].start and p.start >= sentence.tokens[0].start
           for p in context.persons):
        return None
    first = next((g for g in sentence.groups if g.first < index), None)
    if first is None or first.mark is not None or first.regional or first.place:
        return None
    parties = [m for m in first.mentions if m.type in ("STATE", "IGO")]
    return parties[0] if parties and len(parties) == len(first.mentions) else None


def _objects_after(cue: _Cue, sentence: Sentence, lexicon: EventLexicon,
                   any_comma: bool = False) -> list[Group]:
    """Participants after the cue in its clause. Past a comma only when no other cue comes
    between and none follows right after the participant ('received on Tuesday, at the palace,
    the Prime Minister of Portugal' but not 'welcomed the deal, Russia criticised it')."""
    found = []
    for group in cue.after:
        if group.mark not in (None, "to", "with", "between", "of", "by"):
            continue
        if _new_predicate(cue, group, sentence, lexicon):
            break  # "evitó sumarse a las críticas y subrayó que … con Washington"
        past_comma = sentence.comma_between(cue.last, group.first)
        if not any_comma and past_comma and not _adverbial_gap(cue, group, sentence):
            break
        found.append(group)
    return found


def _new_predicate(cue: _Cue, group: Group, sentence: Sentence, lexicon: EventLexicon) -> bool:
    """An 'and' followed by another verb (a cue or a speech verb), or a comma followed by 'and'
    ('…, and the OSCE is proud'), between the cue and the group."""
    tokens = sentence.tokens
    for index in range(cue.last + 1, group.first):
        if sentence.comma[index] and tokens[index].lower in lexicon.and_words:
            return True
    for index in range(cue.last + 1, group.first - 1):
        following = tokens[index + 1]
        said = following.lemma in lexicon.speech or following.lower in lexicon.speech
        verb = index + 1 in sentence.cues or said
        if tokens[index].lower in lexicon.and_words and verb:
            return True
    return False


def _adverbial_gap(cue: _Cue, group: Group, sentence: Sentence) -> bool:
    """Only adverbials between a cue and a participant past a comma: no other cue between them,
    and none right after the participant (which would make it a new subject)."""
    return not any(cue.last < c < group.first or group.last < c <= group.last + 2 for c in sentence.cues)


def _object_like(group: Group, cue: _Cue, sentence: Sentence) -> bool:
    """A participant right after an earlier cue of the clause is that cue's object, not the
    subject of a later one ('urged X to tighten …, while promising …')."""
    return any(cue.start <= c < group.first and not sentence.comma_between(c, group.first)
               and not _place_between(sentence, c, group.first) for c in sentence.cues if c < cue.first)


def _place_between(sentence: Sentence, left: int, right: int) -> bool:
    """A place named between an earlier cue and a participant closes the cue's phrase ('На
    переговорах в Абу-Даби делегации США … достигли': the delegations are the next verb's subject)."""
    return any(g.mark == "loc" and left < g.first and g.last < right for g in sentence.groups)


def _possessive_before(cue: _Cue, sentence: Sentence, lexicon: EventLexicon) -> bool:
    """'his/its/son/seine support': the owner of a noun cue is the nearest participant before."""
    window = sentence.tokens[max(cue.start, cue.first - tuning().events.possessive_reach) : cue.first]
    return any(t.lower in lexicon.possessive for t in window)


def _verb_final(cue: _Cue, sentence: Sentence, lexicon: EventLexicon,
                context: Context) -> tuple[list[Mention], list[Group], str]:
    """SOV clauses: the subject is the first bare participant; the others before the verb
    (dative, accusative, genitive, comitative endings) are its objects."""
    before = cue.before
    subject_group = next((g for g in before if g.mark is None and not g.regional), None)
    speaker = _speaking_subject(cue, sentence, lexicon, context, subject_group is not None)
    if speaker is not None:
        subject_group = None  # "… биз эки тарапты … чакырабыз": we call on both, named before
        subject: list[Mention] = [speaker]
        how = "first person"
    elif subject_group is not None:
        subject, how = _mentions([subject_group]), "position"
    elif (pronoun := _pronoun(sentence, cue.start, cue.first, lexicon, context)) is not None:
        subject, how = [pronoun], "pronoun"
    elif not before and cue.after and not _setting(cue, sentence, lexicon):
        return _inverted(cue, sentence, lexicon, context)  # a headline noun: "Görüşme: Türkiye ve …"
    else:
        subject, how = [], "none"
    objects = [g for g in before if g is not subject_group and g.mark in _OBJECT_MARKS]
    if not objects:
        objects = [g for g in cue.after[:1] if g.mark in ("to", "with")]
    return subject, objects, how


def _speaking_subject(cue: _Cue, sentence: Sentence, lexicon: EventLexicon, context: Context,
                      named: bool) -> Mention | None:
    """The quote's speaker when a verb-final cue is in the first person ("чакырабыз"), or when
    "we" comes before it and no participant is named as its subject."""
    if not context.in_quote or context.speaker is None:
        return None
    if _first_person_verb(cue, sentence, lexicon):
        return context.speaker
    words = {t.lower for t in sentence.tokens[cue.start : cue.first]}
    return context.speaker if words & lexicon.first_person and not named else None


def _setting(cue: _Cue, sentence: Sentence, lexicon: EventLexicon) -> bool:
    """A meeting noun in the locative ("Zirvede konuşan Erdoğan, İsrail'i eleştirdi": at the
    summit) is where the clause happens, not a meeting with those it names."""
    if cue.event_type != "CONSULT":
        return False
    word = sentence.tokens[cue.last].lower
    return any(role == "loc" and word.endswith(ending) and len(word) > len(ending) + 2
               for ending, role, _ in lexicon.endings)


def _with_partners(cue: _Cue, subject: list[Mention], objects: list[Group], how: str) -> Participants:
    """The object is the recipient, except that 'with X' right after a symmetric cue ('agreed
    with X', 'signed with X', 'met with X') joins the actors. Farther away ('committed to develop
    ties with X') or for a region, X is the recipient."""
    if cue.event_type in SYMMETRIC:  # "between X and Y" away from the cue names another thing's sides
        objects = [g for g in objects if g.mark != "between"]
    if not objects:
        return Participants(subject, [], how)
    if cue.event_type in SYMMETRIC and (joined := _joined_partners(cue, subject, objects, how)) is not None:
        return joined
    return Participants(subject, _mentions(_recipients(cue, subject, objects)), how)


def _joined_partners(cue: _Cue, subject: list[Mention], objects: list[Group],
                     how: str) -> Participants | None:
    """Join 'with X' partners of a symmetric cue to the actors, since both sides act; None if none."""
    partners = [g for g in objects if g.mark == "with" and not g.regional
                and (cue.event_type == "CONSULT" or _near(cue, g))]
    if not partners:
        return None
    # a region beside a state partner is where they meet ('Besuch in Zentralasien')
    rest = [g for g in objects if g not in partners and not g.regional][:1]
    return Participants(subject + _mentions(partners), _mentions(rest), how + "+with")


def _recipients(cue: _Cue, subject: list[Mention], objects: list[Group]) -> list[Group]:
    """Pick the recipient groups among the objects, skipping the actor's own side."""
    own = {m.code for m in subject}
    others = [g for g in objects if not g.codes <= own] or objects  # "pledged Kenya's backing for the AU"
    if cue.event_type == "CONSULT":  # "meeting of Central Asia and the G7": the G7
        others = [g for g in others if g.party] or others
    return others if _all_marked(others) else others[:1]


def _near(cue: _Cue, group: Group) -> bool:
    """A partner governed by the cue itself, a few words from it on either side."""
    distance = group.first - cue.last if group.first > cue.last else cue.first - group.last
    return 0 < distance <= tuning().events.partner_reach


def _all_marked(objects: list[Group]) -> bool:
    """Several dative objects before a verb-final cue ('X'e ve Y'ye') are all recipients."""
    return len(objects) > 1 and all(g.mark == "to" for g in objects)
