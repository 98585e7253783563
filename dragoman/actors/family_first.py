"""Names written before their title in Hangul ('이재웅 외교부 대변인은', '이범기 대령은'): a word of a
family name and given names, not in the knowledge base, taken as a titled person."""

from __future__ import annotations

import re
from functools import cache

import regex

from dragoman.actors.kb import KnowledgeBase
from dragoman.actors.keys import name_key
from dragoman.actors.mentions import Mention, mention_for
from dragoman.actors.model import IGO, PERSON, STATE
from dragoman.actors.names import name_rules
from dragoman.actors.people import person_by_key
from dragoman.languages import language
from dragoman.text.casing import lower
from dragoman.text.romanise import romanise

# A Korean name: family name and two given syllables as one word, with nothing glued to it. Two-
# and four-syllable names exist but read too often as nouns (정부, 한반도도) to be taken unlisted.
_NAME = regex.compile(r"(?<![\p{Hangul}\w])(\p{Hangul}{3})[ \u00a0]+$")


@cache
def _titles_after(lang: str | None) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The language's title phrases, each perhaps with a particle or copula glued on ('대변인은',
    '참모장인'), anchored where a name before it ends."""
    roles = {lower(k, lang): v for k, v in language(lang).section("titles").items()}
    if not roles:
        return None, roles
    phrases = "|".join(map(re.escape, sorted(roles, key=len, reverse=True)))
    endings = "|".join(map(re.escape, sorted({*name_rules(lang).case_endings, "인"}, key=len, reverse=True)))
    return re.compile(rf"(?<!\w)({phrases})(?:{endings})?(?!\w)"), roles


def find_family_first(text: str, lang: str | None, known: list[Mention], day: str | None,
                      kb: KnowledgeBase) -> list[Mention]:
    """People named right before a title, family name first, in languages whose data lists family
    names ([transliteration] family_names): known people by spelling, others as new ones."""
    families = language(lang).section("transliteration").get("family_names", {})
    pattern, roles = _titles_after(lang)
    if not families or pattern is None:
        return []
    found: list[Mention] = []
    for title in pattern.finditer(text):
        head = _NAME.search(text, max(0, title.start() - 8), title.start())
        if head is None or head.group(1)[0] not in families:
            continue
        start, end = head.span(1)
        if any(m.start < end and start < m.end for m in known) or _institution(head.group(1), lang):
            continue
        role = roles[lower(title.group(1), lang)]
        found.append(_person(text, start, end, role, _code_before(text, start, known), day, kb, lang))
    return found


def _institution(word: str, lang: str | None) -> bool:
    """A word ending like a body ('노동당') or listed as a speaking institution or a title."""
    if word.endswith(tuple(language(lang).section("names").get("body_endings", []))):
        return True
    speech = language(lang).section("speech")
    cues = [c.rstrip("*") for c in speech.get("institutions", [])]
    return any(word.startswith(c) for c in cues if c) or word in language(lang).section("titles")


def _code_before(text: str, start: int, known: list[Mention]) -> str | None:
    """A state or IGO named in the few words before the name ('한국 공군 이범기 대령')."""
    near = [m for m in known if m.end <= start and start - m.end <= 12 and m.type in (STATE, IGO)
            and "\n" not in text[m.end:start]]
    return near[-1].code if near else None


def _person(text: str, start: int, end: int, role: str, code: str | None, day: str | None,
            kb: KnowledgeBase, lang: str | None) -> Mention:
    """The person a name is, known by spelling or new with a romanised name."""
    written = text[start:end]
    name = romanise(written, lang)
    known = person_by_key(kb, name, lang)
    if known is not None:
        return mention_for(known, text, start, end, "title", day, role)
    mention = Mention(start, end, written, PERSON, name, code, "title", None, role,
                      f"person:new:{name_key(name).replace(' ', '-')}")
    mention.extra["native_name"] = written
    return mention
