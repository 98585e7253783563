"""Proclitics written on the next word (Arabic و/ب/ل, Hebrew ו/ה/ב/ל/מ/ש): read from [names] data."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dragoman.languages import language

# Arabic short vowels and shadda, Hebrew points: written on a letter, part of its word.
_MARKS = frozenset(chr(c) for c in [*range(0x064B, 0x0653), *range(0x05B0, 0x05C8)])


@dataclass(frozen=True)
class Proclitics:
    """Prefixes a word may carry before a name or cue, and same-length spellings they fuse into."""

    prefixes: tuple[str, ...] = ()  # longest first: "وب" before "و"
    # A prefix fused with the name's article, same length: "لل" (ل + ال) is read as "ال" ("للصين").
    elisions: tuple[tuple[str, str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.prefixes or self.elisions)

    def allows(self, folded: str, start: int) -> bool:
        """Whether the letters from the word's start to `start` are one proclitic."""
        word_start = start
        while word_start > 0 and (folded[word_start - 1].isalnum() or folded[word_start - 1] in _MARKS):
            word_start -= 1
        return folded[word_start:start] in self.prefixes

    def unelided(self, folded: str) -> str:
        """The text with fused article spellings undone at word starts (after a proclitic too);
        lengths are kept, so offsets stay valid."""
        if not self.elisions:
            return folded
        chars = list(folded)
        for index, char in enumerate(folded):
            if not char.isalnum() or (index and folded[index - 1].isalnum()):
                continue
            for lead in ("", *self.prefixes):
                at = index + len(lead)
                if lead and not folded.startswith(lead, index):
                    continue
                fused = next((pair for pair in self.elisions if folded.startswith(pair[0], at)), None)
                if fused:
                    chars[at : at + len(fused[0])] = fused[1]
                    break
        return "".join(chars)

    def split(self, word: str) -> tuple[str, str]:
        """(proclitic, rest) of a word; the proclitic is '' when none fits."""
        lead = next((p for p in self.prefixes if word.startswith(p) and len(word) - len(p) >= 2), "")
        return lead, word[len(lead):]


@cache
def proclitics(lang: str | None) -> Proclitics:
    """The `proclitics` and `elisions` of a language's [names] section."""
    names = language(lang).section("names")
    elisions = tuple((k, v) for k, v in names.get("elisions", {}).items() if len(k) == len(v))
    prefixes = tuple(sorted({p.lower() for p in names.get("proclitics", [])}, key=len, reverse=True))
    return Proclitics(prefixes, elisions)
