"""The Spark job (local[2]) on a small web archive gives what `dragoman ingest` gives: the same
documents, mentions, quotes, event reports and merged events, and load-parquet the same database.
Spark must start here (scripts/test.sh installs Java): if it cannot, these tests fail, never skip."""

from __future__ import annotations

import html
import sqlite3
from io import BytesIO
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dragoman.cli.main import app
from dragoman.exports import flat_event, plover_record
from dragoman.ingest import Ingester
from dragoman.settings import DEFAULT_SETTINGS
from dragoman.store import Store
from dragoman.store.queries import EventFilter, list_events, list_quotes

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
# Two reports of Wadephul's visit to Astana (German page, Kazakh text), two of EU aid to Tajikistan
# and Kallas in Bishkek, one in French: events merge across articles and languages.
PAGES = ["html/de_wadephul_astana.html", "text/kk_vadeful_astana.txt", "text/en_eu_aid_tajikistan.txt",
         "text/en_kallas_bishkek.txt", "html/fr_barrot_erevan.html"]


def _page(path: Path) -> bytes:
    if path.suffix == ".html":
        return path.read_bytes()
    title, _, body = path.read_text(encoding="utf-8").partition("\n")
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n") if p.strip())
    return (f"<html><head><title>{html.escape(title)}</title></head><body><h1>{html.escape(title)}</h1>"
            f"{paragraphs}</body></html>").encode()


def _record(writer: WARCWriter, url: str, payload: bytes, content_type: str = "text/html; charset=utf-8") -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(payload),
                                                  http_headers=headers))


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A WARC of the pages, one page again under another address (a duplicate) and once more byte for
    byte (unchanged), a robots.txt (skipped) and an empty page (rejected); a second file holds one more."""
    folder = tmp_path_factory.mktemp("crawl")
    with (folder / "a.warc.gz").open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for number, page in enumerate(PAGES[:4]):
            _record(writer, f"https://news{number % 2}.example/{Path(page).stem}", _page(EXAMPLES / page))
        _record(writer, "https://news9.example/robots.txt", b"User-agent: *\n", "text/plain")
        _record(writer, "https://mirror.example/wadephul", _page(EXAMPLES / PAGES[0]) + b"<!-- mirror -->")
        _record(writer, "https://news0.example/de_wadephul_astana", _page(EXAMPLES / PAGES[0]))
        _record(writer, "https://news9.example/empty", b"<html><body><p>Menu</p></body></html>")
    with (folder / "b.warc.gz").open("wb") as handle:
        _record(WARCWriter(handle, gzip=True), "https://news3.example/barrot", _page(EXAMPLES / PAGES[4]))
    return folder


@pytest.fixture(scope="module")
def ingested(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("ingest") / "ingest.db"
    with Store.open(db) as store:
        # no time budget: a busy machine must not turn a slow article into a rejection here
        report = Ingester(store, DEFAULT_SETTINGS.with_(article_time_budget_s=None)).run([str(archive)])
    assert (report.stored, report.duplicates, report.unchanged, len(report.rejected)) == (5, 1, 1, 1)
    return db


@pytest.fixture(scope="module")
def spark_output(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    output = tmp_path_factory.mktemp("spark") / "out"
    result = CliRunner().invoke(app, ["spark", str(archive / "*.warc.gz"), str(output), "--master", "local[2]",
                                      "--partitions", "6"])
    if result.exit_code != 0:
        pytest.fail(f"the Spark job did not run (Spark needs Java 17+; scripts/test.sh installs it):\n"
                    f"{result.output}", pytrace=False)
    return output, result.output


def _table(output: Path, name: str) -> list[dict[str, Any]]:
    return pq.read_table(output / name).to_pylist()


def _rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        return sorted(tuple(row) for row in connection.execute(sql))


def test_spark_events_are_the_ingested_events(spark_output: tuple[Path, str], ingested: Path) -> None:
    output, summary = spark_output
    with Store.open(ingested, readonly=True) as store:
        expected = [flat_event(plover_record(e)) for e in
                    list_events(store.connection, EventFilter(include_negated=True, limit=10**6))]
    events = _table(output, "events")
    assert sorted(events, key=lambda e: e["id"]) == sorted(expected, key=lambda e: e["id"])
    assert any(e["num_articles"] > 1 and e["num_languages"] > 1 for e in events)  # merged across languages
    reports = _table(output, "event_sources")
    assert len(reports) > len(events)
    columns = "event_id, occurrence_id, article_id, doc, url, site, language, start, end, sentence, cue, date"
    assert sorted(tuple(r.values()) for r in reports) == _rows(ingested, f"SELECT {columns} FROM event_sources")
    assert "read 8, articles 5, duplicates 2, rejected 1" in summary
    loads = int(summary.split("knowledge base loaded ")[1].split()[0])
    assert 1 <= loads <= 2, summary  # once per Python worker of local[2], not per partition (6) or article


def test_spark_quotes_mentions_and_documents_are_the_ingested_ones(spark_output: tuple[Path, str],
                                                                   ingested: Path) -> None:
    output, _ = spark_output
    with Store.open(ingested, readonly=True) as store:
        quotes = list_quotes(store.connection, limit=10**6)
    assert quotes and sorted(_table(output, "quotes"), key=lambda q: q["id"]) == sorted(quotes, key=lambda q: q["id"])
    mentions = _rows(ingested, "SELECT article_id, start, end, text, type, entity_name, code, entity, role, "
                               "matched FROM mentions")
    assert sorted(tuple(m.values()) for m in _table(output, "mentions")) == mentions
    documents = _table(output, "documents")
    assert [d["ordinal"] for d in documents] == sorted(d["ordinal"] for d in documents)
    assert sorted(d["id"] for d in documents) == [r[0] for r in _rows(ingested, "SELECT id FROM articles")]


def test_load_parquet_makes_the_ingested_database(spark_output: tuple[Path, str], ingested: Path,
                                                  tmp_path: Path) -> None:
    output, _ = spark_output
    db = tmp_path / "loaded.db"
    result = CliRunner().invoke(app, ["load-parquet", str(output), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "stored 5" in result.output and "unchanged 1, duplicates 1" in result.output
    for sql in ("SELECT id, doc, lang, published, title, url, text, document_json, raw, raw_kind, raw_format, "
                "near_duplicate_of, similarity, minhash FROM articles",
                "SELECT article_id, origin, locator, doc, url FROM article_sources",
                "SELECT fingerprint, origin, locator, article_id, status FROM inputs",
                "SELECT id, event, mode, quad_code, event_scale, actor_codes, recipient_codes, date, "
                "date_granularity, negated, confidence, num_articles, num_sources, num_languages, record_json, "
                "dyad FROM events",
                "SELECT * FROM event_sources", "SELECT * FROM quotes", "SELECT * FROM mentions"):
        assert _rows(db, sql) == _rows(ingested, sql), sql
    again = CliRunner().invoke(app, ["load-parquet", str(output), "--db", str(db)])
    assert "unchanged 7" in again.output  # loaded records are recognised, like a second ingest
