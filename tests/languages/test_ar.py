"""Arabic: names behind proclitics, verb-initial clauses, quotes, PLOVER events and dates on hand-written news."""

from __future__ import annotations

from tests.languages.helpers import codes, events_of, mention_codes, processor

process = processor("ar")


def test_names_behind_conjunctions_prepositions_and_fused_articles() -> None:
    doc = process("وصل الوفد إلى بكين بعد محادثات بين روسيا وللصين وبالهند ولأوكرانيا مصالح مشتركة.")
    states = [m["code"] for m in doc.mentions if m["type"] == "STATE"]
    assert states == ["RUS", "CHN", "IND", "UKR"]


def test_a_proclitic_inside_a_name_is_no_name() -> None:
    doc = process("قال مسؤول في واشنطن إن المباحثات مستمرة مع بولندا منذ أسابيع طويلة.")
    assert "RUS" not in mention_codes(doc).values()


def test_verb_subject_object_order() -> None:
    doc = process("أدانت مصر بشدة الغارات الإسرائيلية، ودعت روسيا إسرائيل إلى وقف إطلاق النار فوراً.")
    accuse = events_of(doc, "ACCUSE")
    assert accuse and codes(accuse[0]["actor"]) == {"EGY"}
    request = events_of(doc, "REQUEST")
    assert request and codes(request[0]["actor"]) == {"RUS"} and codes(request[0]["recipient"]) == {"ISR"}


def test_recipient_marked_by_an_attached_preposition() -> None:
    doc = process("قدمت الإمارات مساعدات إنسانية عاجلة لأوكرانيا يوم الثلاثاء الماضي في العاصمة.")
    aid = events_of(doc, "AID")
    assert aid and codes(aid[0]["actor"]) == {"ARE"} and codes(aid[0]["recipient"]) == {"UKR"}


def test_sanctions_with_the_subject_after_the_verb() -> None:
    doc = process("فرضت الولايات المتحدة عقوبات جديدة على روسيا بسبب الحرب في أوكرانيا.")
    sanction = events_of(doc, "SANCTION")
    assert sanction and codes(sanction[0]["actor"]) == {"USA"} and "RUS" in codes(sanction[0]["recipient"])


def test_quote_in_guillemets_with_its_speaker() -> None:
    doc = process("وقال وزير الخارجية الروسي سيرغي لافروف: «لن نسمح بأي تدخل عسكري أجنبي في سوريا».")
    assert doc.quotes and doc.quotes[0]["speaker"]["entity_name"] == "Sergey Lavrov"
    assert doc.quotes[0]["speaker"]["code"] == "RUS"


def test_quote_in_straight_marks_after_the_speaker() -> None:
    doc = process('وأكد الرئيس الروسي فلاديمير بوتين أن "روسيا مستعدة للحوار مع جميع الأطراف المعنية".')
    assert doc.quotes and doc.quotes[0]["speaker"]["entity_name"] == "Vladimir Putin"


def test_arabic_indic_digits_and_levantine_month_names() -> None:
    doc = process("التقى وزير الخارجية السعودي نظيره القطري في الرياض يوم ١٤ شباط ٢٠٢٤ وبحثا العلاقات.")
    consult = events_of(doc, "CONSULT")
    assert consult and consult[0]["date"] == "2024-02-14"


def test_yesterday_resolves_against_the_publication_day() -> None:
    doc = process("استقبل الرئيس المصري أمس وزير الخارجية الأردني في القاهرة لبحث الأوضاع في غزة.")
    consult = events_of(doc, "CONSULT")
    assert consult and consult[0]["date"] == "2024-05-21"
