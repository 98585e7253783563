"""Speech frames: the speech verb next to a quote and what the words around it say of the speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import simplemma

from dragoman.languages import language, load_language, name_particles
from dragoman.records import Mention
from dragoman.settings import tuning
from dragoman.text.lexicon import SIMPLEMMA_LANGUAGES, Entry, Lexicon, Token, tokenise

_CLAUSE_MARK = re.compile(r"[,;:()]")
_ROLE_GAP = 2  # words between two roles that make them two people ("szef … w rozmowie z ministrem")
# "M. Barrot" goes on, and so does a day in brackets ("afirmou nesta sexta-feira (18) o secretário")
_CLAUSE_END = re.compile(r"[,;:!?\n]|\((?!\d{1,2}\))|(?<!\(\d)(?<!\(\d\d)\)|(?<!\b\w)\.|\s[—–―]\s")


@dataclass(frozen=True)
class Cues:
    """A language's words for speech: verbs, 'according to', pronouns, roles and institutions."""

    verbs: Lexicon
    according: Lexicon
    roles: Lexicon
    institutions: Lexicon
    pronouns: frozenset[str]  # subject and possessive ("his spokesman")
    subject_pronouns: frozenset[str]
    back: Lexicon  # words pointing back at words just quoted ("Bunu … deyib", "Об этом заявил …")
    head_last: bool = False  # verb-final: a role after an institution is its head ("Nazirlik rəsmisi")


@cache
def speech_cues(lang: str | None) -> Cues:
    """The cues of a language, from its [speech], [pronouns], [titles] and [references] sections."""
    data = load_language(lang or "en")
    speech = data.get("speech", {})
    pronouns = data.get("pronouns", {})
    roles = {**data.get("titles", {}), **data.get("references", {})}
    return Cues(
        verbs=Lexicon(((v, "speech") for v in speech.get("verbs", [])), lang),
        according=Lexicon(((v, "according") for v in speech.get("according_to", [])), lang),
        roles=Lexicon(((k.lower(), v) for k, v in roles.items()), lang),
        institutions=Lexicon(((v, "institution") for v in speech.get("institutions", [])), lang),
        pronouns=frozenset(p.lower() for key in ("subject", "possessive") for p in pronouns.get(key, [])),
        subject_pronouns=frozenset(p.lower() for p in pronouns.get("subject", [])),
        back=Lexicon(((v, "back") for v in speech.get("refers_back", [])), lang),
        head_last=bool(data.get("syntax", {}).get("verb_final")),
    )


@dataclass
class Slot:
    """What the words naming the speaker say: a person, a role, a pronoun, an institution or a state."""

    person: Mention | None = None
    role: str | None = None
    qualifier: Mention | None = None  # the state or IGO of the role: "the *Kyrgyz* leader"
    actor: Mention | None = None  # a state or IGO standing alone: "Kazakhstan said"
    institution: bool = False  # "the ministry said": a speaker, but not a person
    stranger: Mention | None = None  # a name the knowledge base does not know, as a person
    pronoun: bool = False
    role_at: int = -1  # where the role noun starts: a surname may stand right before it ("松野官房長官")

    def names_someone(self) -> bool:
        """True when the words say who speaks (otherwise the subject is implicit)."""
        return bool(self.person or self.role or self.actor or self.institution or self.stranger)


@dataclass
class Frame:
    """A speech verb (or colon) next to a quote and the slot where its subject stands."""

    verb: str | None  # the verb or phrase as written: "a déclaré" → "déclaré", "По её словам"
    slot: Slot


def read_slot(text: str, lang: str | None, start: int, end: int, mentions: list[Mention],
              cues: Cues, edge: str = "") -> Slot:
    """Classify the words between start and end as the subject of a speech verb; `edge` says which
    end touches the verb ("start" after it, "end" before it)."""
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    tokens = tokenise(text, lang, start, end)
    pronouns = cues.subject_pronouns if edge else cues.pronouns
    slot = Slot(pronoun=any(t.lower in pronouns for t in _by_the_verb(text, tokens, edge)))
    people = [m for m in inside if m.type == "PERSON"]
    if people:
        other = _other_titled(tokens, people[0].start, inside, cues) if edge == "start" else None
        if other is not None:  # "podkreślił szef dyplomacji w rozmowie z ministrem … Szijjártó"
            return read_slot(text, lang, start, other, mentions, cues, edge)
        slot.person = people[0]
        return slot
    tokens, institutions, roles = _roles(tokens, inside, cues)
    known = {i + k for i, e in roles + institutions for k in range(len(e.parts))}
    slot.stranger = _names_stranger(text, tokens, inside, known, cues, lang, edge)
    actors = [m for m in inside if m.type in ("STATE", "IGO")]
    if roles and not slot.stranger:  # "le porte-parole du ministère", "the ministry's spokesman"
        index, entry = roles[0]
        slot.role, slot.role_at = entry.value, tokens[index].start
        slot.qualifier = _qualifier(tokens[index], tokens[index + len(entry.parts) - 1], actors)
        return slot
    slot.institution = bool(institutions)
    slot.actor = actors[0] if actors and not slot.stranger else None
    return slot


def _roles(tokens: list[Token], inside: list[Mention],
           cues: Cues) -> tuple[list[Token], list[tuple[int, Entry]], list[tuple[int, Entry]]]:
    """Institutions and roles among tokens (the tokens they index); a role with a nationality
    inside it ("szef polskiej dyplomacji") is read without the nationality."""
    plain = [t for t in tokens if not any(m.matched == "adjective" and m.holds(t.start) for m in inside)]
    found = []
    for words in (tokens, plain):
        institutions = cues.institutions.find_all(words)
        roles = [(i, e) for i, e in cues.roles.find_all(words)  # not "ministère des affaires…"
                 if cues.head_last or not any(j + len(f.parts) == i for j, f in institutions)]
        found.append((words, institutions, roles))
    return max(found, key=lambda choice: len(choice[2]))  # the reading with more roles


def _other_titled(tokens: list[Token], person: int, inside: list[Mention], cues: Cues) -> int | None:
    """Where a second role begins when the words before a person hold two, words apart: the
    first is the subject and the person is someone else, named with their own title."""
    before, _, roles = _roles([t for t in tokens if t.end <= person], inside, cues)
    if len(roles) < 2:
        return None
    (first, entry), (second, _) = roles[0], roles[1]
    gap = second - (first + len(entry.parts))
    return before[second].start if gap >= _ROLE_GAP else None


def _by_the_verb(text: str, tokens: list[Token], edge: str) -> list[Token]:
    """The words a pronoun subject stands among, in the verb's clause and next to it ("», a-t-il
    dit", "“…,” he has said"); a word in another clause is no subject ("envahir ses voisins, a")."""
    if edge == "end":
        near = tokens[-tuning().quotes.pronoun_reach:]
        return [t for t in near if not _CLAUSE_MARK.search(text, t.end, near[-1].start)]
    if edge == "start":
        near = tokens[:tuning().quotes.pronoun_reach]
        return [t for t in near if not _CLAUSE_MARK.search(text, near[0].end, t.start)]
    return tokens


def _names_stranger(text: str, tokens: list[Token], mentions: list[Mention], known: set[int], cues: Cues,
                    lang: str | None, edge: str) -> Mention | None:
    """A name nobody recognised, as an uncoded person: two capitalised words in a row, or one right
    next to the verb ("afirmó Ali", "”, Ramdin said", "a fait savoir le colonel Sean Ryan")."""
    def is_name(index: int) -> bool:
        token = tokens[index]
        capital = token.text[0].isupper() and (len(token.text) == 1 or not token.text.isupper())
        return (capital and index not in known and token.lower not in cues.pronouns
                and not is_word(token.text, lang)
                and not any(m.holds(token.start) for m in mentions))
    names = [i for i in range(len(tokens)) if is_name(i)]
    names = sorted({*names, *(i for i in range(1, len(tokens) - 1) if tokens[i].lower in name_particles()
                              and i - 1 in names and i + 1 in names and _joined(text, tokens, i))})
    runs = [run for run in _runs(names) if len(run) > 1]
    if runs:  # the run nearest the verb
        run = runs[0] if edge == "start" else runs[-1]
        while len(run) > 2 and _common_word(tokens[run[0]].lower, lang):  # "Colonel", "(Jakarta) Barat"
            run = run[1:]
        return stranger(text, tokens[run[0]].start, tokens[run[-1]].end)
    if names and edge == "start" and names[0] == 0:
        return stranger(text, tokens[0].start, tokens[0].end)
    if names and edge == "end" and names[-1] == len(tokens) - 1:
        return stranger(text, tokens[-1].start, tokens[-1].end)
    return None


def _joined(text: str, tokens: list[Token], index: int) -> bool:
    """A particle in the same name as its neighbours: no comma or full stop around it."""
    return not _CLAUSE_MARK.search(text, tokens[index - 1].end, tokens[index + 1].start)


def _common_word(word: str, lang: str | None) -> bool:
    return lang in SIMPLEMMA_LANGUAGES and bool(simplemma.is_known(word, lang=lang))


def _runs(indices: list[int]) -> list[list[int]]:
    """Runs of consecutive indices: [1, 2, 5] -> [[1, 2], [5]]."""
    runs: list[list[int]] = []
    for index in indices:
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def stranger(text: str, start: int, end: int) -> Mention:
    """A person nobody listed, known only by the name written ("le colonel Sean Ryan")."""
    name = text[start:end]
    return Mention(start, end, name, "PERSON", name, None, "")


def _qualifier(first: Token, last: Token, actors: list[Mention]) -> Mention | None:
    near = [m for m in actors
            if -tuning().quotes.role_state_gap <= m.start - last.end <= tuning().quotes.role_state_gap
            or 0 <= first.start - m.end <= tuning().quotes.role_state_gap]
    return near[0] if near else None


_SENTENCE_CLOSE = re.compile(r"[ \u00a0]*[.!?](?:\s|$)")


def frame_after(text: str, lang: str | None, quote_end: int, window_end: int, mentions: list[Mention],
                cues: Cues) -> Frame | None:
    """«…», a déclaré Tokaïev / “…,” Kallas said / „…“, sagte er / — сказал министр / “…” dedi."""
    tokens = tokenise(text, lang, quote_end, window_end)
    hits = cues.verbs.find_all(tokens)
    if not hits:
        return None
    if _words_before(tokens[: hits[0][0]], mentions) > tuning().quotes.words_before_verb:
        return _closing_frame(text, lang, tokens, hits[-1], window_end, mentions, cues)
    index, entry = hits[0]
    verb, verb_start, verb_end = _phrase(text, tokens, index, entry)
    before = read_slot(text, lang, quote_end, verb_start, mentions, cues, "end")
    if before.names_someone() or before.pronoun:
        return Frame(verb, before)
    end = clause_end(text, verb_end, window_end, mentions)
    slot = read_slot(text, lang, verb_end, end, mentions, cues, "start")
    if not (slot.names_someone() or slot.pronoun) and len(hits) > 1:  # "sans prévenir, a déclaré X"
        return _closing_frame(text, lang, tokens, hits[-1], window_end, mentions, cues) or Frame(verb, slot)
    return Frame(verb, slot)


def _closing_frame(text: str, lang: str | None, tokens: list[Token], hit: tuple[int, Entry],
                   window_end: int, mentions: list[Mention], cues: Cues) -> Frame | None:
    """A sentence that quotes mid-way and ends on its speech verb and speaker ('A Rússia realizou
    "…" e estaria em condições de invadir, afirmou o secretário-geral da Otan, Jens Stoltenberg.')."""
    verb, verb_start, verb_end = _phrase(text, tokens, *hit)
    end = clause_end(text, verb_end, window_end, mentions)
    slot = read_slot(text, lang, verb_end, end, mentions, cues, "start")
    if not (slot.person or slot.role):  # "…, NATO Secretary General Jens Stoltenberg said on Friday."
        begin = clause_start(text, tokens[0].start, verb_start)
        slot = read_slot(text, lang, begin, verb_start, _last_person_only(mentions, verb_start), cues, "end")
    closes = _SENTENCE_CLOSE.match(text, end)
    return Frame(verb, slot) if closes and (slot.person or slot.role) else None


def _words_before(tokens: list[Token], mentions: list[Mention]) -> int:
    """Words before a verb, a name counting as one ("European Commission President Ursula von der
    Leyen said" is three)."""
    spans = {next((i for i, m in enumerate(mentions) if m.holds(t.start)), -1 - k)
             for k, t in enumerate(tokens)}
    return len(spans)


def frame_before(text: str, lang: str | None, window_start: int, quote_start: int,
                 mentions: list[Mention], cues: Cues) -> Frame | None:
    """Tokayev said: «…» / Er betonte: „…“ / Selon lui, «…» / Лавров: «…» / Ha poi sottolineato: «…»."""
    tokens = tokenise(text, lang, window_start, quote_start)
    verbs = cues.verbs.find_all(tokens)
    according = cues.according.find_all(tokens)
    colon = text[window_start:quote_start].rstrip(" «“„\"‚‹—–\n").endswith(":")
    if according and (not verbs or according[-1][0] > verbs[-1][0]):
        phrase, start, end = _phrase(text, tokens, *according[-1])  # "selon X", "X'e göre", "laut X"
        slot = read_slot(text, lang, clause_start(text, window_start, start),
                         clause_end(text, end, quote_start, mentions), mentions, cues)
        return Frame(phrase, slot)
    if verbs:
        verb, verb_start, verb_end = _phrase(text, tokens, *verbs[-1])
        before = read_slot(text, lang, window_start, verb_start, _last_person_only(mentions, verb_start),
                           cues, "end")
        if before.names_someone() or before.pronoun:
            return Frame(verb, before)
        after = read_slot(text, lang, verb_end, clause_end(text, verb_end, quote_start, mentions),
                          mentions, cues, "start")
        if after.person or after.role or after.stranger:  # "sagte Lawrow: „…“", not "adding that X…"
            return Frame(verb, after)
        return Frame(verb, Slot())
    if colon:
        return Frame(None, read_slot(text, lang, clause_start(text, window_start, quote_start),
                                     quote_start, mentions, cues))
    return None


def _phrase(text: str, tokens: list[Token], index: int, entry: Entry) -> tuple[str, int, int]:
    """A matched lexicon entry as written in the text, with its offsets."""
    start, end = tokens[index].start, tokens[index + len(entry.parts) - 1].end
    return text[start:end], start, end


def _last_person_only(mentions: list[Mention], before: int) -> list[Mention]:
    """Before a verb the subject is the person nearest to it ('Tokayev, meeting Putin, said …')."""
    people = [m for m in mentions if m.type == "PERSON" and m.end <= before]
    return [m for m in mentions if m.type != "PERSON"] + people[-1:]


def clause_end(text: str, start: int, limit: int, mentions: list[Mention]) -> int:
    """End of the clause after a verb; a person in apposition after a comma stays in it."""
    stop = _CLAUSE_END.search(text, start, limit)
    if stop is None:
        return limit
    if text[stop.start()] == ",":
        following = stop.end() + len(text[stop.end() : limit]) - len(text[stop.end() : limit].lstrip())
        person = next((m for m in mentions if m.start == following and m.type == "PERSON"), None)
        if person is not None:
            return person.end
    return stop.start()


def clause_start(text: str, start: int, end: int) -> int:
    """Start of the last clause before end (after the last comma, semicolon or full stop)."""
    body = text[start:end].rstrip(" «“„\"‚‹—–:\n")
    cut = max(body.rfind(","), body.rfind(";"), body.rfind(". "))
    return start + cut + 1 if cut >= 0 else start


def is_word(word: str, lang: str | None) -> bool:
    """A capitalised dictionary word in a language that capitalises nouns ('Meer' is no name); other
    languages capitalise only names (and simplemma's lists hold names such as 'Gómez')."""
    if not language(lang).capitalised_nouns or lang not in SIMPLEMMA_LANGUAGES:
        return False
    return bool(simplemma.is_known(word.lower(), lang=lang))
