"""A bare act noun ('cooperation') is an event only when promised: [events.X] abstract."""

import pytest

from dragoman import process
from dragoman.events.cues import ABSTRACT, event_lexicon
from dragoman.text.lexicon import tokenise


@pytest.mark.parametrize(("lang", "word"), [("en", "cooperation"), ("fr", "coopération"), ("ru", "сотрудничество"),
                                            ("id", "kerja sama"), ("zh", "合作")])
def test_abstract_nouns_are_read_with_their_own_mode(lang: str, word: str) -> None:
    entry = event_lexicon(lang).cues.match(tokenise(word, lang), 0)
    assert entry is not None and entry.value == f"COOPERATE|{ABSTRACT}"


def test_cooperation_talked_about_is_no_event() -> None:
    doc = process("Spain and Morocco highlighted the importance of cooperation on migration.")
    assert [e.event for e in doc.events] == []


def test_cooperation_promised_is_agree_without_a_mode() -> None:
    doc = process("Spain and Morocco will expand cooperation on migration.")
    assert [(e.event, e.mode) for e in doc.events] == [("AGREE", None)]
