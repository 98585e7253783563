"""Actors: search the knowledge base in any language, and one actor's profile in the corpus."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import AfterValidator

from dragoman.actors.kb import knowledge_base
from dragoman.api import stats
from dragoman.api.errors import ERROR_RESPONSES, ApiError
from dragoman.api.models import Actor, ActorMatch
from dragoman.api.params import Name, limit_query
from dragoman.api.routes import read_pool
from dragoman.checks import plain_text
from dragoman.store.pool import ReadPool
from dragoman.store.queries import list_quotes, mention_counts

router = APIRouter(tags=["actors"], responses=ERROR_RESPONSES)
Pool = Annotated[ReadPool, Depends(read_pool)]
ActorQuery = Annotated[str, Query(max_length=200, description="A name in any language, or a code"),
                       AfterValidator(plain_text)]


@router.get("/actors", response_model=list[ActorMatch])
def actors(request: Request, q: ActorQuery = "", limit: int = limit_query(20, 200)) -> list[dict[str, Any]]:
    """Search states, organisations, regions and people by any name."""
    kb = knowledge_base(request.app.state.settings)
    found = kb.search(q, limit) if q else []
    return [{"key": e.key, "code": e.code_on(None), "type": e.type, "name": e.name} for e in found]


@router.get("/actors/{code_or_name}", response_model=Actor)
def actor(code_or_name: Name, request: Request, pool: Pool) -> dict[str, Any]:
    """One actor: names by language, roles, events over time, counterparts, quotes."""
    kb = knowledge_base(request.app.state.settings)
    found = kb.search(code_or_name, 1)
    if not found:
        raise ApiError(404, f"no actor matches {code_or_name!r}")
    entity = found[0]
    code = entity.code_on(None)
    names: dict[str, list[str]] = {}
    for name in kb.names_of(entity.key):
        names.setdefault(name.lang or "*", []).append(name.text)
    connection = pool.connection()
    return {
        "key": entity.key, "code": code, "type": entity.type, "name": entity.name,
        "wikidata_id": entity.wikidata_id, "names": {k: sorted(set(v)) for k, v in names.items()},
        "offices": [asdict(o) for o in entity.offices],
        "mentions": mention_counts(connection, entity.key, entity.code),
        "timeline": stats.timeline(connection, code) if code else [],
        "counterparts": stats.counterparts(connection, code) if code and entity.type != "PERSON" else [],
        "quotes": list_quotes(connection, speaker=entity.key if entity.type == "PERSON" else code,
                              limit=20),
    }
