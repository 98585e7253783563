"""Extraction stage: main text and metadata out of an HTML page (trafilatura, htmldate)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import trafilatura
from lxml import html as lxml_html
from lxml.etree import ParserError
from trafilatura.settings import Document as TrafilaturaDocument

from dragoman.errors import InputRejected
from dragoman.text.furniture import classify_line, word_count

# trafilatura logs every page it finds too short; dragoman reports rejections itself.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


@dataclass
class Extracted:
    """Body text with one paragraph per line, and the page's own metadata."""

    body: str
    meta: dict[str, str] = field(default_factory=dict)


def extract_html(page: str, origin: str, url: str | None = None) -> Extracted:
    """Main text of a page; falls back to all visible text when no article block is found."""
    try:
        result = trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_comments=False,
            # Layout tables hold whole articles on older sites; data rows are split by cleaning.
            include_tables=True,
            deduplicate=False,
        )
    except (ValueError, TypeError, ParserError) as exc:
        raise InputRejected(origin, f"broken HTML: {exc}") from exc
    if isinstance(result, TrafilaturaDocument) and result.text and result.text.strip():
        meta = {
            "title": _best_title(page, result.title, result.sitename),
            "author": result.author,
            "url": result.url,
            "published": result.date,
            "site": result.sitename,
        }
        return Extracted(result.text, {k: v for k, v in meta.items() if v})
    return Extracted(_visible_text(page, origin))


def _best_title(page: str, found: str | None, site: str | None) -> str | None:
    """og:title, else the article's h1, when the title found is the site or page-type name
    ("European Commission - Press release")."""
    try:
        tree = lxml_html.fromstring(page)
    except (ParserError, ValueError):
        return found
    candidates = [
        *tree.xpath("//meta[@property='og:title' or @name='og:title']/@content"),
        *(h.text_content() for h in tree.xpath("//article//h1 | //main//h1")),
        *(h.text_content() for h in tree.xpath("//h1")),
        found,
    ]
    for candidate in candidates:
        text = " ".join((candidate or "").split())
        if text and not _generic_title(text, site):
            return text
    return found


def _generic_title(title: str, site: str | None) -> bool:
    """A site name, a page type or a one-word label rather than a headline."""
    if word_count(title) < 2 or (site and title.casefold() == site.casefold()):
        return True
    return classify_line(title) in ("doc_type", "navigation")


def _visible_text(page: str, origin: str) -> str:
    """All text outside scripts and styles, for fragments trafilatura judges too small."""
    try:
        tree = lxml_html.fromstring(page)
    except (ParserError, ValueError) as exc:
        raise InputRejected(origin, f"broken HTML: {exc}") from exc
    for node in tree.xpath("//script|//style|//noscript"):
        node.drop_tree()
    blocks = tree.xpath("//p|//h1|//h2|//h3|//li|//blockquote|//div[not(descendant::p)]")
    lines = [" ".join(b.text_content().split()) for b in blocks] or [tree.text_content()]
    return "\n".join(line for line in lines if line)
