"""Speakers in the layouts of real news pages, through the whole pipeline (hand-written articles)."""

from __future__ import annotations

import dragoman


def speakers(text: str) -> dict[str, str | None]:
    """First words of each quote → the speaker's name."""
    document = dragoman.process(text)
    return {" ".join(q["text"].split()[:3]): (q.get("speaker") or {}).get("entity_name")
            for q in document.quotes}


def test_a_long_title_before_a_postposed_speaker() -> None:
    text = ("The European Union will send more humanitarian aid to Ukraine, officials said on Monday.\n\n"
            "\"We will stand with Ukraine for as long as it takes,\" European Commission President "
            "Ursula von der Leyen said on Twitter.\n")
    assert speakers(text) == {"We will stand": "Ursula von der Leyen"}


def test_a_quote_alone_after_reported_speech_is_the_same_speakers() -> None:
    text = ("El secretario de Estado John Kerry pidió una tregua humanitaria en Gaza.\n\n"
            "E insistió en la necesidad de una tregua de siete días. «Creemos que debemos seguir "
            "trabajando en ello, y es lo que haremos».\n")
    assert speakers(text)["Creemos que debemos"] == "John Kerry"


def test_a_speech_verb_between_dashes_inside_the_quote() -> None:
    text = ("Il ministro degli Esteri Antonio Tajani ha parlato a Dubrovnik.\n\n"
            "\"Per questo motivo - dice - è necessario continuare a sostenere l'Ucraina con una "
            "risposta forte e coesa\".\n")
    assert speakers(text)["Per questo motivo"] == "Antonio Tajani"


def test_two_quotes_in_one_sentence_share_the_speaker_named_after_the_second() -> None:
    text = ("A Rússia concentrou tropas na fronteira com a Ucrânia.\n\n"
            "\"Não há nenhuma dúvida de que estamos diante da maior concentração de tropas\" e de que "
            "a Rússia \"poderia passar ao ataque sem qualquer advertência\", disse o secretário-geral "
            "da Otan, Jens Stoltenberg.\n")
    found = speakers(text)
    assert found["Não há nenhuma"] == found["poderia passar ao"] == "Jens Stoltenberg"


def test_closing_and_posting_verbs_frame_quotes() -> None:
    german = ("Außenminister Heiko Maas begrüßte die Einigung.\n\n"
              "„Wir sind auch bereit, einen solchen Prozess tatkräftig zu unterstützen“, schloss Maas.\n")
    spanish = ("El presidente de Chile, Gabriel Boric, habló el viernes.\n\n"
               "«Toda nuestra solidaridad con México ante la inaceptable violación de su soberanía», "
               "publicó el mandatario Boric en su cuenta de X.\n")
    assert speakers(german) == {"Wir sind auch": "Heiko Maas"}
    assert speakers(spanish) == {"Toda nuestra solidaridad": "Gabriel Boric"}
