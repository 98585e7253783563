"""Hindi: postpositions, vowel signs inside words, quotes, PLOVER events and dates on hand-written news."""

from __future__ import annotations

from tests.languages.helpers import codes, events_of, mention_codes, processor

process = processor("hi")


def test_a_name_inside_a_longer_word_is_no_name() -> None:
    doc = process("यह प्राचीन मंदिर शहर के बीच में स्थित है और यहां हर साल मेला लगता है।")
    assert "CHN" not in mention_codes(doc).values()


def test_attack_with_subject_marked_by_ne() -> None:
    doc = process("रूस ने शनिवार को यूक्रेन पर मिसाइल हमला किया।")
    assault = events_of(doc, "ASSAULT")
    assert assault and codes(assault[0]["actor"]) == {"RUS"} and codes(assault[0]["recipient"]) == {"UKR"}
    assert assault[0]["date"] == "2024-05-18"


def test_meeting_with_explicit_date() -> None:
    doc = process("भारतीय विदेश मंत्री एस जयशंकर ने 02 मार्च 2024 को नई दिल्ली में चीनी विदेश मंत्री से मुलाकात की।")
    consult = events_of(doc, "CONSULT")
    assert consult and {"IND", "CHN"} <= codes(consult[0]["actor"]) | codes(consult[0]["recipient"])
    assert consult[0]["date"] == "2024-03-02"


def test_quote_after_kaha_with_its_speaker() -> None:
    doc = process("जयशंकर ने कहा, “भारत और फ्रांस वैश्विक मुद्दों पर मिलकर काम करेंगे।”")
    assert doc.quotes and doc.quotes[0]["speaker"]["entity_name"] == "Subrahmanyam Jaishankar"
