"""Vietnamese lexicon behaviour through the whole pipeline: multi-syllable names, titles, quotes,
events and dates. Vietnamese words of several syllables are written with spaces between them
("Bộ trưởng Ngoại giao", "hội đàm", "Trung Quốc"); cues and names are sequences of syllables."""

from __future__ import annotations

from tests.languages.helpers import codes, events_of, mention_codes, people, processor

run = processor("vi")


def test_everyday_state_names_and_organisations():
    doc = run("Đại diện Mỹ, Nga, Nhật Bản, Trung Quốc và Liên Hợp Quốc đã họp tại Hà Nội.")
    found = mention_codes(doc)
    assert found["Mỹ"] == "USA"
    assert found["Nga"] == "RUS"
    assert found["Nhật Bản"] == "JPN"
    assert found["Trung Quốc"] == "CHN"
    assert found["Liên Hợp Quốc"] == "UN"


def test_titled_unknown_person_after_state():
    doc = run("Bộ trưởng Ngoại giao Thái Lan Somchai Rattanakul đã hội đàm với người đồng cấp Lào hôm qua.")
    person = people(doc)["Somchai Rattanakul"]
    assert person["role"] == "foreign minister"
    assert person["code"] == "THA"


def test_phone_call_between_two_states():
    doc = run("Ngày 20/5, Thủ tướng Nhật Bản điện đàm với Tổng thống Hàn Quốc.")
    call = events_of(doc, "CONSULT")[0]
    assert call["mode"] == "phone"
    assert codes(call["actor"]) | codes(call["recipient"]) == {"JPN", "KOR"}
    assert call["date"] == "2024-05-20"


def test_protest_against_a_seizure_and_request():
    doc = run("Việt Nam kiên quyết phản đối việc Trung Quốc bắt giữ ngư dân và yêu cầu "
              "Trung Quốc thả ngay các ngư dân.")
    accuse = events_of(doc, "ACCUSE")[0]
    assert codes(accuse["actor"]) == {"VNM"}
    assert codes(accuse["recipient"]) == {"CHN"}
    request = events_of(doc, "REQUEST")[0]
    assert codes(request["recipient"]) == {"CHN"}
    assert not events_of(doc, "COERCE")  # what is protested is the protest's content, no event


def test_aid_to_a_recipient_after_cho():
    doc = run("Hàn Quốc viện trợ nhân đạo cho Myanmar sau trận động đất ngày 20/5/2024.")
    aid = events_of(doc, "AID")[0]
    assert aid["mode"] == "humanitarian"
    assert codes(aid["actor"]) == {"KOR"}
    assert codes(aid["recipient"]) == {"MMR"}


def test_quote_with_speaker_named_after():
    text = ("Việt Nam kiên quyết phản đối và yêu cầu các bên liên quan không tái diễn vi phạm tương tự”, "
            "ông Nguyễn Văn Hùng nhấn mạnh.")
    text = "“" + text
    quote = run(text).quotes[0]
    assert quote["text"].startswith("Việt Nam kiên quyết phản đối")
    assert quote["speaker"]["text"] == "Nguyễn Văn Hùng"
