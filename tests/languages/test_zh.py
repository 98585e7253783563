"""Chinese through the whole pipeline: Han characters as words, simplified and traditional text,
quotes with their speaker, events with actor and recipient, dates written with 年月日."""

from __future__ import annotations

from tests.languages.helpers import codes, events_of, mention_codes, processor

run = processor("zh")


def test_spokesperson_quote_and_accusation_with_day_of_month():
    doc = run("外交部发言人汪文斌21日说，中方坚决反对美方对中国企业实施制裁。"
              "“美方应立即停止这一错误做法。”汪文斌说。")
    quote = doc.quotes[0]
    assert quote["speaker"]["text"] == "汪文斌"
    assert quote["speaker"]["code"] == "CHN"
    accuse = events_of(doc, "ACCUSE")[0]
    assert codes(accuse["actor"]) == {"CHN"} and codes(accuse["recipient"]) == {"USA"}
    assert accuse["date"] == "2024-05-21"  # "21日" in an article of 22 May


def test_expulsion_names_glued_to_other_words():
    doc = run("俄罗斯外交部20日宣布驱逐两名日本外交官。")
    assert mention_codes(doc) == {"俄罗斯": "RUS", "日本": "JPN"}
    sanction = events_of(doc, "SANCTION")[0]
    assert sanction["mode"] == "expel"
    assert codes(sanction["actor"]) == {"RUS"} and codes(sanction["recipient"]) == {"JPN"}


def test_traditional_characters_read_as_simplified_cues():
    accuse = events_of(run("中國外交部20日譴責美國的做法。"), "ACCUSE")[0]
    assert codes(accuse["actor"]) == {"CHN"} and codes(accuse["recipient"]) == {"USA"}


def test_host_meets_visitor_and_both_sides_agree():
    doc = run("王毅昨天在北京会见了拉夫罗夫。双方同意加强合作。")
    consult = events_of(doc, "CONSULT")[0]
    assert codes(consult["actor"]) == {"RUS"} and codes(consult["recipient"]) == {"CHN"}
    assert consult["date"] == "2024-05-21"  # 昨天
    agree = events_of(doc, "AGREE")[0]
    assert codes(agree["actor"]) | codes(agree["recipient"]) == {"CHN", "RUS"}


def test_seizure_last_week_and_aid_with_full_date():
    coerce = events_of(run("韩国海警上周二扣押了一艘中国渔船。"), "COERCE")[0]
    assert codes(coerce["actor"]) == {"KOR"} and codes(coerce["recipient"]) == {"CHN"}
    aid = events_of(run("日本政府2024年5月10日向乌克兰提供人道主义援助。"), "AID")[0]
    assert aid["mode"] == "humanitarian" and aid["date"] == "2024-05-10"
    assert codes(aid["recipient"]) == {"UKR"}


def test_meeting_negated_by_a_two_character_word():
    assert all(e["negated"] for e in events_of(run("美国国务卿没有会见中国外长。"), "CONSULT"))
    assert not any(e["negated"] for e in events_of(run("美国国务卿会见中国外长。"), "CONSULT"))
