"""Speakers in the layouts of real news pages, through the whole pipeline (hand-written articles)."""

from __future__ import annotations

import dragoman


def speakers(text: str) -> dict[str, str | None]:
    """First words of each quote → the speaker's name."""
    document = dragoman.process(text)
    return {" ".join(q["text"].split()[:3]): (q.get("speaker") or {}).get("entity_name")
            for q in document.quotes}


def test_a_long_title_before_a_postposed_speaker() -> None:
    text = ("The European Union will send more humanitarian aid to Ukraine, officials said on Monday.\n\n"
            "\"We will stand with Ukraine for as long as it takes,\" European Commission President "
            "Ursula von der Leyen said on Twitter.\n")
    assert speakers(text) == {"We will stand": "Ursula von der Leyen"}
