"""Korean through the whole pipeline: particles glued to names (북한의, 미국은, 러시아에),
cues as prefixes of inflected words, quotes with their speaker, dates written with 년월일."""

from __future__ import annotations

from tests.languages.helpers import codes, events_of, mention_codes, processor

run = processor("ko")


def test_names_with_particles_and_sanction_last_month():
    doc = run("미국은 지난달 러시아에 대한 제재를 발표했다.")
    assert mention_codes(doc) == {"미국은": "USA", "러시아에": "RUS"}
    sanction = events_of(doc, "SANCTION")[0]
    assert codes(sanction["actor"]) == {"USA"} and codes(sanction["recipient"]) == {"RUS"}
    assert sanction["date"] == "2024-04"


def test_summit_with_a_titled_foreign_leader():
    consult = events_of(run("윤석열 대통령은 20일 서울에서 기시다 후미오 일본 총리와 정상회담을 가졌다."),
                        "CONSULT")[0]
    assert codes(consult["actor"]) | codes(consult["recipient"]) == {"KOR", "JPN"}
    assert consult["date"] == "2024-05-20"


def test_quote_before_its_speech_verb():
    quote = run("바이든 대통령은 \"북한은 즉각 도발을 중단해야 한다\"고 말했다.").quotes[0]
    assert quote["speaker"]["code"] == "USA"
    assert quote["text"].startswith("북한은 즉각")


def test_seizure_yesterday_object_marked_by_particle():
    coerce = events_of(run("한국 해경은 어제 중국 어선을 나포했다."), "COERCE")[0]
    assert codes(coerce["actor"]) == {"KOR"} and codes(coerce["recipient"]) == {"CHN"}
    assert coerce["date"] == "2024-05-21"


def test_condemnation_with_full_date():
    accuse = events_of(run("정부는 2024년 5월 18일 북한의 미사일 발사를 강력히 규탄했다. 한국 정부는 북한을 비난했다."),
                       "ACCUSE")
    assert any(codes(e["actor"]) == {"KOR"} and codes(e["recipient"]) == {"PRK"} for e in accuse)
