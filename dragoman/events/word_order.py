"""The subject and objects of a cue's clause by word order: verb-medial (SVO, verb-second, with
inversion), verb-final (SOV, case endings) and verb-initial, with pronouns and first-person verbs."""

from __future__ import annotations

from dataclasses import dataclass, field

from dragoman.events.clauses import Group, Sentence
from dragoman.events.cues import EventLexicon
from dragoman.records import Mention
from dragoman.settings import tuning

# Marks of participants that can be a verb-final clause's object (dative, accusative, comitative…).
_OBJECT_MARKS = (None, "to", "with", "of", "between")
# Letters a verb keeps before a first-person ending ("ждем" is too short to tell).
_FIRST_PERSON_STEM = 3


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
class Cue:
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
    # nationality adjectives of an earlier act noun: that act's side, this cue's object at most
    topics: list[Group] = field(default_factory=list)


def group_mentions(groups: list[Group]) -> list[Mention]:
    """The mentions of groups; a region named beside states or organisations ('the Minister for
    Europe and Foreign Affairs, Jean-Noël Barrot') is left out."""
    found = []
    for group in groups:
        actors = [m for m in group.mentions if m.type != "REGION"]
        found += actors or group.mentions
    return found


def verb_medial(cue: Cue, sentence: Sentence, lexicon: EventLexicon,
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
        subject, how = group_mentions(located[-1:]), "located"
    return subject, _objects_after(cue, sentence, lexicon) or _objects_before(cue, nearest), how


def _nearest_before(cue: Cue, sentence: Sentence, lexicon: EventLexicon) -> tuple[Group | None, int]:
    """Pick the likeliest subject group before the cue and where the words between it and the cue
    start, so a pronoun or 'we' there can still claim the subject."""
    candidates = [g for g in cue.before if g.mark is None and not g.regional
                  and not _object_like(g, cue, sentence)]
    segment = _segment_start(cue, sentence, lexicon)
    own = [g for g in candidates if g.first >= segment]
    # before the stretch: the nearest coded one ("Le ministre français …, Jean-Noël Barrot, a appelé"),
    # a name before an adjective, whose noun may be the object ("България обяви 10 руски дипломати, …")
    earlier = [g for g in candidates if g.party] or candidates
    earlier = [g for g in earlier if not adjectival(g)] or earlier
    nearest = own[0] if own else (earlier[-1] if earlier else None)
    since = nearest.last + 1 if nearest else cue.start
    since = max(since, segment) if not own else since
    return nearest, since


def _medial_subject(cue: Cue, sentence: Sentence, lexicon: EventLexicon, context: Context,
                    nearest: Group | None,
                    since: int) -> tuple[list[Mention], str, Group | None] | None:
    """Choose the subject by the first rule that applies, returning the group it ends at so the
    objects before the cue start after it; None when nobody comes before and the clause inverts."""
    words = {t.lower for t in sentence.tokens[since : cue.first]}
    first = words & lexicon.first_person or _first_person_verb(cue, sentence, lexicon)
    if context.in_quote and context.speaker and first:
        return [context.speaker], "first person", nearest
    if _possessive_before(cue, sentence, lexicon) and cue.before:
        return group_mentions([cue.before[-1]]), "possessive", cue.before[-1]
    if (pronoun := _pronoun(sentence, since, cue.first, lexicon, context)) is not None:
        return [pronoun], "pronoun", nearest
    if lexicon.verb_initial and (nearest is None or nearest.first < _segment_start(cue, sentence, lexicon)):
        return None  # verb-subject-object: a verb opening its stretch has its subject after it
    if nearest is not None:
        return group_mentions([nearest]), "position", nearest
    if not cue.before and lexicon.inversion:
        return None
    # 'According to the Tajik ministry, the minister thanked …': the source speaks for it
    sources = [g for g in cue.before if g.mark == "source"]
    return group_mentions(sources[-1:]), "source", nearest


def adjectival(group: Group) -> bool:
    """Only nationality adjectives in lower case ("руски", "ρωσικών", "russische"; not a sentence's
    first word nor English "Russian", which may stand for the state): they qualify a noun, which
    need not be the subject."""
    return all(m.type == "STATE" and m.matched == "adjective" and m.text[:1].islower()
               for m in group.mentions)


def _first_person_verb(cue: Cue, sentence: Sentence, lexicon: EventLexicon) -> bool:
    """A cue written in the first person ("wzywamy", "осъждаме", "kınıyoruz", "jag uppmanade" aside):
    its subject is whoever speaks, though no pronoun is written."""
    word = sentence.tokens[cue.first].lower
    stems = (len(word) - len(ending) for ending in lexicon.first_person_endings if word.endswith(ending))
    return word in lexicon.first_person or any(stem >= _FIRST_PERSON_STEM for stem in stems)


def _objects_before(cue: Cue, nearest: Group | None) -> list[Group]:
    """Take objects before the cue when none follow it: a verb-final clause or an object before a
    noun cue ("hat Belarus kritisiert", "hat mit Modi telefoniert")."""
    start = nearest.last + 1 if nearest else cue.start
    return [g for g in cue.before if g.first >= start and g.mark in (None, "to", "with")]


def _segment_start(cue: Cue, sentence: Sentence, lexicon: EventLexicon) -> int:
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


def _inverted(cue: Cue, sentence: Sentence, lexicon: EventLexicon,
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
            return group_mentions([group]), (marked + rest)[:1], "inverted"
    return [], _objects_after(cue, sentence, lexicon)[:1], "none"


def _close(cue: Cue, group: Group, sentence: Sentence) -> bool:
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


def _objects_after(cue: Cue, sentence: Sentence, lexicon: EventLexicon,
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


def _new_predicate(cue: Cue, group: Group, sentence: Sentence, lexicon: EventLexicon) -> bool:
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


def _adverbial_gap(cue: Cue, group: Group, sentence: Sentence) -> bool:
    """Only adverbials between a cue and a participant past a comma: no other cue between them,
    and none right after the participant (which would make it a new subject)."""
    return not any(cue.last < c < group.first or group.last < c <= group.last + 2 for c in sentence.cues)


def _object_like(group: Group, cue: Cue, sentence: Sentence) -> bool:
    """A participant right after an earlier cue of the clause is that cue's object, not the
    subject of a later one ('urged X to tighten …, while promising …')."""
    return any(cue.start <= c < group.first and not sentence.comma_between(c, group.first)
               and not _place_between(sentence, c, group.first) for c in sentence.cues if c < cue.first)


def _place_between(sentence: Sentence, left: int, right: int) -> bool:
    """A place named between an earlier cue and a participant closes the cue's phrase ('На
    переговорах в Абу-Даби делегации США … достигли': the delegations are the next verb's subject)."""
    return any(g.mark == "loc" and left < g.first and g.last < right for g in sentence.groups)


def _possessive_before(cue: Cue, sentence: Sentence, lexicon: EventLexicon) -> bool:
    """'his/its/son/seine support': the owner of a noun cue is the nearest participant before."""
    window = sentence.tokens[max(cue.start, cue.first - tuning().events.possessive_reach) : cue.first]
    return any(t.lower in lexicon.possessive for t in window)


def verb_final(cue: Cue, sentence: Sentence, lexicon: EventLexicon,
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
        subject, how = group_mentions([subject_group]), "position"
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


def _speaking_subject(cue: Cue, sentence: Sentence, lexicon: EventLexicon, context: Context,
                      named: bool) -> Mention | None:
    """The quote's speaker when a verb-final cue is in the first person ("чакырабыз"), or when
    "we" comes before it and no participant is named as its subject."""
    if not context.in_quote or context.speaker is None:
        return None
    if _first_person_verb(cue, sentence, lexicon):
        return context.speaker
    words = {t.lower for t in sentence.tokens[cue.start : cue.first]}
    return context.speaker if words & lexicon.first_person and not named else None


def _setting(cue: Cue, sentence: Sentence, lexicon: EventLexicon) -> bool:
    """A meeting noun in the locative ("Zirvede konuşan Erdoğan, İsrail'i eleştirdi": at the
    summit) is where the clause happens, not a meeting with those it names."""
    if cue.event_type != "CONSULT":
        return False
    word = sentence.tokens[cue.last].lower
    return any(role == "loc" and word.endswith(ending) and len(word) > len(ending) + 2
               for ending, role, _ in lexicon.endings)
