"""Events merged across articles: lists with a few sources each, one event, all its sources."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from dragoman.api.errors import ERROR_RESPONSES, ApiError
from dragoman.api.models import Event, EventPage, SourcePage
from dragoman.api.params import Code, Dyad, EventId, EventType, IsoDate, Language, Offset, Text, limit_query
from dragoman.api.routes import read_pool
from dragoman.store.pool import ReadPool
from dragoman.store.queries import EventFilter, count_events, event_sources, get_event, list_events

router = APIRouter(tags=["events"], responses=ERROR_RESPONSES)
Pool = Annotated[ReadPool, Depends(read_pool)]


@router.get("/events", response_model=EventPage)
async def events(
    request: Request, pool: Pool, actor: Code = None, recipient: Code = None, dyad: Dyad = None,
    type: EventType = None,
    quad: Annotated[int | None, Query(ge=1, le=4, description="PLOVER quad class 1–4.")] = None,
    context: Text = None, date_from: IsoDate = None, date_to: IsoDate = None,
    language: Language = None, source: Text = None, include_negated: bool = False,
    limit: int = limit_query(50), offset: Offset = 0,
    sort: Annotated[str, Query(pattern="^-?(date|sources|articles)$")] = "date",
) -> dict[str, object]:
    """Events merged across articles, filtered, paginated and sorted; each with its first sources
    and `sources_total` (the rest from /api/events/{id}/sources)."""
    query = EventFilter(actor, recipient, dyad, type, quad, date_from, date_to, language, context,
                        source, include_negated, limit, offset, sort,
                        sources_limit=request.app.state.settings.event_sources_preview)
    total = pool.cached(f"count:{replace(query, limit=0, offset=0)}", lambda c: count_events(c, query))
    return {"total": total, "limit": limit, "offset": offset, "items": list_events(pool.connection(), query)}


@router.get("/events/{event_id}", response_model=Event)
def event(event_id: EventId, request: Request, pool: Pool) -> dict[str, object]:
    """One event with its first sources and their evidence sentences."""
    found = get_event(pool.connection(), event_id, request.app.state.settings.event_sources_detail)
    if found is None:
        raise ApiError(404, f"no event {event_id}")
    return found


@router.get("/events/{event_id}/sources", response_model=SourcePage)
async def sources(event_id: EventId, pool: Pool, limit: int = limit_query(50),
            offset: Offset = 0) -> dict[str, object]:
    """One page of an event's sources (article, site, language, evidence sentence)."""
    found = event_sources(pool.connection(), event_id, limit, offset)
    if found is None:
        raise ApiError(404, f"no event {event_id}")
    total, items = found
    return {"total": total, "limit": limit, "offset": offset, "items": items}
