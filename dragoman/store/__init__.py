"""Storage of articles and everything extracted from them."""

from dragoman.store.sqlite import Store, StoredInput

__all__ = ["Store", "StoredInput"]
