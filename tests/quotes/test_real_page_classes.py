"""Failure classes of quotation speakers on real news pages, each in several languages."""

from __future__ import annotations

import pytest

import dragoman


def _speakers(text: str, lang: str) -> list[tuple[str, str | None]]:
    doc = dragoman.process(text, lang=lang, published="2022-04-05")
    return [(q.text.split()[0], q.speaker.entity_name if q.speaker else None) for q in doc.quotes]


@pytest.mark.parametrize(("lang", "text", "first"), [
    ("hr", "Ministar Gordan Grlić Radman je govorio u Zagrebu.\n\n- Mi kada god prelazimo granice, "
           "najavljujemo to diplomatskim putem, ovdje se to nije dogodilo - rekao je Sergej Lavrov.", "Mi"),
    ("pl", "Minister spraw zagranicznych Zbigniew Rau spotkał się z kolegami.\n\n- Dialog między "
           "naszymi krajami jest bardzo intensywny i dobry - powiedział Siergiej Ławrow.", "Dialog"),
    ("sr", "Ministar je govorio u Beogradu.\n\n- Ovo je neprihvatljivo za našu zemlju i za region "
           "- izjavio je Sergej Lavrov.", "Ovo"),
])
def test_a_dash_without_punctuation_before_a_speech_verb_frames_the_line(lang: str, text: str,
                                                                          first: str) -> None:
    assert (first, "Sergey Lavrov") in _speakers(text, lang)


@pytest.mark.parametrize(("lang", "text", "first"), [
    ("pl", "Minister spraw zagranicznych Zbigniew Rau przyjął gości.\n\nPolska, jako kraj "
           "sprawujący prezydencję, akcentuje wagę dobrej koordynacji. - zaznaczył szef polskiej "
           "dyplomacji.", "Polska,"),
    ("hr", "Ministar vanjskih poslova Gordan Grlić Radman primio je goste.\n\nHrvatska će nastaviti "
           "pomagati Ukrajini u svemu što treba. - rekao je ministar.", "Hrvatska"),
])
def test_a_paragraph_ending_on_a_dash_and_speech_verb_is_quoted(lang: str, text: str, first: str) -> None:
    found = dict(_speakers(text, lang))
    assert first in found and found[first] is not None


def test_a_role_with_a_nationality_inside_is_the_subject_before_another_titled_person() -> None:
    text = ("Minister spraw zagranicznych Zbigniew Rau spotkał się z ministrem spraw zagranicznych "
            "Węgier Péterem Szijjártó.\n\n- Dialog między Polską a Węgrami jest bardzo intensywny - "
            "podkreślił szef polskiej dyplomacji w rozmowie z ministrem spraw zagranicznych Węgier "
            "Péterem Szijjártó.")
    assert _speakers(text, "pl") == [("Dialog", "Zbigniew Rau")]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Moscou critique la ministre Annegret Kramp-Karrenbauer, indique un communiqué de Maria "
           "Zakharova.\n\n« La veille de la "
           "rencontre, la ministre Annegret Kramp-Karrenbauer a refusé tout dialogue avec Moscou "
           "sur la désescalade », a-t-elle dit."),
    ("en", "Moscow criticised minister Annegret Kramp-Karrenbauer, said a statement by Maria "
           "Zakharova.\n\n\"On the eve of the "
           "meeting, minister Annegret Kramp-Karrenbauer refused any dialogue with Moscow on "
           "de-escalation,\" she said."),
])
def test_a_person_the_quote_names_is_not_its_implicit_speaker(lang: str, text: str) -> None:
    assert [s for _, s in _speakers(text, lang)] == ["Maria Zakharova"]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die USA wollen einen Abzug «so schnell wie möglich umsetzen».\n\nDer Abzug soll nach den "
           "Worten von Sergej Lawrow «so schnell wie möglich umsetzen» werden, sagte Lawrow."),
    ("en", "Moscow wants the talks \"to resume as soon as possible\".\n\nThe talks are \"to resume as "
           "soon as possible\", Sergey Lavrov said on Tuesday."),
])
def test_words_quoted_twice_take_the_speaker_of_their_attributed_copy(lang: str, text: str) -> None:
    assert [s for _, s in _speakers(text, lang)] == ["Sergey Lavrov", "Sergey Lavrov"]


@pytest.mark.parametrize(("lang", "text", "first"), [
    ("az", "Prezidentlər Bakıda görüşüb.\n\n“Ölkələrimiz arasında əməkdaşlıq çox sürətlə inkişaf edir”.\n\n"
           "Bunu Azərbaycan Prezidenti İlham Əliyev mətbuata bəyanatında deyib.", "Ölkələrimiz"),
    ("ru", "Президенты встретились в Баку.\n\n«Сотрудничество между нашими странами развивается очень "
           "быстро». Об этом заявил президент Азербайджана Ильхам Алиев.", "Сотрудничество"),
    ("uk", "Президенти зустрілися в Баку.\n\n«Співпраця між нашими країнами розвивається дуже швидко». "
           "Про це заявив президент Азербайджану Ільхам Алієв.", "Співпраця"),
    ("de", "Die Präsidenten trafen sich in Baku.\n\n„Die Zusammenarbeit unserer Länder entwickelt sich "
           "sehr schnell.“ Das sagte der aserbaidschanische Präsident Ilham Alijew.", "Die"),
])
def test_a_standalone_quote_takes_the_speaker_the_next_sentence_points_back_with(lang: str, text: str,
                                                                                 first: str) -> None:
    assert (first, "Ilham Aliyev") in _speakers(text, lang)


@pytest.mark.parametrize(("lang", "text", "first"), [
    ("az", "“Azərbaycan və Qazaxıstan arasında əməkdaşlıq genişlənir” İlham Əliyev\n\n"
           "Prezidentlər Bakıda görüşüb.", "Azərbaycan"),
    ("uz", "“O‘zbekiston zarur ko‘makni ko‘rsatishga tayyor”: Mirziyoyev Toqayev bilan gaplashdi\n\n"
           "O‘zbekiston prezidenti Shavkat Mirziyoyev Qozog‘iston prezidenti bilan muloqot qildi.", "O‘zbekiston"),
])
def test_a_headline_quote_followed_by_a_name_is_that_persons(lang: str, text: str, first: str) -> None:
    found = dict(_speakers(text, lang))
    assert found[first] in ("Ilham Aliyev", "Shavkat Mirziyoyev")


def test_a_family_name_before_a_title_in_unspaced_script_is_the_person_named_in_full() -> None:
    text = ("松野博一官房長官は11日の記者会見で支援を決定したと説明した。2月27日に岸田文雄総理が支援を表明した。\n"
            "松野官房長官は「日本政府と日本国民の心はウクライナと共にある」と述べた。")
    assert ("日本政府と日本国民の心はウクライナと共にある", "Hirokazu Matsuno") in _speakers(text, "ja")


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("id", "Pasukan mulai mundur dari Gaza.\n\"Pasukan Israel telah mundur dari beberapa wilayah di Kota Gaza,\" "
           "ujar Mohammed al-Mughayyir, pejabat senior di badan tersebut.", "Mohammed al-Mughayyir"),
    ("en", "Troops began to pull back.\n\"The troops have left several districts of the city,\" said "
           "Tariq bin Saleh, a senior official.", "Tariq bin Saleh"),
])
def test_an_unknown_speakers_name_keeps_its_particles(lang: str, text: str, name: str) -> None:
    assert [speaker for _, speaker in _speakers(text, lang)] == [name]


def test_in_a_verb_final_language_a_role_after_an_institution_is_a_person() -> None:
    text = ("Müdafiə Nazirliyinin mətbuat xidmətinin rəis müavini Anar Eyvazov brifinq keçirib.\n\n"
            "Nazirlik rəsmisi bildirib ki, Ermənistan tərəfi hərbi əməliyyatlara başlayıb: \"Döyüş postlarımıza "
            "hücum olunub, iki hərbi qulluqçumuz yaralanıb\".")
    assert [speaker for _, speaker in _speakers(text, "az")] == ["Anar Eyvazov"]


@pytest.mark.parametrize(("lang", "text"), [
    ("fi", "– Tärkeintä tässä tilanteessa olisi, että löytyy liennytystä tai rauhaa, presidentti Sauli Niinistö "
           "sanoi.\n\nUkrainan ja Venäjän ulkoministerit keskustelevat torstaina.\n\n– Toivotaan, että "
           "jonkinlaista edistystä edes tapahtuisi."),
    ("pl", "– Dialog między naszymi krajami jest bardzo intensywny i dobry – powiedział Sauli Niinistö.\n\n"
           "Ministrowie spraw zagranicznych spotkają się w czwartek.\n\n– Mamy nadzieję, że nastąpi "
           "jakiś postęp w rozmowach."),
])
def test_a_dialogue_line_goes_on_past_a_line_of_narration(lang: str, text: str) -> None:
    assert [speaker for _, speaker in _speakers(text, lang)] == ["Sauli Niinistö", "Sauli Niinistö"]


def test_a_dialogue_line_after_another_person_is_named_does_not_go_on() -> None:
    text = ("– Tärkeintä tässä tilanteessa olisi, että löytyy liennytystä tai rauhaa, presidentti Sauli Niinistö "
            "sanoi.\n\nPääministeri Sanna Marin puhui eduskunnassa torstaina.\n\n– Toivotaan, että "
            "jonkinlaista edistystä edes tapahtuisi.")
    assert _speakers(text, "fi")[-1][1] != "Sauli Niinistö"
