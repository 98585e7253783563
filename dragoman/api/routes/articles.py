"""Articles and quotes: lists, full-text search, and the reader view of one article."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from pydantic import AfterValidator

from dragoman.api.articles import article_view
from dragoman.api.errors import ERROR_RESPONSES, ApiError
from dragoman.api.models import Article, ArticleSummary, Quote
from dragoman.api.params import ArticleId, Language, Offset, Text, limit_query
from dragoman.api.routes import read_pool
from dragoman.checks import plain_text
from dragoman.store.pool import ReadPool
from dragoman.store.queries import list_quotes

router = APIRouter(tags=["articles"], responses=ERROR_RESPONSES)
Pool = Annotated[ReadPool, Depends(read_pool)]
SearchText = Annotated[str, Query(min_length=1, max_length=200, description="Words to find (FTS5)."),
                       AfterValidator(plain_text)]


@router.get("/articles", response_model=list[ArticleSummary])
async def articles(pool: Pool, search: Text = None, lang: Language = None, limit: int = limit_query(50, 500),
             offset: Offset = 0) -> list[dict[str, Any]]:
    """Stored articles, newest first, or full-text searched."""
    return pool.store().list_articles(search, lang, limit, offset)


@router.get("/articles/{article_id}", response_model=Article)
def article(article_id: ArticleId, pool: Pool) -> dict[str, Any]:
    """Cleaned text with spans of mentions, quotes, dates and event cues."""
    store = pool.store()
    document = store.get_document(article_id)
    if document is None:
        raise ApiError(404, f"no article {article_id}")
    merged = dict(store.connection.execute(
        "SELECT occurrence_id, event_id FROM event_sources WHERE article_id = ?", (document.id,)
    ).fetchall())
    return article_view(document, store.article_sources(document.id), merged)


@router.get("/search", response_model=list[ArticleSummary])
async def search(pool: Pool, q: SearchText, limit: int = limit_query(20, 200)) -> list[dict[str, Any]]:
    """Full-text search over cleaned article text (FTS5), best matches first."""
    return pool.store().list_articles(q, None, limit, 0)


@router.get("/quotes", response_model=list[Quote], tags=["quotes"])
async def quotes(pool: Pool, speaker: Text = None, q: Text = None, language: Language = None,
           limit: int = limit_query(50), offset: Offset = 0) -> list[dict[str, Any]]:
    """Direct quotations by speaker, words and language."""
    return list_quotes(pool.connection(), speaker, q, language, limit, offset)
