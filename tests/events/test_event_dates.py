"""Which day an event gets: its own sentence's, the day an article about one day reports, a day
pointed back to ("at the time"), or none."""

from __future__ import annotations

import dragoman
from dragoman.settings import Settings

# one-sided acts kept: these tests look at cues, roles and dates, not at completeness
SHORT = Settings(min_text_chars=0, one_sided_events=True)


def events(text: str, lang: str, published: str | None) -> list[dict]:
    return dragoman.process(text, lang=lang, published=published, settings=SHORT).events


def dated(text: str, lang: str, published: str | None) -> dict[str, str | None]:
    """Event type → date, for articles with one event of each type."""
    return {e["event"]: e["date"] for e in events(text, lang, published)}


def test_an_article_about_one_day_dates_every_act_of_that_day() -> None:
    text = ("Bundeskanzler Friedrich Merz hat am Mittwoch mit Premierminister Narendra Modi telefoniert. "
            "Merz lobte Indien als strategischen Partner. "
            "Modi forderte Deutschland auf, mehr in Indien zu investieren.")
    found = dated(text, "de", "2025-10-23")
    assert found["CONSULT"] == "2025-10-22"
    assert found["SUPPORT"] == "2025-10-22"
    assert found["REQUEST"] == "2025-10-22"


def test_an_article_naming_several_days_dates_other_acts_to_its_publication() -> None:
    text = ("Le Burkina Faso a expulsé mardi deux diplomates français. "
            "La chargée d'affaires française avait été convoquée lundi. "
            "La France a condamné une décision « sans fondement ».")
    found = {e["event"]: (e["date"], e["date_resolution"]) for e in events(text, "fr", "2025-09-11")}
    assert found["SANCTION"] == ("2025-09-09", "sentence")
    assert found["ACCUSE"] == ("2025-09-11", "publication-date")
    undated = {e["event"]: e["date"] for e in events(text, "fr", None)}
    assert undated["ACCUSE"] is None  # without a publication date nothing dates it


def test_a_day_long_before_publication_leaves_the_story_day() -> None:
    text = ("Kenyan President William Ruto met African Union chairperson Mahmoud Ali Youssouf on Tuesday. "
            "Ruto praised the African Union for its mediation. "
            "On 20 February Sudan had accused Kenya of taking sides.")
    found = dated(text, "en", "2025-03-19")
    assert found["SUPPORT"] == "2025-03-18"
    assert found["ACCUSE"] == "2025-02-20"


def test_then_points_back_to_the_day_named_before() -> None:
    cases = [
        ("ru", "Россия в среду выслала двух молдавских дипломатов. Решение стало ответом на высылку "
               "19 февраля российских дипломатов. Тогда Молдавия обвинила Россию во вмешательстве.",
         "2025-02-19"),
        ("en", "Russia expelled two Moldovan diplomats on Wednesday, after Moldova had expelled Russian "
               "staff on 19 February. At the time, Moldova accused Russia of interference.",
         "2025-02-19"),
        ("es", "Rusia expulsó el miércoles a dos diplomáticos moldavos, tras la expulsión de diplomáticos "
               "rusos el 19 de febrero. Entonces Moldavia acusó a Rusia de injerencia.",
         "2025-02-19"),
    ]
    for lang, text, day in cases:
        accusation = next(e for e in events(text, lang, "2025-02-26") if e["event"] == "ACCUSE")
        assert (accusation["date"], accusation["date_resolution"]) == (day, "earlier-sentence"), lang


def test_a_day_after_talks_dates_the_talks_not_the_thanks() -> None:
    text = ("La représentante de l'UE a visité le Kazakhstan le 7 février. "
            "Le président Tokaïev a remercié l'Union européenne pour son soutien exprimé lors des "
            "pourparlers tenus le 10 janvier.")
    found = events(text, "fr", "2022-02")
    meetings = sorted(e["date"] for e in found if e["event"] == "CONSULT")
    assert meetings == ["2022-01-10", "2022-02-07"]  # two meetings of the same parties stay two
    thanks = next(e for e in found if e["event"] == "SUPPORT")
    assert thanks["date"] == "2022-02"  # no day of its own: the month of publication, not a talks day


def test_a_planned_day_does_not_date_what_was_reported() -> None:
    text = ("O Presidente Marcelo Rebelo de Sousa recebeu ontem o Presidente de Moçambique, Daniel Chapo. "
            "Marcelo elogiou o caminho de paz de Moçambique. "
            "Hoje, Chapo será recebido pelo primeiro-ministro de Portugal.")
    found = dated(text, "pt", "2025-10-22")
    assert found["SUPPORT"] == "2025-10-21"


def test_an_article_naming_no_day_tells_of_its_publication_day() -> None:
    text = ("Japan wird der Türkei fünf Millionen Dollar Nothilfe leisten, teilte das Außenministerium mit. "
            "Die Regierung in Tokio verurteilte zugleich die Angriffe auf Zivilisten.")
    found = dated(text, "de", "2023-02-08")
    assert found == {"AID": "2023-02-08", "ACCUSE": "2023-02-08"}
    found = [(e["event"], e["date"]) for e in events(text, "de", "2023-02")]
    assert found == [("AID", "2023-02"), ("ACCUSE", "2023-02")]  # only the month known: that month
