"""States, capitals, seats of power and regions of the packaged knowledge base, in many languages."""

from __future__ import annotations

import json
import tomllib
from importlib import resources

import pytest

from dragoman.actors.kb import default_knowledge_base
from dragoman.actors.mentions import match_names

DAY = "2024-05-20"


def found(text: str, lang: str | None = None, day: str | None = DAY) -> list[tuple[str, str | None, str]]:
    """(matched text, code, type) of every mention; capitals carry the state they stand for."""
    kb = default_knowledge_base()
    result = []
    for mention in match_names(text, lang, day, kb):
        code = mention.extra.get("metonym_of") if mention.type == "PLACE" else mention.code
        result.append((mention.text, code, mention.type))
    return result


def codes(text: str, lang: str | None = None) -> list[str | None]:
    return [code for _, code, _ in found(text, lang)]


def _data(name: str) -> str:
    return resources.files("dragoman.actors").joinpath("data", name).read_text(encoding="utf-8")


@pytest.mark.parametrize("text", [
    "Cazaquistão", "Kasachstan", "Kasachstans", "Қазақстан", "Қазақстанның", "Казахстана", "Kazakistan",
    "Kazakistan'ın", "Казахстаном", "Казахстану", "Kazakhstan", "Kazajistán", "Kazakhstan's", "Kazakstan",
])
def test_kazakhstan_in_many_languages_and_cases(text: str) -> None:
    assert codes(f"Le {text} a signé.") == ["KAZ"]


@pytest.mark.parametrize(("text", "code"), [
    ("Allemagne", "DEU"), ("Deutschland", "DEU"), ("Германии", "DEU"), ("Німеччини", "DEU"), ("Almanya'nın", "DEU"),
    ("Jerman", "DEU"), ("Tiongkok", "CHN"), ("Çin", "CHN"), ("Китаем", "CHN"), ("Pechino", "CHN"),
    ("США", "USA"), ("ABD", "USA"), ("EE.UU.", "USA"), ("EUA", "USA"), ("Estados Unidos", "USA"),
    ("Великобритании", "GBR"), ("Royaume-Uni", "GBR"), ("İngiltere", "GBR"), ("Rusia", "RUS"), ("Ресей", "RUS"),
    ("Россией", "RUS"), ("Росії", "RUS"), ("Türkiye", "TUR"), ("Turkey", "TUR"), ("Türkei", "TUR"),
    ("Ouzbékistan", "UZB"), ("Özbekistan", "UZB"), ("Өзбекстан", "UZB"), ("Kirgisistan", "KGZ"),
    ("Қырғызстан", "KGZ"), ("Tadschikistan", "TJK"), ("Turkménistan", "TKM"), ("Azerbaïdjan", "AZE"),
    ("Géorgie", "GEO"), ("Arménie", "ARM"), ("Palestina", "PSE"), ("Saint-Siège", "VAT"), ("Kosovo", "XKX"),
    ("Taïwan", "TWN"), ("Hong Kong", "HKG"), ("Sahara occidental", "ESH"), ("RDC", "COD"),
    ("Congo-Brazzaville", "COG"), ("Côte d’Ivoire", "CIV"), ("Eswatini", "SWZ"), ("Кубы", "CUB"),
])
def test_state_names_in_many_languages_and_scripts(text: str, code: str) -> None:
    assert codes(f"Selon {text}, rien.") == [code]


def test_longer_names_win_over_the_names_inside_them() -> None:
    assert codes("Northern Ireland and Ireland") == ["GBR", "IRL"]
    assert codes("South Sudan and Sudan, Papua New Guinea and Guinea") == ["SSD", "SDN", "PNG", "GIN"]
    assert codes("Hong Kong et la Chine") == ["HKG", "CHN"]


def test_bare_congo_is_ambiguous_and_left_out() -> None:
    assert codes("Le Congo et le Kongo") == []


@pytest.mark.parametrize(("text", "code"), [
    ("Le Kremlin a répondu", "RUS"), ("в Кремле заявили", "RUS"), ("Kremlin'in açıklaması", "RUS"),
    ("Der Kreml schweigt", "RUS"), ("l'Élysée a annoncé", "FRA"), ("Die Maison Blanche", "USA"),
    ("im Weißen Haus", "USA"), ("в Белом доме", "USA"), ("Beyaz Saray açıkladı", "USA"),
    ("Gedung Putih menyatakan", "USA"), ("a Casa Branca disse", "USA"), ("la Casa Blanca dijo", "USA"),
    ("Akorda a publié", "KAZ"), ("Ақордада өтті", "KAZ"), ("Акорда сообщила", "KAZ"),
    ("Downing Street said", "GBR"), ("le Quai d'Orsay a convoqué", "FRA"), ("Zhongnanhai decided", "CHN"),
    ("Bankova said", "UKR"), ("o Itamaraty informou", "BRA"), ("o Planalto respondeu", "BRA"),
    ("das Auswärtige Amt", "DEU"), ("des Auswärtigen Amtes", "DEU"), ("das Weiße Haus", "USA"), ("Kasumigaseki officials", "JPN"),
    ("Foggy Bottom", "USA"), ("Госдеп США", "USA"), ("the Blue House said", "KOR"),
])
def test_seats_of_power_stand_for_their_state(text: str, code: str | None) -> None:
    seats = [m for m in match_names(text, None, DAY) if m.matched == "seat"]
    assert [m.code for m in seats] == ([code] if code else [])
    assert all(m.type == "STATE" for m in seats)


@pytest.mark.parametrize(("text", "state"), [
    ("Москве", "RUS"), ("Moscou", "RUS"), ("Moskova'da", "RUS"), ("Мәскеу", "RUS"), ("Астане", "KAZ"),
    ("Астанада", "KAZ"), ("Astana", "KAZ"), ("Pékin", "CHN"), ("Пекіном", "CHN"), ("Washington", "USA"),
    ("Vaşington", "USA"), ("Berlim", "DEU"), ("Kiew", "UKR"), ("Києві", "UKR"), ("Tachkent", "UZB"),
    ("Bişkek", "KGZ"), ("Tiflis", "GEO"), ("Erevan", "ARM"), ("Tahran", "IRN"), ("Yeni Delhi", "IND"),
])
def test_capitals_are_places_standing_for_their_state(text: str, state: str) -> None:
    assert [(c, t) for _, c, t in found(f"Selon {text}, rien.")] == [(state, "PLACE")]


def test_ambiguous_capitals_are_left_out() -> None:
    for text in ("Brussels", "Sofia", "Victoria", "Kingston", "Lima", "Santiago", "Seul", "Sana"):
        assert found(f"{text} said so.") == [], text


def test_nur_sultan_names_carry_their_dates() -> None:
    kb = default_knowledge_base()
    nur = [n for n in kb.names if n.text in ("Nur-Sultan", "Нур-Султан", "Нұр-Сұлтан")]
    assert len(nur) == 3
    assert {(n.valid_from, n.valid_to) for n in nur} == {("2019-03-20", "2022-09-17")}
    assert {kb.entities[n.entity].state for n in nur} == {"KAZ"}
    astana = [n for n in kb.names if n.text == "Astana" and n.kind == "capital"]
    assert astana and all(n.valid_to is None for n in astana)
    assert found("Nur-Sultan hosted the summit.", day="2021-06-01") == [("Nur-Sultan", "KAZ", "PLACE")]


# Strict, one text each: a fix of either name shows as XPASS-failure instead of hiding behind the other.
@pytest.mark.xfail(strict=True, reason="dates only rank candidates of one span (mentions._rank); an "
                                       "out-of-date name that is alone on its span is still matched")
@pytest.mark.parametrize("text", ["Nur-Sultan hosted the summit.", "Swaziland signed."])
def test_a_name_is_not_matched_outside_its_years(text: str) -> None:
    assert found(text, day="2024-05-20") == []


@pytest.mark.parametrize(("text", "code"), [
    ("en Asie centrale", "CAS"), ("in Zentralasien", "CAS"), ("Zentralasiens", "CAS"), ("na Ásia Central", "CAS"),
    ("di Asia Tengah", "CAS"), ("Orta Asya'nın", "CAS"), ("в Центральной Азии", "CAS"), ("Центральна Азія", "CAS"),
    ("Орталық Азия", "CAS"), ("Орталық Азияда", "CAS"), ("in Central Asia", "CAS"), ("in Asia centrale", "CAS"),
    ("im Südkaukasus", "CAU"), ("Южного Кавказа", "CAU"), ("Güney Kafkasya", "CAU"), ("au Moyen-Orient", "MEA"),
    ("im Nahen Osten", "MEA"), ("Timur Tengah", "MEA"), ("на Ближнем Востоке", "MEA"), ("Orta Doğu", "MEA"),
    ("en Amérique latine", "LAM"), ("Латинской Америки", "LAM"), ("Asia Tenggara", "SEA"),
    ("Юго-Восточной Азии", "SEA"), ("Südasien", "SAS"), ("Europa", "EUR"), ("Європи", "EUR"), ("África", "AFR"),
    ("l'Occident", "WST"), ("Batı'nın", "WST"), ("negara-negara Barat", "WST"), ("Azji Środkowej", None),
])
def test_regions_in_several_languages(text: str, code: str | None) -> None:
    regions = [c for _, c, kind in found(text) if kind == "REGION"]
    assert regions == ([code] if code else [])


def test_west_is_not_read_in_geographic_phrases() -> None:
    assert found("Jawa Barat dan Kalimantan Barat") == []
    assert [c for _, c, t in found("Западная Сибирь и Западной Украины") if t == "REGION"] == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The committee will meet again next week to discuss the budget and the new school."),
    ("fr", "Seul le maire a voté contre le projet, mais il reste optimiste pour la suite."),
    ("de", "Der Bürgermeister sagte am Montag, das neue Schwimmbad werde im Sommer eröffnet."),
    ("es", "Sin embargo, la paz entre los vecinos sigue siendo frágil, dijo el alcalde."),
    ("it", "Il monaco ha detto che la festa si terrà domani in piazza."),
    ("pt", "A malta foi à praia e comeu peru com o primo."),
    ("id", "Presiden mengatakan bahwa rapat akan diadakan di Jawa Barat pekan depan."),
    ("tr", "Benim için bu karar çok önemli, dedi belediye başkanı. Sana da söyledim."),
    ("ru", "Самое главное, что Палату представителей это не остановило."),
])
def test_no_state_in_ordinary_sentences(lang: str, text: str) -> None:
    mine = {"name", "former", "seat", "capital"}
    hits = [m for m in match_names(text, lang, DAY) if m.matched in mine and m.type in ("STATE", "PLACE", "REGION")]
    assert hits == []


def test_states_json_covers_the_un_and_more() -> None:
    records = json.loads(_data("states.json"))
    by_code = {r["code"]: r for r in records}
    assert len(by_code) == len(records) >= 200
    for code in ("VAT", "PSE", "XKX", "TWN", "HKG", "ESH", "KAZ", "SSD", "TLS", "FSM"):
        assert code in by_code
    assert by_code["KAZ"]["wikidata_id"] == "Q232" and by_code["KAZ"]["capital"] == "Astana"
    assert by_code["USA"]["official"] == "United States of America"
    assert all(r["wikidata_id"] is None or r["wikidata_id"].startswith("Q") for r in records)
    assert all(len(r["code"]) == 3 and r["code"].isupper() and r["names"].get("en") for r in records)
    assert len(by_code["FRA"]["names"]) > 150  # CLDR languages


def test_hand_files_parse_and_point_at_known_states() -> None:
    states = {r["code"] for r in json.loads(_data("states.json"))}
    extra = tomllib.loads(_data("states_extra.toml"))
    assert set(extra) <= states
    regions = tomllib.loads(_data("regions.toml"))["region"]
    assert {r["code"] for r in regions} == {"CAS", "CAU", "MEA", "EUR", "ASA", "AFR", "SAS", "SEA", "LAM", "WST"}
    assert all(set(r["members"]) <= states for r in regions)


@pytest.mark.parametrize("lang", [None, "ru", "uk"])
def test_pope_francis_is_not_france(lang: str | None) -> None:
    # Франция and Франциск share the stem Франци-: the Pope is a person of the Holy See, France stays France.
    assert found("Франция и Папа Франциск", lang) == [("Франция", "FRA", "STATE"), ("Папа Франциск", "VAT", "PERSON")]
    assert "FRA" not in codes("Франциск", lang)


@pytest.mark.parametrize(("text", "lang", "code"), [
    ("Cientos protestaron frente a la embajada de EU en México.", "es", "USA"),
    ("The EU imposed sanctions on Belarus.", "en", "EU"),
    ("Die EU verhängte Sanktionen gegen Belarus.", "de", "EU"),
])
def test_a_name_of_the_texts_language_wins_between_entities(text: str, lang: str, code: str) -> None:
    assert ("EU", code) in [(t, c) for t, c, _ in found(text, lang)]


@pytest.mark.parametrize(("text", "expected"), [
    # Thai and Lao write no spaces between words, and their names of states can be three letters
    ("นายกรัฐมนตรีไทยเดินทางเยือนญี่ปุ่นเพื่อหารือกับจีน", ["THA", "JPN", "CHN"]),
    ("ນາຍົກລັດຖະມົນຕີລາວໄດ້ພົບກັບປະທານາທິບໍດີຫວຽດນາມ", ["LAO", "VNM"]),
    ("ကမ္ဘောဒီးယားနှင့်ထိုင်းနိုင်ငံ", ["KHM", "THA"]),
])
def test_states_in_scripts_written_without_spaces(text: str, expected: list[str]) -> None:
    assert [code for _, code, kind in found(text, day=None) if kind == "STATE"] == expected
