"""Every reader, chosen by content as well as extension, and every kind of bad input."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dragoman.settings import DEFAULT_SETTINGS, JsonFields
from dragoman.sources import InputFile, RawItem, Rejection, expand_paths, read_input

ARTICLE_EN = (
    "The foreign ministers of Kazakhstan and Uzbekistan met in Tashkent on Monday. "
    "They agreed to expand trade and transport links between the two countries."
)
PAGE = """<!doctype html><html><head><title>Ministers meet</title>
<meta property="article:published_time" content="2025-03-04T10:00:00Z">
<meta name="author" content="Jane Roe"></head><body><nav>Home | World | Sport</nav>
<article><h1>Ministers meet</h1><p>{body}</p><p>Both sides praised the talks as constructive
and promised a further round in May.</p></article><footer>© 2025 Example News</footer></body></html>"""


def read_file(path: Path, **changes: object) -> list[RawItem | Rejection]:
    settings = DEFAULT_SETTINGS.with_(**changes)
    return list(read_input(InputFile(str(path), path), settings))


def test_plain_text_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE_EN, encoding="utf-8")
    [item] = read_file(path)
    assert isinstance(item, RawItem) and item.kind == "text" and item.doc == "a.txt"


def test_html_chosen_by_content_not_extension(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE.format(body=ARTICLE_EN), encoding="utf-8")
    [item] = read_file(path)
    assert isinstance(item, RawItem) and item.kind == "html"


def test_json_lines_records_and_malformed_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "r1", "text": ARTICLE_EN, "lang": "en", "published": "2025-01-02"}),
        "{not json",
        json.dumps({"id": "r3", "html": PAGE.format(body=ARTICLE_EN), "url": "https://x.org/a"}),
        json.dumps({"id": "r4", "title": "no body"}),
        json.dumps(["a", "list"]),
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    items = read_file(path)
    assert [i.doc for i in items if isinstance(i, RawItem)] == ["r1", "r3"]
    assert items[0].meta["published"] == "2025-01-02" and items[2].kind == "html"
    rejections = [i for i in items if isinstance(i, Rejection)]
    assert [r.locator for r in rejections] == ["line 2", "line 4", "line 5"]
    assert "malformed JSON" in rejections[0].reason and "records.jsonl" in str(rejections[0])


def test_json_field_names_are_configurable(tmp_path: Path) -> None:
    path = tmp_path / "custom.json"
    path.write_text(json.dumps([{"uuid": "u-1", "body": ARTICLE_EN}]), encoding="utf-8")
    [item] = read_file(path, json_fields=JsonFields(id="uuid", text="body"))
    assert isinstance(item, RawItem) and item.doc == "u-1"


def test_warc_yields_html_responses_only(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for uri, ctype, payload in (
        ("https://news.example/a", "text/html; charset=utf-8", PAGE.format(body=ARTICLE_EN)),
        ("https://news.example/logo.png", "image/png", "\x89PNG...."),
    ):
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(payload.encode("utf-8")), http_headers=headers
        )
        writer.write_record(record)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(buffer.getvalue())
    [item] = read_file(path)
    assert isinstance(item, RawItem) and item.doc == "https://news.example/a"
    assert item.format == "warc" and item.kind == "html"


def test_rss_and_atom_feeds(tmp_path: Path) -> None:
    rss = f"""<?xml version="1.0"?><rss version="2.0"
    xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>
    <item><title>Talks</title><link>https://wire.example/1</link>
    <pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate>
    <content:encoded><![CDATA[<p>{ARTICLE_EN}</p>]]></content:encoded></item></channel></rss>"""
    atom = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
    <title>Wire</title><entry><title>Talks</title><link href="https://wire.example/2"/>
    <id>urn:2</id><updated>2025-03-05T09:00:00Z</updated>
    <content type="html">&lt;p&gt;{ARTICLE_EN}&lt;/p&gt;</content></entry></feed>"""
    (tmp_path / "f.rss").write_text(rss, encoding="utf-8")
    (tmp_path / "f.xml").write_text(atom, encoding="utf-8")
    [rss_item] = read_file(tmp_path / "f.rss")
    [atom_item] = read_file(tmp_path / "f.xml")
    assert rss_item.meta["published"] == "2025-03-04" and rss_item.doc == "https://wire.example/1"
    assert atom_item.meta["published"] == "2025-03-05" and atom_item.format == "feed"


def test_legacy_encodings_are_detected(tmp_path: Path) -> None:
    russian = "Министр иностранных дел России Сергей Лавров провёл переговоры в Астане. " * 3
    french = "Le ministre français a rencontré son homologue à Bruxelles, déclarant « être prêt »."
    (tmp_path / "ru.txt").write_bytes(russian.encode("cp1251"))
    (tmp_path / "fr.txt").write_bytes((french * 3).encode("cp1252"))
    assert read_file(tmp_path / "ru.txt")[0].body == russian
    assert read_file(tmp_path / "fr.txt")[0].body == french * 3


def test_gzip_compressed_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(PAGE.format(body=ARTICLE_EN).encode("utf-8")))
    [item] = read_file(path)
    assert isinstance(item, RawItem) and item.kind == "html"


def test_bad_inputs_are_rejected_with_reasons(tmp_path: Path) -> None:
    cases = {
        "binary.bin": bytes(range(256)) * 3,
        "empty.txt": b"   \n  ",
        "doc.pdf": b"%PDF-1.7 binary stuff",
        "big.txt": b"x" * 2000 + b"\n",
    }
    reasons = {}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        [result] = read_file(tmp_path / name, max_input_bytes=1500)
        assert isinstance(result, Rejection), name
        reasons[name] = result.reason
    assert "binary" in reasons["binary.bin"]
    assert "empty" in reasons["empty.txt"]
    assert "PDF" in reasons["doc.pdf"]
    assert "too large" in reasons["big.txt"]


def test_folders_globs_and_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("b")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / ".hidden").write_text("h")
    found = list(expand_paths([str(tmp_path), str(tmp_path / "*.txt"), str(tmp_path / "nope")]))
    names = [Path(f.name).name for f in found if isinstance(f, InputFile)]
    assert names == ["a.txt", "b.txt", "a.txt"]
    assert isinstance(found[-1], Rejection) and "no such file" in found[-1].reason
