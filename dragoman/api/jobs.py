"""Uploads to POST /api/ingest: streamed to disk under a size limit, then ingested by a worker
process with its own database connection, so that the server keeps answering reads meanwhile."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import re
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request

from dragoman.api.errors import ApiError
from dragoman.errors import DragomanError
from dragoman.settings import Settings

JOB_ID = re.compile(r"[0-9a-f]{16}")
_MULTIPART_SLACK = 64 * 1024  # boundaries and part headers around the file itself
_CHUNK = 1 << 16


def jobs_folder(db: Path, settings: Settings) -> Path:
    """Settings.jobs_dir, or a temporary folder named after the database (shared by workers)."""
    if settings.jobs_dir is not None:
        return settings.jobs_dir
    digest = hashlib.sha1(str(db.resolve()).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"dragoman-jobs-{digest}"


def write_status(folder: Path, **changes: Any) -> dict[str, Any]:
    """Update the job's status file atomically (readers never see half a file)."""
    path = folder / "job.json"
    status = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    status.update(changes, updated=time.time())
    partial = folder / "job.json.part"
    partial.write_text(json.dumps(status, ensure_ascii=False), encoding="utf-8")
    os.replace(partial, path)
    return status


def run_job(folder: str, db: str, settings: Settings) -> None:
    """In the worker process: ingest the uploaded file, recording progress and the outcome."""
    from dragoman.ingest import Ingester
    from dragoman.store import Store

    where = Path(folder)
    upload = where / json.loads((where / "job.json").read_text(encoding="utf-8"))["file"]
    write_status(where, status="running")
    try:
        with Store.open(db) as store:
            ingester = Ingester(store, settings)
            with _progress(where, ingester):
                report = ingester.run([str(upload)])
        write_status(where, status="done", report=_jsonable(report.as_dict()))
    except DragomanError as exc:
        write_status(where, status="failed", error=str(exc))
    except Exception as exc:  # a job boundary: whatever went wrong is reported, the worker lives on
        write_status(where, status="failed", error=f"{type(exc).__name__}: {exc}")
    finally:
        upload.unlink(missing_ok=True)


@contextmanager
def _progress(folder: Path, ingester: Any) -> Iterator[None]:
    """Every second, the counts so far (read, stored, rejected...) into the status file."""
    done = threading.Event()

    def loop() -> None:
        while not done.wait(1.0):
            write_status(folder, progress=_jsonable(ingester.report.as_dict()))

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()


def _jsonable(report: dict[str, Any]) -> dict[str, Any]:
    return json.loads(json.dumps(report, default=str))


class JobQueue:
    """Ingest jobs of one server process, run one at a time in a spawned worker process."""

    def __init__(self, db: Path, settings: Settings) -> None:
        self.db = db
        self.settings = settings
        self.folder = jobs_folder(db, settings)
        self._executor: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    async def receive(self, request: Request, filename: str | None) -> dict[str, Any]:
        """Stream the upload (multipart `file`, or the raw body) to disk, then queue its ingest."""
        limit = self.settings.max_upload_bytes
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit + _MULTIPART_SLACK:
            raise ApiError(413, f"upload of {declared} bytes is over the limit of {limit} bytes")
        job_id = uuid.uuid4().hex[:16]
        folder = self.folder / job_id
        folder.mkdir(parents=True)
        try:
            name, size = await self._save(request, folder, filename, limit)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        status = write_status(folder, id=job_id, status="queued", file=name, bytes=size,
                              created=time.time())
        self._submit(folder)
        return status

    async def _save(self, request: Request, folder: Path, filename: str | None,
                    limit: int) -> tuple[str, int]:
        body = _limited(request.stream(), limit + _MULTIPART_SLACK)
        if request.headers.get("content-type", "").startswith("multipart/form-data"):
            upload = await _multipart_file(request, body)
            name = _safe_name(upload.filename or filename)
            size = await run_in_threadpool(_copy, upload, folder / name, limit)
            return name, size
        name = _safe_name(filename)
        size = 0
        with (folder / name).open("wb") as out:
            async for chunk in body:
                size += len(chunk)
                _check_size(size, limit)
                out.write(chunk)
        if not size:
            raise ApiError(422, "empty upload: send a file as multipart field `file` or as the body")
        return name, size

    def _submit(self, folder: Path) -> None:
        """Queue the job; a worker that died (killed, out of memory) is replaced first."""
        with self._lock:
            try:
                future = self._worker().submit(run_job, str(folder), str(self.db), self.settings)
            except BrokenProcessPool:
                self._executor = None
                future = self._worker().submit(run_job, str(folder), str(self.db), self.settings)
        future.add_done_callback(lambda f: _record_crash(folder, f))

    def _worker(self) -> ProcessPoolExecutor:
        if self._executor is None:
            # spawn, not fork: the server has threads, and a forked copy of their locks can deadlock
            self._executor = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
        return self._executor

    def status(self, job_id: str) -> dict[str, Any] | None:
        """The job's status file, or None for an unknown id."""
        if not JOB_ID.fullmatch(job_id):
            return None
        path = self.folder / job_id / "job.json"
        if not path.exists():
            return None
        return dict(json.loads(path.read_text(encoding="utf-8")))

    def close(self) -> None:
        """Stop taking jobs; a running one finishes its current article's transaction."""
        with self._lock:
            if self._executor is not None:
                self._executor.shutdown(wait=False, cancel_futures=True)
                self._executor = None


def _record_crash(folder: Path, future: Future[None]) -> None:
    """A worker that died (killed, out of memory) leaves a failed job, not one running forever."""
    error = None if future.cancelled() else future.exception()
    if future.cancelled():
        write_status(folder, status="failed", error="cancelled: the server stopped")
    elif error is not None:
        write_status(folder, status="failed", error=f"worker failed: {error}")


async def _limited(stream: AsyncIterator[bytes], limit: int) -> AsyncIterator[bytes]:
    received = 0
    async for chunk in stream:
        received += len(chunk)
        _check_size(received, limit)
        yield chunk


def _check_size(size: int, limit: int) -> None:
    if size > limit:
        raise ApiError(413, f"upload is over the limit of {limit} bytes (Settings.max_upload_bytes)")


async def _multipart_file(request: Request, body: AsyncIterator[bytes]) -> UploadFile:
    parser = MultiPartParser(request.headers, body, max_files=1, max_fields=10)  # type: ignore[arg-type]
    try:
        form = await parser.parse()
    except MultiPartException as exc:
        raise ApiError(400, f"malformed upload: {exc.message}") from exc
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise ApiError(422, "file: the multipart upload needs a field named `file`")
    return upload


def _copy(upload: UploadFile, target: Path, limit: int) -> int:
    size = 0
    with target.open("wb") as out:
        while chunk := upload.file.read(_CHUNK):
            size += len(chunk)
            _check_size(size, limit)
            out.write(chunk)
    upload.file.close()
    return size


def _safe_name(name: str | None) -> str:
    """The upload's base name (its extension helps tell the format), never a path."""
    base = re.sub(r"[^\w.-]", "_", Path(name or "upload").name).lstrip(".")
    return base[:100] or "upload"
