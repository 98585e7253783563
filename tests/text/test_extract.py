"""HTML extraction: tables kept, and a headline rather than the site's name as title."""

from __future__ import annotations

from dragoman.text.clean import clean_text
from dragoman.text.extract import extract_html

PARAGRAPHS = [
    "The United Nations General Assembly adopted a resolution on Ukraine on Monday by a large majority.",
    "Several Central Asian states abstained, citing their neutrality and their trade links with Moscow.",
    "Diplomats said the vote showed how divided the membership remains three years into the war.",
    "The resolution calls for a just and lasting peace in line with the United Nations Charter.",
]


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_data_table_inside_an_article_is_kept_row_by_row() -> None:
    table = (
        "<table><tr><th>Country</th><th>Vote</th></tr><tr><td>Kazakhstan</td><td>Abstained</td></tr>"
        "<tr><td>Uzbekistan</td><td>Abstained</td></tr></table>"
    )
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + table + f"<p>{PARAGRAPHS[2]}</p>"
    page = _page("<title>Vote</title>", f"<article><h1>UN vote on Ukraine</h1>{paragraphs}</article>")
    kept = clean_text(extract_html(page, "test").body).paragraphs
    assert "Kazakhstan | Abstained" in kept and "Uzbekistan | Abstained" in kept
    assert PARAGRAPHS[2] in kept
    assert not any(set(p) <= set("|-: ") for p in kept)  # no "|---|" rule rows


def test_article_h1_wins_over_a_site_and_page_type_title() -> None:
    head = "<title>European Commission - Press release</title>"
    body = (
        "<header><h1>European Commission</h1></header><main><article>"
        "<h1>EU releases emergency aid for flood-hit families in Tajikistan</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article></main>"
    )
    meta = extract_html(_page(head, body), "test").meta
    assert meta["title"] == "EU releases emergency aid for flood-hit families in Tajikistan"


def test_og_title_wins_over_title_with_site_name() -> None:
    head = (
        "<title>Tokayev receives Wadephul | Steppe Herald</title>"
        '<meta property="og:title" content="Tokayev receives Wadephul in Astana">'
        '<meta property="og:site_name" content="Steppe Herald">'
    )
    body = "<article><h1>Tokayev receives Wadephul</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    meta = extract_html(_page(head, body + "</article>"), "test").meta
    assert meta["title"] == "Tokayev receives Wadephul in Astana"
