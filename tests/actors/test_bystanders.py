"""People named only as the possessor of a government, regime or plan are not the article's people."""

from __future__ import annotations

import pytest

from dragoman.actors.recognise import recognise_mentions

DAY = "2025-01-15"


def _people(text: str, lang: str) -> set[str]:
    return {m.entity_name or m.text for m in recognise_mentions(text, lang, DAY) if m.type == "PERSON"}


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("es", "Cientos protestaron contra las acciones del gobierno de Donald Trump en la capital.", "Donald Trump"),
    ("es", "Tras la captura del presidente venezolano, Nicolás Maduro, hubo protestas.", "Nicolás Maduro"),
    ("en", "Officials of the Trump administration met the press on Monday.", "Donald Trump"),
    ("de", "Sie protestierten gegen die Gewalt des Regimes von Präsident Baschar al-Assad.", "Bashar al-Assad"),
    ("fr", "Les manifestants ont dénoncé le régime de Bachar al-Assad devant l'ambassade.", "Bashar al-Assad"),
    ("ko", "이 구상이 이명박 정부 시절의 정책과 같다고 평가했습니다.", "Lee Myung-bak"),
    ("hu", "Vasárnap Nicolae Ciuca miniszterelnök jelenlétében megnyitották a központot.", "Nicolae Ciucă"),
    ("en", "The centre was opened on Sunday in the presence of President Klaus Iohannis.", "Klaus Iohannis"),
])
def test_a_possessor_only_is_no_person_of_the_article(lang: str, text: str, name: str) -> None:
    assert name not in _people(text, lang)


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("es", "El presidente del Gobierno Pedro Sánchez viajó a Rabat el lunes.", "Pedro Sánchez"),
    ("cs", "Předseda vlády Andrej Babiš odletěl do Bruselu.", "Andrej Babiš"),
    ("cs", "Přicestoval i místopředseda vlády a ministr zahraničních věcí Jan Kavan.", "Jan Kavan"),
    ("en", "Government spokesman John Hartley said on Monday that talks would go on.", "John Hartley"),
    ("es", "La captura de Maduro fue condenada. Donald Trump dijo que Maduro debe rendir cuentas.",
     "Nicolás Maduro"),
])
def test_a_title_holder_or_a_person_named_elsewhere_stays(lang: str, text: str, name: str) -> None:
    assert name in _people(text, lang)
