"""PLOVER events: cues, roles, dates and places per sentence; merging across articles."""

from dragoman.events.extract import add_events

__all__ = ["add_events"]
