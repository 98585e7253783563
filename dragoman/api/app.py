"""The FastAPI application: read-only JSON over the database, one error shape, ingest as jobs."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import APIRouter, Depends, FastAPI

from dragoman import __version__
from dragoman.api.docs import SecurityHeaders, mount_docs
from dragoman.api.errors import install_error_handlers
from dragoman.api.jobs import JobQueue
from dragoman.api.params import known_parameters
from dragoman.api.routes import actors, articles, events, ingest, stats
from dragoman.settings import DEFAULT_SETTINGS, Settings
from dragoman.store.dialect import Target, as_target
from dragoman.store.pool import ReadPool


def create_app(db: Target, settings: Settings = DEFAULT_SETTINGS, token: str | None = None) -> FastAPI:
    """The API (under /api), its docs (/docs, /redoc) and the dashboard (at /) for one database."""
    pool = ReadPool(db, settings.pg_read_connections)  # a missing or foreign database stops here
    jobs = JobQueue(db, settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        jobs.close()
        pool.close()

    app = FastAPI(title="dragoman", version=__version__, lifespan=lifespan, docs_url=None,
                  redoc_url=None,
                  description="Diplomatic events, quotes and actors extracted from multilingual news.")
    app.state.db, app.state.settings, app.state.token = db, settings, token
    app.state.pool, app.state.jobs = pool, jobs
    install_error_handlers(app)
    api = APIRouter(prefix="/api", dependencies=[Depends(known_parameters)])
    for module in (stats, events, articles, actors, ingest):
        api.include_router(module.router)
    app.include_router(api)
    mount_docs(app)
    from dragoman.api.dashboard import mount_dashboard

    mount_dashboard(app)
    app.add_middleware(SecurityHeaders, policy=settings.content_security_policy)
    return app


def app_from_environment() -> FastAPI:
    """The app for `uvicorn --factory` (one per worker process of `dragoman serve --workers N`)."""
    settings = DEFAULT_SETTINGS
    actors_file = os.environ.get("DRAGOMAN_ACTORS")
    if actors_file:
        settings = settings.with_(actors_file=Path(actors_file))
    db = as_target(os.environ.get("DRAGOMAN_DB", str(settings.db_path)))
    return create_app(db, settings, token=os.environ.get("DRAGOMAN_API_TOKEN") or None)
