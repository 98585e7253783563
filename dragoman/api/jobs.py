"""Uploads to POST /api/ingest: streamed to disk under a size limit, then ingested by a worker
process with its own database connection, so that the server keeps answering reads meanwhile."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import queue
import re
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import AsyncGenerator, AsyncIterator, Iterator
from contextlib import contextmanager
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request

from dragoman.api.errors import ApiError
from dragoman.errors import DragomanError
from dragoman.settings import Settings
from dragoman.store.dialect import Target, is_postgres

JOB_ID = re.compile(r"[0-9a-f]{16}")
_MULTIPART_SLACK = 64 * 1024  # boundaries and part headers around the file itself
_CHUNK = 1 << 16


def jobs_folder(db: Target, settings: Settings) -> Path:
    """Settings.jobs_dir, or a temporary folder named after the database (shared by workers)."""
    if settings.jobs_dir is not None:
        return settings.jobs_dir
    name = db if is_postgres(db) else str(Path(db).resolve())
    digest = hashlib.sha1(str(name).encode()).hexdigest()[:12]
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

    _lower_priority(settings.job_niceness)
    where = Path(folder)
    upload = where / json.loads((where / "job.json").read_text(encoding="utf-8"))["file"]
    write_status(where, status="running")
    try:
        with Store.open(db) as store:
            ingester = Ingester(store, settings)
            with _progress(where, ingester):
                report = ingester.run([str(upload)])
        outcome: dict[str, Any] = {"status": "done", "report": _jsonable(report.as_dict())}
    except DragomanError as exc:
        outcome = {"status": "failed", "error": str(exc)}
    except Exception as exc:  # a job boundary: whatever went wrong is reported, the worker lives on
        outcome = {"status": "failed", "error": f"{type(exc).__name__}: {exc}"}
    # the upload goes before the outcome is written, so a finished job has left nothing behind
    upload.unlink(missing_ok=True)
    write_status(where, **outcome)


def _lower_priority(niceness: int) -> None:
    """Let the server's reads go first: an ingest is a background job, a read has a user waiting."""
    if niceness and hasattr(os, "nice"):
        os.nice(niceness)


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
    """Ingest jobs of one server process, run one at a time, each in a spawned process of its own
    (spawn, not fork: the server has threads, and a forked copy of their locks can deadlock)."""

    def __init__(self, db: Target, settings: Settings) -> None:
        self.db = db
        self.settings = settings
        self.folder = jobs_folder(db, settings)
        self._queue: queue.Queue[Path | None] = queue.Queue()
        self._runner: threading.Thread | None = None
        self._current: BaseProcess | None = None
        self._lock = threading.Lock()
        self._closed = False

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
        with self._lock:
            if self._closed:
                raise ApiError(503, "the server is stopping: upload again when it is back")
            if self._runner is None:
                self._runner = threading.Thread(target=self._run, name="dragoman-jobs", daemon=True)
                self._runner.start()
            self._queue.put(folder)

    def _run(self) -> None:
        """Take jobs in order; a worker that died (killed, out of memory) leaves a failed job."""
        context = multiprocessing.get_context("spawn")
        while (folder := self._queue.get()) is not None:
            process = context.Process(target=run_job, args=(str(folder), str(self.db), self.settings),
                                      daemon=True)
            with self._lock:
                if self._closed:
                    break
                self._current = process
                process.start()
            process.join()
            with self._lock:
                self._current = None
            if json.loads((folder / "job.json").read_text(encoding="utf-8"))["status"] in _UNFINISHED:
                write_status(folder, status="failed", error=_stopped(process.exitcode))

    def status(self, job_id: str) -> dict[str, Any] | None:
        """The job's status file, or None for an unknown id."""
        if not JOB_ID.fullmatch(job_id):
            return None
        path = self.folder / job_id / "job.json"
        if not path.exists():
            return None
        return dict(json.loads(path.read_text(encoding="utf-8")))

    def close(self) -> None:
        """Stop the running job (every stored article is its own transaction: nothing half-written)
        and fail the queued ones; their files can be uploaded again."""
        with self._lock:
            self._closed = True
            if self._current is not None and self._current.is_alive():
                self._current.terminate()
        self._queue.put(None)
        if self._runner is not None:
            self._runner.join(timeout=30)
        while not self._queue.empty():
            folder = self._queue.get()
            if folder is not None:
                write_status(folder, status="failed", error=_stopped(None))


_UNFINISHED = ("queued", "running")


def _stopped(exitcode: int | None) -> str:
    if exitcode is None or exitcode < 0:
        return "stopped: the server shut down first (articles stored so far are kept; upload again)"
    return f"the worker process ended with code {exitcode} (articles stored so far are kept)"


async def _limited(stream: AsyncIterator[bytes], limit: int) -> AsyncGenerator[bytes, None]:
    received = 0
    async for chunk in stream:
        received += len(chunk)
        _check_size(received, limit)
        yield chunk


def _check_size(size: int, limit: int) -> None:
    if size > limit:
        raise ApiError(413, f"upload is over the limit of {limit} bytes (Settings.max_upload_bytes)")


async def _multipart_file(request: Request, body: AsyncGenerator[bytes, None]) -> UploadFile:
    parser = MultiPartParser(request.headers, body, max_files=1, max_fields=10)
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
