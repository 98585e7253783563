"""Hangul names in Latin letters."""

from dragoman.text.romanise import romanise


def test_korean_name_family_first_with_customary_spelling() -> None:
    assert romanise("이재웅", "ko") == "Lee Jae-woong"
    assert romanise("이범기", "ko") == "Lee Beom-gi"
    assert romanise("문재인", "ko") == "Moon Jae-in"


def test_foreign_name_in_hangul_spelt_by_syllable() -> None:
    assert romanise("매슈 밀러", "ko") == "Maesyu Milreo"


def test_other_languages_unchanged() -> None:
    assert romanise("Олександр Гребенюк", "uk") == "Oleksandr Hrebeniuk"
