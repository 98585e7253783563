"""A quote in the middle of a sentence whose speaker closes it ("…, NATO's chief said.")."""

from __future__ import annotations

import pytest

import dragoman
from dragoman.settings import Settings

SHORT = Settings(min_text_chars=0)


def speakers(text: str, lang: str) -> list[str | None]:
    document = dragoman.process(text, lang=lang, published="2022-02-18", settings=SHORT)
    return [(q["speaker"] or {}).get("entity_name") for q in document.quotes]


@pytest.mark.parametrize(("text", "lang"), [
    ('Russia has massed "the largest force in Europe since the Cold War" and could strike without '
     'warning, NATO Secretary General Jens Stoltenberg said on Friday.', "en"),
    ('A Rússia reuniu "a maior força na Europa desde a Guerra Fria" e poderia atacar sem aviso, '
     'afirmou nesta sexta-feira (18) o secretário-geral da Otan, Jens Stoltenberg.', "pt"),
    ('Rusia reunió "la mayor fuerza en Europa desde la Guerra Fría" y podría atacar sin aviso, dijo '
     'el secretario general de la OTAN, Jens Stoltenberg.', "es"),
    ('La Russie a réuni "la plus grande force en Europe depuis la guerre froide" et pourrait attaquer '
     'son voisin sans prévenir, a déclaré vendredi le secrétaire général de l\'Otan, Jens Stoltenberg.', "fr"),
    ('Russland hat „die größte Streitmacht in Europa seit dem Kalten Krieg“ versammelt und könnte '
     'ohne Warnung angreifen, sagte Nato-Generalsekretär Jens Stoltenberg am Freitag.', "de"),
])
def test_the_speaker_closing_the_sentence_said_the_quote(text: str, lang: str) -> None:
    assert speakers(text, lang) == ["Jens Stoltenberg"]


def test_a_sentence_that_ends_without_a_speaker_gives_none() -> None:
    text = ('Russia has massed "the largest force in Europe since the Cold War" and could strike, '
            'according to satellite images published on Friday by several agencies in Washington.')
    assert speakers(text, "en") == [None]
