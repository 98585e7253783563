"""Temporal expressions in many languages, resolved against the publication date."""

from __future__ import annotations

import pytest

from dragoman.dates.expressions import find_time_expressions


def values(text: str, lang: str, published: str | None = None) -> list[tuple[str | None, str]]:
    return [(e.value, e.granularity) for e in find_time_expressions(text, lang, published)]


@pytest.mark.parametrize(
    ("lang", "text", "published", "expected"),
    [
        ("fr", "Il a visité Astana le 7 février.", "2022-02-15", [("2022-02-07", "day")]),
        ("fr", "Il a visité Astana le 7 février.", None, [("--02-07", "day")]),
        ("de", "Beim Forum am 12. Dezember betonte er", None, [("--12-12", "day")]),
        ("pt", "chegou em 20 de maio de 2024", None, [("2024-05-20", "day")]),
        ("es", "El 3 de marzo de 2025 se reunieron", None, [("2025-03-03", "day")]),
        ("en", "They met on March 3, 2025 in Baku.", None, [("2025-03-03", "day")]),
        ("ru", "переговоры 3 марта и в ноябре 2023 года", "2024-05-01",
         [("2024-03-03", "day"), ("2023-11", "month")]),
        ("uk", "зустріч 14 квітня 2015", None, [("2015-04-14", "day")]),
        ("tr", "12 Aralık'ta Ankara'da görüştü", "2024-01-10", [("2023-12-12", "day")]),
        ("it", "il 13 febbraio 2013 a Roma", None, [("2013-02-13", "day")]),
        ("id", "pada tahun 2030", None, [("2030", "year")]),
        ("kk", "2024 жылғы 12 желтоқсан", None, [("2024-12-12", "day")]),
        # numeric and written-out forms: US order where only it can be right, or with slashes in English
        ("en", "signed on 10/31/1974 in Washington", None, [("1974-10-31", "day")]),
        ("en", "signed on 04/05/2015", None, [("2015-04-05", "day")]),
        ("fr", "signé le 04/05/2015", None, [("2015-05-04", "day")]),
        ("de", "am 13.12.2019 unterzeichnet", None, [("2019-12-13", "day")]),
        ("en", "filed 31/Oct/1974", None, [("1974-10-31", "day")]),
        ("uk", "2021.04.27", None, [("2021-04-27", "day")]),
        ("zh", "2021/04/27 发布", None, [("2021-04-27", "day")]),
        ("en", "Python 3.11.2 was released", None, []),
        ("es", "el cinco de mayo de 2013", None, [("2013-05-05", "day")]),
        ("pt", "em vinte e cinco de dezembro de 2012", None, [("2012-12-25", "day")]),
        ("ru", "3-его марта 2015", None, [("2015-03-03", "day")]),
        ("fr", "le trois mars 2015", None, [("2015-03-03", "day")]),
        ("it", "il ventitré marzo 2015", None, [("2015-03-23", "day")]),
        ("nl", "op drie maart 2015", None, [("2015-03-03", "day")]),
        ("tr", "on üç Mart 2015 tarihinde", None, [("2015-03-13", "day")]),
        ("id", "pada dua puluh satu Maret 2015", None, [("2015-03-21", "day")]),
        ("fr", "depuis trois mois", "2015-03-10", []),  # a count of months is no date
        # a weekday with its day number: a day of the publication month (or the one before)
        ("pt", "nesta quarta-feira (7), a expulsão", "2024-08", [("2024-08-07", "day")]),
        ("pt", "nesta sexta-feira (30)", "2024-09-02", [("2024-08-30", "day")]),
        ("pt", "na terça-feira, 21, o governo", "2004-09-26", [("2004-09-21", "day")]),
    ],
)
def test_expressions(lang: str, text: str, published: str | None, expected: list) -> None:
    assert values(text, lang, published) == expected


def test_december_in_a_january_article_is_last_year() -> None:
    assert values("le 28 décembre", "fr", "2025-01-03") == [("2024-12-28", "day")]


def test_future_sentence_looks_forward() -> None:
    [expression] = find_time_expressions("le 28 décembre", "fr", "2025-01-03", future=True)
    assert expression.value == "2025-12-28"


def test_weekday_resolves_to_the_last_such_day() -> None:
    assert values("a déclaré Tokaïev jeudi", "fr", "2024-05-24") == [("2024-05-23", "day")]
    assert values("a déclaré Tokaïev jeudi", "fr", None) == [(None, "weekday")]


def test_words_that_look_like_months_are_not_dates() -> None:
    assert values("It may rain, troops march.", "en", "2024-06-01") == []
    assert values("Il a déclaré être prêt.", "fr", "2024-06-01") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "the third Tuesday of September 2014", ("2014-09-16", "day")),
        ("en", "on the last day of October 2015", ("2015-10-31", "day")),
        ("en", "the last Sunday of March 2014", ("2014-03-30", "day")),
        ("en", "March third, 2015", ("2015-03-03", "day")),
        ("fr", "le premier mars 2013", ("2013-03-01", "day")),
        ("fr", "le dernier jour d'octobre 2015", ("2015-10-31", "day")),
        ("de", "am dritten Dienstag im September 2014", ("2014-09-16", "day")),
        ("it", "l'ultima domenica di marzo 2014", ("2014-03-30", "day")),
        ("it", "genn. 2013", ("2013-01", "month")),
        ("es", "el primero de mayo de 2024", ("2024-05-01", "day")),
        ("pt", "o último mês de 2013", ("2013-12", "month")),
        ("ru", "четырнадцатое апреля 2015", ("2015-04-14", "day")),
        ("uk", "перша середа жовтня 2014", ("2014-10-01", "day")),
        ("uk", "останній день у жовтні 2015", ("2015-10-31", "day")),
    ],
)
def test_ordinal_days_and_weekdays(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert values(text, lang, "2013-02-12") == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Министр в среду прибыл в Минск", ("2024-05-22", "day")),
        ("ru", "Переговоры прошли в пятницу", ("2024-05-17", "day")),
        ("uk", "Прем'єр у п'ятницю прибув до Варшави", ("2024-05-17", "day")),
        ("uk", "Міністр у середу провів переговори", ("2024-05-22", "day")),
        ("kk", "Президент сейсенбіде Анкараға барды", ("2024-05-21", "day")),
        ("kk", "Келіссөздер наурызда өтті", ("2024-03", "month")),
        ("tr", "Bakan salı günü Bakü'ye gitti", ("2024-05-21", "day")),
        ("tr", "Zirve Kasımda yapıldı", ("2023-11", "month")),
        ("id", "Menteri tiba pada Kamis (16/5) di Jakarta", ("2024-05-16", "day")),
    ],
)
def test_case_forms_of_weekdays_and_months(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert values(text, lang, "2024-05-22") == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("kk", "Қазақ делегациясы санкцияларға қарсы шықты"),  # қазақ ≠ қаз. (October), қарсы ≠ қар. (November)
        ("ru", "Майор Мария Петрова выступила на брифинге"),  # майор ≠ май, Мария ≠ мар.
        ("ru", "Вопросы окружающей среды обсуждались долго"),  # среда = environment
        ("uk", "Квітка лежала на столі"),  # квітка ≠ квіт. (April)
        ("pt", "Há dez anos, o país mudou"),  # dez = ten
        ("es", "Los buques cruzaron el mar Caribe"),  # mar = sea
        ("fr", "La flotte de la mer Noire"),  # mer. = mercredi
        ("de", "Das ist so nicht richtig"),  # So. = Sonntag
        ("en", "He sat down and talked about the sun"),
        ("id", "Harga naik dua minggu berturut-turut"),  # lowercase minggu = week, not Sunday
        ("tr", "Fiyatlar pazar yerinde arttı"),  # lowercase pazar = market
        ("tr", "Büyükelçi Kasım Yılmaz Ankara'ya döndü"),  # Kasım (November) as a first name
        ("en", "British Prime Minister Theresa May spoke"),
    ],
)
def test_words_that_are_not_dates(lang: str, text: str) -> None:
    assert values(text, lang, "2024-05-22") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("id", "Serangan itu terjadi minggu lalu", ("2024-05-15", "week")),  # not Sunday
        ("en", "Talks resumed last week", ("2024-05-15", "week")),
        ("fr", "Il est venu le mois dernier", ("2024-04", "month")),
        ("ru", "Он приезжал в прошлом году", ("2023", "year")),
        ("pt", "A visita foi em março do ano passado", ("2023-03", "month")),
        ("en", "They met in November last year", ("2023-11", "month")),
        ("de", "im Januar letzten Jahres", ("2023-01", "month")),
    ],
)
def test_relative_words_win_over_names(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert values(text, lang, "2024-05-22") == [expected]


def test_a_coming_month_is_this_year() -> None:
    """Mid-May: "in June" is coming; "in March" is past; "in December" is last December."""
    assert values("Le sommet aura lieu en juin", "fr", "2024-05-22") == [("2024-06", "month")]
    assert values("Le sommet a eu lieu en mars", "fr", "2024-05-22") == [("2024-03", "month")]
    assert values("Le sommet a eu lieu en décembre", "fr", "2024-05-22") == [("2023-12", "month")]


def test_partial_publication_dates_still_give_years() -> None:
    assert values("le 7 février", "fr", "2022-02") == [("2022-02-07", "day")]
    assert values("le 20 mai", "fr", "2024") == [("2024-05-20", "day")]
    assert values("mardi", "fr", "2024") == [(None, "weekday")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "On Tuesday Burkina Faso expelled two diplomats.", "2024-05-21"),
        ("de", "Am Montag Kanzler Merz und Premier Modi telefonierten.", "2024-05-20"),
        ("id", "Pada Senin Presiden Prabowo menerima tamu.", "2024-05-20"),
    ],
)
def test_a_weekday_after_an_opening_preposition_is_a_date_before_a_name(
        lang: str, text: str, expected: str) -> None:
    assert values(text, lang, "2024-05-22") == [(expected, "day")]
