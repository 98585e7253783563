"""Extraction stage: main text and metadata out of an HTML page (trafilatura, htmldate)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import trafilatura
from lxml import html as lxml_html
from lxml.etree import ParserError

from dragoman.errors import InputRejected

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
            include_tables=False,
            deduplicate=False,
        )
    except (ValueError, TypeError, ParserError) as exc:
        raise InputRejected(origin, f"broken HTML: {exc}") from exc
    if result is not None and (result.text or "").strip():
        meta = {
            "title": result.title,
            "author": result.author,
            "url": result.url,
            "published": result.date,
            "site": result.sitename,
        }
        return Extracted(result.text, {k: v for k, v in meta.items() if v})
    return Extracted(_visible_text(page, origin))


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
