"""Request parameters of the API, each checked so that a bad value gets a 422 saying what is wrong."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Path, Query, Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from pydantic import AfterValidator

from dragoman.api.errors import ApiError
from dragoman.checks import iso_date, language_code, plain_text, plover_type
from dragoman.settings import DEFAULT_SETTINGS


def limit_query(default: int, most: int = DEFAULT_SETTINGS.api_max_limit) -> Any:
    return Query(default, ge=1, le=most, description=f"How many items (1–{most}).")


Text = Annotated[str | None, Query(max_length=200), AfterValidator(plain_text)]
Code = Annotated[str | None, Query(max_length=32, pattern=r"^[A-Za-z0-9_.-]+$",
                                   description="An actor code: KAZ, EU, UN...")]
Dyad = Annotated[str | None, Query(pattern=r"^[A-Za-z0-9_.]+[:-][A-Za-z0-9_.]+$",
                                   description="Two actor codes A:B, either direction.")]
Language = Annotated[str | None, Query(max_length=3, description="ISO 639 code: fr, de..."),
                     AfterValidator(language_code)]
IsoDate = Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD, YYYY-MM or YYYY."),
                    AfterValidator(iso_date)]
EventType = Annotated[str | None, Query(max_length=30, description="PLOVER type: CONSULT, SUPPORT..."),
                      AfterValidator(plover_type)]
Offset = Annotated[int, Query(ge=0, le=DEFAULT_SETTINGS.api_max_offset, description="Items to skip.")]
EventId = Annotated[str, Path(pattern=r"^[0-9a-f]{16}$", description="16 hexadecimal digits.")]
ArticleId = Annotated[str, Path(pattern=r"^[0-9a-f]{4,16}$",
                                description="16 hexadecimal digits, or a unique prefix of at least 4.")]
Name = Annotated[str, Path(min_length=1, max_length=200), AfterValidator(plain_text)]

_KNOWN: dict[int, frozenset[str]] = {}


def _query_names(dependant: Dependant) -> set[str]:
    names = {param.alias for param in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


async def known_parameters(request: Request) -> None:
    """A misspelt parameter (`limt=5`) is an error, not silently ignored."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    known = _KNOWN.get(id(route))
    if known is None:
        known = _KNOWN.setdefault(id(route), frozenset(_query_names(route.dependant)))
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        takes = ", ".join(sorted(known)) or "none"
        raise ApiError(422, f"unknown parameter {unknown[0]!r} (this endpoint takes: {takes})")
