"""Quotations: spans in every quote style and their speakers."""

from dragoman.quotes.extract import add_quotes

__all__ = ["add_quotes"]
