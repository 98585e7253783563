"""People beyond exact names: titled strangers, unlisted spellings, surnames and role references."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import regex
import simplemma

from dragoman.actors.kb import KnowledgeBase
from dragoman.actors.keys import name_key
from dragoman.actors.mentions import Mention, mention_for
from dragoman.actors.model import IGO, PERSON, STATE, Entity
from dragoman.languages import load_language
from dragoman.text.casing import lower
from dragoman.text.lexicon import SIMPLEMMA_LANGUAGES as _SIMPLEMMA_LANGUAGES

_NAME_TOKEN = r"\p{Lu}[\p{L}'’.-]*\p{L}"
_NAME = regex.compile(rf"{_NAME_TOKEN}(?:[ \u00a0]+{_NAME_TOKEN}){{1,3}}")
_CAPITALISED = regex.compile(rf"(?<![\p{{L}}\d]){_NAME_TOKEN}")
# Small words allowed between a title and the name or nationality it governs ("de l'", "of the").
_CONNECTOR = regex.compile(r"[\s,]+|(?:\p{Ll}{1,4}['’]?)(?=[\s\p{Lu}])|['’]")
_MAX_GAP = 40
# A surname must be this long to be recognised by its spelling key alone (Li, Kim stay exact).
_MIN_KEY_LENGTH = 5


@cache
def title_pattern(lang: str | None) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A regex of the role phrases of a language (and English), and phrase → canonical role."""
    roles: dict[str, str] = {}
    for code in {lang or "en", "en"}:
        roles.update({lower(k, lang): v for k, v in load_language(code).get("titles", {}).items()})
    if not roles:
        return None, roles
    phrases = sorted(roles, key=len, reverse=True)
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, phrases))})(?!\w)", re.I)
    return pattern, roles


@cache
def reference_pattern(lang: str | None) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    roles = {lower(k, lang): v for k, v in load_language(lang or "en").get("references", {}).items()}
    _, titles = title_pattern(lang)
    roles = {**titles, **roles}
    if not roles:
        return None, roles
    phrases = sorted(roles, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, phrases))})(?!\w)", re.I), roles


def find_titled_people(text: str, lang: str | None, known: list[Mention], day: str | None,
                       kb: KnowledgeBase) -> list[Mention]:
    """'Deputy Foreign Minister of Kazakhstan Roman Vassilenko': a person with role and code."""
    pattern, roles = title_pattern(lang)
    if pattern is None:
        return []
    found: list[Mention] = []
    for title in pattern.finditer(text):
        role = roles.get(lower(title.group(), lang))
        if role is None:
            continue
        cursor, code = _skip_to_name(text, title.end(), known)
        name = _NAME.match(text, cursor)
        if not name or _overlaps(name.start(), name.end(), known):
            continue
        code = code or _code_before(title.start(), known)
        found.append(_person_mention(text, name.start(), name.end(), role, code, day, kb))
    return found


def _skip_to_name(text: str, cursor: int, known: list[Mention]) -> tuple[int, str | None]:
    """Step over connectors and nationality mentions after a title, noting the first code."""
    code = None
    limit = cursor + _MAX_GAP
    while cursor < min(limit, len(text)):
        mention = next((m for m in known if m.start == cursor), None)
        if (mention is not None and mention.type in (STATE, IGO)) or (
            mention is not None and mention.type != PERSON and mention.code
        ):
            code = code or (mention.code if mention.type in (STATE, IGO) else None)
            cursor = mention.end
            continue
        step = _CONNECTOR.match(text, cursor)
        if not step or step.end() == cursor:
            break
        cursor = step.end()
    return cursor, code


def _code_before(position: int, known: list[Mention]) -> str | None:
    """A state or IGO named right before the title ('US Secretary of State', 'Kazakistan Dışişleri')."""
    for mention in known:
        if mention.type in (STATE, IGO) and 0 <= position - mention.end <= 2:
            return mention.code
    return None


def _person_mention(text: str, start: int, end: int, role: str, code: str | None, day: str | None,
                    kb: KnowledgeBase) -> Mention:
    written = " ".join(text[start:end].split())
    known = person_by_key(kb, written)
    if known is not None:
        return mention_for(known, text, start, end, "title", day, role)
    key = f"person:new:{name_key(written).replace(' ', '-')}"
    return Mention(start, end, text[start:end], PERSON, written, code, "title", None, role, key)


def person_by_key(kb: KnowledgeBase, written: str) -> Entity | None:
    """A known person whose full name has the same spelling key, or whose surname does when the
    given names start alike (Sergei/Sergey Lavrov, not Carlos Silva for Lula da Silva)."""
    full, surnames = kb.person_keys(_MIN_KEY_LENGTH)
    key = name_key(written)
    if key in full:
        return full[key]
    parts = key.split()
    person = surnames.get(parts[-1]) if len(parts) >= 2 else None
    if person is None:
        return None
    initials = {name_key(n.text)[:1] for n in kb.names_of(person.key)}
    return person if parts[0][:1] in initials else None


def find_spelling_variants(text: str, lang: str | None, known: list[Mention],
                           doc_people: dict[str, Mention], day: str | None,
                           kb: KnowledgeBase) -> list[Mention]:
    """Capitalised words whose key is a surname: of someone the article named (Tokaïev after
    Kassym-Jomart Tokayev), or of a known person when the word reads as a name (Tokajew, Lawrow)."""
    _, surnames = kb.person_keys(_MIN_KEY_LENGTH)
    local = {name_key(m.entity_name or m.text).split()[-1]: m for m in doc_people.values()
             if m.entity_name}
    found = []
    for token in _CAPITALISED.finditer(text):
        if _overlaps(token.start(), token.end(), known):
            continue
        key = name_key(token.group())
        if key in local and len(key) >= 3:
            source = local[key]
            found.append(Mention(token.start(), token.end(), token.group(), PERSON, source.entity_name,
                                 source.code, "surname", source.wikidata_id, source.role,
                                 source.entity_key))
        elif len(key) >= _MIN_KEY_LENGTH and key in surnames and _reads_as_surname(text, token, lang):
            found.append(mention_for(surnames[key], text, token.start(), token.end(), "key", day))
    return found


# Languages that capitalise common nouns: a capitalised dictionary word there is no evidence of a name.
_NOUN_CAPITALISING = frozenset({"de", "lb"})
_NAME_BEFORE = regex.compile(rf"{_NAME_TOKEN}[ \u00a0]+$")
_NAME_AFTER = regex.compile(rf"[ \u00a0]+({_NAME_TOKEN})")
_SENTENCE_START = regex.compile(r"(?:^|[.!?…:«»“”„\"\n]\s*|^\s*)$")


def _reads_as_surname(text: str, token: regex.Match[str], lang: str | None) -> bool:
    """A lone capitalised word, not an ordinary word of the language (Frieden, Seguro, Silva)."""
    before = _NAME_BEFORE.search(text[max(0, token.start() - 40): token.start()])
    after = _NAME_AFTER.match(text, token.end())
    if any(m and not _is_word(m.group().strip(), lang) for m in (before, after)):
        return False  # one part of a longer name: that name is someone else
    if not _is_word(token.group(), lang):
        return True
    at_start = bool(_SENTENCE_START.search(text[max(0, token.start() - 3): token.start()]))
    return lang not in _NOUN_CAPITALISING and not at_start


def _is_word(word: str, lang: str | None) -> bool:
    """An ordinary (dictionary) word of the language, by simplemma's word lists."""
    if not lang or lang not in _SIMPLEMMA_LANGUAGES:
        return False
    return bool(simplemma.is_known(word.lower(), lang=lang))


def find_role_references(text: str, lang: str | None, known: list[Mention], day: str | None,
                         kb: KnowledgeBase) -> Iterator[Mention]:
    """'le président kazakh', 'the Russian diplomat': resolved to the person meant."""
    pattern, roles = reference_pattern(lang)
    if pattern is None:
        return
    for match in pattern.finditer(text):
        if _overlaps(match.start(), match.end(), known) or _names_someone(text, match.end(), known):
            continue
        role = roles.get(lower(match.group(), lang))
        if role is None:
            continue
        code, end = _adjacent_code(match.start(), match.end(), text, known)
        person = _resolve_reference(role, code, match.start(), known, day, kb)
        if person is not None:
            mention = mention_for(person, text, match.start(), end, "role", day, role) \
                if isinstance(person, Entity) else _copy(person, text, match.start(), end)
            yield mention


def _names_someone(text: str, end: int, known: list[Mention]) -> bool:
    """A role word followed by a name is a title, not a reference back."""
    cursor, _ = _skip_to_name(text, end, known)
    return bool(_NAME.match(text, cursor)) or any(m.start == cursor and m.type == PERSON for m in known)


def _adjacent_code(start: int, end: int, text: str, known: list[Mention]) -> tuple[str | None, int]:
    for mention in known:
        if mention.type == STATE and 0 <= mention.start - end <= 8 and "." not in text[end:mention.start]:
            return mention.code, mention.end
        if mention.type == STATE and 0 <= start - mention.end <= 1:
            return mention.code, end
    return None, end


def _resolve_reference(role: str, code: str | None, position: int, known: list[Mention],
                       day: str | None, kb: KnowledgeBase) -> Entity | Mention | None:
    earlier = [m for m in known if m.type == PERSON and m.end <= position]
    fitting = [m for m in earlier if (code is None or m.code == code)
               and (m.role == role or role in ("leader", "diplomat", "official", "head of state")
                    or code is not None)]
    if fitting:
        return fitting[-1]
    if code:
        holders = kb.holders(role, code, day)
        if len(holders) == 1:
            return holders[0]
    return None


def _copy(source: Mention, text: str, start: int, end: int) -> Mention:
    return Mention(start, end, text[start:end], PERSON, source.entity_name, source.code, "role",
                   source.wikidata_id, source.role, source.entity_key)


def _overlaps(start: int, end: int, mentions: list[Mention]) -> bool:
    return any(m.start < end and start < m.end for m in mentions)


__all__ = ["IGO", "find_role_references", "find_spelling_variants", "find_titled_people"]
