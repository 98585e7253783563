"""The dashboard in a real Chromium (Debian's, driven by Playwright): filter, open, follow, escape."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from dragoman.api import create_app
from dragoman.ingest import Ingester
from dragoman.settings import DEFAULT_SETTINGS
from dragoman.store import Store
from tests.conftest import EXAMPLES, REPO

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = REPO / "bench-out" / "screenshots"
EXTRA = ("Le président kazakh Kassym-Jomart Tokaïev a reçu à Astana le ministre russe des Affaires "
         "étrangères Sergueï Lavrov le 20 mai 2024. <script>window.__pwned = true</script> "
         "« Nous soutenons le partenariat stratégique avec la Russie », a déclaré Tokaïev.")

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("web")
    (folder / "extra.txt").write_text(EXTRA, encoding="utf-8")
    database = folder / "web.db"
    paths = [str(folder / "extra.txt")] + ([str(EXAMPLES)] if EXAMPLES.is_dir() else [])
    with Store.open(database) as store:
        Ingester(store, DEFAULT_SETTINGS).run(paths)
    port = _free_port()
    config = uvicorn.Config(create_app(database), host="127.0.0.1", port=port, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not uv.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=10)


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
