"""The gathering an act is held at takes no part in it: 'on the sidelines of the UN General
Assembly', 'en marge du sommet de l'OTAN' (real news: Lamamra met Le Drian 'en marge des travaux de
l'AG de l'ONU', gold CONSULT [DZA, FRA], not the UN)."""

from __future__ import annotations

import pytest

from tests.events.test_topics import consult_sides


@pytest.mark.parametrize("lang, text, partners", [
    ("fr", "Le ministre algérien Ramtane Lamamra s'est entretenu, mercredi à New York, en marge des travaux "
           "de l'AG de l'ONU, avec son homologue français, Jean-Yves Le Drian.", {"DZA", "FRA"}),
    ("fr", "Le ministre algérien Ramtane Lamamra a rencontré mercredi en marge du sommet de l'OTAN son "
           "homologue turc.", {"DZA", "TUR"}),
    ("en", "The Indian foreign minister met his Chinese counterpart on the sidelines of the SCO summit.",
     {"IND", "CHN"}),
    ("de", "Der österreichische Außenminister Alexander Schallenberg traf sich am Rande des NATO-Gipfels mit "
           "dem ungarischen Außenminister Péter Szijjártó.", {"AUT", "HUN"}),
    ("es", "El canciller mexicano se reunió con su homólogo chileno al margen de la cumbre de la OEA.",
     {"MEX", "CHL"}),
    ("ro", "Lavrov și Szijjarto s-au întâlnit în marja Conferinței de Securitate Eurasiatică găzduită de Minsk.",
     {"RUS", "HUN"}),
])
def test_the_venue_of_a_meeting_is_no_party(lang: str, text: str, partners: set[str]) -> None:
    found = consult_sides(text, lang)
    assert partners in found
    assert all(sides <= partners for sides in found)


@pytest.mark.parametrize("lang, text, partners", [
    ("en", "The Indian foreign minister met on the sidelines of the G20 summit with his Chinese counterpart.",
     {"IND", "CHN"}),
    ("en", "The Indian foreign minister met on the sidelines of the summit Chinese President Xi Jinping.",
     {"IND", "CHN"}),
    ("fr", "Le ministre algérien Ramtane Lamamra a rencontré mercredi en marge du sommet à New York son "
           "homologue turc.", {"DZA", "TUR"}),
])
def test_a_partner_named_after_the_venue_stays(lang: str, text: str, partners: set[str]) -> None:
    assert partners in consult_sides(text, lang)


@pytest.mark.parametrize("lang, text, partners", [
    ("fr", "Le secrétaire d'État américain Antony Blinken s'est entretenu par téléphone avec son homologue "
           "française. Il a notamment été question du conflit en Ukraine et des négociations en cours entre "
           "l'Arménie et l'Azerbaïdjan.", {"USA", "FRA"}),
    ("de", "Der österreichische Außenminister Alexander Schallenberg traf sich mit dem ungarischen Außenminister "
           "Péter Szijjártó. Dabei ging es um den Krieg in der Ukraine und die Verhandlungen zwischen Armenien "
           "und Aserbaidschan.", {"AUT", "HUN"}),
    ("ru", "Министр иностранных дел России Сергей Лавров встретился с министром иностранных дел Индии. Речь "
           "шла о переговорах между Арменией и Азербайджаном.", {"RUS", "IND"}),
    ("en", "The Indian foreign minister met his Chinese counterpart. The talks focused on the negotiations "
           "between Armenia and Azerbaijan.", {"IND", "CHN"}),
])
def test_talks_named_as_a_topic_are_no_meeting(lang: str, text: str, partners: set[str]) -> None:
    found = consult_sides(text, lang)
    assert found and all(sides <= partners for sides in found)


def test_a_list_of_regions_before_a_postposed_topic_phrase_takes_no_part() -> None:
    found = consult_sides("Görüş zamanı S.Lavrov və H.Fidan beynəlxalq və regional gündəliyin əsas məsələləri, "
                          "o cümlədən Yaxın Şərq, Şimali Afrika, Cənubi Qafqaz və Qara dəniz regionunda vəziyyətlə "
                          "bağlı ətraflı müzakirələr aparıblar.", "az")
    assert found and all(sides <= {"RUS", "TUR"} for sides in found)
