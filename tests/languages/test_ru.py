"""Russian lexicon behaviour through the whole pipeline: people, quotes, events, dates."""

from __future__ import annotations

from tests.languages.helpers import codes, events_of, mention_codes, people, processor

run = processor("ru")


def test_titled_unknown_people_in_oblique_cases_get_role_and_state():
    doc = run("Заместитель министра иностранных дел Казахстана Арман Жаксылыков провёл встречу "
              "с послом Японии Кэндзи Танабэ и с министром обороны Польши Томашем Ковальским.")
    found = people(doc)
    assert found["Арман Жаксылыков"]["role"] == "deputy foreign minister"
    assert found["Арман Жаксылыков"]["code"] == "KAZ"
    assert found["Кэндзи Танабэ"]["role"] == "ambassador"
    assert found["Кэндзи Танабэ"]["code"] == "JPN"
    assert found["Томашем Ковальским"]["role"] == "defence minister"
    assert found["Томашем Ковальским"]["code"] == "POL"


def test_spokesperson_of_the_ministry_and_secretary_general():
    doc = run("Официальный представитель МИД Франции Клер Дюбуа и генеральный секретарь ОДКБ "
              "Имангали Тасмагамбетов прокомментировали ситуацию на границе.")
    found = people(doc)
    assert found["Клер Дюбуа"]["role"] == "spokesperson"
    assert found["Клер Дюбуа"]["code"] == "FRA"
    assert found["Имангали Тасмагамбетов"]["role"] == "secretary-general"


def test_adjectives_and_inflected_organisation_and_state_names():
    doc = run("Казахстанская делегация и представители Европейского союза обсудили с южнокорейскими "
              "партнёрами поставки в Соединённые Штаты Америки и в страны Центральной Азии.")
    found = mention_codes(doc)
    assert found["Казахстанская"] == "KAZ"
    assert found["Европейского союза"] == "EU"
    assert found["южнокорейскими"] == "KOR"
    assert found["Соединённые Штаты Америки"] == "USA"


def test_quote_with_dash_frame_after_and_pronoun_in_next_paragraph():
    text = ("Министр иностранных дел Венгрии Шандор Ковач прибыл в Астану.\n\n"
            "«Казахстан является надёжным партнёром для всей Европы», — заявил Ковач журналистам.\n\n"
            "«Мы продолжим переговоры об энергетике уже осенью», — подчеркнул он.")
    quotes = run(text).quotes
    assert len(quotes) == 2
    assert all(q["speaker"] and q["speaker"]["text"].startswith(("Ковач", "Шандор")) for q in quotes)
    assert [q["verb"] for q in quotes] == ["заявил", "подчеркнул"]


def test_quote_with_verb_before_and_colon():
    text = ("Глава МИД Турции Кемаль Арслан на пресс-конференции в Анкаре сказал: "
            "«Наши страны должны работать вместе ради мира в регионе».")
    quote = run(text).quotes[0]
    assert quote["speaker"]["text"] == "Кемаль Арслан"
    assert quote["speaker"]["code"] == "TUR"
    assert quote["verb"] == "сказал"


def test_dialogue_dash_quote():
    text = ("Премьер-министр Норвегии Ингрид Хансен ответила на вопросы журналистов.\n\n"
            "— Мы готовы расширять торговлю с Казахстаном, — сказала Ингрид Хансен.")
    quote = run(text).quotes[0]
    assert quote["text"] == "Мы готовы расширять торговлю с Казахстаном"
    assert quote["speaker"]["native_name"] == "Ингрид Хансен"
    assert quote["speaker"]["code"] == "NOR"


def test_meeting_received_by_host_on_a_weekday():
    doc = run("Во вторник президент Казахстана Арман Сейткалиев принял министра иностранных дел "
              "Франции Люка Дюбрея.")
    consult = events_of(doc, "CONSULT")
    assert consult, doc.events
    assert codes(consult[0]["actor"]) == {"FRA"}
    assert codes(consult[0]["recipient"]) == {"KAZ"}
    assert consult[0]["date"] == "2024-05-21"


def test_phone_call_is_consult_in_phone_mode():
    doc = run("Президент Узбекистана Бахтиёр Рашидов провёл телефонный разговор с президентом "
              "Азербайджана Эльчином Гасановым.")
    consult = events_of(doc, "CONSULT")
    assert consult and consult[0]["mode"] == "phone"
    assert codes(consult[0]["actor"]) | codes(consult[0]["recipient"]) == {"UZB", "AZE"}


def test_thanks_and_praise_are_support():
    doc = run("Президент Киргизии Алмаз Токтосунов поблагодарил Японию за поддержку и высоко оценил "
              "вклад японских компаний.")
    support = events_of(doc, "SUPPORT")
    assert support
    assert codes(support[0]["actor"]) == {"KGZ"}
    assert "JPN" in codes(support[0]["recipient"])


def test_intention_to_cooperate_is_agree():
    doc = run("Министр экономики Италии Лоренцо Бьянки пообещал Казахстану новые инвестиции в энергетику.")
    assert people(doc)["Лоренцо Бьянки"]["role"] == "minister"
    agree = events_of(doc, "AGREE")
    assert agree
    assert codes(agree[0]["actor"]) == {"ITA"}
    assert codes(agree[0]["recipient"]) == {"KAZ"}


def test_agreeing_with_a_partner_makes_both_actors():
    doc = run("Казахстан и Китай договорились о строительстве новой железной дороги.")
    agree = events_of(doc, "AGREE")
    assert agree and codes(agree[0]["actor"]) == {"KAZ", "CHN"}


def test_appeal_is_request_and_condemnation_is_accuse():
    doc = run("Генеральный секретарь ООН Антонио Мендес призвал Израиль прекратить огонь. "
              "МИД Ирана резко осудил удары по Дамаску.")
    request = events_of(doc, "REQUEST")
    assert request and codes(request[0]["actor"]) == {"UN"} and codes(request[0]["recipient"]) == {"ISR"}
    accuse = events_of(doc, "ACCUSE")
    assert accuse and codes(accuse[0]["actor"]) == {"IRN"}


def test_sanctions_dated_by_day_and_month():
    doc = run("Европейский союз 12 марта ввёл санкции против Белоруссии.")
    sanction = events_of(doc, "SANCTION")
    assert sanction
    assert codes(sanction[0]["actor"]) == {"EU"}
    assert codes(sanction[0]["recipient"]) == {"BLR"}
    assert sanction[0]["date"] == "2024-03-12"


def test_expulsion_mode_and_last_week():
    doc = run("На прошлой неделе Литва выслала двух российских дипломатов.")
    sanction = events_of(doc, "SANCTION")
    assert sanction and sanction[0]["mode"] == "expel"
    assert codes(sanction[0]["actor"]) == {"LTU"}
    assert codes(sanction[0]["recipient"]) == {"RUS"}
    assert sanction[0]["date"] == "2024-05-15"


def test_humanitarian_aid():
    doc = run("Япония вчера направила гуманитарную помощь Афганистану после землетрясения.")
    aid = events_of(doc, "AID")
    assert aid and aid[0]["mode"] == "humanitarian"
    assert codes(aid[0]["actor"]) == {"JPN"}
    assert codes(aid[0]["recipient"]) == {"AFG"}
    assert aid[0]["date"] == "2024-05-21"


def test_negated_meeting_is_flagged():
    doc = run("Президент Армении Давид Саркисян так и не встретился с президентом Азербайджана в Праге.")
    consult = events_of(doc, "CONSULT")
    assert consult and consult[0]["negated"] is True


def test_with_the_help_of_is_not_aid():
    doc = run("Россия с помощью новых технологий модернизирует свои железные дороги и порты.")
    assert not events_of(doc, "AID")


def test_ordinary_sentence_has_no_event():
    doc = run("В Алматы на выходных ожидается тёплая погода, температура поднимется до двадцати градусов.")
    assert doc.events == []


def test_dative_recipient_before_nominal_aid_cue():
    doc = run("Япония предоставила Украине гуманитарную помощь на десять миллионов долларов.")
    aid = events_of(doc, "AID")
    assert aid and codes(aid[0]["actor"]) == {"JPN"} and codes(aid[0]["recipient"]) == {"UKR"}
