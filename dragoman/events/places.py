"""Where an event happened: a place named after a locative preposition in its sentence."""

from __future__ import annotations

from functools import cache
from typing import Any

from dragoman.actors.places import cities
from dragoman.records import EventPlace, Mention


@cache
def _cities() -> dict[str, dict[str, Any]]:
    """The recogniser's cities by lowercase name (largest population wins), for capitals and seats
    the knowledge base names (city mentions carry their geonameid)."""
    index: dict[str, dict[str, Any]] = {}
    for city in cities().values():
        for name in (city["name"], *city.get("alternatenames", [])):
            key = name.lower()
            if key and (key not in index or city["population"] > index[key]["population"]):
                index[key] = city
    return index


def event_location(mentions: list[Mention], start: int, end: int, locative: frozenset[str],
                   text: str) -> EventPlace | None:
    """The first place in the sentence that follows 'in/à/em/в…', with coordinates if known."""
    for mention in mentions:
        if not (start <= mention.start < end) or mention.type != "PLACE":
            continue
        before = text[max(start, mention.start - 14) : mention.start].lower().split()
        if (before and before[-1].strip("'’") in locative) or not locative:
            return _location(mention)
    return None


def _location(mention: Mention) -> EventPlace:
    name = mention.entity_name or mention.text
    key = mention.entity_key or ""
    city = (cities().get(key[5:]) if key.startswith("city:") else None) \
        or _cities().get(name.lower()) or _cities().get(mention.text.lower())
    if city:
        return EventPlace(name, mention.text, mention.code, city["latitude"], city["longitude"],
                          city["geonameid"])
    return EventPlace(name, mention.text, mention.code)
