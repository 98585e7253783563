"""Ukrainian lexicon behaviour through the whole pipeline: people, quotes, events, dates."""

from __future__ import annotations

from tests.languages.helpers import codes, events_of, mention_codes, people, processor

run = processor("uk")


def test_titled_unknown_people_in_oblique_cases_get_role_and_state():
    doc = run("Заступник міністра закордонних справ Казахстану Арман Жаксилик провів зустріч "
              "із послом Японії Кендзі Танабе та з міністром оборони Литви Йонасом Вайткусом.")
    found = people(doc)
    assert found["Арман Жаксилик"]["role"] == "deputy foreign minister"
    assert found["Арман Жаксилик"]["code"] == "KAZ"
    assert found["Кендзі Танабе"]["role"] == "ambassador"
    assert found["Кендзі Танабе"]["code"] == "JPN"
    assert found["Йонасом Вайткусом"]["role"] == "defence minister"
    assert found["Йонасом Вайткусом"]["code"] == "LTU"


def test_spokeswoman_and_apostrophe_titles():
    doc = run("Речниця МЗС Франції Клер Дюбуа та прем’єр-міністр Бельгії Ян Вермеерш прокоментували "
              "рішення саміту.")
    found = people(doc)
    assert found["Клер Дюбуа"]["role"] == "spokesperson"
    assert found["Клер Дюбуа"]["code"] == "FRA"
    assert found["Ян Вермеерш"]["role"] == "prime minister"
    assert found["Ян Вермеерш"]["code"] == "BEL"


def test_adjectives_and_inflected_organisation_and_state_names():
    doc = run("Українська делегація та представники Європейського Союзу обговорили з "
              "південнокорейськими партнерами постачання до Великої Британії та країн Центральної Азії.")
    found = mention_codes(doc)
    assert found["Українська"] == "UKR"
    assert found["Європейського Союзу"] == "EU"
    assert found["південнокорейськими"] == "KOR"
    assert found["Великої Британії"] == "GBR"


def test_quote_with_dash_frame_after_and_pronoun_in_next_paragraph():
    text = ("Міністр закордонних справ Угорщини Шандор Ковач прибув до Києва.\n\n"
            "«Україна є важливим сусідом для всієї Європи», — заявив Ковач журналістам.\n\n"
            "«Ми продовжимо переговори про енергетику вже восени», — наголосив він.")
    quotes = run(text).quotes
    assert len(quotes) == 2
    assert all(q["speaker"] and q["speaker"]["native_name"] == "Шандор Ковач" for q in quotes)
    assert [q["verb"] for q in quotes] == ["заявив", "наголосив"]


def test_quote_with_low_quotes_and_verb_before():
    text = ("Очільник МЗС Туреччини Кемаль Арслан на пресконференції в Анкарі сказав: "
            "„Наші країни мають працювати разом заради миру в регіоні“.")
    quote = run(text).quotes[0]
    assert quote["speaker"]["text"] == "Кемаль Арслан"
    assert quote["speaker"]["code"] == "TUR"
    assert quote["verb"] == "сказав"


def test_meeting_received_by_host_on_a_weekday():
    doc = run("У вівторок президент Молдови Іон Чобану прийняв міністра закордонних справ "
              "Франції Люка Дюбрея.")
    consult = events_of(doc, "CONSULT")
    assert consult, doc.events
    assert codes(consult[0]["actor"]) == {"FRA"}
    assert codes(consult[0]["recipient"]) == {"MDA"}
    assert consult[0]["date"] == "2024-05-21"


def test_phone_call_is_consult_in_phone_mode():
    doc = run("Президент Фінляндії Матті Корхонен провів телефонну розмову з президентом "
              "Естонії Тоомасом Саарком.")
    consult = events_of(doc, "CONSULT")
    assert consult and consult[0]["mode"] == "phone"
    assert codes(consult[0]["actor"]) | codes(consult[0]["recipient"]) == {"FIN", "EST"}


def test_thanks_are_support():
    doc = run("Прем'єр-міністр України Олег Мельничук подякував Японії за підтримку енергетичної системи.")
    support = events_of(doc, "SUPPORT")
    assert support
    assert codes(support[0]["actor"]) == {"UKR"}
    assert codes(support[0]["recipient"]) == {"JPN"}


def test_promise_is_agree():
    doc = run("Міністр економіки Італії Лоренцо Бьянкі пообіцяв Україні нові інвестиції в енергетику.")
    agree = events_of(doc, "AGREE")
    assert agree
    assert codes(agree[0]["actor"]) == {"ITA"}
    assert codes(agree[0]["recipient"]) == {"UKR"}


def test_appeal_is_request_and_condemnation_is_accuse():
    doc = run("Генеральний секретар ООН Антоніу Мендеш закликав Росію припинити обстріли. "
              "МЗС Польщі рішуче засудило удар по Одесі.")
    request = events_of(doc, "REQUEST")
    assert request and codes(request[0]["actor"]) == {"UN"} and codes(request[0]["recipient"]) == {"RUS"}
    accuse = events_of(doc, "ACCUSE")
    assert accuse and codes(accuse[0]["actor"]) == {"POL"}


def test_sanctions_dated_by_day_and_month():
    doc = run("Європейський Союз 12 березня запровадив санкції проти Ірану.")
    sanction = events_of(doc, "SANCTION")
    assert sanction
    assert codes(sanction[0]["actor"]) == {"EU"}
    assert codes(sanction[0]["recipient"]) == {"IRN"}
    assert sanction[0]["date"] == "2024-03-12"


def test_expulsion_mode_and_last_week():
    doc = run("Минулого тижня Литва вислала двох російських дипломатів.")
    sanction = events_of(doc, "SANCTION")
    assert sanction and sanction[0]["mode"] == "expel"
    assert codes(sanction[0]["actor"]) == {"LTU"}
    assert codes(sanction[0]["recipient"]) == {"RUS"}
    assert sanction[0]["date"] == "2024-05-15"


def test_humanitarian_aid_yesterday():
    doc = run("Японія вчора надіслала гуманітарну допомогу Україні після атаки на енергосистему.")
    aid = events_of(doc, "AID")
    assert aid and aid[0]["mode"] == "humanitarian"
    assert codes(aid[0]["actor"]) == {"JPN"}
    assert codes(aid[0]["recipient"]) == {"UKR"}
    assert aid[0]["date"] == "2024-05-21"


def test_negated_support_is_flagged():
    doc = run("Угорщина не підтримала нову резолюцію щодо України на засіданні ради.")
    support = events_of(doc, "SUPPORT")
    assert support and support[0]["negated"] is True
    assert codes(support[0]["actor"]) == {"HUN"}


def test_with_the_help_of_is_not_aid():
    doc = run("Польща за допомогою нових технологій модернізує свої залізниці та порти.")
    assert not events_of(doc, "AID")


def test_ordinary_sentence_has_no_event():
    doc = run("У Львові на вихідних очікується тепла погода, температура підніметься до двадцяти градусів.")
    assert doc.events == []


def test_weekday_in_accusative():
    doc = run("У п'ятницю президент Франції Жан Дюмон прийняв прем'єр-міністра Польщі Анджея Новака.")
    consult = events_of(doc, "CONSULT")
    assert consult and consult[0]["date"] == "2024-05-17"


def test_russia_and_moscow_written_in_lower_case():
    doc = run("Міністр закордонних справ України засудив чергову атаку росії на Київ. "
              "Він заявив, що москва не хоче миру.")
    found = mention_codes(doc)
    assert found["росії"] == "RUS" and found["москва"] == "RUS"
    assert any(codes(e["recipient"]) == {"RUS"} for e in events_of(doc, "ACCUSE"))
