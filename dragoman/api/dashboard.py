"""The web dashboard: static files served by the API process (no CDN: users may be offline)."""

from __future__ import annotations

from importlib import resources

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles


def mount_dashboard(app: FastAPI) -> None:
    folder = resources.files("dragoman.web") / "static"
    index = folder / "index.html"

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(str(index))

    app.mount("/static", StaticFiles(directory=str(folder)), name="static")
