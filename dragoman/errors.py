"""dragoman's own exception hierarchy: callers catch DragomanError, never a third-party error."""

from __future__ import annotations


class DragomanError(Exception):
    """Base class of every error dragoman raises."""


class InputRejected(DragomanError):
    """An input (file, record, page) that cannot become an article, with the reason why."""

    def __init__(self, origin: str, reason: str, locator: str = "") -> None:
        self.origin = origin
        self.locator = locator
        self.reason = reason
        where = f"{origin} ({locator})" if locator else origin
        super().__init__(f"{where}: {reason}")


class StoreError(DragomanError):
    """The database could not be opened, migrated or written."""


class ConfigError(DragomanError):
    """A setting or data file is invalid."""


class SparkError(DragomanError):
    """Spark is missing or could not start or finish a job."""
