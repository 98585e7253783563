"""The public process() API on hand-built articles in several languages and forms."""

from __future__ import annotations

from pathlib import Path

import dragoman

PAGE = """<html><head><title>Erdoğan receives Tokayev</title>
<meta property="article:published_time" content="2025-06-11T08:00:00+03:00">
<link rel="canonical" href="https://haber.example/tokayev"></head><body>
<div class="cookie">Bu site çerezler kullanır. Çerezleri kabul et.</div>
<article><h1>Erdoğan receives Tokayev</h1>
<p>Cumhurbaşkanı Recep Tayyip Erdoğan, Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev'i Ankara'da
resmi törenle karşıladı.</p>
<p>İki lider ticaret, enerji ve ulaştırma alanlarında işbirliğini görüştü ve çeşitli anlaşmalar
imzaladı.</p></article>
<aside><h3>Related</h3><p>The European Union announced new sanctions on Monday against several
companies accused of helping circumvent earlier measures.</p></aside></body></html>"""


def test_html_page_metadata_and_text() -> None:
    document = dragoman.process(PAGE)
    assert document.lang == "tr"
    assert document.published == "2025-06-11" and document.published_source == "metadata"
    assert "Ankara'da resmi törenle" in document.text
    assert document.source.title == "Erdoğan receives Tokayev"


def test_paragraph_languages_follow_the_text() -> None:
    text = (
        "Министр иностранных дел Казахстана провёл переговоры с европейскими коллегами.\n\n"
        "The European Union and Kazakhstan signed a memorandum on critical raw materials."
    )
    document = dragoman.process(text)
    assert [p.lang for p in document.paragraphs] == ["ru", "en"]
    assert [document.text[p.start : p.end][:3] for p in document.paragraphs] == ["Мин", "The"]


def test_given_language_and_date_win() -> None:
    text = "Presidents met in Astana and signed an agreement on water use along the Syr Darya."
    document = dragoman.process(text, lang="en-GB", published="4 March 2025", url="https://x.org")
    assert document.lang == "en" and document.published == "2025-03-04"
    assert document.source.url == "https://x.org"


def test_identity_depends_on_content_only() -> None:
    body = (
        "Der Außenminister traf seinen kasachischen Kollegen in Berlin zu Gesprächen über Energie."
    )
    first = dragoman.process(body)
    again = dragoman.process("  " + body.replace(" ", "  ") + "\n")
    other = dragoman.process(body.replace("Berlin", "Bonn"))
    assert first.id == again.id != other.id and len(first.id) == 16


def test_document_json_contract() -> None:
    data = dragoman.process(
        "Le ministre a rencontré son homologue kazakh à Paris pour parler d'énergie."
    ).to_json()
    for key in (
        "doc",
        "source",
        "lang",
        "published",
        "published_source",
        "text",
        "paragraphs",
        "removed",
        "repairs",
        "mentions",
        "quotes",
        "events",
        "actors",
    ):
        assert key in data
    assert set(data["source"]) >= {"path", "url", "title"}
    assert dragoman.Document.from_json(data).to_json() == data


def test_actors_summarise_who_does_what_to_whom() -> None:
    document = dragoman.process(PAGE)
    actors = {a["code"]: a for a in document.actors()}
    assert set(actors) == {"TUR", "KAZ"}  # not the EU of the "Related" box
    assert all(a["events"] >= 1 and "actor" in a["roles"] for a in actors.values())


def test_a_short_headline_given_on_purpose_gives_a_document_with_a_warning() -> None:
    headline = "Lavrov meets Fidan"  # 18 characters, under Settings.min_text_chars
    document = dragoman.process(headline, lang="en", published="2025-06-11")
    assert document.text == headline
    assert [w for w in document.warnings if w.startswith("short text: 18 characters")], document.warnings
    assert [m["text"] for m in document.mentions] == ["Lavrov", "Fidan"]
    assert [(e["event"], e["actor"][0]["code"], e["recipient"][0]["code"]) for e in document.events] == [
        ("CONSULT", "RUS", "TUR")]


def test_a_short_headline_without_a_language_keeps_the_identifiers_weak_guess() -> None:
    document = dragoman.process("Macron meets Scholz.")
    assert document.lang == "en"
    assert [w for w in document.warnings if w.startswith("language en guessed at")], document.warnings
    assert [m.code for m in document.mentions] == ["FRA", "DEU"]


def test_a_text_of_the_minimum_length_has_no_short_text_warning() -> None:
    document = dragoman.process("Sergey Lavrov met Hakan Fidan in Ankara.", lang="en")
    assert len(document.text) == dragoman.DEFAULT_SETTINGS.min_text_chars
    assert document.warnings == []


def test_a_near_empty_file_in_a_batch_is_still_rejected(tmp_path: Path) -> None:
    from dragoman.ingest import collect_inputs, iter_documents
    from dragoman.sources import Rejection

    (tmp_path / "short.txt").write_text("Lavrov meets Fidan\n", encoding="utf-8")
    files, _missing = collect_inputs([str(tmp_path)])
    results = [result for _source, _item, result in iter_documents(files, dragoman.DEFAULT_SETTINGS)]
    assert len(results) == 1 and isinstance(results[0], Rejection)
    assert "empty document: 18 characters of text after cleaning" in str(results[0])


def test_unknown_language_and_empty_text_are_rejected() -> None:
    import pytest

    with pytest.raises(dragoman.InputRejected, match="empty document"):
        dragoman.process("Share\nComments (0)")
    with pytest.raises(dragoman.InputRejected, match="unknown language"):
        dragoman.process("12 345 678 — 2024/25: 55 % ++ 17.3 → 18.9 (±0.4) 1 2 3 4 5 6 7 8 9")
