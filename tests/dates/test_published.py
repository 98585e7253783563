"""Publication date inferred from the text: datelines, by-lines, and "last year" references."""

from __future__ import annotations

import pytest

from dragoman.dates.published import resolve_published


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "EU pledges aid to Kyrgyz farmers\n\nBrussels, 3 March 2025\n\nThe European Union has "
               "pledged new support for farmers in Kyrgyzstan.", "2025-03-03"),
        ("ru", "Лавров провёл переговоры в Минске\n\n14 апреля 2025, 12:30\n\nМинистр иностранных дел "
               "России в понедельник провёл переговоры.", "2025-04-14"),
        ("de", "Baerbock in Taschkent\n\n02.06.2025, 09:15 Uhr\n\nDie Außenministerin ist am Montag in "
               "Usbekistan eingetroffen.", "2025-06-02"),
        ("fr", "Le ministre à Dakar\n\nPublié le 05/05/2025 à 10h20\n\nLe ministre est arrivé lundi.", "2025-05-05"),
        ("en", "ASTANA, 8 July 2025 (Kazinform) – The President received the visiting minister.", "2025-07-08"),
        ("es", "Reunión en Lima\n\nLima, 2 de junio de 2025\n\nLos cancilleres se reunieron el domingo.",
         "2025-06-02"),
    ],
)
def test_dateline(lang: str, text: str, expected: str) -> None:
    assert resolve_published(None, [], lang, text) == (expected, "text")


def test_dateline_without_year_takes_the_year_the_text_names() -> None:
    text = ("ASTANA, 8 July (Kazinform) – The two ministers signed the roadmap adopted on 2 June 2025 "
            "by the intergovernmental commission.")
    assert resolve_published(None, [], "en", text) == ("2025-07-08", "text")


def test_metadata_wins_and_tweets_give_a_month() -> None:
    text = "Talks in Bishkek\n\nBishkek, 3 March 2025\n\nThe ministers met."
    assert resolve_published("2025-03-04", [], "en", text) == ("2025-03-04", "metadata")
    assert resolve_published(None, ["March 2, 2025"], "en", "The ministers met on Monday.") == ("2025-03", "text")


def test_a_tweet_signature_is_no_dateline() -> None:
    text = "The minister met his counterpart.\n\n— Foreign Ministry (@mfa_example) 2 March 2025"
    assert resolve_published(None, [], "en", text) == (None, "none")


def test_a_story_sentence_is_no_dateline() -> None:
    text = ("Ministers meet in Baku\n\nThe foreign ministers of the two countries met in Baku on 3 March 2025 "
            "and agreed to open new consulates in both capitals next year.")
    assert resolve_published(None, [], "en", text) == ("2025-03-03", "story")  # no dateline: the story's day


def test_without_dateline_today_and_weekdays_are_read_against_the_latest_day_the_story_names() -> None:
    import dragoman
    text = ("Israel mulai menarik pasukannya dari Jalur Gaza hari ini setelah kesepakatan dengan Hamas.\n"
            "Pemerintah Israel meratifikasi kesepakatan itu, seperti dilansir detikNews, Jumat (10/10/2025).")
    assert resolve_published(None, [], "id", text) == ("2025-10-10", "story")
    assert resolve_published("2022-02", [], "ar", "وزير الخارجية يستقبل نظيره\n\nالإثنين ١٤ فبراير ٢٠٢٢\n\n"
                             "استقبل وزير الخارجية اليوم نظيره.") == ("2022-02-14", "metadata")
    doc = dragoman.process("Iranian Foreign Minister Manouchehr Mottaki met the envoys of Britain, France and "
                           "Germany in Tehran on Monday.\n\nThe next round was set for May 16, 2006.", lang="en")
    assert doc.published == "2006-05-16"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pt", "O acordo foi assinado em 14 de março de 2022. A visita do ministro em março do ano passado "
               "confirmou o acordo.", "2023"),
        ("en", "The ministers first met on 4 April 2021. Their talks in April last year opened the way.", "2022"),
        ("ru", "Договор подписан 5 октября 2021 года. Визит в октябре прошлого года подтвердил его.", "2022"),
    ],
)
def test_year_from_last_year_references(lang: str, text: str, expected: str) -> None:
    assert resolve_published(None, [], lang, text) == (expected, "text")


def test_a_removed_published_line_dates_the_article() -> None:
    import dragoman
    text = ("Liban : Jean-Noël Barrot exhorte Israël à se retirer du Sud\n"
            "Publié le 12 juin 2025 à 18h42 - Mis à jour le 12 juin 2025 à 20h15\n\n"
            "Le ministre de l'Europe et des Affaires étrangères, Jean-Noël Barrot, est arrivé jeudi à Beyrouth, "
            "où il s'est entretenu avec le président libanais Joseph Aoun.")
    document = dragoman.process(text)
    assert (document.published, document.published_source) == ("2025-06-12", "text")
    assert "Publié le" not in document.text
