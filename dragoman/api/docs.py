"""API docs served from this machine (Swagger UI and Redoc from the fastapi-offline package, no
CDN: users may be offline), and the security headers sent with every response."""

from __future__ import annotations

from importlib import resources

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

ASSETS = "/docs-assets"
_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><link rel="icon" href="{assets}/favicon.png">{head}</head>
<body>{body}</body></html>"""


def mount_docs(app: FastAPI) -> None:
    """/docs (Swagger UI) and /redoc, their scripts and styles under /docs-assets."""
    folder = resources.files("fastapi_offline") / "static"
    app.mount(ASSETS, StaticFiles(directory=str(folder)), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        return HTMLResponse(_PAGE.format(
            title=f"{app.title} API", assets=ASSETS,
            head=f'<link rel="stylesheet" href="{ASSETS}/swagger-ui.css">',
            body=f'<div id="swagger-ui"></div><script src="{ASSETS}/swagger-ui-bundle.js"></script>'
                 '<script src="/static/swagger-init.js"></script>'))

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return HTMLResponse(_PAGE.format(
            title=f"{app.title} API", assets=ASSETS, head="",
            body=f'<redoc spec-url="/openapi.json"></redoc><script src="{ASSETS}/redoc.standalone.js">'
                 '</script>'))


class SecurityHeaders:
    """Adds Content-Security-Policy, nosniff, Referrer-Policy and X-Frame-Options to every response
    (a plain ASGI middleware: cheaper than BaseHTTPMiddleware on every request)."""

    def __init__(self, app: ASGIApp, policy: str) -> None:
        self.app = app
        self.headers = [
            (b"content-security-policy", policy.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"x-frame-options", b"DENY"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *self.headers]
            await send(message)

        await self.app(scope, receive, send_with_headers)
