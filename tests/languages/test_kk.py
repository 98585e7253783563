"""Kazakh lexicon behaviour through the whole pipeline: people, quotes, events, dates.

Kazakh is verb-final: the subject and the object or recipient both stand before the verb, and
the engine splits participants by position, so most assertions check the participants of an event
(actor and recipient together)."""

from __future__ import annotations

from tests.languages.helpers import codes, events_of, mention_codes, participants, people, processor

run = processor("kk")


def test_titled_unknown_people_with_possessive_titles():
    doc = run("Қазақстан Сыртқы істер министрінің орынбасары Арман Жақсылықов бүгін Жапония Елшісі "
              "Кэндзи Танабемен және Литва Қорғаныс министрі Йонас Вайткуспен кездесті.")
    found = people(doc)
    assert found["Арман Жақсылықов"]["role"] == "deputy foreign minister"
    assert found["Арман Жақсылықов"]["code"] == "KAZ"
    assert found["Кэндзи Танабемен"]["role"] == "ambassador"
    assert found["Кэндзи Танабемен"]["code"] == "JPN"
    assert found["Йонас Вайткуспен"]["role"] == "defence minister"
    assert found["Йонас Вайткуспен"]["code"] == "LTU"


def test_official_state_names_adjectives_and_organisations():
    doc = run("Қазақстан Республикасының делегациясы, ресейлік сарапшылар және Еуропалық Одақтың "
              "өкілдері Шанхай ынтымақтастық ұйымының отырысына қатысты.")
    found = mention_codes(doc)
    assert found["Қазақстан Республикасының"] == "KAZ"
    assert found["ресейлік"] == "RUS"
    assert found["Еуропалық Одақтың"] == "EU"
    assert found["Шанхай ынтымақтастық ұйымының"] == "SCO"


def test_title_after_genitive_state_and_short_state_name():
    doc = run("ҚР Сыртқы істер министрі Арман Жақсылықов пен Ресейдің Премьер-министрі Олег Громов "
              "екіжақты ынтымақтастықты талқылады.")
    found = people(doc)
    assert found["Арман Жақсылықов"]["role"] == "foreign minister"
    assert found["Арман Жақсылықов"]["code"] == "KAZ"
    assert found["Олег Громов"]["role"] == "prime minister"
    assert found["Олег Громов"]["code"] == "RUS"


def test_quote_with_dedi_after_and_pronoun_in_next_paragraph():
    text = ("Венгрия Сыртқы істер министрі Шандор Ковач бүгін Астанаға ресми сапармен келді.\n\n"
            "«Қазақстан бүкіл Еуропа үшін сенімді серіктес», – деді Шандор Ковач.\n\n"
            "«Біз энергетика жөніндегі келіссөздерді күзде жалғастырамыз», – деп атап өтті ол.")
    quotes = run(text).quotes
    assert len(quotes) == 2
    assert all(q["speaker"] and q["speaker"]["native_name"] == "Шандор Ковач" for q in quotes)
    assert [q["verb"] for q in quotes] == ["деді", "деп"]


def test_quote_with_verb_before_and_colon():
    text = ("Түркия СІМ басшысы Кемаль Арслан өткен аптада баспасөз мәслихатында былай деді: "
            "«Біздің елдеріміз аймақтағы бейбітшілік үшін бірге жұмыс істеуі тиіс».")
    quote = run(text).quotes[0]
    assert quote["speaker"]["text"] == "Кемаль Арслан"
    assert quote["speaker"]["code"] == "TUR"
    assert quote["verb"] == "деді"


def test_meeting_between_presidents():
    doc = run("Өзбекстан Президенті Бахтиёр Рашидов Әзербайжан Президенті Эльчин Гасановпен кездесті.")
    consult = events_of(doc, "CONSULT")
    assert consult
    assert participants(consult[0]) == {"UZB", "AZE"}
    assert consult[0]["mode"] is None


def test_phone_call_is_consult_in_phone_mode():
    doc = run("Финляндия Президенті Матти Корхонен Эстония Президенті Тоомас Сааркпен телефон арқылы сөйлесті.")
    consult = events_of(doc, "CONSULT")
    assert consult and consult[0]["mode"] == "phone"
    assert participants(consult[0]) == {"FIN", "EST"}


def test_visit_mode():
    doc = run("Италия Премьер-министрі Лоренцо Бьянки Қазақстанға ресми сапармен келді.")
    consult = events_of(doc, "CONSULT")
    assert consult and consult[0]["mode"] == "visit"
    assert participants(consult[0]) == {"ITA", "KAZ"}


def test_meeting_received_by_host():
    doc = run("Қазақстан Президенті Арман Сейтқалиев Франция Сыртқы істер министрі Люк Дюбрейді қабылдады.")
    consult = events_of(doc, "CONSULT")
    assert consult and codes(consult[0]["actor"]) == {"FRA"} and codes(consult[0]["recipient"]) == {"KAZ"}


def test_thanks_are_support_and_refusal_is_not_hosting():
    doc = run("Қырғызстан Президенті Алмаз Тоқтосунов Жапонияға көрсеткен қолдауы үшін алғыс айтты. "
              "Молдова Ресей делегациясын қабылдамады.")
    support = events_of(doc, "SUPPORT")
    assert support and participants(support[0]) == {"KGZ", "JPN"}
    assert not events_of(doc, "CONSULT")
    reject = events_of(doc, "REJECT")
    assert reject and participants(reject[0]) == {"MDA", "RUS"}


def test_intention_is_agree():
    doc = run("Италия Қазақстанмен энергетика саласындағы ынтымақтастықты кеңейтуге ниетті.")
    agree = events_of(doc, "AGREE")
    assert agree and participants(agree[0]) == {"ITA", "KAZ"}


def test_appeal_is_request_and_condemnation_is_accuse():
    doc = run("БҰҰ Бас хатшысы Антониу Мендеш тараптарды ұстамдылыққа шақырды. "
              "Иран СІМ Сириядағы әуе шабуылын қатаң айыптады.")
    request = events_of(doc, "REQUEST")
    assert request and codes(request[0]["actor"]) == {"UN"}
    accuse = events_of(doc, "ACCUSE")
    assert accuse and "IRN" in codes(accuse[0]["actor"])


def test_sanctions_dated_by_day_and_month():
    doc = run("Еуропалық Одақ 12 наурызда Беларусьтің банктеріне санкциялар салды.")
    sanction = events_of(doc, "SANCTION")
    assert sanction and participants(sanction[0]) == {"EU", "BLR"}
    assert sanction[0]["date"] == "2024-03-12"


def test_expulsion_mode_and_last_week():
    doc = run("Өткен аптада Литва екі ресейлік дипломатты елден шығарды.")
    sanction = events_of(doc, "SANCTION")
    assert sanction and sanction[0]["mode"] == "expel"
    assert participants(sanction[0]) == {"LTU", "RUS"}
    assert sanction[0]["date"] == "2024-05-15"


def test_humanitarian_aid_yesterday_and_on_tuesday():
    doc = run("Кеше Жапония Ауғанстанға гуманитарлық көмек жіберді. "
              "Сейсенбі күні Түркия Сирияға гуманитарлық жүк жөнелтті.")
    aid = events_of(doc, "AID")
    assert len(aid) == 2 and {e["mode"] for e in aid} == {"humanitarian"}
    assert participants(aid[0]) == {"JPN", "AFG"}
    assert aid[0]["date"] == "2024-05-21"
    assert participants(aid[1]) == {"TUR", "SYR"}
    assert aid[1]["date"] == "2024-05-21"


def test_negated_meeting_is_flagged():
    doc = run("Армения Президенті Давид Саркисян Прагада Әзербайжан Президентімен кездеспеді.")
    consult = events_of(doc, "CONSULT")
    assert consult and consult[0]["negated"] is True


def test_with_the_help_of_is_not_aid():
    doc = run("Польша жаңа технологиялардың көмегімен теміржолдары мен порттарын жаңғыртып жатыр.")
    assert not events_of(doc, "AID")


def test_ordinary_sentence_has_no_event():
    doc = run("Алматыда демалыс күндері жылы ауа райы күтіледі, температура жиырма градусқа дейін көтеріледі.")
    assert doc.events == []


def test_against_is_not_a_month():
    doc = run("АҚШ 12 наурызда Ресейге қарсы жаңа санкциялар енгізді.")
    sanction = events_of(doc, "SANCTION")
    assert sanction and sanction[0]["date"] == "2024-03-12"


def test_titled_name_followed_by_a_place():
    doc = run("Венгрия Сыртқы істер министрі Шандор Ковач Астанаға ресми сапармен келді.")
    assert "Шандор Ковач" in people(doc)
