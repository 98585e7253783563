"""dragoman's one JSON error shape, for every error the API answers (never a bare 500 page)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from dragoman.errors import DragomanError, StoreError

log = logging.getLogger("dragoman.api")


class ApiError(HTTPException):
    """An error answered in dragoman's JSON error shape."""


class ErrorDetail(BaseModel):
    """What went wrong: the HTTP status, one line for people, and per-parameter details."""

    status: int
    message: str
    detail: list[dict[str, Any]] | None = None


class ErrorBody(BaseModel):
    """The body of every error response."""

    error: ErrorDetail


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text}
    for code, text in ((404, "Not found"), (422, "Invalid parameter"))
}


def error_response(status: int, message: str, detail: list[dict[str, Any]] | None = None,
                   headers: Mapping[str, str] | None = None) -> JSONResponse:
    body = {"error": {"status": status, "message": message, "detail": detail}}
    return JSONResponse(body, status_code=status, headers=headers)


def validation_message(errors: list[dict[str, Any]]) -> str:
    """'date_from: '2024-13-01' is not a date ...' for the first bad parameter."""
    first = errors[0]
    where = first["loc"][-1] if first["loc"] else "request"
    return f"{where}: {first['msg'].removeprefix('Value error, ')}"


def install_error_handlers(app: FastAPI) -> None:
    """HTTP errors, invalid parameters, dragoman's own errors and bugs: all in the one shape."""

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        message = str(exc.detail)
        if exc.status_code in (404, 405) and not isinstance(exc, ApiError):  # no such route or method
            message = f"{message.lower()}: {request.method} {request.url.path} (the API is at /docs)"
        return error_response(exc.status_code, message, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"loc": [str(p) for p in e.get("loc", [])], "msg": str(e.get("msg"))}
                  for e in exc.errors()]
        return error_response(422, validation_message(errors), errors)

    @app.exception_handler(DragomanError)
    async def dragoman_error(_request: Request, exc: DragomanError) -> JSONResponse:
        return error_response(503 if isinstance(exc, StoreError) else 400, str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path, exc_info=exc)
        return error_response(500, "internal error (logged by the server)")
