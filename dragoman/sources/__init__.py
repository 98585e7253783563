"""Sources: files, folders, globs and stdin read into raw articles (text, HTML, JSON, WARC, feeds)."""

from dragoman.sources.items import RawItem, Rejection
from dragoman.sources.paths import InputFile, expand_paths
from dragoman.sources.read import read_bytes, read_input

__all__ = ["InputFile", "RawItem", "Rejection", "expand_paths", "read_bytes", "read_input"]
