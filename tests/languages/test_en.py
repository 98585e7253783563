"""English lexicon behaviour through the whole pipeline: people, quotes, events, dates."""

from __future__ import annotations

import pytest

from tests.languages.helpers import codes, events_of, mention_codes, people, processor

run = processor("en")


def test_titled_unknown_people_get_role_and_state():
    doc = run("Kazakh Deputy Foreign Minister Arman Dossanov met the Japanese Ambassador Kenji Tanabe, "
              "and Defense Secretary of Georgia Levan Kipiani joined them.")
    found = people(doc)
    assert (found["Arman Dossanov"]["role"], found["Arman Dossanov"]["code"]) == ("deputy foreign minister", "KAZ")
    assert (found["Kenji Tanabe"]["role"], found["Kenji Tanabe"]["code"]) == ("ambassador", "JPN")
    assert (found["Levan Kipiani"]["role"], found["Levan Kipiani"]["code"]) == ("defence minister", "GEO")


def test_adjectives_demonyms_and_regions():
    doc = run("Uzbek and Kyrgyz officials, two Turkmen diplomats and several Azerbaijanis discussed "
              "Central Asian and Middle Eastern security.")
    found = mention_codes(doc)
    assert found["Uzbek"] == "UZB"
    assert found["Kyrgyz"] == "KGZ"
    assert found["Turkmen"] == "TKM"
    assert found["Azerbaijanis"] == "AZE"
    assert found["Central Asian"] == "CAS"
    assert found["Middle Eastern"] == "MEA"


def test_lowercase_words_are_not_nationalities():
    doc = run("Workers polish the new turkey statue in the square.")
    assert not [m for m in doc.mentions if m["type"] == "STATE"]


def test_quotes_with_verb_after_before_and_pronoun_in_next_paragraph():
    text = ("Foreign Minister Aigul Bekova arrived in Paris on Monday. "
            "\"Kazakhstan is a reliable partner for Europe,\" Bekova said.\n\n"
            "\"We will continue the talks on critical raw materials in autumn,\" she added.\n\n"
            "She stressed: \"The situation in the whole region remains very tense.\"")
    quotes = run(text).quotes
    assert len(quotes) == 3
    assert all(q["speaker"] and q["speaker"]["entity_name"] == "Aigul Bekova" for q in quotes)


def test_quote_with_verb_and_title_after():
    text = "\u201cOur doors remain open to dialogue,\u201d said Armenian Prime Minister Tigran Mkrtumyan."
    quote = run(text).quotes[0]
    assert quote["speaker"]["entity_name"] == "Tigran Mkrtumyan"
    assert quote["speaker"]["code"] == "ARM"


def test_meeting_on_weekday_is_consult_with_both_sides():
    doc = run("Kazakh Foreign Minister Aigul Bekova met her Turkish counterpart in Astana on Tuesday.")
    (event,) = events_of(doc, "CONSULT")
    assert codes(event["actor"]) == {"KAZ"}
    assert codes(event["recipient"]) == {"TUR"}
    assert event["date"] == "2024-05-21"


def test_host_cue_makes_the_visitor_the_actor():
    doc = run("Uzbek President Tolib Karimov received the Foreign Minister of Hungary Gabor Kiss on 12 March.")
    (event,) = events_of(doc, "CONSULT")
    assert codes(event["actor"]) == {"HUN"}
    assert codes(event["recipient"]) == {"UZB"}
    assert event["date"] == "2024-03-12"


def test_phone_call_and_visit_modes():
    phone = events_of(run("Kyrgyzstan's president held a phone call with the Chinese leader."), "CONSULT")
    assert [e["mode"] for e in phone] == ["phone"]
    visit = events_of(run("The Indian defence minister paid a visit to Turkmenistan."), "CONSULT")
    assert [e["mode"] for e in visit] == ["visit"]
    assert codes(visit[0]["actor"]) == {"IND"} and codes(visit[0]["recipient"]) == {"TKM"}


def test_praise_and_thanks_are_support():
    doc = run("Tajikistan thanked Japan for its help and praised the engineers.")
    event = events_of(doc, "SUPPORT")[0]
    assert event["cue"] == "thanke"  # simplemma's lemma of "thanked"
    assert codes(event["actor"]) == {"TJK"} and codes(event["recipient"]) == {"JPN"}


def test_promise_to_cooperate_is_agree():
    doc = run("Azerbaijan promised Georgia to expand energy cooperation next year.")
    (event,) = events_of(doc, "AGREE")
    assert codes(event["actor"]) == {"AZE"} and codes(event["recipient"]) == {"GEO"}
    assert event["future"] is True


def test_appeal_is_request():
    doc = run("The European Union called on Armenia and Azerbaijan to resume negotiations.")
    (event,) = events_of(doc, "REQUEST")
    assert codes(event["actor"]) == {"EU"}
    assert codes(event["recipient"]) == {"ARM", "AZE"}


def test_condemnation_is_accuse_and_passive_agent_is_actor():
    active = events_of(run("Lithuania condemned Belarus for the border incident."), "ACCUSE")
    assert codes(active[0]["actor"]) == {"LTU"} and codes(active[0]["recipient"]) == {"BLR"}
    passive = events_of(run("Belarus was sharply criticised by Lithuania."), "ACCUSE")
    assert codes(passive[0]["actor"]) == {"LTU"} and codes(passive[0]["recipient"]) == {"BLR"}


def test_sanctions_last_week():
    doc = run("Canada imposed sanctions on Iran last week.")
    (event,) = events_of(doc, "SANCTION")
    assert codes(event["actor"]) == {"CAN"} and codes(event["recipient"]) == {"IRN"}
    assert event["date"] == "2024-05-15"


def test_humanitarian_aid_mode():
    doc = run("Kazakhstan sent humanitarian aid to Afghanistan.")
    (event,) = events_of(doc, "AID")
    assert event["mode"] == "humanitarian"
    assert codes(event["recipient"]) == {"AFG"}


def test_threat_protest_and_assault_cues():
    assert events_of(run("Iran threatened Israel with retaliation."), "THREATEN")
    assert events_of(run("Thousands of Georgians protested in Tbilisi."), "PROTEST")
    assert events_of(run("Russian drones attacked Ukrainian ports."), "ASSAULT")


def test_multi_word_cues_win_over_their_first_word():
    doc = run("Turkey and Azerbaijan struck a deal on gas.")
    assert [e["event"] for e in doc.events] == ["AGREE"]


def test_negated_event_is_flagged():
    doc = run("China did not sign the trade declaration with India in Delhi.")
    (event,) = events_of(doc, "SUPPORT")
    assert event["negated"] is True
    doc = run("Pakistan didn't condemn Afghanistan after the talks in Doha.")
    assert events_of(doc, "ACCUSE")[0]["negated"] is True


def test_according_to_is_not_an_agreement():
    doc = run("According to Mongolia, the railway project is on schedule.")
    assert not events_of(doc, "AGREE")


@pytest.mark.parametrize("text", [
    "The weather in the Italian Alps was sunny and warm on Sunday.",
    "French football fans celebrated in the streets of the capital.",
])
def test_ordinary_sentences_yield_no_event(text):
    assert run(text).events == []
