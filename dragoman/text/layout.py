"""Recognise furniture by where a line stands among the others: captions repeated beside their
paragraph, the page title repeated with its site's name, author names beside a date, lines in
another script than the article's, single listed links and headlines marked as links."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache

from dragoman.settings import tuning
from dragoman.text.furniture import (
    BULLET,
    QUOTE_MARKS,
    SENTENCE_END,
    UNSPACED,
    furniture_lexicon,
    is_sentence_like,
    word_count,
)
from dragoman.text.widgets import is_post

# Kinds beside which a line of names alone is the author's byline ("Astrid Larsson" / "Publicerad").
_BYLINE_NEIGHBOURS = frozenset({"published", "stamp", "share", "byline", "credit", "follow"})
# A page title repeated with the site's name or a dash ("Title - Site", "- Title").
_TITLE_TAIL = re.compile(r"^\s*[-–—|:·]\s*\S")
_TITLE_TAIL_WORDS = 5
_TITLE_HEAD = re.compile(r"^[-–—•·]\s+")
# A lone listed link between paragraphs: "• Ahli Sebut Aktivitas Tiongkok … Indonesia & Malaysia".
_LINK_BULLET = re.compile(r"^[•▪►■●]\s*\S")
_LINK_MIN_WORDS = 4
# Scripts written without spaces: a paragraph there is long in characters, not in words.
_UNSPACED_PROSE_CHARS = 40
_NAME_TOKEN = re.compile(r"^[^\W\d_][\w'’.-]*$")
_JOINER = re.compile(r"^(?:[a-zà-ÿа-яё]{1,3}|&)$")
_NAME_LINE_TOKENS = (2, 6)
_POST_WORDS = 60
_SITE_WORDS = 4


def mark_layout(lines: list[str], kinds: list[str | None]) -> None:
    """Mark the furniture that only the neighbouring lines reveal."""
    _mark_captions(lines, kinds)
    _mark_title_repeats(lines, kinds)
    _mark_name_lines(lines, kinds)
    _mark_foreign_lines(lines, kinds)
    _mark_posts(lines, kinds)
    first = next((i for i, line in enumerate(lines) if kinds[i] is None and prose_like(line)), len(lines))
    _mark_lone_links(lines, kinds, first)
    _mark_media_headlines(lines, kinds, first)
    _mark_site_headlines(lines, kinds, first)


def prose_like(line: str) -> bool:
    """A line of the article's prose: a sentence, or a long run of an unspaced script."""
    return is_sentence_like(line) or len(UNSPACED.findall(line)) >= _UNSPACED_PROSE_CHARS


def _mark_captions(lines: list[str], kinds: list[str | None]) -> None:
    """A short line closed by a photo credit ("Demonstranter i Ankara. Foto: B. Ozbilici/AP/TT"),
    and a short sentence said again by the next line: a caption before its photo's credit line, or
    an alt text repeated ("Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng." / "… Hằng nói như vậy …")."""
    limit = tuning().text.caption_sentence_words
    photo = furniture_lexicon().photo_suffix
    for index, line in enumerate(lines):
        if kinds[index] is not None or QUOTE_MARKS.search(line):
            continue
        credit = photo.search(line)
        if credit and word_count(line[: credit.start()]) <= tuning().text.credited_caption_words:
            kinds[index] = "caption"
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ""
        credit_alone = index + 1 < len(lines) and kinds[index + 1] in ("caption", "photo") \
            and following.startswith(("(", "[", "（"))
        if word_count(line) <= limit and (credit_alone or (SENTENCE_END.search(line)
                                          and _said_again(line, following))):
            kinds[index] = "caption"
            if following == line:
                kinds[index + 1] = "caption"


def _said_again(line: str, following: str) -> bool:
    """The next line is this one, or begins with it and goes on."""
    head = line.rstrip(".… ")
    return following == line or (len(following) > len(line) and following.startswith(head)
                                 and not following[len(head):len(head) + 1].isalnum())


def _mark_title_repeats(lines: list[str], kinds: list[str | None]) -> None:
    """A line that is another line with a site's name after it or a dash before it."""
    others = {line for line in lines if word_count(line) >= 3}
    for index, line in enumerate(lines):
        if kinds[index] is not None:
            continue
        bare = _TITLE_HEAD.sub("", line)
        if bare != line and bare in others:
            kinds[index] = "title"
            continue
        for other in others:
            if other != line and line.startswith(other) and _TITLE_TAIL.match(line[len(other):]) \
                    and word_count(line[len(other):]) <= _TITLE_TAIL_WORDS:
                kinds[index] = "title"
                break


def _mark_name_lines(lines: list[str], kinds: list[str | None]) -> None:
    """A line of names alone beside a date, a share row or a credit is the author's byline."""
    for index, line in enumerate(lines):
        if kinds[index] is not None or not _names_only(line):
            continue
        neighbours = {kinds[i] for i in (index - 1, index + 1) if 0 <= i < len(lines)}
        if neighbours & _BYLINE_NEIGHBOURS:
            kinds[index] = "byline"


_POST_SIGN = re.compile(r"(?<!\w)[#@]\w")


def _names_only(line: str) -> bool:
    """Two to six capitalised words, at most one short joiner between them ("Pablo Cádiz y Karina Zúñiga")."""
    tokens = line.split()
    if not _NAME_LINE_TOKENS[0] <= len(tokens) <= _NAME_LINE_TOKENS[1]:
        return False
    joiners = [t for t in tokens if _JOINER.match(t)]
    names = [t for t in tokens if _NAME_TOKEN.match(t) and t[0].isupper() and not t.isupper()]
    return len(joiners) <= 1 and len(names) + len(joiners) == len(tokens) and len(names) >= 2 \
        and not _JOINER.match(tokens[0]) and not _JOINER.match(tokens[-1])


@cache
def _script(char: str) -> str:
    """The script of a letter: the first word of its Unicode name (LATIN, CYRILLIC, CJK …)."""
    return unicodedata.name(char, "UNKNOWN").split(" ")[0]


def _scripts(line: str) -> Counter[str]:
    return Counter(_script(c) for c in line if c.isalpha())


def _mark_foreign_lines(lines: list[str], kinds: list[str | None]) -> None:
    """Latin-script lines in an article of another script: an embedded post in English ("Turkish
    Foreign Minister … threatens #Greece …") or a site's English slogan."""
    per_line = [_scripts(line) if kind is None else Counter()
                for line, kind in zip(lines, kinds, strict=True)]
    total: Counter[str] = sum(per_line, Counter())
    for index, line in enumerate(lines):
        if kinds[index] is not None or QUOTE_MARKS.search(line) or word_count(line) < _LINK_MIN_WORDS:
            continue
        scripts = per_line[index]
        if not scripts or scripts["LATIN"] < sum(scripts.values()) or not _post_like(line):
            continue
        latin = total["LATIN"] - scripts["LATIN"]  # the article without this line
        others = sum(total.values()) - scripts["LATIN"]
        if others and latin <= tuning().text.foreign_script_share * others:
            kinds[index] = "foreign"


def _post_like(line: str) -> bool:
    """A hashtag or handle, or no sentence end: a post or slogan, not a paragraph in a second language."""
    return bool(_POST_SIGN.search(line)) or not SENTENCE_END.search(line.rstrip())


def _mark_posts(lines: list[str], kinds: list[str | None]) -> None:
    """The text of an embedded post ("… bridge. pic.twitter.com/A1k69GjQsX"), unless its signature
    line follows: then the post is a quotation its signature attributes."""
    for index, line in enumerate(lines):
        signed = index + 1 < len(lines) and kinds[index + 1] == "tweet_signature"
        if kinds[index] is None and not signed and word_count(line) <= _POST_WORDS and is_post(line):
            kinds[index] = "tweet"


def _mark_lone_links(lines: list[str], kinds: list[str | None], first: int) -> None:
    """One bulleted headline between paragraphs of the article is a link to another story."""
    for index in range(first + 1, len(lines) - 1):
        line = lines[index]
        if kinds[index] is not None or not _LINK_BULLET.match(line) or SENTENCE_END.search(line):
            continue
        if word_count(line) < _LINK_MIN_WORDS or word_count(line) > tuning().text.headline_words:
            continue
        if not BULLET.match(lines[index - 1]) and not BULLET.match(lines[index + 1]):
            kinds[index] = "related"


def _mark_media_headlines(lines: list[str], kinds: list[str | None], first: int) -> None:
    """A headline after the lead closed by a media mark ("(ВИДЕО)", "[FOTO]") links elsewhere."""
    marks = furniture_lexicon().media_mark
    for index in range(first + 1, len(lines)):
        line = lines[index]
        if kinds[index] is None and word_count(line) <= tuning().text.headline_words and marks.search(line):
            kinds[index] = "related"


def _mark_site_headlines(lines: list[str], kinds: list[str | None], first: int) -> None:
    """A headline after the lead with its site's name after a bar ("Ще съжаляват | Dnevnik") is
    a link to another page: the article's text names no site so."""
    for index in range(first + 1, len(lines)):
        line = lines[index]
        head, bar, site = line.rpartition(" | ")
        if kinds[index] is not None or not bar or " | " in head or SENTENCE_END.search(line):
            continue
        if word_count(head) >= _LINK_MIN_WORDS and 0 < word_count(site) <= _SITE_WORDS \
                and site[:1].isupper() and not any(c.isdigit() for c in site):
            kinds[index] = "related"
