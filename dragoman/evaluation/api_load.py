"""`dragoman bench api`: N asyncio clients (httpx) hammer a running server's main read endpoints for
T seconds, then again while an upload is being ingested; requests/s, p50, p99 and errors per endpoint."""

from __future__ import annotations

import asyncio
import json
import os
import random
import socket
import ssl
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import AsyncExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from dragoman.errors import ConfigError
from dragoman.evaluation.synthetic import analysed_corpus
from dragoman.settings import DEFAULT_SETTINGS
from dragoman.store.dialect import Target

WORDS = ("Tokayev", "Lavrov", "minister", "ministre", "Präsident", "uranium", "Astana", "sanctions",
         "partenariat", "Минск", "energy", "Brussels")
CODES = ("KAZ", "RUS", "EU", "FRA", "DEU", "UKR", "CHN", "USA", "UZB", "TUR")


def _page(rnd: random.Random) -> str:
    """One of the first 20 pages of 50, as people browse (deeper pages cost more)."""
    return f"limit=50&offset={50 * rnd.randrange(0, 20)}"


def _events(rnd: random.Random) -> str:
    query = _page(rnd)
    return f"/api/events?{query}&actor={rnd.choice(CODES)}" if rnd.random() < 0.3 else f"/api/events?{query}"


# The main read endpoints, each with a generator of varied requests.
ENDPOINTS: dict[str, Callable[[random.Random], str]] = {
    "events": _events,
    "articles": lambda rnd: f"/api/articles?{_page(rnd)}",
    "stats": lambda rnd: "/api/stats",
    "quotes": lambda rnd: f"/api/quotes?{_page(rnd)}",
    "search": lambda rnd: f"/api/search?q={rnd.choice(WORDS)}&limit=20",
}


@dataclass
class Tally:
    """What one endpoint answered during a phase."""

    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    examples: list[str] = field(default_factory=list)  # the first few errors, to say what they were

    def failed(self, what: str) -> None:
        self.errors += 1
        if len(self.examples) < 3:
            self.examples.append(what)

    def row(self, phase: str, name: str, seconds: float) -> list[object]:
        ordered = sorted(self.latencies) or [0.0]

        def quantile(q: float) -> str:
            return f"{1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))]:.1f}"

        done = len(self.latencies) + self.errors
        return [phase, name, done, f"{done / seconds:.0f}", quantile(0.5), quantile(0.99), self.errors]


async def _client(http: httpx.AsyncClient, deadline: float, tallies: dict[str, Tally],
                  rnd: random.Random) -> None:
    names = list(ENDPOINTS)
    while time.perf_counter() < deadline:
        name = rnd.choice(names)
        start = time.perf_counter()
        try:
            response = await http.get(ENDPOINTS[name](rnd))
            await response.aread()
        except httpx.HTTPError as exc:
            tallies[name].failed(f"{type(exc).__name__}: {exc}")
            continue
        if response.status_code == 200:
            tallies[name].latencies.append(time.perf_counter() - start)
        else:
            tallies[name].failed(f"{response.status_code} {response.text[:200]}")


async def _load(base_url: str, clients: int, seconds: float, seed: int) -> dict[str, Tally]:
    tallies = {name: Tally() for name in ENDPOINTS}
    async with AsyncExitStack() as stack:
        # One single-connection client each: a shared pool of N connections costs O(N) per request
        # in httpcore (it checks every connection), several milliseconds of CPU at 16 clients.
        tls = ssl.create_default_context()  # made once: loading the CA file costs ~20 ms per client
        https = [await stack.enter_async_context(_connection(base_url, tls)) for _ in range(clients)]
        deadline = time.perf_counter() + seconds
        await asyncio.gather(*(_client(http, deadline, tallies, random.Random(seed + n))
                               for n, http in enumerate(https)))
    return tallies


def _connection(base_url: str, tls: ssl.SSLContext) -> httpx.AsyncClient:
    """A client that keeps one connection alive (a simulated user's browser tab)."""
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    return httpx.AsyncClient(base_url=base_url, limits=limits, timeout=30, verify=tls)


def run_load(base_url: str, clients: int, seconds: float, seed: int = 1) -> dict[str, Tally]:
    """Every endpoint's latencies and errors under `clients` concurrent clients for `seconds`."""
    return asyncio.run(_load(base_url, clients, seconds, seed))


def error_notes(phase: str, tallies: dict[str, Tally]) -> list[str]:
    """What the errors of a phase were, a few per endpoint."""
    return [f"{phase}, {name}: {example}" for name, tally in tallies.items() for example in tally.examples]


def phase_rows(phase: str, tallies: dict[str, Tally], seconds: float) -> list[list[object]]:
    """One row per endpoint and one for all of them together."""
    rows = [tally.row(phase, name, seconds) for name, tally in tallies.items()]
    together = Tally([t for tally in tallies.values() for t in tally.latencies],
                     sum(tally.errors for tally in tallies.values()))
    return [*rows, together.row(phase, "all", seconds)]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_server(db: Target, workers: int, token: str) -> Iterator[str]:
    """`dragoman serve` in a subprocess on a free port; yields its base URL, stops it after."""
    port = free_port()
    command = [sys.executable, "-m", "dragoman", "serve", "--db", str(db), "--port", str(port),
               "--workers", str(workers)]
    env = {**os.environ, "DRAGOMAN_API_TOKEN": token}
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, server)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _wait_until_up(base: str, server: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            error = server.stderr.read().decode(errors="replace") if server.stderr else ""
            raise ConfigError(f"the server stopped at start: {error.strip()[-500:]}")
        try:
            if httpx.get(f"{base}/api/stats", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise ConfigError(f"the server did not answer at {base} within {seconds:.0f} s")


def upload_file(corpus: Path, articles: int, folder: Path) -> Path:
    """A JSON Lines file of `articles` new articles (sample texts made unique by a number at the end of
    their first paragraph: a last line of its own would be cleaned away as furniture)."""
    documents = analysed_corpus(corpus, DEFAULT_SETTINGS.with_(analyse=False))
    batch = uuid.uuid4().hex[:8]
    path = folder / f"upload-{batch}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for number in range(articles):
            document = documents[number % len(documents)]
            first, _, rest = document.text.partition("\n")
            record = {"id": f"{batch}-{number}", "title": document.source.title, "lang": document.lang,
                      "published": document.published,
                      "text": f"{first} (dossier {batch}-{number})\n{rest}"}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path

