"""Uploads: POST /api/ingest answers at once with a job; GET /api/jobs/{id} tells how it went."""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Path, Request

from dragoman.api.errors import ERROR_RESPONSES, ApiError, ErrorBody
from dragoman.api.jobs import JobQueue
from dragoman.api.models import Job
from dragoman.api.params import Text

UPLOAD_BODY = {
    "requestBody": {
        "description": "The file as multipart field `file`, or as the raw body (name it with ?filename=).",
        "content": {
            "multipart/form-data": {"schema": {"type": "object", "required": ["file"], "properties": {
                "file": {"type": "string", "format": "binary"}}}},
            "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
        },
    }
}


async def bearer_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """Ingest is off without --token, and needs `Authorization: Bearer <token>` with it."""
    expected = request.app.state.token
    if not expected:
        raise ApiError(403, "ingest is disabled: start the server with --token")
    if not authorization or not hmac.compare_digest(authorization, f"Bearer {expected}"):
        raise ApiError(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})


router = APIRouter(tags=["ingest"], dependencies=[Depends(bearer_token)], responses={
    **ERROR_RESPONSES,
    **{code: {"model": ErrorBody, "description": text} for code, text in (
        (401, "Missing or wrong token"), (403, "Ingest disabled"), (413, "Upload too large"))},
})


def _jobs(request: Request) -> JobQueue:
    queue: JobQueue = request.app.state.jobs
    return queue


@router.post("/ingest", response_model=Job, status_code=202, openapi_extra=UPLOAD_BODY)
async def ingest(request: Request, filename: Text = None) -> dict[str, Any]:
    """Upload a file to ingest (up to Settings.max_upload_bytes, 20 MB by default); it is read in the
    background, so the answer is a job to poll at GET /api/jobs/{id}."""
    return await _jobs(request).receive(request, filename)


@router.get("/jobs/{job_id}", response_model=Job)
def job(request: Request,
        job_id: Annotated[str, Path(pattern=r"^[0-9a-f]{16}$", description="From POST /api/ingest.")],
        ) -> dict[str, Any]:
    """An ingest job's status: queued, running (with counts so far), done (with the report) or failed."""
    found = _jobs(request).status(job_id)
    if found is None:
        raise ApiError(404, f"no job {job_id}")
    return found
