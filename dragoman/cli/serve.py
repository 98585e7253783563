"""`dragoman serve`: the REST API and the web dashboard on this machine."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from dragoman.cli.actors import ActorsFileOption, checked_actors_file
from dragoman.cli.common import console, default_db, fail
from dragoman.settings import DEFAULT_SETTINGS


def serve_command(
    db: Path | None = typer.Option(None, "--db", help="Database to serve (default: ./dragoman.db)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(8765, "--port", help="Port to listen on."),
    token: str | None = typer.Option(None, "--token", envvar="DRAGOMAN_API_TOKEN",
                                      help="Enable POST /api/ingest for requests bearing this token."),
    actors: Path | None = ActorsFileOption,
) -> None:
    """Serve the dashboard at http://HOST:PORT/ and the API at /api (docs at /docs).

    Example: dragoman serve --db examples.db --port 8765
    """
    import uvicorn

    from dragoman.api import create_app

    path = db or default_db()
    if not path.exists():
        fail(f"no database at {path} (run `dragoman ingest` first)")
    console.print(f"dragoman dashboard: http://{host}:{port}/  (API docs: /docs)")
    os.environ.setdefault("DRAGOMAN_DB", str(path))
    settings = DEFAULT_SETTINGS.with_(actors_file=checked_actors_file(actors))
    uvicorn.run(create_app(path, settings, token=token), host=host, port=port, log_level="warning")
