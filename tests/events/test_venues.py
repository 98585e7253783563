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


def test_a_partner_named_with_with_after_the_venue_stays() -> None:
    found = consult_sides("The Indian foreign minister met on the sidelines of the G20 summit with his "
                          "Chinese counterpart.", "en")
    assert {"IND", "CHN"} in found
