"""Titled people: where the name next to a title starts and ends, in several languages and scripts."""

from __future__ import annotations

import pytest

import dragoman
from dragoman.actors.kb import KnowledgeBase, default_knowledge_base
from dragoman.actors.model import PERSON
from dragoman.actors.recognise import recognise_mentions
from dragoman.settings import Settings

DAY = "2025-06-01"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return default_knowledge_base()


def people(text: str, lang: str, kb: KnowledgeBase) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Mention text → (entity name, code, role) of the people recognised."""
    return {m.text: (m.entity_name, m.code, m.role) for m in recognise_mentions(text, lang, DAY, kb)
            if m.type == PERSON}


# ------------------------------------------------------------------ connectors from [names]

@pytest.mark.parametrize(("text", "lang", "name", "code"), [
    ("Duta Besar Kazakhstan untuk Indonesia Serik Temirbayev menghadiri acara itu.", "id",
     "Serik Temirbayev", "KAZ"),
    ("Il viceministro degli Esteri della Georgia Levan Kipiani è arrivato a Roma.", "it", "Levan Kipiani", "GEO"),
    ("Ambassador of France to Kazakhstan Luc Dubreuil opened the exhibition.", "en", "Luc Dubreuil", "FRA"),
    ("Der Botschafter der Ukraine in Deutschland Oleksij Makejew sprach vor Studenten.", "de",
     "Oleksij Makejew", "UKR"),
])
def test_connectors_of_the_language_lead_to_the_name(text: str, lang: str, name: str, code: str,
                                                     kb: KnowledgeBase) -> None:
    found = people(text, lang, kb)
    assert found[name][1] == code


def test_a_short_verb_is_no_connector(kb: KnowledgeBase) -> None:
    found = people("The Russian president met Xi Jinping in Beijing.", "en", kb)
    assert found["Xi Jinping"][0] == "Xi Jinping"
    assert found["president"][0] == "Vladimir Putin"  # a reference back, not a title of Xi


# ------------------------------------------------------------------ where a name ends

@pytest.mark.parametrize(("text", "lang", "written"), [
    ("Staatssekretärin Martina Albrecht reist Anfang November nach Neu-Delhi.", "de", "Martina Albrecht"),
    ("Staatssekretärin Martina Albrecht Anfang November in Neu-Delhi.", "de", "Martina Albrecht"),
    ("Der Sprecher des Außenministeriums Paul Klein sagte am Montag nichts.", "de", "Paul Klein"),
    ("Kazakistan Cumhurbaşkanı Aset Nurlanov Ankara'ya geldi.", "tr", "Aset Nurlanov"),
    ("Kazakistan Dışişleri Bakan Yardımcısı Daniyar Sarsenbayev'in Ankara ziyareti sürüyor.", "tr",
     "Daniyar Sarsenbayev"),
    ("Венгрия Сыртқы істер министрі Шандор Ковач Астанаға ресми сапармен келді.", "kk", "Шандор Ковач"),
    ("Senator Elijah H. Mills and King Edward VII were mentioned.", "en", "Elijah H. Mills"),
    ("O primeiro-ministro de Portugal, Paulo Montenegro, chegou a Brasília.", "pt", "Paulo Montenegro"),
])
def test_the_name_stops_where_it_should(text: str, lang: str, written: str, kb: KnowledgeBase) -> None:
    assert written in people(text, lang, kb)


@pytest.mark.parametrize(("text", "lang"), [
    ("Kallas came as the bloc's High Representative for Foreign Affairs, and held talks.", "en"),
    ("Il est gouverneur de la Californie depuis deux ans.", "fr"),
    ("Arnold Schwarzenegger, divenuto governatore della California, negò la grazia.", "it"),
    ("İki bakan, Nahçıvan üzerinden geçecek demir yolu hattını görüştü.", "tr"),
    ("Direktur Jenderal Kerja Sama ASEAN hadir dalam rapat itu.", "id"),
    ("К этому относится титул « король Леона и Кастилии ».", "ru"),
    ("He served as chairman of the National Governors Association from 1985.", "en"),
    ("He later became president of the Metropolitan Opera House and retired.", "en"),
    ("Le roi d'Assyrie Nimrod aurait jeté Abraham dans la fournaise.", "fr"),
    ("Con la temporada ya comenzada, fue enviado a Utah Jazz a cambio de dos jugadores.", "es"),
])
def test_no_person_is_made_of_ordinary_or_place_words(text: str, lang: str, kb: KnowledgeBase) -> None:
    titled = {m.text for m in recognise_mentions(text, lang, DAY, kb) if m.matched == "title"}
    assert titled == set()


def test_a_genitive_place_before_a_cyrillic_name_is_left_out(kb: KnowledgeBase) -> None:
    found = people("Премьер-министр Квебека Жан Шаре объявил о выборах.", "ru", kb)
    assert list(found) == ["Жан Шаре"]
    found = people("Министр экономики Армении Иван Петрович Сидоров прибыл в Москву.", "ru", kb)
    assert list(found) == ["Иван Петрович Сидоров"]


def test_a_state_after_a_given_name_is_a_surname(kb: KnowledgeBase) -> None:
    text = ("O primeiro-ministro de Portugal, Paulo Montenegro, visitou Brasília. "
            "Montenegro afirmou que o acordo é importante.")
    found = recognise_mentions(text, "pt", DAY, kb)
    montenegro = [m for m in found if m.text == "Montenegro"]
    assert [(m.type, m.entity_name) for m in montenegro] == [(PERSON, "Paulo Montenegro")]
    assert "MNE" not in {m.code for m in found}


# ------------------------------------------------------------------ appositions

@pytest.mark.parametrize(("text", "lang", "name", "role", "code"), [
    ("« Nos agents ont agi dans le respect du droit », a déclaré le porte-parole du ministère, "
     "Christophe Lemoine, lors du point de presse.", "fr", "Christophe Lemoine", "spokesperson", None),
    ("El subsecretario para América Latina y el Caribe de la Cancillería mexicana, Rodrigo Alcántara "
     "Ruiz, explicó el acuerdo.", "es", "Rodrigo Alcántara Ruiz", "deputy minister", "MEX"),
    ("Il direttore generale per il Mediterraneo e il Medio Oriente, Luca Ferrante, ha spiegato i "
     "progetti.", "it", "Luca Ferrante", "director-general", None),
    ("O secretário de Estado adjunto dos Negócios Estrangeiros de Portugal, Tiago Carvalhal, disse que "
     "sim.", "pt", "Tiago Carvalhal", "foreign minister", "PRT"),
    ("Paris n'a aucun rôle à jouer, a dénoncé Elnur Mammadli, porte-parole adjoint du ministère "
     "azerbaïdjanais des Affaires étrangères.", "fr", "Elnur Mammadli", "spokesperson", "AZE"),
])
def test_names_set_off_by_commas(text: str, lang: str, name: str, role: str, code: str | None,
                                 kb: KnowledgeBase) -> None:
    entity_name, found_code, found_role = people(text, lang, kb)[name]
    assert (entity_name, found_role) == (name, role)
    assert code is None or found_code == code


def test_a_clause_with_a_number_is_no_title_complement(kb: KnowledgeBase) -> None:
    text = ("Bis zu seiner Wahl zum Abgeordneten im Jahr 1986 war er Lehrer in Saint-Herblain, "
            "Département Loire-Atlantique.")
    assert people(text, "de", kb) == {}


@pytest.mark.parametrize(("text", "lang", "name", "code"), [
    ("Директор департамента Ближнего Востока и Северной Африки МИД России Андрей Воронцов сообщил об "
     "этом.", "ru", "Андрей Воронцов", "RUS"),
    ("Заступник міністра енергетики України Олександр Гребенюк уточнив деталі.", "uk",
     "Олександр Гребенюк", "UKR"),
])
def test_genitive_complement_without_comma(text: str, lang: str, name: str, code: str,
                                           kb: KnowledgeBase) -> None:
    assert people(text, lang, kb)[name][1] == code


def test_a_verb_ends_a_genitive_complement(kb: KnowledgeBase) -> None:
    text = "Министр иностранных дел России провёл переговоры с Иваном Петровым."
    assert "Иваном Петровым" not in people(text, "ru", kb)


# ------------------------------------------------------------------ inflected names

@pytest.mark.parametrize(("text", "lang", "written", "name"), [
    ("Президент України провів розмову з прем'єр-міністром Японії Шіґеру Ішібою.", "uk",
     "Шіґеру Ішібою", "Shigeru Ishiba"),
    ("Лавров провёл переговоры с министром иностранных дел Ирана Аббасом Аракчи.", "ru",
     "Аббасом Аракчи", "Abbas Araghchi"),
])
def test_inflected_titled_names_link_to_known_people(text: str, lang: str, written: str, name: str,
                                                    kb: KnowledgeBase) -> None:
    assert people(text, lang, kb)[written][0] == name


def test_an_unknown_inflected_name_is_shown_in_the_nominative(kb: KnowledgeBase) -> None:
    found = people("Президент встретился с министром экономики Армении Нурланом Ермекбековым.", "ru", kb)
    assert found["Нурланом Ермекбековым"][0] == "Nurlan Yermekbekov"  # native form: native_name


def test_later_case_forms_link_to_the_titled_person(kb: KnowledgeBase) -> None:
    text = ("Министр экономики Армении Нурлан Ермекбеков прибыл в Москву. "
            "Переговоры с Ермекбековым продлились два часа.")
    found = [m for m in recognise_mentions(text, "ru", DAY, kb) if m.type == PERSON]
    assert [(m.text, m.entity_name) for m in found] == [
        ("Нурлан Ермекбеков", "Nurlan Yermekbekov"), ("Ермекбековым", "Nurlan Yermekbekov")]


def test_a_given_name_before_a_known_surname_joins_it(kb: KnowledgeBase) -> None:
    found = people("Генеральный секретарь ШОС Нурланом Ермекбаевым встретился вчера.", "ru", kb)
    assert found == {"Нурланом Ермекбаевым": ("Nurlan Yermekbayev", "SCO", "secretary-general")}


def test_a_surname_alone_after_its_full_name_is_the_same_person(kb: KnowledgeBase) -> None:
    text = ("The minister met Ambassador Katrin Elvestad in Dushanbe. "
            "Ambassador Elvestad said help would arrive.")
    names = {m.entity_name for m in recognise_mentions(text, "en", DAY, kb) if m.type == PERSON}
    assert names == {"Katrin Elvestad"}


# ------------------------------------------------------------------ the state a title stands for

@pytest.mark.parametrize(("text", "lang", "name", "code"), [
    ("Қазақстанның Франциядағы Елшісі Ерлан Әбілдаев Парижде баяндама жасады.", "kk", "Ерлан Әбілдаев", "KAZ"),
    ("Kazakistan'ın Ankara'daki Büyükelçisi Yerlan Tulegenov açıklama yaptı.", "tr", "Yerlan Tulegenov", "KAZ"),
])
def test_a_state_in_the_locative_is_where_the_ambassador_serves(text: str, lang: str, name: str, code: str,
                                                                kb: KnowledgeBase) -> None:
    assert people(text, lang, kb)[name][1] == code


def test_a_noun_surname_needs_its_full_name_or_a_title(kb: KnowledgeBase) -> None:
    assert people("Indien unterstütze alle Bemühungen um einen dauerhaften Frieden.", "de", kb) == {}
    assert people("Premierminister Frieden besuchte Berlin.", "de", kb)["Frieden"][0] == "Luc Frieden"


# ------------------------------------------------------------------ counterparts

@pytest.mark.parametrize(("text", "lang", "name", "code"), [
    ("Albares recibió a su homólogo uruguayo, Mario Rodríguez Pena, en Madrid.", "es", "Mario Rodríguez Pena", "URY"),
    ("Lavrov met his Ethiopian counterpart, Tadesse Worku, in Moscow.", "en", "Tadesse Worku", "ETH"),
    ("Wadephul empfing seinen litauischen Amtskollegen Jonas Petraitis in Berlin.", "de", "Jonas Petraitis", "LTU"),
    ("Лавров принял своего эфиопского коллегу Тадессе Ворку в Москве.", "ru", "Тадессе Ворку", "ETH"),
])
def test_a_counterpart_acts_for_the_state_beside_the_word(text: str, lang: str, name: str, code: str,
                                                          kb: KnowledgeBase) -> None:
    assert people(text, lang, kb)[name][1] == code


def test_a_word_heading_a_place_name_is_no_surname(kb: KnowledgeBase) -> None:
    found = people("El ministro recibió a los embajadores en el Palacio de Viana.", "es", kb)
    assert "Palacio" not in found


def test_a_given_name_that_is_also_a_german_noun_stays_in_the_name() -> None:
    text = "Der Abzug soll nach den Worten von US-Verteidigungsminister Mark Esper schnell erfolgen."
    document = dragoman.process(text, lang="de", settings=Settings(min_text_chars=0))
    assert [m["text"] for m in document.mentions if m["type"] == "PERSON"] == ["Mark Esper"]
