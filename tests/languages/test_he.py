"""Hebrew: names behind prefixes, acronyms with gershayim, quotes, PLOVER events and dates on hand-written news."""

from __future__ import annotations

from tests.languages.helpers import codes, events_of, processor

process = processor("he")


def test_names_behind_prefixes() -> None:
    doc = process("השר נסע לרוסיה ומשם לסין, ובבריטניה שוחח על היחסים עם ישראל והודו.")
    states = [m["code"] for m in doc.mentions if m["type"] == "STATE"]
    assert states == ["RUS", "CHN", "GBR", "ISR", "IND"]


def test_gershayim_in_an_acronym_open_no_quote() -> None:
    doc = process('ארה"ב הטילה סנקציות חדשות על איראן, ודובר צה"ל מסר כי הכוחות נמצאים בכוננות.')
    assert doc.quotes == []
    sanction = events_of(doc, "SANCTION")
    assert sanction and codes(sanction[0]["actor"]) == {"USA"} and codes(sanction[0]["recipient"]) == {"IRN"}


def test_quote_opened_with_gershayim_and_its_speaker() -> None:
    doc = process('ראש הממשלה בנימין נתניהו אמר: ״היחסים בין ישראל לבין הודו פורחים בכל התחומים".')
    assert doc.quotes and doc.quotes[0]["speaker"]["entity_name"] == "Benjamin Netanyahu"


def test_meeting_and_thanks_with_prefixed_recipient() -> None:
    doc = process("שר החוץ הבריטי נפגש היום (רביעי) בירושלים עם נתניהו. נתניהו הודה לבריטניה על תמיכתה.")
    support = events_of(doc, "SUPPORT")
    assert support and codes(support[0]["actor"]) == {"ISR"} and codes(support[0]["recipient"]) == {"GBR"}
    consult = events_of(doc, "CONSULT")
    assert consult and consult[0]["date"] == "2024-05-22"


def test_month_with_its_preposition() -> None:
    doc = process("דרום אפריקה גירשה את שגריר ישראל ב-7 במאי לאחר ויכוח חריף.")
    sanction = events_of(doc, "SANCTION")
    assert sanction and codes(sanction[0]["actor"]) == {"ZAF"}
    assert sanction[0]["date"] == "2024-05-07"


def test_a_quote_left_open_closes_at_the_first_gershayim_after_it() -> None:
    doc = process('לדבריו של טראמפ, "ישראל צריכה לעשות משהו, אבל קטאר היא בעלת ברית נהדרת של ארה"ב. אנשים אומרים')
    assert [q["text"][:20] for q in doc.quotes] == ["ישראל צריכה לעשות מש"]
