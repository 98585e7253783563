"""International organisations of the actor knowledge base (dragoman/actors/data/igos.toml)."""

from __future__ import annotations

import tomllib
from collections import defaultdict
from importlib import resources

import pycountry
import pytest

from dragoman.actors.kb import KnowledgeBase, default_knowledge_base, load_organisations
from dragoman.actors.matcher import fold_text
from dragoman.actors.mentions import match_names
from dragoman.actors.model import IGO

DAY = "2024-05-20"


@pytest.fixture(scope="module")
def igo_kb() -> KnowledgeBase:
    """Only the organisations, so these tests do not depend on the state and language data."""
    kb = KnowledgeBase()
    load_organisations(kb)
    return kb


@pytest.fixture(scope="module")
def records() -> list[dict]:
    text = resources.files("dragoman.actors").joinpath("data", "igos.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)["igo"]


def igos_in(text: str, lang: str, kb: KnowledgeBase | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.code) for m in match_names(text, lang, DAY, kb) if m.type == IGO]


# (language, sentence, words naming the organisation, its code)
ACRONYMS_AND_NAMES = [
    ("en", "The UN said the talks would resume.", "UN", "UN"),
    ("fr", "L'ONU a appelé au cessez-le-feu.", "ONU", "UN"),
    ("de", "Die UNO hat den Bericht veröffentlicht.", "UNO", "UN"),
    ("ru", "Генсек ООН прибыл в Нью-Йорк.", "ООН", "UN"),
    ("uk", "Україна звернулася до ООН.", "ООН", "UN"),
    ("id", "PBB menyerukan gencatan senjata.", "PBB", "UN"),
    ("tr", "BM'nin açıklaması dün yayımlandı.", "BM", "UN"),
    ("kk", "БҰҰ-ның өкілі Астанаға келді.", "БҰҰ", "UN"),
    ("it", "Il segretario generale dell'Onu ha parlato ieri.", "dell'Onu", "UN"),
    ("de", "Der Sprecher der Vereinten Nationen äußerte sich.", "Vereinten Nationen", "UN"),
    ("ru", "Он выступил в штаб-квартире Организации Объединённых Наций.", "Организации Объединённых Наций", "UN"),
    ("tr", "Birleşmiş Milletler'in raporu yayımlandı.", "Birleşmiş Milletler", "UN"),
    ("kk", "Біріккен Ұлттар Ұйымының Бас хатшысы сөз сөйледі.", "Біріккен Ұлттар Ұйымының", "UN"),
    ("en", "The SCO summit opened on Thursday.", "SCO", "SCO"),
    ("fr", "Le sommet de l'OCS s'est ouvert jeudi.", "OCS", "SCO"),
    ("de", "Der SOZ-Gipfel begann am Donnerstag.", "SOZ", "SCO"),
    ("ru", "Саммит ШОС открылся в четверг.", "ШОС", "SCO"),
    ("tr", "ŞİÖ zirvesi perşembe günü başladı.", "ŞİÖ", "SCO"),
    ("kk", "ШЫҰ саммиті бейсенбіде ашылды.", "ШЫҰ", "SCO"),
    ("pt", "A cimeira da OCX começou na quinta-feira.", "OCX", "SCO"),
    ("ru", "Лидеры Шанхайской организации сотрудничества встретились.", "Шанхайской организации сотрудничества", "SCO"),
    ("id", "Organisasi Kerja Sama Shanghai menggelar pertemuan.", "Organisasi Kerja Sama Shanghai", "SCO"),
    ("en", "The EU imposed new sanctions.", "EU", "EU"),
    ("fr", "L'UE a imposé de nouvelles sanctions.", "UE", "EU"),
    ("es", "La UE impuso nuevas sanciones.", "UE", "EU"),
    ("ru", "ЕС ввёл новые санкции.", "ЕС", "EU"),
    ("uk", "ЄС запровадив нові санкції.", "ЄС", "EU"),
    ("id", "Uni Eropa menjatuhkan sanksi baru.", "Uni Eropa", "EU"),
    ("tr", "AB yeni yaptırımlar uyguladı.", "AB", "EU"),
    ("tr", "Avrupa Birliği'nin kararı açıklandı.", "Avrupa Birliği", "EU"),
    ("kk", "ЕО жаңа санкциялар енгізді.", "ЕО", "EU"),
    ("ru", "Представитель Евросоюза выступил с заявлением.", "Евросоюза", "EU"),
    ("de", "Die Mitgliedstaaten der Europäischen Union stimmten zu.", "Europäischen Union", "EU"),
    ("en", "Kazakhstan chaired CICA until 2022.", "CICA", "CICA"),
    ("ru", "Казахстан председательствовал в СВМДА.", "СВМДА", "CICA"),
    ("kk", "АӨСШК саммиті Астанада өтті.", "АӨСШК", "CICA"),
    ("ru", "Секретариат Совещания по взаимодействию и мерам доверия в Азии находится в Астане.",
     "Совещания по взаимодействию и мерам доверия в Азии", "CICA"),
    ("en", "The Turkic Council met in Baku in 2019.", "Turkic Council", "OTS"),
    ("tr", "Türk Devletleri Teşkilatı'nın zirvesi Astana'da yapıldı.", "Türk Devletleri Teşkilatı", "OTS"),
    ("ru", "Саммит Организации тюркских государств прошёл в Астане.", "Организации тюркских государств", "OTS"),
    ("kk", "Түркі мемлекеттері ұйымының саммиті өтті.", "Түркі мемлекеттері ұйымының", "OTS"),
    ("ru", "Армения заморозила участие в ОДКБ.", "ОДКБ", "CSTO"),
    ("fr", "L'Arménie a gelé sa participation à l'OTSC.", "OTSC", "CSTO"),
    ("ru", "Страны ЕАЭС договорились о пошлинах.", "ЕАЭС", "EAEU"),
    ("de", "Die GUS-Staaten trafen sich in Minsk.", "GUS", "CIS"),
    ("kk", "ТМД елдерінің басшылары кездесті.", "ТМД", "CIS"),
    ("it", "La Nato ha rafforzato il fianco orientale.", "La Nato", "NATO"),
    ("de", "Der Gipfel der Nato beginnt morgen.", "der Nato", "NATO"),
    ("es", "La OTAN celebró una cumbre.", "OTAN", "NATO"),
    ("tr", "AGİT gözlemcileri seçimleri izledi.", "AGİT", "OSCE"),
    ("uk", "Місія ОБСЄ залишила країну.", "ОБСЄ", "OSCE"),
    ("ru", "Лидеры большой семёрки обсудили санкции.", "большой семёрки", "G7"),
    ("en", "The G77 and China issued a statement.", "G77", "G77"),
    ("fr", "Le Burkina Faso a quitté la CEDEAO.", "CEDEAO", "ECOWAS"),
    ("fr", "Un mandat d'arrêt de la CPI a été émis.", "la CPI", "ICC"),
    ("de", "Der Internationale Strafgerichtshof erließ einen Haftbefehl.", "Internationale Strafgerichtshof", "ICC"),
    ("pt", "O Brasil discutiu o tema na CPLP.", "CPLP", "CPLP"),
    ("es", "El FMI aprobó un préstamo.", "FMI", "IMF"),
    ("id", "Bank Dunia memangkas proyeksi pertumbuhan.", "Bank Dunia", "WB"),
    ("id", "Gerakan Non-Blok didirikan di Beograd.", "Gerakan Non-Blok", "NONALIGNED"),
    ("fr", "Le Mouvement des non-alignés s'est réuni à Kampala.", "Mouvement des non-alignés", "NONALIGNED"),
]


@pytest.mark.parametrize(("lang", "text", "words", "code"), ACRONYMS_AND_NAMES, ids=lambda v: str(v)[:24])
def test_names_and_acronyms_resolve(igo_kb: KnowledgeBase, lang: str, text: str, words: str, code: str) -> None:
    assert (words, code) in igos_in(text, lang, igo_kb)


BODIES = [
    ("fr", "Le Conseil de sécurité de l'ONU s'est réuni.", "Conseil de sécurité de l'ONU", "UN"),
    ("en", "The Security Council adopted the resolution.", "Security Council", "UN"),
    ("de", "Der Weltsicherheitsrat tagte in New York.", "Weltsicherheitsrat", "UN"),
    ("ru", "Совбез ООН провёл заседание.", "Совбез ООН", "UN"),
    ("tr", "BM Güvenlik Konseyi toplandı.", "BM Güvenlik Konseyi", "UN"),
    ("id", "Dewan Keamanan PBB menggelar rapat darurat.", "Dewan Keamanan PBB", "UN"),
    ("en", "The UN General Assembly voted on Friday.", "UN General Assembly", "UN"),
    ("de", "Die Europäische Kommission legte einen Vorschlag vor.", "Europäische Kommission", "EU"),
    ("ru", "Еврокомиссия предложила новый пакет санкций.", "Еврокомиссия", "EU"),
    ("uk", "Єврокомісія схвалила рішення.", "Єврокомісія", "EU"),
    ("it", "La Commissione europea ha approvato il piano.", "Commissione europea", "EU"),
    ("tr", "Avrupa Parlamentosu karar aldı.", "Avrupa Parlamentosu", "EU"),
    ("es", "El Parlamento Europeo votó la resolución.", "Parlamento Europeo", "EU"),
    ("en", "The European Court of Human Rights ruled against the state.", "European Court of Human Rights", "COE"),
    ("de", "Der Europäische Gerichtshof für Menschenrechte gab der Klage statt.",
     "Europäische Gerichtshof für Menschenrechte", "COE"),
    ("ru", "ПАСЕ приняла резолюцию.", "ПАСЕ", "COE"),
    ("ru", "Евразийская экономическая комиссия снизила пошлины.", "Евразийская экономическая комиссия", "EAEU"),
    ("ru", "Совет коллективной безопасности собрался в Минске.", "Совет коллективной безопасности", "CSTO"),
]


@pytest.mark.parametrize(("lang", "text", "words", "code"), BODIES, ids=lambda v: str(v)[:24])
def test_bodies_stand_for_their_organisation(igo_kb: KnowledgeBase, lang: str, text: str, words: str,
                                             code: str) -> None:
    assert (words, code) in igos_in(text, lang, igo_kb)


COUNCILS = [
    ("en", "The Council of Europe and the European Council", "Council of Europe", "European Council"),
    ("fr", "Le Conseil de l'Europe et le Conseil européen", "Conseil de l'Europe", "Conseil européen"),
    ("de", "Der Europarat und der Europäische Rat", "Europarat", "Europäische Rat"),
    ("es", "El Consejo de Europa y el Consejo Europeo", "Consejo de Europa", "Consejo Europeo"),
    ("it", "Il Consiglio d'Europa e il Consiglio europeo", "Consiglio d'Europa", "Consiglio europeo"),
    ("ru", "Совет Европы и Европейский совет", "Совет Европы", "Европейский совет"),
    ("uk", "Рада Європи та Європейська рада", "Рада Європи", "Європейська рада"),
]


@pytest.mark.parametrize(("lang", "text", "coe", "eu"), COUNCILS, ids=lambda v: str(v)[:24])
def test_council_of_europe_is_not_the_european_council(igo_kb: KnowledgeBase, lang: str, text: str, coe: str,
                                                       eu: str) -> None:
    assert igos_in(text, lang, igo_kb) == [(coe, "COE"), (eu, "EU")]


ORDINARY = [
    ("en", "About 5,000 people attended the concert in the park on Sunday, police said."),
    ("en", "The CPI rose 3.2 percent in May, and the temple dates from the 5th century BCE."),
    ("en", "Who can tell? We can and we will, said the coach after the game."),
    ("fr", "Au marché, il a acheté du pain et des fruits pour la semaine."),
    ("fr", "La sonde se trouvait alors à 44 UA du Soleil, selon les astronomes."),
    ("de", "Am Abend ging er mit seiner Schwester ins Kino und danach essen."),
    ("es", "Uno de los actores llegó tarde al rodaje por el tráfico."),
    ("pt", "Eu fui ao mercado e comprei pão, a sonda estava a 44 UA de Júpiter."),
    ("it", "Nato a Roma nel 1950, ha studiato legge a Bologna."),
    ("it", "Uno scrittore ha presentato il suo libro in biblioteca."),
    ("tr", "Onu dün akşam evde gördüm ve birlikte yemek yedik."),
    ("tr", "ABD'li turistler müzeyi ziyaret etti."),
    ("id", "Itu adalah rumah yang dibangun oleh kakek saya pada tahun lalu."),
]


@pytest.mark.parametrize(("lang", "text"), ORDINARY, ids=lambda v: str(v)[:24])
def test_no_organisation_in_ordinary_sentences(igo_kb: KnowledgeBase, lang: str, text: str) -> None:
    assert igos_in(text, lang, igo_kb) == []


def test_g7_is_not_read_inside_g77(igo_kb: KnowledgeBase) -> None:
    assert igos_in("Cyprus and Malta left the G77 in 2004.", "en", igo_kb) == [("G77", "G77")]


def test_in_the_full_knowledge_base() -> None:
    """The packaged knowledge base (states, languages, people loaded too) resolves the same way."""
    kb = default_knowledge_base()
    text = "La ONU, la UE, la OCS y la CICA se reunieron; el Consejo de Europa también."
    found = igos_in(text, "es", kb)
    assert [code for _, code in found] == ["UN", "EU", "SCO", "CICA", "COE"]
    assert ("СВМДА", "CICA") in igos_in("Саммит СВМДА прошёл в Астане.", "ru", kb)
    assert ("AB", "EU") in igos_in("AB ve BM ortak bir açıklama yaptı.", "tr", kb)


MEMBER_COUNTS = {"EU": 27, "NATO": 32, "OSCE": 57, "COE": 46, "SCO": 10, "CIS": 9, "CSTO": 6, "EAEU": 5, "OTS": 5,
                 "CICA": 28, "ASEAN": 11, "GCC": 6, "BRICS": 10, "G7": 7, "G20": 19, "OPEC": 12, "OIC": 57,
                 "AU": 55, "LAS": 22, "OECD": 38}


def test_memberships(records: list[dict]) -> None:
    by_code = {r["code"]: r for r in records}
    assert {code: len(by_code[code]["members"]) for code in MEMBER_COUNTS} == MEMBER_COUNTS
    assert "KAZ" in by_code["SCO"]["members"] and "TUR" in by_code["OTS"]["members"]
    assert "GBR" not in by_code["EU"]["members"] and "SWE" in by_code["NATO"]["members"]
    iso = {c.alpha_3 for c in pycountry.countries}
    for record in records:
        assert set(record.get("members", [])) <= iso, record["code"]
        assert len(set(record.get("members", []))) == len(record.get("members", [])), record["code"]


def test_codes_are_unique_and_never_a_country_code(records: list[dict]) -> None:
    codes = [r["code"] for r in records]
    assert len(codes) == len(set(codes))
    iso = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    assert not set(codes) & iso  # NAM is Namibia, CAN is Canada
    assert {"UN", "EU", "NATO", "OSCE", "SCO", "CIS", "CSTO", "EAEU", "OTS", "CICA", "ASEAN", "AU", "OIC", "GCC",
            "BRICS", "G7", "G20", "OPEC", "IMF", "WB", "WTO", "WHO", "IAEA", "ICC", "ICJ", "COE"} <= set(codes)


def test_no_name_points_to_two_organisations(igo_kb: KnowledgeBase) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for name in igo_kb.names:
        owners[fold_text(name.text)].add(name.entity)
    assert {text: codes for text, codes in owners.items() if len(codes) > 1} == {}
