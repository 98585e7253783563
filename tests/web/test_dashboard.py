"""The dashboard in a real Chromium (Debian's, driven by Playwright): filter, open, follow, escape."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from dragoman.api import create_app
from dragoman.ingest import Ingester
from dragoman.settings import DEFAULT_SETTINGS
from dragoman.store import Store
from tests.conftest import EXAMPLES, REPO
from tests.serving import serving

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = REPO / "bench-out" / "screenshots"
EXTRA = ("Le président kazakh Kassym-Jomart Tokaïev a reçu à Astana le ministre russe des Affaires "
         "étrangères Sergueï Lavrov le 20 mai 2024. <script>window.__pwned = true</script> "
         "« Nous soutenons le partenariat stratégique avec la Russie », a déclaré Tokaïev.")

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("web")
    (folder / "extra.txt").write_text(EXTRA, encoding="utf-8")
    database = folder / "web.db"
    paths = [str(folder / "extra.txt")] + ([str(EXAMPLES)] if EXAMPLES.is_dir() else [])
    with Store.open(database) as store:
        Ingester(store, DEFAULT_SETTINGS).run(paths)
    with serving(create_app(database, DEFAULT_SETTINGS.with_(event_sources_detail=1))) as url:
        yield url


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        )
        tab = browser.new_page(viewport={"width": 1280, "height": 900})
        yield tab
        browser.close()


def test_overview(page: object, server: str) -> None:
    page.goto(server + "/")
    page.wait_for_selector("[data-stat=articles]")
    assert int(page.inner_text("[data-stat=articles] .n")) >= 1
    page.screenshot(path=str(SCREENSHOTS / "overview.png"), full_page=True)


def test_filter_by_actor_open_event_and_follow_to_article(page: object, server: str) -> None:
    page.goto(server + "/#/events")
    page.wait_for_selector("form.filters")
    page.fill("input[name=actor]", "KAZ")
    page.click("form.filters button")
    page.wait_for_function("location.hash.includes('actor=KAZ')")
    page.wait_for_selector("tr.clickable")
    page.screenshot(path=str(SCREENSHOTS / "events.png"), full_page=True)
    page.click("tr.clickable >> nth=0")
    page.wait_for_selector(".evidence .sentence")
    assert page.inner_text(".evidence .sentence").strip()
    assert page.locator("mark.cue").count() >= 1
    page.screenshot(path=str(SCREENSHOTS / "event.png"), full_page=True)
    page.click(".evidence a.article-link >> nth=0")
    page.wait_for_selector(".reader")
    assert "#/article/" in page.url
    page.screenshot(path=str(SCREENSHOTS / "article.png"), full_page=True)


def test_article_text_is_escaped(page: object, server: str) -> None:
    page.goto(server + "/#/articles?search=pwned")
    page.wait_for_selector("tr.clickable")
    page.click("tr.clickable >> nth=0")
    page.wait_for_selector(".reader")
    assert "<script>" in page.inner_text(".reader")
    assert page.evaluate("window.__pwned === undefined")


def test_views_have_state_in_their_url(page: object, server: str) -> None:
    for view, selector in (("timeline", "h1"), ("network", "h1"), ("quotes?speaker=Tokayev", "table"),
                           ("actors?q=Kasachstan", "table"), ("actor/KAZ", "h1")):
        page.goto(f"{server}/#/{view}")
        page.wait_for_selector(selector)
        name = view.split("?")[0].replace("/", "-")
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
    page.goto(f"{server}/#/actors?q=Kasachstan")
    page.wait_for_selector("tr.clickable")
    assert "KAZ" in page.inner_text("table")


def test_evidence_loads_further_sources_on_request(page: object, server: str) -> None:
    import httpx

    events = httpx.get(f"{server}/api/events", params={"limit": 1000, "sort": "articles"}).json()["items"]
    event = next(e for e in events if e["sources_total"] > 1)
    page.goto(f"{server}/#/event/{event['id']}")
    page.wait_for_selector(".evidence .sentence")
    assert page.locator(".evidence").count() == 1  # the server shows one source (event_sources_detail)
    page.click("#more-sources")
    page.locator(".evidence").nth(event["sources_total"] - 1).wait_for()
    assert page.locator("#more-sources").is_hidden()


def test_pages_and_docs_run_under_the_content_security_policy(page: object, server: str) -> None:
    violations: list[str] = []
    page.on("console", lambda message: violations.append(message.text)
            if "Content Security Policy" in message.text else None)
    page.goto(f"{server}/#/timeline")
    page.wait_for_selector("#timeline-chart")
    page.goto(f"{server}/docs")
    page.wait_for_selector(".swagger-ui .info .title")
    assert "dragoman" in page.inner_text(".swagger-ui .info .title")
    page.goto(f"{server}/redoc")
    page.wait_for_selector("h1")
    assert "dragoman" in page.inner_text("h1")
    # Redoc's footer asks for its maker's logo from a CDN: blocked, as any outside load must be.
    assert [v for v in violations if "https://" not in v] == []
