"""Build examples/warc/crawl_2025.warc.gz, the sample web archive of the examples corpus.

The archive holds a warcinfo record, two HTML article pages (Russian in UTF-8, Turkish in
windows-1254, each with its HTTP request record), and a robots.txt response that dragoman must
skip because it is not HTML. Dates and record ids are fixed, so running the script again writes
byte-identical output:

    .venv/bin/python scripts/build_example_warc.py
"""

from __future__ import annotations

import html
import uuid
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUTPUT = Path(__file__).resolve().parents[1] / "examples" / "warc" / "crawl_2025.warc.gz"
CRAWLER = "dragoman-examples/1.0 (sample corpus builder)"


@dataclass(frozen=True)
class Page:
    """One captured article page: where it lives, when it was fetched, and its content."""

    url: str
    fetched: str  # WARC-Date, UTC
    charset: str
    lang: str
    site: str
    title: str
    author: str
    published: str  # article:published_time
    nav: tuple[str, ...]
    body: str  # paragraphs separated by blank lines; hard wraps inside a paragraph are joined
    footer: str


RU_PAGE = Page(
    url="https://mezhdunarodnik.example/politika/2025/12/10/lavrov-arakchi-peregovory",
    fetched="2025-12-10T09:14:03Z",
    charset="utf-8",
    lang="ru",
    site="Международник",
    title="Лавров и Аракчи подписали план консультаций на 2026–2027 годы",
    author="Ирина Белова",
    published="2025-12-10T11:05:00+03:00",
    nav=("Главная", "Политика", "Экономика", "В мире", "Мнения", "Подписка"),
    body="""
Министр иностранных дел России Сергей Лавров провёл во вторник в Москве переговоры с главой МИД
Ирана Аббасом Аракчи. По итогам встречи министры подписали план межмидовских консультаций на
2026–2027 годы.

«Наши отношения с Исламской Республикой Иран носят характер всеобъемлющего стратегического
партнёрства, и договор, вступивший в силу в этом году, открывает для них новые возможности», —
сказал Лавров на совместной пресс-конференции.

Российский министр резко осудил решение Великобритании, Германии и Франции добиваться
восстановления санкций ООН против Ирана.

— Мы считаем действия так называемой евротройки юридически ничтожными. Они подрывают режим
нераспространения, а не укрепляют его, — подчеркнул Лавров.

Аракчи поблагодарил Москву за «принципиальную позицию» в Совете Безопасности ООН. «Иран высоко
ценит поддержку России и Китая в этот непростой период», — заявил иранский министр.

По его словам, Тегеран готов продолжать сотрудничество с МАГАТЭ, если агентство будет действовать
«профессионально и беспристрастно».

Директор департамента Ближнего Востока и Северной Африки МИД России Андрей Воронцов сообщил, что
следующий раунд консультаций пройдёт весной в Тегеране.
""",
    footer="© 2025 Международник. Все права защищены. При цитировании ссылка обязательна.",
)

TR_PAGE = Page(
    url="https://dis-politika-gundem.example/haber/fidan-bayramov-ankara-gorusme",
    fetched="2025-09-18T06:40:51Z",
    charset="windows-1254",
    lang="tr",
    site="Dış Politika Gündem",
    title="Fidan, Azerbaycan Dışişleri Bakanı Bayramov’u Ankara’da ağırladı",
    author="Mehmet Karaca",
    published="2025-09-18T08:30:00+03:00",
    nav=("Ana Sayfa", "Gündem", "Dünya", "Ekonomi", "Yazarlar", "Abone Ol"),
    body="""
Dışişleri Bakanı Hakan Fidan, Azerbaycan Dışişleri Bakanı Ceyhun Bayramov ile dün Ankara'da bir
araya geldi. Görüşmede Azerbaycan ile Ermenistan arasındaki barış süreci, bölgesel ulaştırma
projeleri ve enerji işbirliği ele alındı.

Fidan, iki ülke arasında ağustosta Washington'da parafe edilen barış anlaşmasını memnuniyetle
karşıladığını belirtti. "Azerbaycan ile Ermenistan arasında kalıcı barışın tesisi, tüm Güney
Kafkasya'ya istikrar ve refah getirecektir," dedi Fidan ortak basın toplantısında.

Bakan Fidan, Türkiye'nin Ermenistan ile normalleşme sürecini barış anlaşmasının imzalanmasının
ardından hızlandırmaya hazır olduğunu da söyledi.

Bayramov ise Türkiye'nin desteği için teşekkür etti. "Kardeş Türkiye her zaman Azerbaycan'ın
yanında oldu. Bu dayanışmayı asla unutmayacağız," diye konuştu.

İki bakan, Nahçıvan üzerinden geçecek demir yolu hattının inşasını hızlandırmak ve enerji
alanındaki ortak projeleri genişletmek konusunda anlaştı.

Dışişleri Bakan Yardımcısı Kerem Aydınlı ise ekim ayında Gebele'de düzenlenecek Türk Devletleri
Teşkilatı zirvesinin hazırlıklarının da görüşüldüğünü aktardı. "Zirvede ulaştırma ve dijital
bağlantı konularında somut kararlar bekliyoruz," dedi.
""",
    footer="© 2025 Dış Politika Gündem. Tüm hakları saklıdır.",
)

ROBOTS_URL = "https://mezhdunarodnik.example/robots.txt"
ROBOTS_TXT = b"User-agent: *\nDisallow: /admin/\nSitemap: https://mezhdunarodnik.example/sitemap.xml\n"


def record_id(*parts: str) -> str:
    """A stable WARC-Record-ID derived from what the record is."""
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, '|'.join(parts))}>"


def render(page: Page) -> str:
    """A full article page: navigation, header, article, share links, related links, footer."""
    esc = html.escape
    paragraphs = [" ".join(block.split()) for block in page.body.strip().split("\n\n")]
    nav = "\n".join(f'      <li><a href="/{i}">{esc(item)}</a></li>' for i, item in enumerate(page.nav))
    body = "\n".join(f"    <p>{esc(p, quote=False)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="{page.lang}">
<head>
<meta charset="{page.charset}">
<title>{esc(page.title)} | {esc(page.site)}</title>
<meta name="author" content="{esc(page.author)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{esc(page.site)}">
<meta property="og:url" content="{page.url}">
<meta property="article:published_time" content="{page.published}">
<link rel="canonical" href="{page.url}">
</head>
<body>
<header>
  <div class="logo"><a href="/">{esc(page.site)}</a></div>
  <nav>
    <ul>
{nav}
    </ul>
  </nav>
</header>
<main>
  <article>
    <h1>{esc(page.title)}</h1>
    <p class="byline">{esc(page.author)} · <time datetime="{page.published}">{page.published[:10]}</time></p>
{body}
    <div class="share"><a href="#">Telegram</a> <a href="#">VK</a> <a href="#">X</a></div>
  </article>
</main>
<footer>
  <p>{esc(page.footer)}</p>
</footer>
</body>
</html>
"""


def write_page(writer: WARCWriter, page: Page) -> None:
    """The HTTP request and the HTML response for one page."""
    host = page.url.split("/")[2]
    path = "/" + page.url.split("/", 3)[3]
    request_headers = StatusAndHeaders(
        f"GET {path} HTTP/1.1",
        [("Host", host), ("User-Agent", CRAWLER), ("Accept", "text/html")],
        is_http_request=True,
    )
    payload = render(page).encode(page.charset)
    response_headers = StatusAndHeaders(
        "200 OK",
        [("Content-Type", f"text/html; charset={page.charset}"), ("Content-Length", str(len(payload)))],
        protocol="HTTP/1.1",
    )
    response_id = record_id(page.url, "response")
    response = writer.create_warc_record(
        page.url,
        "response",
        payload=BytesIO(payload),
        length=len(payload),
        http_headers=response_headers,
        warc_headers_dict={"WARC-Record-ID": response_id, "WARC-Date": page.fetched},
    )
    request = writer.create_warc_record(
        page.url,
        "request",
        http_headers=request_headers,
        warc_headers_dict={
            "WARC-Record-ID": record_id(page.url, "request"),
            "WARC-Date": page.fetched,
            "WARC-Concurrent-To": response_id,
        },
    )
    writer.write_record(request)
    writer.write_record(response)


def build(output: Path = OUTPUT) -> Path:
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        info = b"software: warcio\r\nformat: WARC File Format 1.0\r\nrobots: obey\r\n"
        writer.write_record(
            writer.create_warc_record(
                "",
                "warcinfo",
                payload=BytesIO(info),
                length=len(info),
                warc_content_type="application/warc-fields",
                warc_headers_dict={
                    "WARC-Record-ID": record_id(output.name, "warcinfo"),
                    "WARC-Date": "2025-12-10T09:14:00Z",
                    "WARC-Filename": output.name,
                },
            )
        )
        robots_headers = StatusAndHeaders(
            "200 OK",
            [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(ROBOTS_TXT)))],
            protocol="HTTP/1.1",
        )
        writer.write_record(
            writer.create_warc_record(
                ROBOTS_URL,
                "response",
                payload=BytesIO(ROBOTS_TXT),
                length=len(ROBOTS_TXT),
                http_headers=robots_headers,
                warc_headers_dict={
                    "WARC-Record-ID": record_id(ROBOTS_URL, "response"),
                    "WARC-Date": "2025-12-10T09:14:01Z",
                },
            )
        )
        write_page(writer, RU_PAGE)
        write_page(writer, TR_PAGE)
    return output


if __name__ == "__main__":
    print(build())
