"""Per-language event cue lexicons and syntax words, loaded from the language files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dragoman.events.plover import EVENT_TYPES, MODES
from dragoman.languages import load_language
from dragoman.text.lexicon import Lexicon

HOST = "host"
# Mode of a bare noun that names an act without reporting one ("cooperation"): an event only when promised.
ABSTRACT = "abstract"
# Value of `[events.NONE]` phrases: they match like cues and silence any cue they contain.
NO_EVENT = "NONE"


@dataclass(frozen=True)
class EventLexicon:
    """Cues (value 'TYPE' or 'TYPE|mode' or 'TYPE|host' or 'NONE') and the words that steer roles."""

    cues: Lexicon
    with_words: frozenset[str]
    by_words: frozenset[str]
    to_words: frozenset[str]
    locative: frozenset[str]
    and_words: frozenset[str]
    but_words: frozenset[str]
    restating: frozenset[str]
    auxiliaries: frozenset[str]
    passive: frozenset[str]
    between: frozenset[str]
    negation: frozenset[str]
    future: frozenset[str]
    hypothetical: frozenset[str]
    pronouns: frozenset[str]
    first_person: frozenset[str]
    possessive: frozenset[str] = frozenset()
    verb_final: bool = False
    # The subject may follow the verb ("Am Dienstag traf der Präsident …", "se reunió el canciller …").
    inversion: bool = True
    # Verb-subject-object (Arabic): a cue opening its comma-bounded stretch takes the subject after it.
    verb_initial: bool = False
    # Subject-object-verb with prepositions (Persian): participants are read as in verb-second
    # languages, but a clause's content comes before its closing verb ("از تحریم‌ها انتقاد کرد").
    verb_last: bool = False
    # Case endings written on a name ("Rusya'yı", "Мирзиёевпен"): (ending, role, only after an
    # apostrophe or hyphen).
    endings: tuple[tuple[str, str, bool], ...] = ()
    both: Lexicon | None = None
    since: frozenset[str] = frozenset()
    negation_final: frozenset[str] = frozenset()
    without: frozenset[str] = frozenset()  # negate only what follows them ("sans fondement")
    litotes: frozenset[str] = frozenset()  # verbs a negation affirms ("never forget")
    according: Lexicon | None = None
    then: Lexicon | None = None  # "at the time", "тогда": the day named just before
    speech: frozenset[str] = frozenset()
    # Words marking an infinitive clause set off by a comma ("ihre Absicht bekräftigt, den Handel zu
    # erweitern"): its content still belongs to the cue before the comma.
    infinitive: frozenset[str] = frozenset()
    # Determiners pointing back ("this support", "ce soutien", "diese Vereinbarung"): the noun after
    # them names an act already reported, not a new one.
    demonstrative: frozenset[str] = frozenset()
    # Nouns of a state's missions abroad ("embassy", "посольство"): a state naming one is the party
    # acted upon there ("protested outside the US embassy"), not the place of the act.
    embassy: frozenset[str] = frozenset()
    # Words beside a protest's target: embassy nouns on either side ("Russian embassy", "Embajada de
    # México"), "against" before it ("gegen", "против"), or after it where the language puts it there
    # ("Rusya aleyhine"): (before, after).
    target_words: tuple[re.Pattern[str] | None, re.Pattern[str] | None] = (None, None)
    # A cue after an article ("the expulsion", "l'espulsione") or with a noun's ending on its lemma
    # ("задержание") is a noun: the state named right after it is the one acted on, not an
    # inverted subject ("подтвердили задержание украинских кораблей").
    articles: frozenset[str] = frozenset()
    noun_endings: tuple[str, ...] = ()
    # Words putting what follows them as the topic of talks or words ("about", "über", "о", "hakkında"):
    # what is talked about takes no part in the act ("talked with Zarif about the Ukrainian plane").
    about: frozenset[str] = frozenset()
    # Meeting cues whose bare object is what was discussed ("discussed Afghanistan", "membahas
    # Palestina", "omówili"): only their subject and "with" partners meet.
    discuss: frozenset[str] = frozenset()
    # Nouns of things and rank-and-file people that arrive without visiting ("shipment", "aid",
    # "soldiers", "refugees"): a visit cue with one of them before it in its clause is no visit
    # ("the first aid shipment arrived in Romania"); titled people and delegations still visit.
    not_visitors: frozenset[str] = frozenset()
    # Endings of a verb in the first person plural ("wzywamy", "осъждаме", "condenamos"): in a quote,
    # a cue so written is the speaker's act even with no pronoun (pro-drop).
    first_person_endings: tuple[str, ...] = ()
    # Conjunctions opening a conditional clause up to its comma ("if", "si", "ha", "ako", "eğer") and
    # postpositions closing one from its comma ("halinde", "durumunda"): what may happen there is no
    # act, and nobody named there takes part in the main clause's act.
    conditional: frozenset[str] = frozenset()
    conditional_after: frozenset[str] = frozenset()
    # Phrases before (verb-final: after) the gathering an act was held at ("on the sidelines of", "en
    # marge de", "am Rande"), and the subject matter of talks ("the situation in", "il a été question"):
    # the names they govern take no part in it (events/venues.py).
    venue: Lexicon | None = None
    topic: Lexicon | None = None
    lang: str | None = None  # whose proclitics mark a name's role on its own word (Arabic "لروسيا")


def _alternation(words: list[str]) -> re.Pattern[str] | None:
    """Any of the words (and their inflections: a word may continue) as a pattern, or None."""
    if not words:
        return None
    ordered = sorted(set(words), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, ordered))})\w*", re.I)


def _words(section: dict, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in section.get(key, []))


_ENDING_ROLES = {"to_endings": "to", "with_endings": "with", "by_endings": "by",
                 "locative_endings": "loc", "of_endings": "of", "from_endings": "loc"}


def _endings(syntax: dict) -> tuple[tuple[str, str, bool], ...]:
    """(ending, role, apostrophe only) triples, longest ending first so 'ın' (of) wins over 'ı' (to).
    An ending written with a leading apostrophe ("'ya") is only read after one (Turkish proper
    names); a bare one ("ға") is read on the word itself too (Kazakh)."""
    found = [(e.lower().lstrip("'’"), role, e[:1] in "'’") for key, role in _ENDING_ROLES.items()
             for e in syntax.get(key, [])]
    return tuple(sorted(found, key=lambda p: -len(p[0])))


@cache
def event_lexicon(lang: str | None) -> EventLexicon:
    data = load_language(lang or "en")
    entries: list[tuple[str, str]] = []
    events = data.get("events", {})
    for event_type in EVENT_TYPES:
        table = events.get(event_type, {})
        entries += [(cue, event_type) for cue in table.get("cues", [])]
        for mode in (*MODES.get(event_type, ()), HOST, ABSTRACT):
            entries += [(cue, f"{event_type}|{mode}") for cue in table.get(mode, [])]
    none = events.get(NO_EVENT, {})
    entries += [(phrase, NO_EVENT) for phrase in none.get("cues", none.get("phrases", []))]
    syntax, modality = data.get("syntax", {}), data.get("modality", {})
    pronouns = data.get("pronouns", {})
    return EventLexicon(
        cues=Lexicon(_prefer_modes(entries), lang),
        with_words=_words(syntax, "with"), by_words=_words(syntax, "by"),
        to_words=_words(syntax, "to"), locative=_words(syntax, "locative"),
        and_words=_words(syntax, "and"), but_words=_words(syntax, "but"),
        restating=_words(syntax, "restating"), auxiliaries=_words(syntax, "auxiliaries"),
        passive=_words(syntax, "passive_auxiliaries"),
        between=_words(syntax, "between"), negation=_words(modality, "negation"),
        future=_words(modality, "future"), hypothetical=_words(modality, "hypothetical"),
        pronouns=_words(pronouns, "subject"), first_person=_words(pronouns, "first_person_plural")
        | _words(pronouns, "first_person_singular"),
        first_person_endings=tuple(e.lower() for e in pronouns.get("first_person_endings", [])),
        possessive=_words(pronouns, "possessive") | _words(syntax, "possessive"),
        verb_final=bool(syntax.get("verb_final", False)), endings=_endings(syntax),
        inversion=bool(syntax.get("subject_after_verb", True)),
        verb_initial=bool(syntax.get("verb_initial", False)), verb_last=bool(syntax.get("verb_last", False)),
        both=Lexicon([(phrase, "BOTH") for phrase in syntax.get("both", [])]
                     + [(phrase, "OTHER") for phrase in syntax.get("counterpart", [])], lang),
        since=_words(modality, "since"), negation_final=_words(modality, "negation_final"),
        without=_words(modality, "without"), litotes=_words(modality, "litotes"),
        speech=_words(data.get("speech", {}), "verbs"), infinitive=_words(syntax, "infinitive"),
        demonstrative=_words(syntax, "demonstrative"), embassy=_words(syntax, "embassy"),
        target_words=(_alternation([*syntax.get("embassy", []), *syntax.get("against", [])]),
                      _alternation([*syntax.get("embassy", []), *syntax.get("against_after", [])])),
        according=Lexicon([(p, "SOURCE") for p in data.get("speech", {}).get("according_to", [])], lang),
        then=Lexicon([(p, "THEN") for p in modality.get("then", [])], lang),
        about=_words(syntax, "about"), discuss=_words(syntax, "discuss"),
        not_visitors=_words(syntax, "not_visitors"),
        articles=_words(syntax, "articles"), noun_endings=tuple(syntax.get("noun_endings", [])),
        conditional=_words(modality, "conditional"), conditional_after=_words(modality, "conditional_after"),
        venue=Lexicon([(p, "VENUE") for p in syntax.get("venue", [])], lang),
        topic=Lexicon([(p, "TOPIC") for p in syntax.get("topic", [])], lang),
        lang=lang,
    )


def _prefer_modes(entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A cue listed both plainly and under a mode keeps the mode (and host) reading; a phrase
    listed under NONE wins over everything."""
    best: dict[str, str] = {}
    for cue, value in entries:
        if cue not in best or value == NO_EVENT or ("|" in value and best[cue] != NO_EVENT):
            best[cue] = value
    return list(best.items())
