"""Repair stage: mend words in the wrong script left by machine translation, record each repair."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import regex

from dragoman.document import Repair
from dragoman.languages import language

_SCRIPTS = ("Latin", "Cyrillic", "Greek", "Arabic", "Han", "Hebrew", "Armenian", "Georgian")
_SCRIPT_OF = {name: regex.compile(rf"\p{{Script={name}}}") for name in _SCRIPTS}
_TOKEN = regex.compile(r"\p{L}+")
_LATIN_ONLY = frozenset({"Latin"})
# Letters that look alike across scripts, for tokens mixing scripts ("Kаzakhstan" with Cyrillic а).
_TO_LATIN = dict(
    zip(
        "аеорсхуіјѕԁԛԝАВЕКМНОРСТХІЈЅΑΒΕΖΗΙΚΜΝΟΡΤΥΧο",
        "aeopcxyijsdqwABEKMHOPCTXIJSABEZHIKMNOPTYXo",
        strict=True,
    )
)
_TO_CYRILLIC = dict(zip("aeopcxyiABEKMHOPCTX", "аеорсхуіАВЕКМНОРСТХ", strict=True))
_HOMOGLYPHS = {"Latin": _TO_LATIN, "Cyrillic": _TO_CYRILLIC}


@lru_cache(maxsize=100_000)
def script_of(token: str) -> frozenset[str]:
    """The set of scripts whose letters a token uses."""
    if token.isascii():
        return _LATIN_ONLY
    return frozenset(name for name, pattern in _SCRIPT_OF.items() if pattern.search(token))


def dominant_script(text: str) -> str | None:
    """The script most letters of the text are written in."""
    counts: Counter[str] = Counter()
    for token in _TOKEN.findall(text):
        for name in script_of(token):
            counts[name] += len(token)
    return counts.most_common(1)[0][0] if counts else None


def repair_text(text: str, lang: str | None) -> tuple[str, list[Repair]]:
    """Mend mixed-script tokens and wrong-script function words; names in another script stay."""
    main = dominant_script(text)
    if main is None:
        return text, []
    words = language(lang).section("repair").get("words", {}) if lang else {}
    tokens = list(_TOKEN.finditer(text))
    pieces: list[str] = []
    repairs: list[Repair] = []
    cursor = delta = 0
    for index, match in enumerate(tokens):
        fixed, kind = _repair_token(match.group(), main, words, tokens, index)
        if fixed is None:
            continue
        pieces.append(text[cursor : match.start()])
        pieces.append(fixed)
        repairs.append(
            Repair(from_=match.group(), to=fixed, offset=match.start() + delta, kind=kind)
        )
        delta += len(fixed) - len(match.group())
        cursor = match.end()
    pieces.append(text[cursor:])
    spaced, missing = _space_sentences("".join(pieces))
    return spaced, repairs + missing


# A full stop run into the next sentence by a careless page ("во вторник.В понедельник"): two
# lowercase letters before it, a capital after (not "U.S.A", not "ria.ru", not "3.5").
_RUN_ON = regex.compile(r"(?<=\p{Ll}\p{Ll})([.!?])(?=\p{Lu})")


_ADDRESS = regex.compile(r"https?://|www\.|@|\.\w+\.\w")


def _in_address(text: str, position: int) -> bool:
    """The full stop is part of a web or mail address ("www.Example.com")."""
    start = max(text.rfind(" ", 0, position), text.rfind("\n", 0, position)) + 1
    end = len(text) if (stop := regex.search(r"\s", text[position:])) is None else position + stop.start()
    return bool(_ADDRESS.search(text[start:end]))


def _space_sentences(text: str) -> tuple[str, list[Repair]]:
    """Put back the space after a sentence's end where a page lost it."""
    repairs: list[Repair] = []
    pieces: list[str] = []
    cursor = 0
    for match in _RUN_ON.finditer(text):
        if _in_address(text, match.start()):
            continue
        pieces.append(text[cursor : match.end()])
        offset = match.start() + len(repairs)
        repairs.append(Repair(from_=text[match.start() : match.end() + 1],
                              to=f"{match.group()} {text[match.end()]}", offset=offset, kind="missing_space"))
        pieces.append(" ")
        cursor = match.end()
    pieces.append(text[cursor:])
    return "".join(pieces), repairs


def _repair_token(
    token: str, main: str, words: dict[str, str], tokens: list[regex.Match[str]], index: int
) -> tuple[str | None, str]:
    scripts = script_of(token)
    if not scripts or scripts == {main}:
        return None, ""
    if main in scripts:
        table = _HOMOGLYPHS.get(main, {})
        mapped = "".join(table.get(ch, ch) for ch in token)
        return (mapped, "homoglyph") if script_of(mapped) == {main} else (None, "")
    if token in words and _between_script(tokens, index, main):
        return words[token], "wrong_script_word"
    return None, ""


def _between_script(tokens: list[regex.Match[str]], index: int, main: str) -> bool:
    """Both neighbouring words are in the text's main script (a lone foreign word in a sentence)."""
    if index == 0 or index + 1 >= len(tokens):
        return False
    return all(script_of(tokens[i].group()) == {main} for i in (index - 1, index + 1))
