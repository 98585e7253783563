"""Titled people: 'Deputy Foreign Minister of Kazakhstan Roman Vassilenko', 'the spokesman of the
ministry, Lin Jian,', 'Elnur Mammadli, deputy spokesman', with role and code."""

from __future__ import annotations

import re
from functools import cache

import regex

from dragoman.actors.complements import name_after_organisation
from dragoman.actors.kb import KnowledgeBase
from dragoman.actors.keys import name_key
from dragoman.actors.mentions import Mention, mention_for
from dragoman.actors.model import IGO, PERSON, PLACE, STATE
from dragoman.actors.names import (
    CYRILLIC,
    NAME_TOKEN,
    NameRules,
    base_form,
    capitalises_nouns,
    closes_apposition,
    is_dictionary_word,
    loose_key,
    loose_keys,
    name_rules,
    name_run,
)
from dragoman.actors.people import given_names, loose_surname, person_by_key
from dragoman.deadline import check_deadline
from dragoman.languages import language
from dragoman.settings import tuning
from dragoman.text.casing import lower
from dragoman.text.lexicon import SIMPLEMMA_LANGUAGES, lemma_of
from dragoman.text.romanise import romanise
from dragoman.text.spans import SpanIndex, attr_span

_CAPITALISED = regex.compile(rf"(?<![\p{{L}}\d]){NAME_TOKEN.pattern}")
_CLAUSE_BREAK = regex.compile(r"[.;:!?\n«»“”\"]")

@cache
def title_pattern(lang: str | None) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A regex of the role phrases of a language (and English), and phrase → canonical role."""
    roles: dict[str, str] = {}
    for code in {lang or "en", "en"}:
        roles.update({lower(k, lang): v for k, v in language(code).section("titles").items()})
    if not roles:
        return None, roles
    phrases = sorted(roles, key=len, reverse=True)
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, phrases))})(?!\w)", re.I)
    return pattern, roles


def find_titled_people(text: str, lang: str | None, known: list[Mention], day: str | None,
                       kb: KnowledgeBase) -> list[Mention]:
    """'Deputy Foreign Minister of Kazakhstan Roman Vassilenko', 'the spokesman of the ministry,
    Lin Jian,' and 'Elnur Mammadli, deputy spokesman of the ministry': a person with role and code."""
    pattern, roles = title_pattern(lang)
    if pattern is None:
        return []
    given = given_names(kb)
    titles = [(t, roles[lower(t.group(), lang)]) for t in pattern.finditer(text)
              if lower(t.group(), lang) in roles]
    titles += _compound_titles(text, lang, titles)
    found: list[Mention] = []
    taken: set[int] = set()  # the characters of the people found, for overlap checks in linear time
    near, spans = SpanIndex(known, attr_span), SpanIndex([t for t, _ in titles], _match_span)
    for finder in (_name_after, _name_before, _name_after_complement, _name_after_genitive,
                   name_after_organisation):
        for title, role in titles:
            check_deadline("actors (titles)")
            reach = tuning().actors.title_local_reach
            local = near.touching(title.start() - reach, title.end() + reach)
            located = finder(text, title, local, lang, given)
            if located is None:
                continue
            start, end, code = located
            if not taken.isdisjoint(range(start, end)) or _nearer_title(spans, title, start) \
                    or any(m.overlaps(start, end) and m.type == PERSON for m in local):
                continue
            surname = _person_right_after(text, end, local)
            if surname is not None and _given_name_of(text[start:end], surname, lang):
                # 'Нурланом Ермекбаевым': the given name of a known person, in the same case
                found.append(surname.copied(start, surname.end, text[start:surname.end], surname.matched))
            else:
                code = code or _code_before(text, title.start(), local, lang)
                found.append(_person_mention(text, start, end, role, code, day, kb, lang))
            taken.update(range(found[-1].start, found[-1].end))
    return [m for m in _link_surnames(found, known, text) if not _lone_stranger(m)]


def _match_span(match: re.Match[str]) -> tuple[int, int]:
    return match.start(), match.end()


def _nearer_title(titles: SpanIndex[re.Match[str]], title: re.Match[str], name_start: int) -> bool:
    """A title nearer to the name governs it ('ministro degli Esteri Aigul Bekova')."""
    return any(title.end() <= other.start() and other.end() <= name_start
               for other in titles.overlapping(title.end(), name_start))


@cache
def _compound_pattern(lang: str | None) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """Where nouns compound ([names] compound_titles: "Bundesentwicklungsministerin",
    "US-Verteidigungsminister"), a one-word title closing a longer word is a title too."""
    if not language(lang or "en").section("names").get("compound_titles"):
        return None, {}
    roles = {lower(k, lang): v for k, v in language(lang or "en").section("titles").items()
             if " " not in k and len(k) >= tuning().actors.compound_title_tail}
    tails = "|".join(map(re.escape, sorted(roles, key=len, reverse=True)))
    return re.compile(rf"(?<![\w-])\w{{2,}}?(?P<tail>{tails})(?!\w)", re.I), roles


def _compound_titles(text: str, lang: str | None, found: list[tuple[re.Match[str], str]]
                     ) -> list[tuple[re.Match[str], str]]:
    pattern, roles = _compound_pattern(lang)
    if pattern is None:
        return []
    return [(m, roles[lower(m.group("tail"), lang)]) for m in pattern.finditer(text)
            if not any(t.start() < m.end() and m.start() < t.end() for t, _ in found)]


def _lone_stranger(mention: Mention) -> bool:
    """A one-word Cyrillic name after a title that is nobody known nor named in the article: such a
    word may be any case of anything ('король Леона'); a name after an initial is a person's
    ('сайд Н.Энхтайван')."""
    return bool(mention.entity_key and mention.entity_key.startswith("person:new:")
                and " " not in mention.text.strip() and CYRILLIC.search(mention.text)
                and not _GLUED_INITIAL.match(mention.text))


_GLUED_INITIAL = regex.compile(r"\p{Lu}\.\p{Lu}")


def _person_right_after(text: str, end: int, known: list[Mention]) -> Mention | None:
    return next((m for m in known if m.type == PERSON and m.start >= end
                 and not text[end:m.start].strip(" \u00a0") and m.start - end <= 2), None)


def _link_surnames(found: list[Mention], known: list[Mention], text: str) -> list[Mention]:
    """'Ambassador Elvestad' after 'Ambassador Katrin Elvestad': one person, not two."""
    people = [(m, name.split()) for m in [*known, *found]
              if m.type == PERSON and (name := m.entity_name) and len(name.split()) >= 2]
    linked = []
    first: dict[str, tuple[int, Mention]] = {}  # surname key → the first person with it
    for index, (person, words) in enumerate(people):
        for key in (name_key(words[-1]), loose_key(words[-1])):
            first.setdefault(key, (index, person))
    for mention in found:
        if mention.entity_key and mention.entity_key.startswith("person:new:") \
                and len(mention.text.split()) == 1:
            keys = {name_key(mention.text), *loose_keys(mention.text, None)}
            source = min((first[k] for k in keys if k in first), default=(0, None), key=lambda f: f[0])[1]
            if source is not None:
                mention = source.copied(mention.start, mention.end, mention.text, "surname")
        linked.append(mention)
    return linked


Located = tuple[int, int, str | None] | None


def _name_after(text: str, title: re.Match[str], known: list[Mention], lang: str | None,
                given: frozenset[str]) -> Located:
    """The name right after the title, past connectors and nationality mentions (one word alone only
    when nothing but a state stands between: 'Menlu Sugiono', not 'İki bakan, Nahçıvan')."""
    cursor, code = skip_to_name(text, title.end(), known, lang)
    first = NAME_TOKEN.match(text, cursor)
    if first is not None and not any(m.overlaps(first.start(), first.end()) for m in known) \
            and _given_name_of(first.group(), _person_right_after(text, first.end(), known), lang):
        return first.start(), first.end(), code  # a given name before a known surname (Аббасом Аракчи)
    if _after_connector(text, title.end(), cursor, known, lang):
        return None  # 'director del Lokomotiv Sofia', 'roi d'Assyrie': the title's complement
    run = name_run(text, cursor, known, lang, given,
                   single=_only_mentions_between(text, title.end(), cursor, known))
    if run is None or not _plausible(text, run, lang):
        return None
    return run[0], run[1], code


def _after_connector(text: str, start: int, cursor: int, known: list[Mention], lang: str | None) -> bool:
    """The last thing stepped over before the name was a connector word, not a state or a comma."""
    head = text[start:cursor].rstrip(" \u00a0")
    if not head or any(m.end == start + len(head) for m in known):
        return False
    word = regex.search(r"[\p{L}'’]+$", head)
    return word is not None and word.group().lower().replace("’", "'") in name_rules(lang).connectors


def _given_name_of(word: str, person: Mention | None, lang: str | None) -> bool:
    """'Аббасом' before 'Аракчи': the word is a given name of that person, in any case."""
    if person is None or not person.entity_name or " " not in person.entity_name:
        return False
    givens = {loose_key(person.entity_name.split()[0])}
    return bool(givens & set(loose_keys(word, lang)))


def _only_mentions_between(text: str, start: int, end: int, known: list[Mention]) -> bool:
    """Nothing but spaces and state mentions between a title and a one-word name ('Menlu Sugiono',
    'Präsident Kasachstans Tokajew'), so not 'governatore della California', not 'bakan, Nahçıvan'."""
    gap = list(text[start:end])
    for mention in known:
        for index in range(max(mention.start, start), min(mention.end, end)):
            gap[index - start] = " "
    return not "".join(gap).strip()


def _name_after_complement(text: str, title: re.Match[str], known: list[Mention], lang: str | None,
                           given: frozenset[str]) -> Located:
    """'El subsecretario para América Latina de la Cancillería mexicana, Rodrigo Alcántara Ruiz,'."""
    comma = text.find(",", title.end(), title.end() + tuning().actors.title_apposition)
    if comma < 0 or _CLAUSE_BREAK.search(text, title.end(), comma) or regex.search(
            r"\d", text[title.end():comma]):
        return None  # a number ('im Jahr 1986 war er ...') means a clause, not a title's complement
    pattern, _ = title_pattern(lang)
    if pattern is not None and pattern.search(text, title.end(), comma):
        return None  # another title nearer to the name governs it
    cursor = comma + 1 + len(text[comma + 1:]) - len(text[comma + 1:].lstrip(" \u00a0"))
    run = name_run(text, cursor, known, lang, given, single=False)
    if run is None or not closes_apposition(text, run[1]) or not _plausible(text, run, lang):
        return None
    return run[0], run[1], _first_code(known, title.end(), comma)


def _name_after_genitive(text: str, title: re.Match[str], known: list[Mention], lang: str | None,
                         given: frozenset[str]) -> Located:
    """'Директор департамента Ближнего Востока МИД России Андрей Воронцов': languages that put the
    title's complement in the genitive and the name right after it, with no comma."""
    rules = name_rules(lang)
    if not rules.complement_words:
        return None
    pattern, _ = title_pattern(lang)
    lowercase = 0
    for word in regex.finditer(r"\S+", text[title.end():title.end() + tuning().actors.title_apposition]):
        start = title.end() + word.start()
        if _CLAUSE_BREAK.search(word.group()) or "," in word.group() or (
                pattern is not None and pattern.match(text, start)):
            return None
        if word.group()[0].isupper():
            run = name_run(text, start, known, lang, given, single=False)
            if run is not None and not any(m.overlaps(*run) for m in known):
                return run[0], run[1], _first_code(known, title.end(), run[0])
            continue
        if word.group().lower() in rules.connectors:
            continue
        lowercase += 1
        if lowercase > rules.complement_words or not _oblique(word.group(), lang, rules):
            return None
    return None


def _oblique(word: str, lang: str | None, rules: NameRules) -> bool:
    """A word of a genitive complement: no verb, and not in its dictionary form ('департамента',
    not 'авантюрист') where simplemma knows the language; short words pass."""
    lemma = lemma_of(word, lang)
    if lemma.endswith(rules.verb_endings):
        return False
    return len(word) <= 2 or lang not in SIMPLEMMA_LANGUAGES or lemma != lower(word, lang)


def _name_before(text: str, title: re.Match[str], known: list[Mention], lang: str | None,
                 given: frozenset[str]) -> Located:
    """'Elnur Mammadli, porte-parole adjoint du ministère azerbaïdjanais': name, comma, title."""
    comma = _before_connectors(text, title.start(), name_rules(lang).connectors) - 1
    if comma < 1 or text[comma] != ",":
        return None
    window = max(0, comma - 120)
    for token in _CAPITALISED.finditer(text, window, comma):
        if not _RUN_TO_END.fullmatch(text, token.start(), comma):
            continue
        run = name_run(text, token.start(), known, lang, given, single=False)
        if run is not None and run[1] == comma and _plausible(text, run, lang):
            clause = _CLAUSE_BREAK.search(text, title.end())
            stop = min(clause.start() if clause else len(text), title.end() + 60)
            return run[0], run[1], _first_code(known, title.start(), stop)
        return None
    return None


_RUN_TO_END = regex.compile(rf"{NAME_TOKEN.pattern}(?:[ \u00a0]+{NAME_TOKEN.pattern}){{0,3}}")


# The word ending where a backward match starts (no copy or scan of the text before it).
_LAST_WORD = regex.compile(r"[\p{L}'’]+", flags=regex.REVERSE)


def _before_connectors(text: str, cursor: int, connectors: frozenset[str]) -> int:
    """Where the text before a title ends once articles and connectors are set aside ('X, the ...')."""
    while True:
        end = cursor
        while end > 0 and text[end - 1] in " \u00a0":
            end -= 1
        word = _LAST_WORD.match(text, 0, end) or (  # '$' also matches before a final newline
            _LAST_WORD.match(text, 0, end - 1) if end and text[end - 1] == "\n" else None)
        if word is None or word.group().lower().replace("’", "'") not in connectors:
            return end
        cursor = word.start()


def _plausible(text: str, run: tuple[int, int], lang: str | None) -> bool:
    """Not a run of ordinary capitalised words ('Kerja Sama', 'Foreign Affairs') left open."""
    words = text[run[0]:run[1]].split()
    if not language(lang).few_names_are_words or closes_apposition(text, run[1]):
        return True
    return not all(is_dictionary_word(w, lang) for w in words)


def skip_to_name(text: str, cursor: int, known: list[Mention], lang: str | None) -> tuple[int, str | None]:
    """Step over connectors and nationality mentions after a title, noting the first code."""
    connectors = name_rules(lang).connectors
    code = None
    limit = min(cursor + tuning().actors.title_name_gap, len(text))
    while cursor < limit:
        mention = next((m for m in known if m.start == cursor), None)
        if mention is not None and mention.type != PERSON and mention.code:
            code = code or (mention.code if mention.type in (STATE, IGO) else None)
            cursor = mention.end
            continue
        step = _connector_end(text, cursor, connectors, lang)
        if step is None:
            break
        cursor = step
    return cursor, code


def _connector_end(text: str, cursor: int, connectors: frozenset[str], lang: str | None) -> int | None:
    """Past spaces, a comma or one connector word ('of', 'de l'', 'untuk'); None when none is there."""
    space = regex.match(r"[\s,]+", text[cursor:cursor + 8])
    if space:
        return cursor + space.end()
    word = regex.match(r"\p{Ll}+['’]?", text[cursor:cursor + 20])
    if word is None:
        return None
    folded = lower(word.group(), lang).replace("’", "'")
    end = cursor + word.end()
    elided = folded.endswith("'")  # "de l'Ukraine": the next word follows the apostrophe directly
    if (folded in connectors or (elided and folded[:-1] in connectors)) and (
            elided or end >= len(text) or text[end].isspace()):
        return end
    return None


def _first_code(known: list[Mention], start: int, end: int) -> str | None:
    return next((m.code for m in known if start <= m.start < end and m.type in (STATE, IGO) and m.code),
                None)


def _code_before(text: str, position: int, known: list[Mention], lang: str | None) -> str | None:
    """A state or IGO named right before the title ('US Secretary of State', 'Kazakistan Dışişleri');
    a state in the locative is where the holder serves, so the one before it is whose he is
    ('Қазақстанның Франциядағы Елшісі')."""
    locative = name_rules(lang).locative_endings
    for mention in sorted(known, key=lambda m: -m.end):
        if mention.end > position:
            continue
        if position - _word_end(text, mention.end) > 2:
            return None
        word = lower(text[mention.start:_word_end(text, mention.end)], lang).replace("’", "'")
        if mention.type in (STATE, IGO) and not word.endswith(locative):
            return mention.code
        if mention.type not in (STATE, IGO, PLACE):
            return None
        position = mention.start
    return None


def _word_end(text: str, end: int) -> int:
    """The end of the word a mention ends in (Ankara'daki)."""
    match = regex.match(r"(?:['’]\p{L}+)?", text[end:end + 12])
    return end + (match.end() if match else 0)


def _person_mention(text: str, start: int, end: int, role: str, code: str | None, day: str | None,
                    kb: KnowledgeBase, lang: str | None) -> Mention:
    written = " ".join(text[start:end].split())
    known = person_by_key(kb, written, lang)
    if known is None and " " not in written:  # 'прем'єр-міністру Ішібі': a known surname after a title
        _, surnames = kb.person_keys(tuning().actors.surname_min_key)
        known = surnames.get(name_key(written)) or loose_surname(kb, written, lang)
    if known is not None:
        return mention_for(known, text, start, end, "title", day, role)
    name = base_form(written, lang)
    key = f"person:new:{name_key(name).replace(' ', '-')}"
    mention = Mention(start, end, text[start:end], PERSON, romanise(name, lang), code, "title", None,
                      role, key)
    if mention.entity_name != name:
        mention.extra["native_name"] = name
    return mention


def uncorroborated(text: str, lang: str | None, mentions: list[Mention]) -> list[Mention]:
    """Lone surnames that are also nouns of a noun-capitalising language ('einen dauerhaften Frieden'
    is no Luc Frieden) when the article never gives the full name nor a title before the word."""
    if not capitalises_nouns(lang):
        return []
    full = {m.entity_key for m in mentions if m.type == PERSON and " " in m.text.strip()}
    pattern, _ = title_pattern(lang)
    doubtful = []
    for mention in mentions:
        if mention.type != PERSON or mention.matched != "alias" or " " in mention.text \
                or mention.entity_key in full or not is_dictionary_word(mention.text, lang):
            continue
        before = text[max(0, mention.start - 60):mention.start].rstrip()
        titled = pattern is not None and any(t.end() == len(before) for t in pattern.finditer(before))
        if not titled:
            doubtful.append(mention)
    return doubtful

