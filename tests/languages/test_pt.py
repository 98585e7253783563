"""Portuguese lexicon behaviour through the whole pipeline: people, quotes, events, dates."""

from __future__ import annotations

import pytest

from tests.languages.helpers import codes, events_of, mention_codes, people, processor

run = processor("pt")


def test_titled_unknown_people_get_role_and_state():
    doc = run("O ministro da Defesa do Cazaquistão, Arman Dossanov, e a ministra dos Negócios Estrangeiros "
              "de Portugal, Teresa Valadares, chegaram juntos.")
    found = people(doc)
    assert (found["Arman Dossanov"]["role"], found["Arman Dossanov"]["code"]) == ("defence minister", "KAZ")
    assert (found["Teresa Valadares"]["role"], found["Teresa Valadares"]["code"]) == ("foreign minister", "PRT")


def test_adjective_forms():
    doc = run("Os diplomatas norte-americanos e as autoridades cazaques falaram sobre a crise alimentar.")
    found = mention_codes(doc)
    assert found["norte-americanos"] == "USA"
    assert found["cazaques"] == "KAZ"


def test_quote_with_verb_after_in_curly_quotes():
    text = ("O embaixador de Angola, Joaquim Mbandu, falou à imprensa na segunda-feira. "
            "“Queremos ampliar a cooperação com o Brasil na área de energia”, afirmou Mbandu.")
    quote = run(text).quotes[0]
    assert quote["speaker"]["entity_name"] == "Joaquim Mbandu"
    assert quote["verb"] == "afirmou"


def test_quote_in_guillemets_and_pronoun_in_next_paragraph():
    text = ("A ministra da Defesa, Carla Meireles, visitou Luanda na segunda-feira. "
            "«Angola é um parceiro fundamental para Portugal em África», disse a ministra.\n\n"
            "Ela sublinhou: «A nossa prioridade é a segurança marítima no golfo da Guiné».")
    quotes = run(text).quotes
    assert [q["speaker"]["entity_name"] for q in quotes] == ["Carla Meireles", "Carla Meireles"]
    assert [q["verb"] for q in quotes] == ["disse", "sublinhou"]


def test_quote_with_dropped_subject():
    text = ("O embaixador de Angola, Joaquim Mbandu, falou à imprensa na segunda-feira. "
            "“A relação com o Brasil nunca foi tão próxima como agora”, acrescentou.")
    assert run(text).quotes[0]["speaker"]["entity_name"] == "Joaquim Mbandu"


def test_meeting_with_enclitic_pronoun_and_weekday():
    doc = run("A ministra dos Negócios Estrangeiros de Portugal, Teresa Valadares, reuniu-se na terça-feira "
              "com o embaixador de Angola.")
    consult = events_of(doc, "CONSULT")[0]
    assert codes(consult["actor"]) >= {"PRT", "AGO"}
    assert consult["date"] == "2024-05-21"


def test_meeting_with_proclitic_pronoun():
    doc = run("O Uruguai se reuniu com o Paraguai para discutir a gestão do rio.")
    assert codes(events_of(doc, "CONSULT")[0]["actor"]) == {"URY", "PRY"}


def test_host_receives_visitor():
    doc = run("O presidente do Cazaquistão, Arman Kairatov, recebeu o primeiro-ministro da Hungria, Gábor Nyerges.")
    consult = events_of(doc, "CONSULT")[0]
    assert (codes(consult["actor"]), codes(consult["recipient"])) == ({"HUN"}, {"KAZ"})


def test_phone_call_mode():
    doc = run("O chanceler brasileiro conversou por telefone com o ministro das Relações Exteriores da Argentina.")
    consult = events_of(doc, "CONSULT")[0]
    assert consult["mode"] == "phone"
    assert "BRA" in codes(consult["actor"])


def test_thanks_is_support():
    doc = run("Moçambique agradeceu a Portugal pelo apoio durante as cheias.")
    assert any(codes(e["actor"]) == {"MOZ"} and codes(e["recipient"]) == {"PRT"}
               for e in events_of(doc, "SUPPORT"))


def test_commitment_is_agree():
    doc = run("O Japão comprometeu-se a investir mil milhões de dólares no Peru.")
    agree = events_of(doc, "AGREE")[0]
    assert (codes(agree["actor"]), codes(agree["recipient"])) == ({"JPN"}, {"PER"})


def test_according_to_is_not_an_agreement():
    doc = run("De acordo com o relatório anual, o Chile cresceu dois por cento no ano passado.")
    assert events_of(doc, "AGREE") == []


def test_appeal_is_request():
    doc = run("A Colômbia exortou a Venezuela a libertar os presos políticos.")
    request = events_of(doc, "REQUEST")[0]
    assert (codes(request["actor"]), codes(request["recipient"])) == ({"COL"}, {"VEN"})


def test_condemnation_is_accuse():
    doc = run("O Brasil condenou a Rússia pelas declarações do seu embaixador em Brasília.")
    accuse = events_of(doc, "ACCUSE")[0]
    assert (codes(accuse["actor"]), codes(accuse["recipient"])) == ({"BRA"}, {"RUS"})


def test_sanctions_against_iran_spelled_irao():
    doc = run("O Canadá impôs novas sanções ao Irão pela repressão dos protestos.")
    sanction = events_of(doc, "SANCTION")[0]
    assert (codes(sanction["actor"]), codes(sanction["recipient"])) == ({"CAN"}, {"IRN"})
    assert sanction["future"] is False


def test_humanitarian_aid_in_the_future():
    doc = run("O Brasil enviará ajuda humanitária a Moçambique depois do ciclone.")
    aid = events_of(doc, "AID")[0]
    assert aid["mode"] == "humanitarian"
    assert (codes(aid["actor"]), codes(aid["recipient"])) == ({"BRA"}, {"MOZ"})
    assert aid["future"] is True


def test_negated_event_is_flagged():
    doc = run("Portugal não apoiou a resolução contra Angola no Conselho.")
    support = events_of(doc, "SUPPORT")[0]
    assert support["negated"] is True
    assert codes(support["actor"]) == {"PRT"}


@pytest.mark.parametrize("when, expected", [
    ("ontem", "2024-05-21"),
    ("em 12 de março", "2024-03-12"),
    ("na semana passada", "2024-05-15"),
    ("na terça-feira", "2024-05-21"),
])
def test_dated_events(when: str, expected: str):
    doc = run(f"O Equador criticou {when} o governo da Colômbia pelas suas declarações.")
    accuse = events_of(doc, "ACCUSE")[0]
    assert codes(accuse["actor"]) == {"ECU"}
    assert accuse["date"] == expected


def test_ordinary_sentence_has_no_event():
    doc = run("Ontem choveu muito em Lisboa e houve engarrafamentos no centro da cidade.")
    assert doc.events == []


def test_the_minister_refers_back_to_a_minister_not_the_president():
    doc = run("O chanceler israelense, Israel Katz, criticou o presidente Luiz Inácio Lula da Silva. "
                  "“Não vamos esquecer nem perdoar. É um grave ataque antissemita”, escreveu o ministro nas redes "
              "sociais.")
    assert doc.quotes[0]["speaker"]["entity_name"] == "Israel Katz"
