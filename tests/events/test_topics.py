"""What a meeting is about takes no part in it: a state after 'about' or the object of 'discussed'
is the topic, not a partner (real news: 'talked with Zarif about the Ukrainian plane')."""

from __future__ import annotations

import pytest

import dragoman
from dragoman.settings import Settings

SHORT = Settings(min_text_chars=0)


def consult_sides(text: str, lang: str) -> list[set[str]]:
    doc = dragoman.process(text, lang=lang, published="2024-05-22", settings=SHORT)
    return [{m.code for m in e.actor} | {m.code for m in e.recipient}
            for e in doc.events if e.event == "CONSULT"]


@pytest.mark.parametrize("lang, text, partners", [
    ("en", "Swedish Foreign Minister Ann Linde talked with Iran's Foreign Minister Javad Zarif about Ukraine.",
     {"SWE", "IRN"}),
    ("sv", "Sveriges utrikesminister Ann Linde talade med Irans utrikesminister Javad Zarif om Ukraina.",
     {"SWE", "IRN"}),
    ("ru", "Министр иностранных дел России Сергей Лавров встретился с Энтони Блинкеном и говорил о Сирии.",
     {"RUS", "USA"}),
    ("id", "Menteri Luar Negeri Indonesia bertemu dengan Menteri Luar Negeri Jepang terkait dengan Palestina.",
     {"IDN", "JPN"}),
])
def test_a_topic_after_about_is_no_partner(lang: str, text: str, partners: set[str]) -> None:
    found = consult_sides(text, lang)
    assert partners in found
    assert all(sides <= partners for sides in found)


@pytest.mark.parametrize("lang, text, partners", [
    ("id", "Menlu Retno Marsudi dan Menlu AS Mike Pompeo membahas Afganistan dan Palestina.", {"IDN", "USA"}),
    ("en", "Indonesian Foreign Minister Retno Marsudi and US Secretary of State Mike Pompeo discussed Afghanistan.",
     {"IDN", "USA"}),
    ("pl", "Minister spraw zagranicznych Polski i minister spraw zagranicznych Węgier omówili sytuację na Ukrainie.",
     {"POL", "HUN"}),
])
def test_the_object_of_discussed_is_a_topic(lang: str, text: str, partners: set[str]) -> None:
    found = consult_sides(text, lang)
    assert found and all(sides <= partners for sides in found)
