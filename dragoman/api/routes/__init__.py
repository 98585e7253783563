"""The API's routers, one per kind of resource; app.py mounts them under /api.

The list endpoints are coroutines: their indexed queries take well under a millisecond, less than
the two thread hops FastAPI makes for a plain function (and its GIL hand-overs under load), so they
run on the event loop with the loop thread's own connection; heavier single-item views stay plain."""

from __future__ import annotations

from fastapi import Request

from dragoman.store.pool import ReadPool


async def read_pool(request: Request) -> ReadPool:
    """The app's read connections; an endpoint takes its own thread's with pool.connection()."""
    pool: ReadPool = request.app.state.pool
    return pool
