"""Which date an event gets: its sentence's, else the day the article reports on."""

from __future__ import annotations

from dragoman.dates.anchor import CuePlace, article_date, sentence_date
from dragoman.dates.expressions import find_time_expressions


def _article(text: str, lang: str, published: str | None) -> str | None:
    found = article_date(find_time_expressions(text, lang, published), text, published)
    return found.value if found else None


def _sentence(text: str, lang: str, published: str, cue: str, others: tuple[str, ...] = (),
              verb_final: bool = False) -> str | None:
    """The date of the act at `cue` in a one-sentence text whose other acts are at `others`."""
    place = CuePlace(0, len(text), text.index(cue), tuple(text.index(o) for o in others), verb_final)
    found = sentence_date(find_time_expressions(text, lang, published), place, published)
    return found.value if found else None


def test_the_lead_dates_the_article_not_the_dateline() -> None:
    text = ("Zelensky thanks Japan for energy aid\n\nKyiv, 13 March 2025\n\n"
            "President Zelensky held a phone call with the Japanese prime minister on Wednesday.")
    assert _article(text, "en", "2025-03-13") == "2025-03-12"


def test_without_a_story_day_the_dateline_dates_the_article() -> None:
    text = "Tokayev receives German minister\n\nАстана, 8 шілде 2025 жыл\n\nМемлекет басшысы министрді қабылдады."
    assert _article(text, "kk", "2025-07-08") == "2025-07-08"


def test_an_old_day_named_first_is_background() -> None:
    text = ("Relations were established on 2 February 1993. "
            "On Tuesday the minister met his counterpart in Astana.")
    assert _article(text, "en", "2025-06-11") == "2025-06-10"


def test_no_day_no_article_date() -> None:
    assert _article("Ministers discussed trade in 2024 and plans for 2030.", "en", "2025-01-10") is None


def test_a_day_beats_a_month_in_the_same_sentence() -> None:
    text = "O Presidente recebeu ontem o chefe de Estado, a primeira visita desde que tomou posse em janeiro."
    assert _sentence(text, "pt", "2025-10-22", "visita") == "2025-10-21"


def test_a_date_after_publication_dates_a_plan_not_the_event() -> None:
    text = "Ia mengundang Presiden untuk menghadiri KTT di Johannesburg pada November mendatang."
    assert _sentence(text, "id", "2025-10-03", "mengundang") is None
    assert _sentence("Ministers met on 12 May 2025.", "en", "2025-05-13", "met") == "2025-05-12"


def test_a_year_alone_does_not_date_an_event() -> None:
    assert _sentence("They reviewed the 2023 agreement.", "en", "2025-01-10", "reviewed") is None


def test_a_day_after_a_meeting_dates_that_meeting_only() -> None:
    text = ("Tokayev thanked Michel for the support expressed at the talks held on 10 January "
            "and for his commitment to cooperation.")
    acts = ("thanked", "talks", "commitment")
    assert _sentence(text, "en", "2022-02-08", "talks", acts) == "2022-01-10"
    assert _sentence(text, "en", "2022-02-08", "thanked", acts) is None
    assert _sentence(text, "en", "2022-02-08", "commitment", acts) is None


def test_a_day_before_every_act_dates_them_all() -> None:
    text = "On Tuesday the chairperson urged a truce, as he held talks with the president."
    for cue in ("urged", "talks"):
        assert _sentence(text, "en", "2025-03-19", cue, ("urged", "talks")) == "2025-03-18"


def test_verb_final_languages_give_a_day_to_the_act_after_it() -> None:
    text = "Bakanlar görüştü, liderler ise 7 Haziran'da anlaşma imzaladı."
    acts = ("görüştü", "imzaladı")
    assert _sentence(text, "tr", "2025-06-08", "imzaladı", acts, verb_final=True) == "2025-06-07"
    assert _sentence(text, "tr", "2025-06-08", "görüştü", acts, verb_final=True) is None


def test_several_recent_days_leave_the_article_without_a_day() -> None:
    text = ("On Tuesday Burkina Faso expelled two French diplomats. "
            "The French chargé d'affaires had been summoned on Monday.")
    assert _article(text, "en", "2025-09-11") is None


def test_a_day_long_before_publication_does_not_compete() -> None:
    text = ("The minister met his counterpart on Tuesday. "
            "On 20 February the government had accused Nairobi of taking sides.")
    assert _article(text, "en", "2025-03-19") == "2025-03-18"


def test_without_publication_date_a_day_after_the_dateline_is_a_plan() -> None:
    text = ("АШХАБАД, 11 октября. /ТАСС/. Путин провел переговоры с Пезешкианом.\n\n"
            "Саммит БРИКС пройдет в Казани 24 октября.")
    assert _article(text, "ru", None) == "--10-11"


def test_a_day_dates_the_acts_of_its_own_clause() -> None:
    """Clauses parted by semicolons each tell of their own day: "11日,…回应;12日,…表示"."""
    text = "11日,赵立坚回应称蓬佩奥留下的是遗毒;12日,赵立坚表示其能力登峰造极。"
    acts = (text.index("回应"), text.index("表示"))
    breaks = (text.index(";"),)
    dates = find_time_expressions(text, "zh", "2021-01-15")
    second = sentence_date(dates, CuePlace(0, len(text), acts[1], acts, False, breaks), "2021-01-15")
    first = sentence_date(dates, CuePlace(0, len(text), acts[0], acts, False, breaks), "2021-01-15")
    assert (first and first.value, second and second.value) == ("2021-01-11", "2021-01-12")
