"""Hangul names written before their title."""

from dragoman.actors.recognise import recognise_mentions


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.entity_name, m.role) for m in recognise_mentions(text, "ko", "2024-05-22")
            if m.type == "PERSON"]


def test_name_before_title_with_particle() -> None:
    assert ("이재웅", "Lee Jae-woong", "spokesperson") in _people("이재웅 외교부 대변인은 22일 말했다.")


def test_name_before_rank_with_copula() -> None:
    assert ("이범기", "Lee Beom-gi", "officer") in _people("참모장인 이범기 대령은 말했다.")


def test_body_before_title_is_no_person() -> None:
    assert not any(text == "노동당" for text, _, _ in _people("노동당 위원장은 말했다."))


def test_word_without_family_name_is_no_person() -> None:
    assert _people("새로운 대변인은 말했다.") == []
