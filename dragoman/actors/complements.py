"""A titled person whose title's complement names an organisation of a state, the name right after
the state: 'Chairman of the National Security Committee of Kyrgyzstan Kamchibek Tashiev'."""

from __future__ import annotations

import re

import regex

from dragoman.actors.model import IGO, STATE
from dragoman.actors.names import NAME_TOKEN, name_rules, name_run
from dragoman.records import Mention
from dragoman.settings import tuning
from dragoman.text.casing import lower

_SPACES = regex.compile(r"[ \u00a0]+")
_WORD = regex.compile(r"[\p{L}\p{M}'’-]+")


def name_after_organisation(text: str, title: re.Match[str], known: list[Mention], lang: str | None,
                            given: frozenset[str]) -> tuple[int, int, str | None] | None:
    """The name right after a state that closes the title's complement, the complement opened by a
    connector and made of connectors, capitalised words and states only; coded as its first state
    ('Ambassador of the United States to Russia John Sullivan' is the United States')."""
    connectors = name_rules(lang).connectors
    cursor, limit, code = title.end(), title.end() + tuning().actors.title_apposition, None
    opened = False
    while cursor < limit:
        gap = _SPACES.match(text, cursor)
        cursor = gap.end() if gap else cursor
        actor = next((m for m in known if m.start == cursor), None)
        if actor is not None and opened:
            if actor.type not in (STATE, IGO):
                cursor = actor.end
                continue
            code = code or actor.code
            run = _name_right_after(text, actor.end, known, lang, given)
            if run is not None:
                return run[0], run[1], code
            cursor = actor.end
            continue
        word = _WORD.match(text, cursor)
        if word is None:
            return None  # a comma, a clause break, a number: no complement of this shape
        folded = lower(word.group(), lang).replace("’", "'")
        if folded in connectors:
            opened = True
        elif not (opened and NAME_TOKEN.fullmatch(word.group())):
            return None
        cursor = word.end()
    return None


def _name_right_after(text: str, end: int, known: list[Mention], lang: str | None,
                      given: frozenset[str]) -> tuple[int, int] | None:
    """A person's name of two words or more right after a state, overlapping no known mention."""
    gap = _SPACES.match(text, end)
    if gap is None or not NAME_TOKEN.match(text, gap.end()):
        return None
    run = name_run(text, gap.end(), known, lang, given, single=False)
    if run is None or run[0] != gap.end() or any(m.overlaps(*run) for m in known):
        return None
    return run
