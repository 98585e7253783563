"""Recognise widget and embed lines by their shape alone, in any language: glued menus, digit
strings, keyword spam, self-promotion, embedded posts and video links."""

from __future__ import annotations

import re

# A photographer and the agency or paper after a slash: "(Marcello Casal Jr/Agência Brasil)".
_CAPITAL_WORDS = r"[A-ZÀ-Þ][\w.'-]*(?:\s[A-ZÀ-Þ][\w.'-]*){0,3}"
PHOTOGRAPHER = rf"(?-i:{_CAPITAL_WORDS}\s?/\s?{_CAPITAL_WORDS})"
# A menu whose items lost their spaces: "À la UneActualitésDiasporaInternational" (two or more
# joins of a lower-case letter straight into a capital).
_GLUED_JOIN = re.compile(r"[a-zà-ÿа-яё][A-ZÀ-ÞА-ЯЁ]")
_GLUED_JOINS = 2
_GLUED_WORDS = 6
# A counter or tracking id: a long digit string alone ("010020020110000000000000011105701125773107").
_DIGITS = re.compile(r"^[\d\s]{12,}$")
# Keyword spam joined by underscores ("无码…_亚洲…_精品…"): three joins or more, no spaces.
_UNDERSCORE_SPAM = re.compile(r"^[^\s_]+(?:_[^\s_]+){3,}$")
# A site's self-promotion: its address twice in one line ("www.X.kg X - … www.X.kg X - …").
_ADDRESS = re.compile(r"(?:https?://|www\.)[\w.-]+", re.I)
_PROMO_WORDS = 80
# A post embedded in the page: its picture link or its "— Name (@handle) date" signature run into
# the text ("… infrastruktury… — Prokuratura (@PK_GOV_PL) November 28, 2025").
_POST_LINK = re.compile(r"pic\.twitter\.com/\w+", re.I)
_INLINE_SIGNATURE = re.compile(r"\s[—–]\s*[^—–]{1,80}\(@\w{1,30}\)(?:\s*\S.{0,40})?$")
_POST_URL = re.compile(r"https?://t\.co/|https?://\S+")
HASHTAG = re.compile(r"(?<!\w)#\w+")
_HANDLE = re.compile(r"(?<![\w.])@\w{2,30}")
_EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF]")
# A video link: its running time, then its headline ("01.37 min El Gobierno de Venezuela anuncia …").
_VIDEO_LENGTH = re.compile(r"^\d{1,2}[.:]\d\d\s*min\.?\s+\w", re.I)
# A menu of a script written without spaces between words: four or more short Han or kana items
# ("國際 國際焦點 北美要聞 日韓要聞 東南亞要聞"); prose in these scripts has no spaces to cut it so.
_HAN_ITEM = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff]{1,6}$")
_HAN_MENU_ITEMS = 4
# A code alone on a line in capitals, digits and dots: a channel or agency ("T13", "KOPERNIK.TV").
# A photo's catalogue record cut by spaced full stops ("2021.01.28 Warszawa . Minister X . Wizyta …").
_SPACED_STOPS = re.compile(r"\s\.\s")
_RECORD_STOPS = 2
# A site's address alone ("Kompas.com", "TASS.ru"): the credit of the story.
_DOMAIN = re.compile(r"^[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?:com|net|org|info|news|tv|[a-z]{2})$")
_CODE_NAME = re.compile(r"^(?=[A-Z0-9.]*\d|[A-Z0-9.]*[A-Z]\.[A-Z]|[A-Z]{2,5}$)[A-Z][A-Z0-9.-]{1,14}$")


def widget_kind(line: str, words: int) -> str | None:
    """The furniture kind of a widget or embed line, judged by its shape alone, else None."""
    stripped = line.strip()
    if _DIGITS.match(stripped) or _UNDERSCORE_SPAM.match(stripped):
        return "spam"
    if words <= _GLUED_WORDS and len(_GLUED_JOIN.findall(stripped)) >= _GLUED_JOINS \
            and not stripped.endswith("."):
        return "navigation"
    addresses = [a.lower().removeprefix("https://").removeprefix("http://") for a in _ADDRESS.findall(line)]
    if words <= _PROMO_WORDS and len(addresses) > len(set(addresses)):
        return "promotion"
    if len(_SPACED_STOPS.findall(stripped)) >= _RECORD_STOPS:
        return "caption"
    if _VIDEO_LENGTH.match(stripped):
        return "read_more"
    if _CODE_NAME.match(stripped) or _DOMAIN.match(stripped):
        return "credit"
    items = stripped.replace("|", " ").split()
    if len(items) >= _HAN_MENU_ITEMS and all(_HAN_ITEM.match(item) for item in items):
        return "navigation"
    return None


def is_post(line: str) -> bool:
    """An embedded post: a picture link, a signature run into the text, or a handle with emoji."""
    if _POST_LINK.search(line) or _INLINE_SIGNATURE.search(line):
        return True
    if len(HASHTAG.findall(line)) >= 2 and _POST_URL.search(line):
        return True  # "… #Greece … #Turkey https://t.co/…"
    return bool(_HANDLE.search(line)) and bool(_EMOJI.search(line))
