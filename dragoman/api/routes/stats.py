"""Aggregates over the corpus: overview, weekly timeline, actor network (cached between ingests)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from dragoman.api import stats
from dragoman.api.errors import ERROR_RESPONSES
from dragoman.api.models import Network, Stats, Week
from dragoman.api.params import Code, limit_query
from dragoman.api.routes import read_pool
from dragoman.store.pool import ReadPool

router = APIRouter(tags=["overview"], responses=ERROR_RESPONSES)
Pool = Annotated[ReadPool, Depends(read_pool)]


@router.get("/stats", response_model=Stats)
async def get_stats(pool: Pool) -> dict[str, Any]:
    """Corpus overview: articles, languages, events, quotes, top dyads."""
    result: dict[str, Any] = pool.cached("stats", stats.corpus_stats)
    return result


@router.get("/timeline", response_model=list[Week])
async def get_timeline(pool: Pool, actor: Code = None) -> list[dict[str, Any]]:
    """Events per week and quad class, for everyone or one actor."""
    result: list[dict[str, Any]] = pool.cached(f"timeline:{actor}",
                                               lambda c: stats.timeline(c, actor))
    return result


@router.get("/network", response_model=Network)
async def get_network(pool: Pool, limit: int = limit_query(60, 500)) -> dict[str, Any]:
    """Actor network: edges weighted by events, split into cooperation and conflict."""
    result: dict[str, Any] = pool.cached(f"network:{limit}", lambda c: stats.network(c, limit))
    return result
