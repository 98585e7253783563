"""The API's routers, one per kind of resource; app.py mounts them under /api."""

from __future__ import annotations

from fastapi import Request

from dragoman.store.pool import ReadPool


async def read_pool(request: Request) -> ReadPool:
    """The app's read connections; an endpoint takes its own thread's with pool.connection()."""
    pool: ReadPool = request.app.state.pool
    return pool
