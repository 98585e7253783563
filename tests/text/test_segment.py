"""Words of Chinese, Japanese and Korean text, and what rests on them: sentences, names, dates."""

from __future__ import annotations

from dragoman.actors.mentions import match_names
from dragoman.dates.expressions import find_time_expressions
from dragoman.text.lexicon import Lexicon, tokenise
from dragoman.text.segment import segment, split_entry
from dragoman.text.sentences import split_sentences


def test_chinese_characters_are_words_and_traditional_ones_fold():
    words = segment("驅逐外交官", "zh")
    assert [w.text for w in words] == ["驅", "逐", "外", "交", "官"]
    assert [w.lemma for w in words][:2] == ["驱", "逐"]
    assert split_entry("驱逐", "zh") == ["驱", "逐"]


def test_chinese_entry_matches_its_characters_in_a_row():
    lexicon = Lexicon([("驱逐", "SANCTION")], "zh")
    tokens = tokenise("俄罗斯宣布驅逐60名外交官", "zh")
    found = lexicon.find_all(tokens)
    assert [(tokens[i].text, e.value) for i, e in found] == [("驅", "SANCTION")]


def test_japanese_words_carry_their_dictionary_form():
    tokens = tokenise("謝罪を求めました", "ja")
    assert [t.text for t in tokens][:3] == ["謝罪", "を", "求め"]
    assert tokens[2].lemma == "求める"


def test_korean_words_lose_their_particle_in_the_lemma():
    assert [w.lemma for w in segment("정부가 회담을 열었다", "ko")] == ["정부", "회담", "열었다"]


def test_other_languages_are_not_segmented():
    assert segment("Russia expelled diplomats", "en") is None


def test_sentences_end_at_full_stops_without_spaces_but_keep_quote_frames():
    assert split_sentences("中方表示反对。美方回应说：“我们不同意。”他说。", "zh") == [
        "中方表示反对。", "美方回应说：“我们不同意。”他说。"]


def test_names_touch_other_words_in_chinese_and_take_particles_in_korean():
    zh = [m.text for m in match_names("中国外交部宣布", "zh", "2024-05-22")]
    assert "中国" in zh
    ko = [m.text for m in match_names("북한의 미사일", "ko", "2024-05-22")]
    assert ko == ["북한의"]
    assert not match_names("북한산 등산", "ko", "2024-05-22")  # a mountain, not a particle


def test_numeric_dates_with_unit_signs():
    values = [e.value for e in find_time_expressions("3月29日宣布，30日生效", "zh", "2018-03-30")]
    assert values == ["2018-03-29", "2018-03-30"]
    values = [e.value for e in find_time_expressions("지난 2일과 2025년 5월 22일", "ko", "2025-05-23")]
    assert values == ["2025-05-02", "2025-05-22"]
    # a day after the publication day is of the month before
    assert [e.value for e in find_time_expressions("25日", "ja", "2024-03-05")] == ["2024-02-25"]
