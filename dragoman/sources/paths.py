"""Expand the user's PATH arguments (files, folders, globs, '-') into named byte inputs."""

from __future__ import annotations

import fnmatch
import glob
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from dragoman.sources.items import Rejection


@dataclass
class InputFile:
    """A named input whose bytes are read on demand."""

    name: str
    path: Path | None

    def size(self) -> int | None:
        return self.path.stat().st_size if self.path else None

    def read(self, limit: int) -> bytes:
        """The bytes, at most limit+1 of them so callers can tell an oversized input."""
        if self.path is None:
            return sys.stdin.buffer.read(limit + 1)
        with self.path.open("rb") as handle:
            return handle.read(limit + 1)


def expand_paths(paths: Sequence[str], exclude: Sequence[str] = ()) -> Iterator[InputFile | Rejection]:
    """Every file under the given paths, sorted; hidden files and folders, and files under a
    folder whose name or relative path matches an `exclude` pattern, skipped."""
    for spec in paths:
        if spec == "-":
            yield InputFile("<stdin>", None)
            continue
        path = Path(spec)
        if path.is_dir():
            yield from _walk(path, exclude)
        elif path.is_file():
            yield InputFile(str(path), path)
        elif glob.has_magic(spec):
            matches = sorted(glob.glob(spec, recursive=True))
            if not matches:
                yield Rejection(spec, "no file matches this pattern")
            for match in matches:
                if Path(match).is_file():
                    yield InputFile(match, Path(match))
        else:
            yield Rejection(spec, "no such file or folder")


def _walk(folder: Path, exclude: Sequence[str]) -> Iterator[InputFile]:
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or _excluded(relative, exclude):
            continue
        if path.is_file():
            yield InputFile(str(path), path)


def _excluded(relative: Path, patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatch(part, p) or fnmatch.fnmatch(relative.as_posix(), p)
               for p in patterns for part in relative.parts)
