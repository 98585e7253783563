"""Indonesian: titled people, quotes with kata/ujar, affixed and passive event cues, dates."""

from __future__ import annotations

import pytest

from tests.languages.helpers import codes, events_of, person, processor

process = processor("id")


def test_titled_unknown_person_gets_role_and_state() -> None:
    doc = process("Wakil Menteri Luar Negeri Kazakhstan Daniyar Sarsenbayev tiba di Jakarta pada Senin.")
    found = person(doc, "Sarsenbayev")
    assert found["text"] == "Daniyar Sarsenbayev"
    assert found["role"] == "deputy foreign minister"
    assert found["code"] == "KAZ"


def test_ri_abbreviation_and_ministry_portfolio() -> None:
    doc = process("Menlu RI Sari Wulandari dan Menteri Perdagangan Kazakhstan Arman Zhumabekov hadir.")
    assert person(doc, "Wulandari")["code"] == "IDN"
    assert person(doc, "Wulandari")["role"] == "foreign minister"
    trade = person(doc, "Zhumabekov")
    assert trade["text"] == "Arman Zhumabekov" and trade["code"] == "KAZ" and trade["role"] == "minister"


def test_ambassador_to_a_country() -> None:
    doc = process("Duta Besar Kazakhstan untuk Indonesia Serik Temirbayev menghadiri acara itu.")
    found = person(doc, "Temirbayev")
    assert found["role"] == "ambassador" and found["code"] == "KAZ"


def test_quote_with_kata_after_and_ujarnya_in_the_next_paragraph() -> None:
    doc = process("“Indonesia siap memperkuat kemitraan dengan negara-negara Asia Tengah,” kata Menteri Luar "
                  "Negeri RI Sari Wulandari di Jakarta.\n\n"
                  "“Kami berharap volume perdagangan meningkat tahun depan,” ujarnya.")
    assert [q["speaker"]["text"] for q in doc.quotes] == ["Sari Wulandari", "Sari Wulandari"]
    assert doc.quotes[0]["speaker"]["code"] == "IDN"


def test_quote_after_mengatakan_and_menurut() -> None:
    doc = process("Wakil Menteri Luar Negeri Kazakhstan Daniyar Sarsenbayev mengatakan, \"Kazakhstan mendukung "
                  "penuh keketuaan Indonesia di ASEAN.\"\n\n"
                  "Menurut Sarsenbayev, \"kedua negara memiliki potensi besar di bidang energi.\"")
    assert [q["speaker"]["code"] for q in doc.quotes] == ["KAZ", "KAZ"]
    assert doc.quotes[0]["verb"] == "mengatakan"


def test_pronoun_dia_after_the_quote() -> None:
    doc = process("Menteri Luar Negeri Kazakhstan Daniyar Sarsenbayev berbicara kepada wartawan.\n\n"
                  "\"Kami tidak akan menerima tekanan dari pihak mana pun,\" kata dia.")
    assert doc.quotes[0]["speaker"]["text"] == "Daniyar Sarsenbayev"


def test_meeting_with_dengan_and_without() -> None:
    doc = process("Menteri Luar Negeri Kazakhstan Daniyar Sarsenbayev bertemu dengan Menteri Luar Negeri RI "
                  "Sari Wulandari di Jakarta.")
    assert codes(events_of(doc, "CONSULT")[0]["actor"]) == {"KAZ", "IDN"}
    doc = process("Presiden Kazakhstan Aset Nurlanov mengunjungi Indonesia.")
    visit = events_of(doc, "CONSULT")[0]
    assert visit["mode"] == "visit" and codes(visit["actor"]) == {"KAZ"} and codes(visit["recipient"]) == {"IDN"}


def test_host_receiving_a_visitor() -> None:
    doc = process("Presiden RI Budi Santoso menerima kunjungan Menteri Luar Negeri Kazakhstan Daniyar "
                  "Sarsenbayev di Jakarta.")
    consult = events_of(doc, "CONSULT")[0]
    assert codes(consult["actor"]) == {"KAZ"}
    assert codes(consult["recipient"]) == {"IDN"}


def test_phone_call() -> None:
    doc = process("Indonesia melakukan pembicaraan telepon dengan Kazakhstan membahas situasi di Timur Tengah.")
    assert events_of(doc, "CONSULT")[0]["mode"] == "phone"


def test_appreciation_is_support() -> None:
    doc = process("Indonesia mengapresiasi dukungan Kazakhstan bagi pencalonan Indonesia.")
    support = events_of(doc, "SUPPORT")[0]
    assert codes(support["actor"]) == {"IDN"} and "KAZ" in codes(support["recipient"])


def test_agreement_to_strengthen_cooperation_is_agree() -> None:
    doc = process("Indonesia dan Kazakhstan sepakat untuk memperkuat kerja sama di bidang energi.")
    agree = events_of(doc, "AGREE")
    assert agree and codes(agree[0]["actor"]) == {"IDN", "KAZ"}
    assert not events_of(doc, "COOPERATE")


def test_urging_is_request() -> None:
    doc = process("Indonesia mendesak Israel segera menghentikan operasi militer di Rafah.")
    request = events_of(doc, "REQUEST")[0]
    assert codes(request["actor"]) == {"IDN"} and codes(request["recipient"]) == {"ISR"}


def test_condemnation_active_and_passive() -> None:
    doc = process("Indonesia mengecam keras tindakan Israel.")
    accuse = events_of(doc, "ACCUSE")[0]
    assert codes(accuse["actor"]) == {"IDN"} and codes(accuse["recipient"]) == {"ISR"}
    doc = process("Rusia dikecam oleh Amerika Serikat karena langkah tersebut.")
    accuse = events_of(doc, "ACCUSE")[0]
    assert codes(accuse["actor"]) == {"USA"} and codes(accuse["recipient"]) == {"RUS"}


def test_sanction_and_expulsion() -> None:
    doc = process("Amerika Serikat menjatuhkan sanksi baru terhadap Iran pada hari ini.")
    sanction = events_of(doc, "SANCTION")[0]
    assert codes(sanction["actor"]) == {"USA"} and codes(sanction["recipient"]) == {"IRN"}
    doc = process("Jerman mengusir empat diplomat Rusia dari Berlin.")
    assert events_of(doc, "SANCTION")[0]["mode"] == "expel"


def test_humanitarian_aid_given_and_received() -> None:
    doc = process("Jepang mengirim bantuan kemanusiaan ke Palestina.")
    aid = events_of(doc, "AID")[0]
    assert aid["mode"] == "humanitarian"
    assert codes(aid["actor"]) == {"JPN"} and codes(aid["recipient"]) == {"PSE"}
    doc = process("Palestina menerima bantuan pangan dari Jepang.")
    aid = events_of(doc, "AID")[0]
    assert codes(aid["actor"]) == {"JPN"} and codes(aid["recipient"]) == {"PSE"}


def test_negated_meeting() -> None:
    doc = process("Indonesia tidak akan bertemu dengan Israel.")
    consult = events_of(doc, "CONSULT")[0]
    assert consult["negated"] is True and consult["future"] is True


@pytest.mark.parametrize(("when", "expected"), [
    ("pada Selasa", "2024-05-21"),
    ("pada 12 Maret", "2024-03-12"),
    ("pekan lalu", "2024-05-15"),
    ("kemarin", "2024-05-21"),
])
def test_event_dates_resolved_against_publication(when: str, expected: str) -> None:
    doc = process(f"Kementerian Luar Negeri Kazakhstan mengecam Rusia {when}.")
    assert events_of(doc, "ACCUSE")[0]["date"] == expected


def test_minggu_lalu_is_last_week() -> None:
    doc = process("Kementerian Luar Negeri Kazakhstan mengecam Rusia minggu lalu.")
    assert events_of(doc, "ACCUSE")[0]["date"] == "2024-05-15"


def test_ordinary_sentences_yield_no_event() -> None:
    doc = process("Harga beras di Indonesia naik sepuluh persen bulan ini. Polisi menemukan barang bukti di rumah "
                  "warga Malaysia itu. Wisatawan asal China memadati Bali selama libur panjang.")
    assert doc.events == []


def test_role_reference_with_the_country_after_the_noun() -> None:
    doc = process("Presiden Kazakhstan Aset Nurlanov tiba di Jakarta pada Selasa.\n\n"
                  "Pemimpin Kazakhstan itu menegaskan komitmen negaranya terhadap kerja sama dengan Indonesia.")
    assert any(m["matched"] == "role" and m["entity_name"] == "Aset Nurlanov" for m in doc.mentions)


def test_role_reference_without_the_country() -> None:
    doc = process("Presiden Kazakhstan Aset Nurlanov tiba di Jakarta pada Selasa.\n\n"
                  "Sang presiden kemudian menegaskan komitmen negaranya terhadap kerja sama dengan Indonesia.")
    reference = next(m for m in doc.mentions if m["matched"] == "role")
    assert reference["entity_name"] == "Aset Nurlanov" and reference["code"] == "KAZ"


def test_cue_inside_an_organisation_name_is_ignored() -> None:
    doc = process("Presiden Uzbekistan bertemu Presiden Kazakhstan di KTT Organisasi Kerja Sama Shanghai di Astana.")
    assert [(codes(e["actor"]), codes(e["recipient"])) for e in events_of(doc, "CONSULT")] == [({"UZB"}, {"KAZ"})]
    assert not events_of(doc, "COOPERATE")  # 'Kerja Sama' (a COOPERATE cue) inside the organisation's name
