"""Who is actor and who is recipient of a cue: the subject and object of its clause, found from
word order (verb-second, verb-final), prepositions and case endings, voice, quotes and pronouns."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from dragoman.events.clauses import Group, Sentence
from dragoman.events.cues import HOST, EventLexicon
from dragoman.events.word_order import Context, Cue, adjectival, group_mentions, verb_final, verb_medial
from dragoman.records import Mention
from dragoman.settings import tuning

# Types whose "with X" partner is a co-actor ("met with X", "agreed with X"), not a recipient.
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Types whose noun names the mover as its complement ('le retrait des troupes russes',
# 'отвод российских войск'): the state after the noun acts.
_MOVER_TYPES = frozenset({"RETREAT", "MOBILIZE"})


@dataclass
class Participants:
    """Mentions on each side of an event, and how they were found."""

    actor: list[Mention] = field(default_factory=list)
    recipient: list[Mention] = field(default_factory=list)
    how: str = "position"


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
        return Participants(group_mentions([genitive]), [], "genitive mover")
    if lexicon.verb_final:
        subject, objects, how = verb_final(cue, sentence, lexicon, context)
    elif genitive is not None and not _has_subject(cue):
        subject, objects, how = [], [genitive], "genitive"
    else:
        subject, objects, how = verb_medial(cue, sentence, lexicon, context)
    if passive:
        agent = group_mentions(by_agent[:1])
        if cue.mode == HOST:
            return Participants(subject, agent, "passive host")
        return Participants(agent, subject, "passive")
    objects = _aimed_at(cue, sentence, lexicon, subject, objects) or cue.topics[-1:]
    if cue.mode == HOST:
        hosts_guest = [g for g in objects if g.mark in (None, "to", "by")] or objects
        return Participants(group_mentions(hosts_guest[:1]), subject, "host")
    return _with_partners(cue, subject, objects, how)


def _aimed_at(cue: Cue, sentence: Sentence, lexicon: EventLexicon, subject: list[Mention],
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


def _discussion(cue: Cue, sentence: Sentence, lexicon: EventLexicon) -> bool:
    """A meeting cue whose object is what was discussed, not who took part."""
    token = sentence.tokens[cue.first]
    return cue.event_type == "CONSULT" and (token.lower in lexicon.discuss or token.lemma in lexicon.discuss)


def _cue(value: str, first: int, last: int, sentence: Sentence, lexicon: EventLexicon) -> Cue:
    """The cue's clause, its participants on each side, and those in the locative set apart."""
    event_type, _, mode = value.partition("|")
    start, end = sentence.clause(first)
    groups = [g for g in sentence.groups if start <= g.first and g.last < end]
    if mode == "visit":  # "visit to X", "trip in X": the place visited is the host
        groups = [replace(g, mark="to") if g.mark == "loc" else g for g in groups]
    groups = [replace(g, mark="to") if g.mark == "loc" and _of_embassy(g, sentence, lexicon) else g
              for g in groups]
    located = [g for g in groups if g.mark == "loc"]
    groups = [g for g in groups if g.mark not in ("loc", "about", "venue")]  # a topic or venue takes no part
    before, topics = _split_topics([g for g in groups if g.last < first], first, sentence, lexicon)
    return Cue(event_type, mode, first, last, start, end, before, [g for g in groups if g.first > last],
               located, topics)


def _split_topics(before: list[Group], first: int, sentence: Sentence,
                  lexicon: EventLexicon) -> tuple[list[Group], list[Group]]:
    """The groups before the cue, and apart from them the adjectives of an earlier act noun (not in
    verb-final clauses, where what comes before the verb is its object anyway)."""
    if lexicon.verb_final:
        return before, []
    topics = [g for g in before if _qualifies_act(g, first, sentence)]
    return [g for g in before if g not in topics], topics


def _qualifies_act(group: Group, first: int, sentence: Sentence) -> bool:
    """A nationality adjective of an earlier act noun ("των ρωσικών πυραυλικών χτυπημάτων", "რუსული
    ოკუპაცია"): the act's side, the topic of this cue, never its subject."""
    if not adjectival(group):
        return False
    reach = range(group.last + 1, min(first, group.last + 1 + tuning().events.adjective_reach))
    return any(c in reach and not sentence.comma_between(group.last, c) for c in sentence.cues)


def _of_embassy(group: Group, sentence: Sentence, lexicon: EventLexicon) -> bool:
    """A state owning the embassy next to it ("outside the US embassy", "en la Embajada de México",
    "під російським посольством"): a party to what happens there."""
    if not lexicon.embassy:
        return False
    near = sentence.tokens[max(0, group.first - tuning().events.embassy_reach) : group.first] \
        + sentence.tokens[group.last + 1 : group.last + 1 + tuning().events.embassy_reach]
    return any(t.lower in lexicon.embassy or t.lemma in lexicon.embassy for t in near)


def _located(cue: Cue, lexicon: EventLexicon) -> list[Group]:
    """With no object, a place after the cue is where the act is aimed ('aid for families in
    Tajikistan', 'lifted a curfew in Montenegro'); verb-final: a place before it. Not for talks
    ('discussed the situation in Myanmar') nor for regions ('partner in Central Asia')."""
    if cue.event_type == "CONSULT":
        return []
    located = [g for g in cue.located if not g.regional and not g.place]
    if lexicon.verb_final:
        return [g for g in located if g.last < cue.first][-1:]
    return [g for g in located if g.first > cue.last][:1]


def _between_sides(cue: Cue, sentence: Sentence, lexicon: EventLexicon) -> Participants | None:
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
    return Participants(group_mentions([near]), [], "between")


def _passive(sentence: Sentence, cue: Cue, lexicon: EventLexicon) -> bool:
    """A passive auxiliary in the clause before the cue (or just after it, verb-final)."""
    stop = min(cue.end, cue.last + 3)
    return any(sentence.passive_auxiliary(i, lexicon) for i in range(cue.start, stop))


def _reduced_passive(cue: Cue, lexicon: EventLexicon) -> bool:
    """A participle between its patient and its agent, with no auxiliary ('30 diplomatici russi
    espulsi dall'Italia', 'Russian diplomats expelled by Poland', 'navios detidos pela Rússia')."""
    if lexicon.verb_final or cue.mode == HOST or not cue.before or not cue.after or cue.after[0].mark != "by":
        return False
    patient, agent = cue.before[-1], cue.after[0]
    return patient.mark is None and cue.first - patient.last <= tuning().events.participle_reach \
        and agent.first - cue.last <= tuning().events.participle_reach


def _genitive_after(cue: Cue, sentence: Sentence, lexicon: EventLexicon) -> Group | None:
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


def _has_subject(cue: Cue) -> bool:
    return any(g.mark is None and not g.regional for g in cue.before)


def _with_partners(cue: Cue, subject: list[Mention], objects: list[Group], how: str) -> Participants:
    """The object is the recipient, except that 'with X' right after a symmetric cue ('agreed
    with X', 'signed with X', 'met with X') joins the actors. Farther away ('committed to develop
    ties with X') or for a region, X is the recipient."""
    if cue.event_type in SYMMETRIC:  # "between X and Y" away from the cue names another thing's sides
        objects = [g for g in objects if g.mark != "between"]
    if not objects:
        return Participants(subject, [], how)
    if cue.event_type in SYMMETRIC and (joined := _joined_partners(cue, subject, objects, how)) is not None:
        return joined
    return Participants(subject, group_mentions(_recipients(cue, subject, objects)), how)


def _joined_partners(cue: Cue, subject: list[Mention], objects: list[Group],
                     how: str) -> Participants | None:
    """Join 'with X' partners of a symmetric cue to the actors, since both sides act; None if none."""
    partners = [g for g in objects if g.mark == "with" and not g.regional
                and (cue.event_type == "CONSULT" or _near(cue, g))]
    if not partners:
        return None
    # a region beside a state partner is where they meet ('Besuch in Zentralasien')
    rest = [g for g in objects if g not in partners and not g.regional][:1]
    return Participants(subject + group_mentions(partners), group_mentions(rest), how + "+with")


def _recipients(cue: Cue, subject: list[Mention], objects: list[Group]) -> list[Group]:
    """Pick the recipient groups among the objects, skipping the actor's own side."""
    own = {m.code for m in subject}
    others = [g for g in objects if not g.codes <= own] or objects  # "pledged Kenya's backing for the AU"
    if cue.event_type == "CONSULT":  # "meeting of Central Asia and the G7": the G7
        others = [g for g in others if g.party] or others
    return others if _all_marked(others) else others[:1]


def _near(cue: Cue, group: Group) -> bool:
    """A partner governed by the cue itself, a few words from it on either side."""
    distance = group.first - cue.last if group.first > cue.last else cue.first - group.last
    return 0 < distance <= tuning().events.partner_reach


def _all_marked(objects: list[Group]) -> bool:
    """Several dative objects before a verb-final cue ('X'e ve Y'ye') are all recipients."""
    return len(objects) > 1 and all(g.mark == "to" for g in objects)
