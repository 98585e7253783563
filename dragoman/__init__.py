"""dragoman: multilingual news to verifiable records of diplomacy."""

from dragoman.document import Document, Paragraph, Removal, Repair, SourceInfo
from dragoman.errors import ConfigError, DragomanError, InputRejected, StoreError
from dragoman.pipeline import process, process_item
from dragoman.settings import DEFAULT_SETTINGS, Settings

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_SETTINGS",
    "ConfigError",
    "Document",
    "DragomanError",
    "InputRejected",
    "Paragraph",
    "Removal",
    "Repair",
    "Settings",
    "SourceInfo",
    "StoreError",
    "__version__",
    "process",
    "process_item",
]
