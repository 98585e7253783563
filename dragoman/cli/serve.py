"""`dragoman serve`: the REST API and the web dashboard on this machine."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from dragoman.cli.actors import ActorsFileOption, checked_actors_file
from dragoman.cli.common import console, db_target, open_store
from dragoman.settings import DEFAULT_SETTINGS


def serve_command(
    db: str | None = typer.Option(None, "--db", help="Database to serve: a file or a postgresql:// URL "
                                  "(default: $DRAGOMAN_DB or ./dragoman.db)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(8765, "--port", min=1, max=65535, help="Port to listen on."),
    workers: int = typer.Option(DEFAULT_SETTINGS.serve_workers, "--workers", min=1, max=64,
                                help="Server processes (each answers requests; 2 suit 2 cores)."),
    token: str | None = typer.Option(None, "--token", envvar="DRAGOMAN_API_TOKEN",
                                      help="Enable POST /api/ingest for requests bearing this token."),
    actors: Path | None = ActorsFileOption,
) -> None:
    """Serve the dashboard at http://HOST:PORT/ and the API at /api (docs at /docs).

    Example: dragoman serve --db examples.db --port 8765 --workers 2
    """
    import uvicorn

    path = db_target(db)
    open_store(str(path), readonly=True).close()  # a missing or foreign file: one line, before binding
    actors_file = checked_actors_file(actors)
    console.print(f"dragoman dashboard: http://{host}:{port}/  (API docs: /docs)")
    # The worker processes build their app from the environment (uvicorn imports it by name).
    os.environ["DRAGOMAN_DB"] = str(path)
    if token:
        os.environ["DRAGOMAN_API_TOKEN"] = token
    if actors_file:
        os.environ["DRAGOMAN_ACTORS"] = str(actors_file)
    uvicorn.run("dragoman.api.app:app_from_environment", factory=True, host=host, port=port,
                workers=workers, log_level="warning", access_log=False)
