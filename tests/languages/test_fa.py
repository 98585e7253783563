"""Persian: verb-final clauses, quotes, PLOVER events and dates on hand-written news."""

from __future__ import annotations

from tests.languages.helpers import codes, events_of, processor

process = processor("fa")


def test_condemnation_with_the_object_marker() -> None:
    doc = process("ایران حمله اسرائیل به لبنان را به شدت محکوم کرد و خواستار اقدام فوری شد.")
    accuse = events_of(doc, "ACCUSE")
    assert accuse and codes(accuse[0]["actor"]) == {"IRN"} and "ISR" in codes(accuse[0]["recipient"])


def test_sanctions_against_a_state() -> None:
    doc = process("آمریکا دیروز تحریم‌های جدیدی علیه ایران اعمال کرد.")
    sanction = events_of(doc, "SANCTION")
    assert sanction and codes(sanction[0]["actor"]) == {"USA"} and codes(sanction[0]["recipient"]) == {"IRN"}
    assert sanction[0]["date"] == "2024-05-21"


def test_quote_in_guillemets_with_its_speaker() -> None:
    doc = process("سرگئی لاوروف وزیر امور خارجه روسیه گفت: «روابط ایران و روسیه در حال گسترش است».")
    assert doc.quotes and doc.quotes[0]["speaker"]["entity_name"] == "Sergey Lavrov"


def test_meeting_on_a_weekday_with_persian_digits() -> None:
    doc = process("وزیر امور خارجه عربستان روز ۱۴ مه ۲۰۲۴ در تهران با همتای ایرانی خود دیدار کرد.")
    consult = events_of(doc, "CONSULT")
    assert consult and {"SAU", "IRN"} <= codes(consult[0]["actor"]) | codes(consult[0]["recipient"])
    assert consult[0]["date"] == "2024-05-14"
