"""Japanese through the whole pipeline: MeCab words with dictionary forms (求めた → 求める),
particles marking roles, 「」 quotes with their speaker, dates written with 年月日."""

from __future__ import annotations

from tests.languages.helpers import codes, events_of, people, processor

run = processor("ja")


def test_protest_and_demand_with_particles():
    doc = run("林芳正官房長官は21日、中国に抗議し、謝罪を求めた。")
    assert people(doc)["林芳正"]["code"] == "JPN"
    for kind in ("ACCUSE", "REQUEST"):
        event = events_of(doc, kind)[0]
        assert codes(event["actor"]) == {"JPN"} and codes(event["recipient"]) == {"CHN"}
        assert event["date"] == "2024-05-21"


def test_phone_talks_with_the_partner_after_to():
    consult = events_of(run("岸田文雄首相は20日、米国のバイデン大統領と電話会談を行った。"), "CONSULT")[0]
    assert consult["mode"] == "phone"
    assert codes(consult["actor"]) | codes(consult["recipient"]) == {"JPN", "USA"}


def test_bracket_quote_given_to_the_minister_named_by_surname():
    quote = run("上川外相は記者団に「ロシアの行動は断じて容認できない」と述べた。").quotes[0]
    assert quote["speaker"]["entity_name"] == "Yoko Kamikawa"


def test_expulsion_yesterday_and_aid_on_a_day_of_a_month():
    sanction = events_of(run("ロシアは昨日、日本の外交官を追放した。"), "SANCTION")[0]
    assert codes(sanction["actor"]) == {"RUS"} and codes(sanction["recipient"]) == {"JPN"}
    assert sanction["date"] == "2024-05-21"
    aid = events_of(run("日本政府は5月10日、ウクライナに人道支援を行うと発表した。"), "AID")[0]
    assert aid["date"] == "2024-05-10" and codes(aid["recipient"]) == {"UKR"}


def test_talks_negated_after_the_verb():
    consult = events_of(run("岸田首相は中国の習近平国家主席と会談しなかった。"), "CONSULT")
    assert consult and all(e["negated"] for e in consult)
