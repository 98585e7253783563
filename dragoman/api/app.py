"""The FastAPI application: read-only JSON over the database, one error shape, optional ingest."""

from __future__ import annotations

import hmac
import tempfile
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Header, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from dragoman import __version__
from dragoman.actors.kb import knowledge_base
from dragoman.api import stats
from dragoman.api.articles import article_view
from dragoman.errors import DragomanError, StoreError
from dragoman.settings import DEFAULT_SETTINGS, Settings
from dragoman.store import Store
from dragoman.store.queries import (
    EventFilter,
    count_events,
    get_event,
    list_events,
    list_quotes,
    mention_counts,
)


class ApiError(HTTPException):
    """An error answered in dragoman's JSON error shape."""


def create_app(db: Path, settings: Settings = DEFAULT_SETTINGS, token: str | None = None) -> FastAPI:
    """The API (under /api) and the dashboard (at /) for one database file."""
    app = FastAPI(title="dragoman", version=__version__,
                  description="Diplomatic events, quotes and actors extracted from multilingual news.")
    app.state.db = Path(db)
    app.state.settings = settings
    app.state.token = token
    _install_error_handlers(app)
    _add_routes(app)
    from dragoman.api.dashboard import mount_dashboard

    mount_dashboard(app)
    return app


def _install_error_handlers(app: FastAPI) -> None:
    def shape(status: int, message: str, detail: Any = None) -> JSONResponse:
        return JSONResponse({"error": {"status": status, "message": message, "detail": detail}},
                            status_code=status)

    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, exc: HTTPException) -> JSONResponse:
        return shape(exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return shape(422, "invalid request parameters", jsonable_errors(exc.errors()))

    @app.exception_handler(DragomanError)
    async def dragoman_error(_request: Request, exc: DragomanError) -> JSONResponse:
        return shape(503 if isinstance(exc, StoreError) else 400, str(exc))


def jsonable_errors(errors: Any) -> list[dict[str, Any]]:
    return [{"loc": list(e.get("loc", [])), "msg": e.get("msg")} for e in errors]


def connection(request: Request) -> Iterator[Any]:
    store = Store.open(request.app.state.db, readonly=True)
    try:
        yield store.connection
    finally:
        store.close()


def _add_routes(app: FastAPI) -> None:
    db = Depends(connection)

    @app.get("/api/stats")
    def get_stats(conn: Any = db) -> dict[str, Any]:
        """Corpus overview: articles, languages, events, quotes, top dyads."""
        return stats.corpus_stats(conn)

    @app.get("/api/events")
    def events(
        conn: Any = db, actor: str | None = None, recipient: str | None = None,
        dyad: str | None = None, type: str | None = None, quad: int | None = Query(None, ge=1, le=4),
        context: str | None = None, date_from: str | None = None, date_to: str | None = None,
        language: str | None = None, source: str | None = None, include_negated: bool = False,
        limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0),
        sort: str = Query("date", pattern="^-?(date|sources|articles)$"),
    ) -> dict[str, Any]:
        """Events merged across articles, filtered, paginated and sorted."""
        query = EventFilter(actor, recipient, dyad, type, quad, date_from, date_to, language, context,
                            source, include_negated, limit, offset, sort)
        return {"total": count_events(conn, query), "limit": limit, "offset": offset,
                "items": list_events(conn, query)}

    @app.get("/api/events/{event_id}")
    def event(event_id: str, conn: Any = db) -> dict[str, Any]:
        """One event with all its sources and evidence sentences."""
        found = get_event(conn, event_id)
        if found is None:
            raise ApiError(404, f"no event {event_id}")
        return found

    @app.get("/api/timeline")
    def get_timeline(conn: Any = db, actor: str | None = None) -> list[dict[str, Any]]:
        """Events per week and quad class."""
        return stats.timeline(conn, actor)

    @app.get("/api/network")
    def get_network(conn: Any = db, limit: int = Query(60, ge=1, le=500)) -> dict[str, Any]:
        """Actor network: edges weighted by events, split into cooperation and conflict."""
        return stats.network(conn, limit)

    @app.get("/api/actors")
    def actors(q: str = Query("", description="A name in any language, or a code"),
               limit: int = Query(20, ge=1, le=200)) -> list[dict[str, Any]]:
        """Search states, organisations, regions and people by any name."""
        kb = knowledge_base(app.state.settings)
        found = kb.search(q, limit) if q else []
        return [{"key": e.key, "code": e.code_on(None), "type": e.type, "name": e.name} for e in found]

    @app.get("/api/actors/{code_or_name}")
    def actor(code_or_name: str, conn: Any = db) -> dict[str, Any]:
        """One actor: names by language, roles, events over time, counterparts, quotes."""
        kb = knowledge_base(app.state.settings)
        found = kb.search(code_or_name, 1)
        if not found:
            raise ApiError(404, f"no actor matches {code_or_name!r}")
        entity = found[0]
        code = entity.code_on(None)
        names: dict[str, list[str]] = {}
        for name in kb.names_of(entity.key):
            names.setdefault(name.lang or "*", []).append(name.text)
        return {
            "key": entity.key, "code": code, "type": entity.type, "name": entity.name,
            "wikidata_id": entity.wikidata_id, "names": {k: sorted(set(v)) for k, v in names.items()},
            "offices": [asdict(o) for o in entity.offices],
            "mentions": mention_counts(conn, entity.key, entity.code),
            "timeline": stats.timeline(conn, code) if code else [],
            "counterparts": stats.counterparts(conn, code) if code and entity.type != "PERSON" else [],
            "quotes": list_quotes(conn, speaker=entity.key if entity.type == "PERSON" else code, limit=20),
        }

    @app.get("/api/quotes")
    def quotes(conn: Any = db, speaker: str | None = None, q: str | None = None,
               language: str | None = None, limit: int = Query(50, ge=1, le=1000),
               offset: int = Query(0, ge=0)) -> list[dict[str, Any]]:
        """Direct quotations by speaker, words and language."""
        return list_quotes(conn, speaker, q, language, limit, offset)

    @app.get("/api/articles")
    def articles(request: Request, search: str | None = None, lang: str | None = None,
                 limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0)) -> list[dict[str, Any]]:
        """Stored articles, newest first, or full-text searched."""
        with Store.open(request.app.state.db, readonly=True) as store:
            return store.list_articles(search, lang, limit, offset)

    @app.get("/api/articles/{article_id}")
    def article(article_id: str, request: Request) -> dict[str, Any]:
        """Cleaned text with spans of mentions, quotes, dates and event cues."""
        with Store.open(request.app.state.db, readonly=True) as store:
            document = store.get_document(article_id)
            if document is None:
                raise ApiError(404, f"no article {article_id}")
            merged = dict(store.connection.execute(
                "SELECT occurrence_id, event_id FROM event_sources WHERE article_id = ?", (document.id,)
            ).fetchall())
            for event in document.events:
                event["merged_id"] = merged.get(event["id"], event["id"])
            return article_view(document, store.article_sources(document.id))

    @app.get("/api/search")
    def search(request: Request, q: str = Query(..., min_length=1),
               limit: int = Query(20, ge=1, le=200)) -> list[dict[str, Any]]:
        """Full-text search over cleaned article text (FTS5)."""
        with Store.open(request.app.state.db, readonly=True) as store:
            return store.list_articles(q, None, limit, 0)

    @app.post("/api/ingest")
    async def ingest(request: Request, file: UploadFile,
                     authorization: str | None = Header(None)) -> dict[str, Any]:
        """Ingest an uploaded file (needs `Authorization: Bearer <token>`; off without a token)."""
        expected = request.app.state.token
        if not expected:
            raise ApiError(403, "ingest is disabled: start the server with --token")
        if not authorization or not hmac.compare_digest(authorization, f"Bearer {expected}"):
            raise ApiError(401, "missing or wrong bearer token")
        return await _ingest_upload(request, file)


async def _ingest_upload(request: Request, file: UploadFile) -> dict[str, Any]:
    from dragoman.ingest import Ingester

    data = await file.read()
    suffix = Path(file.filename or "upload").suffix
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{Path(file.filename or 'upload').stem}{suffix}"
        path.write_bytes(data)
        with Store.open(request.app.state.db) as store:
            report = Ingester(store, request.app.state.settings).run([str(path)])
    return report.as_dict()
