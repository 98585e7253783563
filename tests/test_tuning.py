"""Every tunable number is a setting: documented in Settings, marked when tuned on a set, and used."""

from __future__ import annotations

import re
from dataclasses import fields, replace
from pathlib import Path

from dragoman.pipeline import process
from dragoman.settings import (
    DEFAULT_SETTINGS,
    EventTuning,
    QuoteTuning,
    Settings,
    Tuning,
    tuned_fields,
    tuning,
)

SETTINGS_SOURCE = (Path(__file__).resolve().parents[1] / "dragoman" / "settings.py").read_text(encoding="utf-8")
TEXT = ("Kazakhstan and Uzbekistan signed a water agreement in Tashkent on Monday. "
        "“We will share the rivers fairly and keep talking,” Tokayev said after the talks.")


def test_every_tuning_field_is_documented_by_a_comment() -> None:
    """A field's line follows its comment, or a field sharing that comment (frame_after, frame_before)."""
    for group in fields(Tuning):
        for item in fields(getattr(Tuning(), group.name)):
            before = SETTINGS_SOURCE.split(f"\n    {item.name}: ")[0].rstrip().splitlines()[-1]
            assert before.lstrip().startswith("#") or re.match(r"^    \w+: ", before), item.name


def test_the_tuned_settings_are_marked_with_their_set() -> None:
    marked = tuned_fields()
    assert marked["tuning.events.negation_before"] == "the language test sentences"
    assert marked["tuning.actors.city_min_population"].startswith("bench ner")
    assert marked["min_lang_confidence"] == "examples/"
    assert "tuning.events.group_gap" not in marked  # chosen, not tuned
    assert len(marked) >= 15


def test_a_changed_setting_changes_the_analysis_and_only_inside_its_run() -> None:
    default = process(TEXT, lang="en", published="2024-05-22")
    assert default.quotes and default.quotes[0].speaker is not None
    no_frames = Settings(tuning=replace(DEFAULT_SETTINGS.tuning, quotes=QuoteTuning(frame_after=0, frame_before=0)))
    changed = process(TEXT, lang="en", published="2024-05-22", settings=no_frames)
    assert changed.quotes and changed.quotes[0].speaker is None  # the frame after the quote is out of reach
    strict = Settings(tuning=replace(DEFAULT_SETTINGS.tuning, quotes=QuoteTuning(min_words=50)))
    assert process(TEXT, lang="en", published="2024-05-22", settings=strict).quotes == []
    assert tuning() == DEFAULT_SETTINGS.tuning and tuning().events == EventTuning()  # restored after the run
