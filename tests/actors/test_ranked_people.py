"""People nobody listed, named after a military rank or an official's title (real news pages)."""

from __future__ import annotations

import pytest

import dragoman


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("az", "Bunu mətbuat xidmətinin rəis müavini, polkovnik-leytenant Anar Eyvazov brifinqdə deyib.",
     "Anar Eyvazov"),
    ("it", "Lo ha detto il generale tedesco Hans-Lothar Domroese a Roma.", "Hans-Lothar Domroese"),
    ("tr", "SOHR Direktörü Rami Abdurrahman AFP’ye verdiği demeçte konuştu.", "Rami Abdurrahman"),
    ("de", "Das sagte der Vize-Admiral Herve Blejean kürzlich in Trondheim.", "Herve Blejean"),
    ("id", "kata Kapolres Metro Jakarta Pusat Kombes Polisi Susatyo Purnomo Condro di Jakarta.",
     "Susatyo Purnomo Condro"),
    ("fr", "a fait savoir le colonel Sean Ryan à Bagdad.", "Sean Ryan"),
])
def test_a_ranked_or_titled_stranger_is_a_person(lang: str, text: str, name: str) -> None:
    doc = dragoman.process(text, lang=lang)
    assert name in {m.entity_name for m in doc.mentions if m.type == "PERSON"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The general public in Britain objected to the plan."),
    ("es", "La Asamblea General de las Naciones Unidas votó el lunes."),
])
def test_a_common_word_is_no_rank(lang: str, text: str) -> None:
    assert not [m for m in dragoman.process(text, lang=lang).mentions if m.type == "PERSON"]
