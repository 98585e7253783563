"""Turkish: titled people, apostrophe case endings, quotes, PLOVER events and dates on hand-written news."""

from __future__ import annotations

import pytest

from tests.languages.helpers import PUBLISHED, codes, events_of, person, processor

process = processor("tr")


def test_titled_unknown_person_gets_role_and_state() -> None:
    doc = process("Kazakistan Dışişleri Bakan Yardımcısı Daniyar Sarsenbayev, Ankara'da temaslarda bulundu.")
    found = person(doc, "Sarsenbayev")
    assert found["text"] == "Daniyar Sarsenbayev"
    assert found["role"] == "deputy foreign minister"
    assert found["code"] == "KAZ"


def test_counterpart_takes_the_nationality_adjective() -> None:
    doc = process("Türkiye Savunma Bakanı Selim Aydemir, Özbek mevkidaşı Jamshid Tursunov ile bir araya geldi.")
    assert person(doc, "Aydemir")["role"] == "defence minister"
    assert person(doc, "Aydemir")["code"] == "TUR"
    assert person(doc, "Tursunov")["code"] == "UZB"


def test_names_with_apostrophe_case_endings_are_found_without_the_ending() -> None:
    doc = process("Kazakistan'ın Türkiye’nin ve ABD'nin tutumunu değerlendirdiği belirtildi.")
    states = [(m["text"], m["code"]) for m in doc.mentions if m["type"] == "STATE"]
    assert states == [("Kazakistan", "KAZ"), ("Türkiye", "TUR"), ("ABD", "USA")]


def test_inflected_nationality_words() -> None:
    doc = process("Kazakların, Ukraynalılara ve Alman yetkililere yaptığı çağrı yankı uyandırdı.")
    assert [m["code"] for m in doc.mentions if m["type"] == "STATE"] == ["KAZ", "UKR", "DEU"]


def test_speaker_before_a_colon() -> None:
    doc = process("Kazakistan Dışişleri Bakanı Daniyar Sarsenbayev şunları söyledi: "
                  "\"İki ülke arasındaki ilişkiler stratejik bir nitelik taşıyor.\"")
    assert len(doc.quotes) == 1
    assert doc.quotes[0]["speaker"]["text"] == "Daniyar Sarsenbayev"
    assert doc.quotes[0]["speaker"]["code"] == "KAZ"


def test_speaker_with_gore() -> None:
    doc = process("Türkiye Dışişleri Bakanı Selim Aydemir'e göre, “Orta Asya ile bağlarımız her geçen gün güçleniyor.”")
    assert doc.quotes[0]["speaker"]["code"] == "TUR"


def test_speaker_before_quote_with_verb_after() -> None:
    doc = process("Kazakistan Dışişleri Bakanı Daniyar Sarsenbayev, “Bölgesel güvenlik konusunda ortak adımlar "
                  "atacağız” dedi.")
    assert doc.quotes[0]["speaker"]["text"] == "Daniyar Sarsenbayev"


def test_dropped_subject_in_next_paragraph_is_the_last_person() -> None:
    doc = process("Kazakistan Dışişleri Bakanı Daniyar Sarsenbayev Ankara'da temaslarda bulundu.\n\n"
                  "“Türkiye ile ticaret hacmimizi 10 milyar dolara çıkarmayı hedefliyoruz” diye konuştu.")
    assert doc.quotes[0]["speaker"]["text"] == "Daniyar Sarsenbayev"


def test_meeting_with_ile_has_both_sides_as_participants() -> None:
    doc = process("Kazakistan Dışişleri Bakanı Daniyar Sarsenbayev, Türkiye Dışişleri Bakanı Selim Aydemir ile "
                  "Ankara'da görüştü.")
    consult = events_of(doc, "CONSULT")
    assert consult and codes(consult[0]["actor"]) == {"KAZ", "TUR"}


def test_phone_call_and_visit_modes() -> None:
    doc = process("Kazakistan ile Türkiye dışişleri bakanları telefonda görüştü.")
    assert [e["mode"] for e in events_of(doc, "CONSULT")] == ["phone"]
    doc = process("Kazakistan Cumhurbaşkanı Aset Nurlanov, Macaristan'a resmi ziyaret gerçekleştirdi.")
    assert [e["mode"] for e in events_of(doc, "CONSULT")] == ["visit"]


def test_host_receiving_a_visitor() -> None:
    doc = process("Türkiye Cumhurbaşkanı Yusuf Demirtaş, Kazakistan Cumhurbaşkanı Aset Nurlanov'u Ankara'da kabul etti.")
    consult = events_of(doc, "CONSULT")[0]
    assert codes(consult["actor"]) == {"KAZ"} and codes(consult["recipient"]) == {"TUR"}


def test_thanks_is_support() -> None:
    doc = process("Türkiye, Kazakistan'ın deprem bölgesine gösterdiği desteğe teşekkür etti.")
    support = events_of(doc, "SUPPORT")
    assert support and "TUR" in codes(support[0]["actor"])


def test_commitment_to_cooperate_is_agree() -> None:
    doc = process("Kazakistan ve Türkiye, enerji alanında iş birliğini geliştirme kararlılığını teyit etti.")
    agree = events_of(doc, "AGREE")
    assert agree and codes(agree[0]["actor"]) == {"KAZ", "TUR"}
    assert not events_of(doc, "COOPERATE")


def test_call_for_restraint_is_request() -> None:
    doc = process("Kazakistan, Ermenistan ve Azerbaycan'a itidal çağrısında bulundu.")
    request = events_of(doc, "REQUEST")
    assert request and "KAZ" in codes(request[0]["actor"])


def test_condemnation_is_accuse() -> None:
    doc = process("Türkiye, Rusya'nın açıklamalarını sert bir dille kınadı.")
    accuse = events_of(doc, "ACCUSE")
    assert accuse and "TUR" in codes(accuse[0]["actor"])


def test_condemned_state_is_the_recipient() -> None:
    doc = process("Türkiye, Rusya'yı kınadı.")
    accuse = events_of(doc, "ACCUSE")[0]
    assert codes(accuse["actor"]) == {"TUR"} and codes(accuse["recipient"]) == {"RUS"}


def test_sanctions_and_expulsion() -> None:
    doc = process("ABD, Rus bankalarına yeni yaptırımlar uyguladı.")
    assert "USA" in codes(events_of(doc, "SANCTION")[0]["actor"])
    doc = process("Almanya, dört Rus diplomatı sınır dışı etti.")
    assert [e["mode"] for e in events_of(doc, "SANCTION")] == ["expel"]


def test_humanitarian_aid() -> None:
    doc = process("Türkiye, Filistin'e 500 ton insani yardım gönderdi.")
    aid = events_of(doc, "AID")
    assert aid and aid[0]["mode"] == "humanitarian" and "TUR" in codes(aid[0]["actor"])


def test_negated_meeting() -> None:
    doc = process("Kazakistan Dışişleri Bakanı, Rusya Dışişleri Bakanı ile görüşmedi.")
    consult = events_of(doc, "CONSULT")
    assert consult and consult[0]["negated"] is True
    doc = process("Kazakistan, Rusya ile Astana'da görüştü.")
    assert events_of(doc, "CONSULT")[0]["negated"] is False


@pytest.mark.parametrize(("when", "expected"), [
    ("Salı günü", "2024-05-21"),
    ("12 Mart'ta", "2024-03-12"),
    ("geçen hafta", "2024-05-15"),
    ("dün", "2024-05-21"),
])
def test_event_dates_resolved_against_publication(when: str, expected: str) -> None:
    doc = process(f"Kazakistan, Türkiye ile {when} Ankara'da görüştü.")
    assert events_of(doc, "CONSULT")[0]["date"] == expected


def test_ordinary_sentences_yield_no_event() -> None:
    doc = process("Türkiye'de enflasyon nisan ayında yüzde 70'e yükseldi. Almanya'da hava sıcaklığı bugün 30 "
                  "dereceyi buldu. Japonya'da turist sayısı arttı, müzelerin ziyaretçi sayısı rekor kırdı.")
    assert doc.events == []


def test_all_capital_headline_is_processed() -> None:
    doc = process("DIŞİŞLERİ BAKANI SELİM AYDEMİR YARIN KAZAKİSTAN'A GİDECEK\n\n"
                  "Kazakistan ile Türkiye GEÇTİĞİMİZ HAFTA görüştü.")
    assert events_of(doc, "CONSULT")[0]["date"] == "2024-05-15"


def test_sentence_initial_dotted_capital_i() -> None:
    doc = process("İmzalanan anlaşmayla Kazakistan ve Türkiye enerji iş birliğini genişletti.")
    assert events_of(doc, "SUPPORT")


def test_titled_name_stops_at_the_apostrophe() -> None:
    doc = process("Kazakistan Dışişleri Bakan Yardımcısı Daniyar Sarsenbayev'in Ankara ziyareti sürüyor.")
    assert person(doc, "Sarsenbayev")["text"] == "Daniyar Sarsenbayev"


def test_role_reference_resolves_to_the_named_leader() -> None:
    doc = process("Kazakistan Cumhurbaşkanı Aset Nurlanov, resmi ziyaret için Ankara'ya geldi.\n\n"
                  "Kazak lider, Türkiye ile ilişkilerin güçlendirilmesi gerektiğini söyledi.")
    reference = next(m for m in doc.mentions if m["matched"] == "role")
    assert reference["text"] == "lider" and reference["entity_name"] == "Aset Nurlanov"
    assert events_of(doc, "AGREE")


def test_titled_name_followed_by_a_place() -> None:
    doc = process("Kazakistan Cumhurbaşkanı Aset Nurlanov Ankara'ya geldi ve temaslarda bulundu.")
    assert person(doc, "Nurlanov")["code"] == "KAZ"


def test_all_capital_weekday_does_not_crash() -> None:
    headline = "KAZAKİSTAN İLE TÜRKİYE SALI GÜNÜ ANKARA'DA GÖRÜŞTÜ"
    doc = process(headline)
    assert doc.text == headline
    assert [(m["text"], m["code"]) for m in doc.mentions if m["type"] == "PLACE"] == [("ANKARA", "TUR")]


def test_first_name_kasim_is_not_a_date() -> None:
    doc = process("Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev, Türkiye ile Ankara'da görüştü.")
    assert events_of(doc, "CONSULT")[0]["date"] == PUBLISHED  # no November: the article's own day


def test_moreover_does_not_join_the_subject_to_the_object():
    doc = process("Fidan ayrıca Birleşmiş Milletler'i Suriye'nin yeniden inşasına kaynak ayırmaya çağırdı.")
    requests = events_of(doc, "REQUEST")
    assert requests and codes(requests[0]["actor"]) == {"TUR"} and codes(requests[0]["recipient"]) == {"UN"}


def test_a_summit_named_as_the_setting_is_no_meeting_with_the_criticised():
    doc = process("Zirvede konuşan Erdoğan, İsrail'in Gazze'deki saldırılarını sert bir dille eleştirdi.")
    assert not events_of(doc, "CONSULT")
    assert codes(events_of(doc, "ACCUSE")[0]["recipient"]) == {"ISR"}
