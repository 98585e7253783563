"""People beyond exact names: known people by spelling key (also inflected), unlisted spellings
and surnames, and states named like someone's surname."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex

from dragoman.actors.kb import KnowledgeBase
from dragoman.actors.keys import name_key
from dragoman.actors.mentions import Mention, mention_for
from dragoman.actors.model import PERSON, PLACE, STATE, Entity
from dragoman.actors.names import (
    NAME_TOKEN,
    capitalises_nouns,
    inflects,
    is_dictionary_word,
    loose_key,
    loose_keys,
    name_rules,
)
from dragoman.deadline import check_deadline
from dragoman.languages import name_particles
from dragoman.settings import tuning
from dragoman.text.casing import lower
from dragoman.text.spans import SpanIndex, attr_span

_CAPITALISED = regex.compile(rf"(?<![\p{{L}}\d]){NAME_TOKEN.pattern}")


def person_by_key(kb: KnowledgeBase, written: str, lang: str | None = None) -> Entity | None:
    """A known person whose full name has the same spelling key, or whose surname does when the
    given names start alike (Sergei/Sergey Lavrov, not Carlos Silva for Lula da Silva); inflected
    names are compared without their case endings (Шіґеру Ішібою, Аббасом Аракчи, Ərdoğanla)."""
    full, surnames = kb.person_keys(tuning().actors.surname_min_key)
    key = name_key(written)
    if key in full:
        return full[key]
    parts = key.split()
    person = surnames.get(parts[-1]) if len(parts) >= 2 else None
    if person is None and len(parts) >= 2 and inflects(written, lang):
        loose_full, _ = _loose_index(kb)
        person = next((loose_full[k] for k in loose_keys(written, lang) if k in loose_full), None)
        if person is not None:
            return person
        # the given names spelt otherwise, the surname inflected (Rəcəb Tayyib Ərdoğanla)
        person = loose_surname(kb, written.split()[-1], lang)
    if person is None:
        return None
    initials = {name_key(n.text)[:1] for n in kb.names_of(person.key)}
    return person if parts[0][:1] in initials else None


def _loose_index(kb: KnowledgeBase) -> tuple[dict[str, Entity], dict[str, Entity]]:
    """Loose keys of people's full names and surnames; a key two people share is left out."""
    return kb.derived("loose person keys", _build_loose_index)


def _build_loose_index(kb: KnowledgeBase) -> tuple[dict[str, Entity], dict[str, Entity]]:
    full_keys, surname_keys = kb.person_keys(tuning().actors.surname_min_key)
    return (_unambiguous((loose_key(k), p) for k, p in full_keys.items() if " " in k),
            _unambiguous((loose_key(k), p) for k, p in surname_keys.items()))


def _unambiguous(pairs: Iterable[tuple[str, Entity]]) -> dict[str, Entity]:
    found: dict[str, Entity] = {}
    shared: set[str] = set()
    for key, person in pairs:
        if key in found and found[key].key != person.key:
            shared.add(key)
        found.setdefault(key, person)
    return {k: p for k, p in found.items() if k not in shared}


def given_names(kb: KnowledgeBase) -> frozenset[str]:
    """First words of the known people's names (Luís, Sergei, Нурлан), lowercased."""
    return kb.derived("given names", lambda base: frozenset(
        lower(n.text.split()[0]) for n in base.names
        if n.entity in base.entities and base.entities[n.entity].type == PERSON
        and len(n.text.split()) >= 2))


def find_spelling_variants(text: str, lang: str | None, known: list[Mention],
                           doc_people: dict[str, Mention], day: str | None,
                           kb: KnowledgeBase) -> list[Mention]:
    """Capitalised words whose key is a surname: of someone the article named (Tokaïev after
    Kassym-Jomart Tokayev, Ішібі after Ішібою), or of a known person when the word reads as a name
    (Tokajew, Lawrow)."""
    _, surnames = kb.person_keys(tuning().actors.surname_min_key)
    local = _local_surnames(doc_people, lang)
    found = []
    near = SpanIndex(known, attr_span)
    for token in _CAPITALISED.finditer(text):
        check_deadline("actors (spelling variants)")
        if near.overlapping(token.start(), token.end()):
            continue
        source = _local_match(token.group(), local, lang)
        key = name_key(token.group())
        if source is not None:
            found.append(source.copied(token.start(), token.end(), token.group(), "surname"))
        elif len(key) >= tuning().actors.surname_min_key and _reads_as_surname(text, token, lang):
            person = surnames.get(key) or loose_surname(kb, token.group(), lang)
            if person is not None:
                found.append(mention_for(person, text, token.start(), token.end(), "key", day))
    return found


def _local_surnames(doc_people: dict[str, Mention], lang: str | None) -> dict[str, Mention]:
    local: dict[str, Mention] = {}
    for mention in doc_people.values():
        if not mention.entity_name:
            continue
        surname = mention.entity_name.split()[-1]
        local.setdefault(name_key(surname), mention)
        if inflects(mention.text, lang):
            for key in loose_keys(mention.text.split()[-1], lang):
                local.setdefault(f"~{key}", mention)
    return local


def _local_match(word: str, local: dict[str, Mention], lang: str | None) -> Mention | None:
    key = name_key(word)
    if key in local and len(key) >= 3:
        return local[key]
    if inflects(word, lang) and len(key) >= 4:
        return next((local[f"~{k}"] for k in loose_keys(word, lang) if f"~{k}" in local), None)
    return None


def loose_surname(kb: KnowledgeBase, word: str, lang: str | None) -> Entity | None:
    """A known surname in another case (Ішібі for Ishiba, Dudy for Duda) where names inflect."""
    if not inflects(word, lang):
        return None
    _, loose_surnames = _loose_index(kb)
    return next((loose_surnames[k] for k in loose_keys(word, lang)
                 if len(k) >= tuning().actors.surname_min_key - 1 and k in loose_surnames), None)


_NAME_BEFORE = regex.compile(rf"({NAME_TOKEN.pattern})[ \u00a0]+$")


@cache
def _name_and_particle_before() -> regex.Pattern[str]:
    """A capitalised word and a name particle (of any language) before a surname make it part of a
    longer name, even where the word is also an ordinary one ("Breno de Souza Brasil Dias da Costa"
    is no Costa the knowledge base knows)."""
    particles = "|".join(sorted(name_particles()))
    return regex.compile(rf"({NAME_TOKEN.pattern})[ \u00a0]+(?:{particles})[ \u00a0]+$")

_NAME_AFTER = regex.compile(rf"[ \u00a0]+({NAME_TOKEN.pattern})")
_CONNECTED_AFTER = regex.compile(r"[ \u00a0]+(\w+)[ \u00a0]+\p{Lu}")
_SENTENCE_START = regex.compile(r"(?:^|[.!?…:«»“”„\"\n]\s*|^\s*)$")


def _reads_as_surname(text: str, token: regex.Match[str], lang: str | None) -> bool:
    """A lone capitalised word, not an ordinary word of the language (Frieden, Seguro, Silva), nor
    the head of a capitalised phrase (Palacio Nacional)."""
    window = text[max(0, token.start() - 40): token.start()]
    before = _NAME_BEFORE.search(window)
    after = _NAME_AFTER.match(text, token.end())
    if _name_and_particle_before().search(window) or any(
            m and not is_dictionary_word(m.group(1), lang) for m in (before, after)):
        return False  # one part of a longer name: that name is someone else
    if not is_dictionary_word(token.group(), lang):
        return True
    if after or _heads_a_name(text, token.end(), lang):
        return False
    at_start = bool(_SENTENCE_START.search(text[max(0, token.start() - 3): token.start()]))
    return not capitalises_nouns(lang) and not at_start


def _heads_a_name(text: str, end: int, lang: str | None) -> bool:
    """A word before a connector and a capitalised word heads a name ("Palacio de Viana")."""
    match = _CONNECTED_AFTER.match(text, end)
    return bool(match) and lower(match.group(1), lang) in name_rules(lang).connectors


def surname_states(known: list[Mention], doc_people: dict[str, Mention]) -> list[Mention]:
    """A state or place named like the surname of someone in the article is that person
    ('declarou Montenegro' after Luís Montenegro): the person replaces those mentions."""
    surnames = {name_key(m.entity_name.split()[-1]): m for m in doc_people.values()
                if m.entity_name and len(m.entity_name.split()) >= 2}
    found = []
    for mention in known:
        if mention.type in (STATE, PLACE) and mention.matched in ("name", "capital") \
                and " " not in mention.text and name_key(mention.text) in surnames:
            source = surnames[name_key(mention.text)]
            found.append(source.copied(mention.start, mention.end, mention.text, "surname"))
    return found


_WORD_BEFORE = regex.compile(r"(\p{Lu}[\p{L}'’-]+)[ \u00a0]+$")


def other_bearers(text: str, lang: str | None, mentions: list[Mention],
                  kb: KnowledgeBase) -> list[Mention]:
    """Known people named by surname alone right after another given name: Kyrylo Tymoshenko is
    not Yulia Tymoshenko, nor Michelle Obama Barack Obama; those mentions are someone else."""
    rules = name_rules(lang)
    known_given = given_names(kb)
    initials = kb.derived("person initials", _person_initials)
    wrong = []
    for mention in mentions:
        if mention.type != PERSON or " " in mention.text or _unlisted(mention):
            continue
        before = _WORD_BEFORE.search(text[max(0, mention.start - 40): mention.start])
        if before is None:
            continue
        word = before.group(1)
        folded = lower(word, lang).replace("’", "'")
        if folded in rules.title_words or (is_dictionary_word(word, lang) and folded not in known_given):
            continue  # 'Präsident Macron', 'Moscou Poutine'
        if name_key(word)[:1] not in initials.get(mention.entity_key or "", frozenset()):
            wrong.append(mention)
    return wrong


def _person_initials(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """First letters (by spelling key) of every word but the last of each person's names."""
    found: dict[str, set[str]] = {}
    for name in kb.names:
        words = name_key(name.text).split()
        if len(words) >= 2 and kb.entities.get(name.entity, None) is not None \
                and kb.entities[name.entity].type == PERSON:
            found.setdefault(name.entity, set()).update(w[:1] for w in words[:-1])
    return {key: frozenset(letters) for key, letters in found.items()}


def namesakes(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Known people named by surname alone in an article that names someone else of that surname in
    full (Тимошенко after Кирило Тимошенко): those mentions are the article's person."""
    initials = kb.derived("person initials", _person_initials)
    named = {name_key(m.text.split()[-1]): name_key(m.text)[:1] for m in mentions
             if m.type == PERSON and _unlisted(m) and len(m.text.split()) >= 2}
    return [m for m in mentions
            if m.type == PERSON and not _unlisted(m) and " " not in m.text
            and name_key(m.text) in named
            and named[name_key(m.text)] not in initials.get(m.entity_key or "", frozenset())]


def join_given_names(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """An unlisted name right before a known person's surname is that person's given names in
    another spelling ('Реджеп Тайіп Ердоган'): one mention of the known person over both."""
    initials = kb.derived("person initials", _person_initials)
    joined: list[Mention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if (previous is not None and previous.type == PERSON and _unlisted(previous)
                and mention.type == PERSON and not _unlisted(mention) and " " not in mention.text
                and regex.fullmatch(r"[ \u00a0]", text[previous.end:mention.start])
                and name_key(previous.text)[:1] in initials.get(mention.entity_key or "", frozenset())):
            joined[-1] = mention.copied(previous.start, mention.end, text[previous.start:mention.end],
                                        mention.matched)
            joined[-1].extra = dict(mention.extra)
            continue
        joined.append(mention)
    return joined


def _unlisted(mention: Mention) -> bool:
    """A person found by a title or as a speaker, not in the knowledge base."""
    return mention.entity_key is None or mention.entity_key.startswith("person:new:")


def full_names(mentions: list[Mention]) -> list[Mention]:
    """A person found by surname alone whom the article also names in full is that person ('premiérem
    Dzurindou' in the headline, 'Mikuláš Dzurinda' in the text): the surname takes the full name."""
    full: dict[str, Mention | None] = {}
    for mention in mentions:
        if mention.type == PERSON and mention.entity_name and len(mention.entity_name.split()) >= 2:
            surname = name_key(mention.entity_name.split()[-1])
            first = full.setdefault(surname, mention)
            if first is not None and first.entity_key != mention.entity_key:
                full[surname] = None  # two people of that surname: neither is meant
    named = []
    for mention in mentions:
        source = full.get(name_key(mention.entity_name or "")) if mention.type == PERSON \
            and _unlisted(mention) and mention.entity_name and " " not in mention.entity_name else None
        named.append(source.copied(mention.start, mention.end, mention.text, mention.matched)
                     if source is not None else mention)
    return named

