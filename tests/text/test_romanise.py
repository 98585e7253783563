"""Names of people nobody listed get the Latin spelling English-language news would use."""

from __future__ import annotations

import pytest

import dragoman
from dragoman.text.romanise import romanise


@pytest.mark.parametrize(("native", "lang", "latin"), [
    ("Олександр Гребенюк", "uk", "Oleksandr Hrebeniuk"),
    ("Юлія Свириденко", "uk", "Yuliia Svyrydenko"),
    ("Нурлан Ермекбаев", "ru", "Nurlan Yermekbayev"),
    ("Андрей Воронцов", "ru", "Andrey Vorontsov"),
    ("Ерлан Сәрсенбай", "kk", "Yerlan Sarsenbay"),
    ("Kerem Aydınlı", "tr", "Kerem Aydınlı"),
])
def test_names_are_romanised_by_the_language_table(native: str, lang: str, latin: str) -> None:
    assert romanise(native, lang) == latin


def test_unknown_titled_person_keeps_native_text_and_gets_a_latin_name() -> None:
    doc = dragoman.process("Заместитель министра иностранных дел России Андрей Воронцов заявил журналистам, "
                           "что переговоры продолжатся.", lang="ru", published="2025-03-01")
    person = next(m for m in doc.mentions if m["type"] == "PERSON")
    assert person["text"] == "Андрей Воронцов"
    assert person["entity_name"] == "Andrey Vorontsov" and person["native_name"] == "Андрей Воронцов"
    assert person["code"] == "RUS"
