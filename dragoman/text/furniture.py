"""Recognise page furniture lines: lexicons from every language file plus structural patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dragoman.deadline import loaded_once
from dragoman.languages import name_particles, section_across_languages
from dragoman.settings import tuning
from dragoman.text.widgets import HASHTAG, PHOTOGRAPHER, widget_kind

# Kinds whose phrase must start a short, non-sentence line ("Share on Facebook", "Comments (3)").
LABEL_KINDS: dict[str, int] = {
    "share": 8,
    "follow": 8,
    "comments": 6,
    "read_more": 8,
    "tags": 12,
    "advert": 4,
    "published": 10,  # "Mis à jour le 12 juin 2025 à 20h15" has 9
    "press_contact": 6,
    "navigation": 3,
    "reading_time": 6,
}
# Kinds whose phrase may stand anywhere in a line that quotes nobody (cookie banners).
NOTICE_KINDS: dict[str, int] = {"cookies": 80, "subscribe": 80, "disclaimer": 80, "credit_note": 80}
# Kinds written "<phrase>: value" ("Source: TASS", "Photo: AFP").
PREFIX_KINDS: dict[str, int] = {"source": 15, "photo": 15}
# Kinds whose phrase opens a line of any ending ("(Reporting by …; Editing by …)").
OPENING_KINDS: dict[str, int] = {"credit": 40}
# Kinds whose phrase ends a short line ("European Commission - Press release").
CLOSING_KINDS: dict[str, int] = {"doc_type": 8}
# View and comment counters anywhere in a short line ("28 март 2022, 13:38 часа 2348 прочитания 0 коментара").
_COUNTER_WORDS = 14
# Photo agencies whose name alone in brackets closes a caption ("(AFP-Arşiv)", "(Reuters)").
_AGENCIES = (r"(?:AFP|AP|Reuters|EPA|Getty(?: Images)?|dpa|AA|ANSA|Anadolu|TASS|Xinhua|ABr|Agência Brasil"
             r"|Sputnik|Interfax|RIA Novosti|Kazinform|Trend|APA|BTA|PAP|ČTK|MTI|Agerpres|Ukrinform|UNIAN)")
_AGENCY_ONLY = re.compile(rf"^[(\[（]\s*{_AGENCIES}", re.I)
# A line that is only an agency's name ("Sputnik"): the credit of the story or of its photo.
_AGENCY_LINE = re.compile(rf"^{_AGENCIES}$")

WORD = re.compile(r"\w+")
_WORD_TOKEN = re.compile(r"\S*\w\S*")
QUOTE_MARKS = re.compile(r"[«»“”„\"‹›「」]")
_QUOTED = re.compile(r"[«“„\"‹「][^«»“”„\"‹›「」]*[»”“\"›」]")
SENTENCE_END = re.compile(r"[.!?…。！？]['\"»«”“’‘)\]」』]*$")
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")  # scripts written without spaces
_ELLIPSIS_END = re.compile(r"\s*(?:\.\.\.|…)$")
_URL_LINE = re.compile(r"^\W*(?:https?://|www\.)\S+\W*$", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_COUNTER = re.compile(r"^[^\d.!?]{1,30}\(\d+\)$")
_HASHTAGS = re.compile(r"^(?:[#@]\w+[\s,;|]*)+$")
_EMOJI_OR_HANDLE = re.compile(r"[\U0001F000-\U0001FAFF]|(?<!\w)@\w")
_TWEET_HASHTAGS = 2  # hashtags that make a line an embedded post's text, not the article's prose
# A short line cut by two or more pipes and ending like no sentence ("Tools: Save | Print | E-mail").
_PIPES = re.compile(r"\s\|\s.*\s\|\s")
_NUMBER_CELL = re.compile(r"^[\d.,%\s-]+$")
# ">>Headline" links to other articles.
_LINK_MARK = re.compile(r"^(?:>>|»»)\s*\w")
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)", re.I)
TWEET_SIGNATURE = re.compile(r"^[—–-]\s*.{1,80}?\(@\w{1,30}\)\s*(?P<date>.{3,40})$")
INLINE_TWEET_LINK = re.compile(r"\s*(?:https?://)?(?:pic\.twitter\.com|t\.co)/\w+")
BULLET = re.compile(r"^[-–—•·*▪►>]\s")
# Share-button rows: lines made only of network names ("Facebook", "X · Telegram · WhatsApp").
_NETWORK = (r"(?:facebook|twitter|x|telegram|whatsapp|viber|linkedin|vk|vkontakte|ok|odnoklassniki|"
            r"одноклассники|вконтакте|instagram|youtube|tiktok|threads|bluesky|reddit|pinterest|"
            r"messenger|line|wechat|weibo|e-?mail|email|print)")
# Separators of a line of labels ("Share on Facebook | Share on X", "Publié le … - Mis à jour le …").
_SEPARATOR = re.compile(r"\s[|·•–—-]\s")
_FILE_NAME = re.compile(r"^[\w.-]+\.(?:jpe?g|png|gif|webp|svg|mp4|pdf)$", re.I)
_LETTER_OR_DIGIT = re.compile(r"\w")
# A language switcher: "ua en ru", "EN | FR | DE".
_LANGUAGE_SWITCH = re.compile(r"^(?:[a-z]{2}|[A-Z]{2})(?:\s*[|/·•,]?\s*(?:[a-z]{2}|[A-Z]{2})){1,8}$")
_CRUMB_SEPARATOR = re.compile(r"\s+[/›>»]\s+")
_NETWORKS_ONLY = re.compile(rf"^{_NETWORK}(?:\s*[|·•,/]?\s*{_NETWORK})*$", re.I)
# A WordPress shortcode left in the text: "[covid19-ultimate-card region="EG" …]", "[/caption]".
_SHORTCODE = re.compile(r"^\[/?[a-z][\w-]*(?:\s+[\w-]+=[\"“”'][^\]]*)*\]?$|^\[/?[a-z][\w-]*\s+[\w-]+=[\"“”']")
# A browser notice: "You must enable Javascript …", "JavaScript is disabled in your browser".
_BROWSER_NOTICE = re.compile(r"\bjavascript\b.{0,80}\b(?:enable|disabled?|browser|support)|"
                             r"\b(?:enable|disabled?)\b.{0,30}\bjavascript\b", re.I)
_BROWSER_NOTICE_WORDS = 30


@dataclass(frozen=True)
class FurnitureLexicon:
    """One compiled pattern per furniture kind, covering every language file."""

    labels: dict[str, re.Pattern[str]]
    notices: dict[str, re.Pattern[str]]
    prefixes: dict[str, re.Pattern[str]]
    openings: dict[str, re.Pattern[str]]
    closings: dict[str, re.Pattern[str]]
    photo_suffix: re.Pattern[str]
    caption_credit: re.Pattern[str]  # "(Photo by John MacDougall / AFP)" closing a caption
    photo_inside: re.Pattern[str]
    read_more_headline: re.Pattern[str]
    share_anywhere: re.Pattern[str]  # where a share label starts inside a line of labels
    counters: re.Pattern[str]  # "2348 прочитания", "12 comments" anywhere in a short line
    widgets: re.Pattern[str]  # a line of widget names only: weather, exchange rates, roads
    phone: re.Pattern[str]
    byline_word: re.Pattern[str]
    media_mark: re.Pattern[str]  # "(ВИДЕО)", "[FOTO]" closing a related headline


@loaded_once
def furniture_lexicon() -> FurnitureLexicon:
    """Compile the [furniture] sections of all language files once."""
    phrases: dict[str, list[str]] = {}
    for section in section_across_languages("furniture").values():
        for kind, items in section.items():
            phrases.setdefault(kind, []).extend(items)

    def alternation(kind: str) -> str:
        unique = sorted(set(phrases.get(kind, [])), key=len, reverse=True)
        return "|".join(unique) or "(?!)"

    labels = {k: re.compile(rf"^(?:{alternation(k)})(?!\w)", re.I) for k in LABEL_KINDS}
    notices = {k: re.compile(rf"(?<!\w)(?:{alternation(k)})", re.I) for k in NOTICE_KINDS}
    # "Photo: AFP", and an abbreviated label without a colon ("Fot. Tymon Markowski / MSZ")
    prefixes = {k: re.compile(rf"^(?:{alternation(k)})(?:\s*:|(?<=\.)|\.)\s*\S", re.I) for k in PREFIX_KINDS}
    openings = {k: re.compile(rf"^\(?(?:{alternation(k)})(?!\w)", re.I) for k in OPENING_KINDS}
    closings = {k: re.compile(rf"(?:^|[-–—|:·,/]\s*)(?:{alternation(k)})\W*$", re.I)
                for k in CLOSING_KINDS}
    photo_suffix = re.compile(
        rf"(?<=[.!?»”\"])\s+(?:{alternation('photo')})\s*:\s*(?:(?!\.\s)[^!?:]){{1,60}}$", re.I
    )
    caption_credit = re.compile(
        rf"[(\[（]\s*(?:(?:{alternation('photo')})\b[^()\[\]（）]{{1,80}}"
        rf"|{_AGENCIES}(?:\s*[-/:][^()\[\]]{{0,30}})?|{PHOTOGRAPHER})[)\]）]\W*$"
        rf"|\s[-–—]?\s*(?:{alternation('photo')})\s*\d{{1,2}}\.?$", re.I  # "… Lý Cường- Ảnh 1."
    )
    # "<headline> Фото: <caption>": a photo label inside a line that no sentence end precedes.
    photo_inside = re.compile(rf"(?<![.!?»”\"])\s(?:{alternation('photo')})\s*:\s+\S", re.I)
    # "Още: „…“", "Simak Video "…"", "VEZANA VIJEST Misterij …" (a label in capitals needs no colon)
    read_more_headline = re.compile(
        rf"^(?:{alternation('read_more')})(?:\s*[:：|»>–—-]+\s*|\s+(?=[«“\"„]))[«“\"„']?\w", re.I)
    phone = re.compile(
        rf"(?:\+|(?<!\w)(?:{alternation('contact')})\.?\s*:?|^[tf]:)\s*\(?\d[\d\s()./-]{{6,}}", re.I
    )
    # "By Jane Doe", "Autor: X", and a label run into the name ("EditorAna Shofiana Syatiri")
    glued = r"(?-i:(?<=[a-z])(?=[A-Z][a-z]))"
    byline_word = re.compile(rf"^(?:{alternation('byline')})(?:\s*:\s*|\s+(?=\S)|{glued})", re.I)
    share_anywhere = re.compile(rf"(?<=\s)(?:{alternation('share')})(?!\w)", re.I)
    counters = re.compile(rf"(?<![\w.,])(?:{alternation('counters')})(?!\w)", re.I)
    widgets = re.compile(rf"^(?:(?:{alternation('widgets')})(?:\s*[|·•,/]\s*|\s+|$))+$", re.I)
    media = alternation("media")
    media_mark = re.compile(rf"[(\[]\s*(?:{media})(?:\s*[+/,&]\s*(?:{media}))*\s*[)\]]\W*$", re.I)
    return FurnitureLexicon(labels, notices, prefixes, openings, closings, photo_suffix, caption_credit,
                            photo_inside, read_more_headline, share_anywhere, counters, widgets, phone,
                            byline_word, media_mark)


def word_count(line: str) -> int:
    """Whitespace-separated tokens holding a letter or digit (a URL counts as one word)."""
    return len(_WORD_TOKEN.findall(line))


def letter_word_count(line: str) -> int:
    """Tokens holding a letter: a phone number's digit groups are not words."""
    return sum(1 for token in line.split() if any(c.isalpha() for c in token))


def reading_words(line: str) -> int:
    """Words as a reader counts them: two Han or kana characters make one."""
    return word_count(line) + len(UNSPACED.findall(line)) // 2


def is_sentence_like(line: str) -> bool:
    """A line that reads as article prose rather than a label."""
    words = reading_words(line)
    return words >= 15 or (words >= 6 and bool(SENTENCE_END.search(line)))


def bare_text(line: str) -> str:
    """The line without list bullets and decoration around it."""
    return line.strip(" \t•·|>»«-–—*#[](){}\u200b")


def classify_line(line: str) -> str | None:
    """The furniture kind of a whole line, or None for article text; a line of several labels
    ("Share on Facebook | Share on X | Email this article") is of its first label's kind."""
    segments = _label_segments(line) if word_count(line) <= tuning().text.label_line_words else [line]
    if len(segments) > 1 and not SENTENCE_END.search(line):
        kinds = [_line_kind(s) or ("share" if _NETWORKS_ONLY.match(bare_text(s)) else None)
                 for s in segments]
        if all(kinds) and kinds[0] in LABEL_KINDS:
            return kinds[0]
    return _line_kind(line) or ("navigation" if _is_pipe_row(line) else None)


def _is_pipe_row(line: str) -> bool:
    """Tool and stamp rows cut by pipes; a data table's row (a number in a cell) is text."""
    long = word_count(line) > tuning().text.pipe_row_words
    if long or not _PIPES.search(line) or SENTENCE_END.search(line):
        return False
    return not any(_NUMBER_CELL.match(cell.strip()) for cell in line.split("|"))


def _label_segments(line: str) -> list[str]:
    """The line cut at separators and before each share label ("Partager sur Facebook Partager
    sur X Copier le lien")."""
    cuts = [m.start() for m in furniture_lexicon().share_anywhere.finditer(line)]
    pieces = [line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
    return [s.strip() for piece in pieces for s in _SEPARATOR.split(piece) if s.strip()]


def _line_kind(line: str) -> str | None:
    structural = _structural_kind(line)
    if structural:
        return structural
    lexicon = furniture_lexicon()
    words = word_count(line)
    bare = bare_text(line)
    for kind, limit in PREFIX_KINDS.items():
        if words <= limit and lexicon.prefixes[kind].search(bare):
            return kind
    if words <= tuning().text.headline_after_label_words and (lexicon.read_more_headline.search(bare)
                                                              or _capital_label(bare)):
        return "read_more"
    if lexicon.widgets.match(bare):
        return "navigation"
    if words <= _COUNTER_WORDS and not SENTENCE_END.search(line) and lexicon.counters.search(line):
        return "comments"
    label_kind = _label_kind(line, bare, words)
    if label_kind:
        return label_kind
    if QUOTE_MARKS.search(line):
        return _notice_kind(_QUOTED.sub(" ", line), words)
    for kind, limit in OPENING_KINDS.items():
        if words <= limit and lexicon.openings[kind].search(line.lstrip(" \t•·-–—*")):
            return kind
    return _notice_kind(line, words)


def _notice_kind(line: str, words: int) -> str | None:
    """A notice phrase outside quoted words: a form naming its field ("… a "Megjegyzés" rovatban")
    is a notice, a minister quoted saying "we use cookies" is not."""
    if words > 80 or QUOTE_MARKS.search(line):
        return None
    for kind in NOTICE_KINDS:
        if furniture_lexicon().notices[kind].search(line):
            return kind
    return None


def _capital_label(bare: str) -> bool:
    """A related-article label written in capitals before its headline ("VEZANA VIJEST Misterij …")."""
    label = furniture_lexicon().labels["read_more"].match(bare)
    if label is None:
        return False
    return label.group().isupper() and bare[label.end():label.end() + 2].strip()[:1].isalpha()


def _label_kind(line: str, bare: str, words: int) -> str | None:
    """Label and closing kinds: short lines that do not end like a sentence."""
    lexicon = furniture_lexicon()
    allowed: set[str] | None = None  # every kind
    if SENTENCE_END.search(line):
        # "You may also like..." and "Updated at 1:23 p.m." are labels; "Share prices fell." is not.
        if _ELLIPSIS_END.search(line):
            allowed = {"read_more"}
        elif _CLOCK_END.search(line):
            allowed = {"published"}
        else:
            return None
    for kind, limit in LABEL_KINDS.items():
        if (allowed is None or kind in allowed) and words <= limit and lexicon.labels[kind].search(bare):
            return kind
    if allowed is not None:
        return None
    for kind, limit in CLOSING_KINDS.items():
        if words <= limit and lexicon.closings[kind].search(bare):
            return kind
    return None


def _structural_kind(line: str) -> str | None:
    words = word_count(line)
    if _URL_LINE.match(line) or _FILE_NAME.match(line):
        return "url"
    if not _LETTER_OR_DIGIT.search(line):
        return "decoration"  # emoji reaction rows, lone separators
    if _LANGUAGE_SWITCH.match(line) or _is_breadcrumb(line):
        return "navigation"
    if _is_contact(line, words):
        return "contact"
    if _NETWORKS_ONLY.match(bare_text(line)):
        return "share"
    if _COUNTER.match(line):
        return "comments"
    if _HASHTAGS.match(line) or (line.startswith("#") and not SENTENCE_END.search(line)
                                  and len(HASHTAG.findall(line)) >= tuning().text.hashtag_share * words):
        return "tags"
    if _LINK_MARK.match(line):
        return "read_more"
    if TWEET_SIGNATURE.match(line):
        return "tweet_signature"
    if words <= 20 and _COPYRIGHT.match(line):
        return "copyright"
    credit_or_post = _credit_or_post(line, words)
    if credit_or_post:
        return credit_or_post
    if words <= tuning().text.caption_words and _is_caption(line):
        return "caption"
    return None


def _page_code(line: str, words: int) -> str | None:
    """What the page's code left: a shortcode ("[covid19-ultimate-card …]"), a browser notice."""
    if _SHORTCODE.match(line.strip()):
        return "shortcode"
    return "notice" if words <= _BROWSER_NOTICE_WORDS and _BROWSER_NOTICE.search(line) else None


def _credit_or_post(line: str, words: int) -> str | None:
    """An agency's name alone ("Sputnik"), the text of an embedded post ("… threatens #Greece
    …, says #Turkey's …"), or what the page's code left."""
    if _AGENCY_LINE.match(line.strip()):
        return "credit"
    code = _page_code(line, words)
    if code:
        return code
    posted = _EMOJI_OR_HANDLE.search(line)  # a post's marks: prose may name two hashtags itself
    if posted and len(HASHTAG.findall(line)) >= _TWEET_HASHTAGS:
        return "tweet"
    return widget_kind(line, words)


def _is_caption(line: str) -> bool:
    """A photo caption: a short line closed by its bracketed photo or agency credit ("… in Berlin.
    (Photo by X / AFP)", "… yangınlar (AFP-Arşiv)"), or a headline run into its photo label ("…
    дислокації Фото: …"); a bare trailing "Photo: X" after a sentence is cut inline instead
    (clean.py), as some sites put it after a paragraph of the article."""
    lexicon = furniture_lexicon()
    if not any(mark in line for mark in ")]）:") and not line.rstrip(". ")[-1:].isdigit():
        return False  # neither a bracketed credit, a photo label nor a numbered photo
    credit = lexicon.caption_credit.search(line)
    if credit and (not _AGENCY_ONLY.match(credit.group()) or not SENTENCE_END.search(line)):
        return True
    inside = lexicon.photo_inside.search(line) if ":" in line else None
    return (inside is not None and inside.group().strip()[:1].isupper()  # a label: "Фото:", not "the photo:"
            and word_count(line[: inside.start()]) >= tuning().text.caption_lead_words)


def _is_breadcrumb(line: str) -> bool:
    """"Home / International / World", "Главная > Новости > Политика": short segments, no prose."""
    segments = _CRUMB_SEPARATOR.split(line.strip(" /›>»"))
    return (len(segments) >= 3 and all(0 < word_count(s) <= 3 for s in segments)
            and not SENTENCE_END.search(line))


def _is_contact(line: str, words: int) -> bool:
    """A short line giving a phone number or an e-mail address."""
    if not (_EMAIL.search(line) or furniture_lexicon().phone.search(line)):
        return False
    if words <= tuning().text.contact_words:
        return True
    long_ok = not SENTENCE_END.search(line) and not QUOTE_MARKS.search(line)
    return long_ok and letter_word_count(line) <= tuning().text.contact_long_letter_words


_NAME_JOINERS = {"and", "et", "und", "y", "e", "i", "и", "і", "та", "ve", "dan", "&", "و"}
_NAME_SEPARATOR = re.compile(r"\s*(?:[,،·|•/;]|\s[–—-]\s)\s*")
_DATE_EVIDENCE = re.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\b"
                            r"|\b\d{1,2}[:h]\d\d\b")
_CLOCK_END = re.compile(r"\b[ap]\.m\.$", re.I)


def byline_author(line: str) -> str | None:
    """The author named by a byline line ("Par Claire Moreau, publié le 16 avril 2025"), else None."""
    if word_count(line) > tuning().text.byline_words or QUOTE_MARKS.search(line):
        return None
    if SENTENCE_END.search(line) and not _CLOCK_END.search(line):
        return None
    text = bare_text(line)
    opener = furniture_lexicon().byline_word.match(text)
    if opener:
        return _name_then_date(text[opener.end():], required_date=False, min_words=1)
    # "Rita Gouveia · 22 de outubro de 2025, 07:10": a name, a separator and a date.
    if re.search(r"\s[·|•]\s", text):
        return _name_then_date(text, required_date=True, min_words=2)
    return None


def _name_then_date(text: str, required_date: bool, min_words: int) -> str | None:
    """Names up to the first separator, then nothing or a dated tail of a few words."""
    head, _, tail = _NAME_SEPARATOR.sub("\x00", text, count=1).partition("\x00")
    tokens = head.split()
    if not tokens or len(tokens) > tuning().text.byline_name_tokens or not _is_name_token(tokens[0]):
        return None
    for token in tokens:
        if not (_is_name_token(token) or token.lower() in _NAME_JOINERS | name_particles()):
            return None
    if sum(1 for t in tokens if _is_name_token(t)) < min_words or not _is_name_token(tokens[-1]):
        return None
    tail = tail.strip(" ,·|•;:–—-")
    if not tail and not required_date:
        return " ".join(tokens)
    if tail and _DATE_EVIDENCE.search(tail) and word_count(tail) <= 10:
        return " ".join(tokens)
    return None


def _is_name_token(token: str) -> bool:
    """A capitalised word, or a word of a script without case (Arabic)."""
    return token[0].isalpha() and not token[0].islower()
