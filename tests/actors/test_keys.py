"""One spelling key for a name across languages and scripts."""

from __future__ import annotations

import pytest

from dragoman.actors.keys import name_key

SAME = [
    ["Tokayev", "Tokaïev", "Tokajew", "Tokaev", "Токаев", "Тоқаев"],
    ["Kassym-Jomart", "Kassym-Schomart", "Kasym-Zhomart", "Касым-Жомарт", "Қасым-Жомарт"],
    ["Zelensky", "Selenskyj", "Zelenskyy", "Зеленский", "Зеленський", "Zelenski"],
    ["Lavrov", "Lawrow", "Лавров"],
    ["Berdimuhamedov", "Berdymukhamedov", "Berdimuhamedow", "Бердымухамедов"],
    ["Putin", "Poutine", "Путин"],
    ["Erdoğan", "Erdogan", "Эрдоган"],
    ["Macron", "Макрон"],
    ["Çavuşoğlu", "Cavusoglu", "Τσαβούσογλου"],
    ["Mevlüt", "Μεβλούτ"],
]


@pytest.mark.parametrize("variants", SAME, ids=lambda v: v[0])
def test_variants_share_a_key(variants: list[str]) -> None:
    assert len({name_key(v) for v in variants}) == 1


def test_different_people_keep_different_keys() -> None:
    keys = {name_key(n) for n in ["Tokayev", "Lavrov", "Putin", "Mirziyoyev", "Japarov", "Aliyev"]}
    assert len(keys) == 6
