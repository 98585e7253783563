"""Cue lexicons: gaps for separable verbs, 'no event' phrases, case endings of verb-final languages."""

from __future__ import annotations

from dragoman.events.cues import NO_EVENT, _endings, _prefer_modes, event_lexicon
from dragoman.text.lexicon import Lexicon, tokenise


def matches(lexicon: Lexicon, text: str, lang: str) -> list[tuple[str, str, int]]:
    tokens = tokenise(text, lang)
    return [(tokens[i].text, entry.value, entry.head) for i, entry in lexicon.find_all(tokens)]


def test_gap_entry_matches_a_separable_verb() -> None:
    lexicon = Lexicon([("rufen ... auf", "REQUEST"), ("weisen ... zurück", "REJECT")], "de")
    assert matches(lexicon, "Frankreich rief Russland zur Zurückhaltung auf.", "de") == [("rief", "REQUEST", 1)]
    assert matches(lexicon, "Berlin wies die Vorwürfe aus Moskau entschieden zurück.", "de") == [
        ("wies", "REJECT", 1)]
    # the particle must come within a few words
    far = "Frankreich rief am Montag nach langen und sehr schwierigen Beratungen in Paris die Partner auf."
    assert matches(lexicon, far, "de") == []


def test_no_event_phrase_wins_over_the_cue_it_contains() -> None:
    entries = _prefer_modes([("принять", "CONSULT|host"), ("принять решение", NO_EVENT),
                             ("принять решение", "AGREE")])
    assert dict(entries)["принять решение"] == NO_EVENT
    lexicon = event_lexicon("ru").cues
    assert matches(lexicon, "Правительство приняло решение о высылке дипломатов.", "ru")[0][1] == NO_EVENT
    assert matches(lexicon, "Президент принял министра в Кремле.", "ru")[0][1] == "CONSULT|host"


def test_endings_longest_first_and_apostrophe_only() -> None:
    endings = _endings({"to_endings": ["'ı", "ға"], "of_endings": ["'ın"], "with_endings": ["мен"]})
    assert endings[0][0] in ("ın", "ға", "мен") and len(endings[0][0]) >= len(endings[-1][0])
    assert ("ın", "of", True) in endings and ("ı", "to", True) in endings
    assert ("ға", "to", False) in endings


def test_language_data_for_verb_final_languages() -> None:
    for lang in ("tr", "kk"):
        lexicon = event_lexicon(lang)
        assert lexicon.verb_final and lexicon.endings and lexicon.both
    assert not event_lexicon("en").inversion and event_lexicon("de").inversion
