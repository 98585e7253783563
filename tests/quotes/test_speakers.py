"""Speaker attribution on hand-written sentences, with the actor mentions given by hand."""

from __future__ import annotations

from dragoman.quotes.spans import find_quote_spans
from dragoman.quotes.speakers import attribute
from dragoman.records import Mention, Quote
from dragoman.text.sentences import sentence_spans

# Surface form → (type, entity_name, code, role, matched): what the actor stage would find.
ACTORS: dict[str, tuple[str, str, str | None, str | None, str]] = {
    "Tokayev": ("PERSON", "Kassym-Jomart Tokayev", "KAZ", "president", "alias"),
    "Тоқаев": ("PERSON", "Kassym-Jomart Tokayev", "KAZ", "president", "alias"),
    "Putin": ("PERSON", "Vladimir Putin", "RUS", "president", "alias"),
    "Лавров": ("PERSON", "Sergey Lavrov", "RUS", "foreign minister", "alias"),
    "Захарова": ("PERSON", "Maria Zakharova", "RUS", "spokesperson", "alias"),
    "Kallas": ("PERSON", "Kaja Kallas", "EU", "high representative", "alias"),
    "Kulubaev": ("PERSON", "Jeenbek Kulubaev", "KGZ", "foreign minister", "alias"),
    "Мерц": ("PERSON", "Friedrich Merz", "DEU", "chancellor", "alias"),
    "Вадефуль": ("PERSON", "Johann Wadephul", "DEU", "foreign minister", "alias"),
    "Wadephul": ("PERSON", "Johann Wadephul", "DEU", "foreign minister", "alias"),
    "Daniyar Sarsenbayev": ("PERSON", "Daniyar Sarsenbayev", None, "foreign minister", "title"),
    "Xavier Paz": ("PERSON", "Xavier Paz", None, "ambassador", "title"),
    "Luís Montenegro": ("PERSON", "Luís Montenegro", "PRT", "prime minister", "alias"),
    "Montenegro": ("STATE", "Montenegro", "MNE", None, "name"),
    "cazaque": ("STATE", "Kazakhstan", "KAZ", None, "adjective"),
    "Kazakh": ("STATE", "Kazakhstan", "KAZ", None, "adjective"),
    "неміс": ("STATE", "Germany", "DEU", None, "adjective"),
    "Москва": ("STATE", "Russia", "RUS", None, "capital"),
    "Kyrgyz": ("STATE", "Kyrgyzstan", "KGZ", None, "adjective"),
    "Bogotá": ("PLACE", "Bogotá", "COL", None, "capital"),
}


def mentions_in(text: str) -> list[Mention]:
    """Every occurrence of a known surface form, longest first, without overlaps."""
    found: list[Mention] = []
    for surface in sorted(ACTORS, key=len, reverse=True):
        kind, name, code, role, matched = ACTORS[surface]
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            if not any(m.overlaps(start, end) for m in found):
                found.append(Mention(start, end, surface, kind, name, code, matched, role=role, entity_key=name))
            start = text.find(surface, end)
    return sorted(found, key=lambda m: m.start)


def quotes_of(text: str, lang: str) -> list[Quote]:
    spans = find_quote_spans(text)
    return attribute(text, lang, spans, mentions_in(text), sentence_spans(text, lang))


def speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker.entity_name if q.speaker else None for q in quotes_of(text, lang)]


def test_subjectless_verb_after_the_quote_takes_the_last_person_spanish() -> None:
    text = ("El embajador Xavier Paz habló con la prensa el lunes. "
            "«La relación con Chile nunca fue tan estrecha como ahora», añadió.")
    (quote,) = quotes_of(text, "es")
    assert quote["speaker"]["entity_name"] == "Xavier Paz"
    assert quote["verb"] == "añadió"


def test_subjectless_verb_in_the_next_paragraph_turkish() -> None:
    text = ("Kazakistan Dışişleri Bakanı Daniyar Sarsenbayev Ankara'da temaslarda bulundu.\n\n"
            "“Türkiye ile ticaret hacmimizi 10 milyar dolara çıkarmayı hedefliyoruz” diye konuştu.")
    assert speakers(text, "tr") == ["Daniyar Sarsenbayev"]


def test_speaker_named_before_the_quote_with_the_verb_after_turkish() -> None:
    text = "Daniyar Sarsenbayev, “Bölgesel güvenlik konusunda ortak adımlar atacağız” dedi."
    assert speakers(text, "tr") == ["Daniyar Sarsenbayev"]


def test_speaker_named_before_a_colon_german() -> None:
    text = "Wadephul sagte nach dem Treffen: „Wir wollen die Zusammenarbeit mit Zentralasien vertiefen.“"
    (quote,) = quotes_of(text, "de")
    assert quote["speaker"]["entity_name"] == "Johann Wadephul"
    assert quote["verb"] == "sagte"


def test_role_with_a_state_adjective_gives_the_person_not_the_state() -> None:
    text = ("Tokayev recebeu Putin em Astana na quarta-feira.\n\n"
            "“Este ponto foi confirmado durante a visita do presidente russo”, acrescentou o líder cazaque.")
    assert speakers(text, "pt") == ["Kassym-Jomart Tokayev"]


def test_role_noun_prefers_the_person_holding_that_role_kazakh() -> None:
    text = ("Вадефуль Мемлекет басшысына Мерц сәлемін жеткізді.\n\n"
            "– Қазақстан – Орталық Азиядағы біздің басты әріптесіміз, – деді неміс министрі.")
    (quote,) = quotes_of(text, "kk")
    assert quote["text"].startswith("Қазақстан – Орталық Азиядағы")
    assert quote["speaker"]["entity_name"] == "Johann Wadephul"


def test_institution_speaks_for_its_state_not_for_the_last_person() -> None:
    text = ("Tokayev met Kallas in Astana on Monday.\n\n"
            "“Kazakhstan will not allow its territory to be used against anyone,” the Kazakh foreign ministry said.")
    (quote,) = quotes_of(text, "en")
    assert quote["speaker"]["entity_name"] == "Kazakhstan"


def test_institution_without_a_state_leaves_the_speaker_unknown() -> None:
    text = ("Tokayev a reçu Kallas à Astana lundi.\n\n"
            "« Les deux parties ont discuté de la sécurité régionale », a indiqué le ministère dans un communiqué.")
    assert speakers(text, "fr") == [None]


def test_unknown_name_next_to_the_verb_is_not_replaced_by_an_earlier_person() -> None:
    text = ("Tokayev llegó a Madrid el martes.\n\n"
            "«Nuestra posición sobre la crisis no ha cambiado en absoluto», afirmó Gómez ante la prensa.")
    (quote,) = quotes_of(text, "es")
    assert quote["speaker"]["entity_name"] == "Gómez" and quote["speaker"]["code"] is None


def test_a_titled_stranger_is_the_speaker_and_the_next_role_noun_means_him() -> None:
    text = ("La coalition «a commencé le processus de retrait de Syrie», a fait savoir à l'AFP le colonel "
            "Sean Ryan. «Par souci de sécurité opérationnelle, nous ne discuterons pas des échéances», "
            "a souligné ce porte-parole.")
    assert speakers(text, "fr") == ["Sean Ryan", "Sean Ryan"]
    text = "“We will not discuss the timelines,” Colonel Sean Ryan told reporters in Baghdad on Friday."
    assert speakers(text, "en") == ["Sean Ryan"]
    text = ('"Intinya, kami meminta ketegasan dari pemerintah," ujar Ketua Umum Ajun Gunawan (50), '
            "Jumat.")
    assert speakers(text, "id") == ["Ajun Gunawan"]


def test_a_lone_word_after_the_verb_is_the_person_of_that_name_named_before() -> None:
    text = ("Kazakh Foreign Minister Daniyar Sarsenbayev arrived in Ankara.\n\n"
            "“We discussed trade and transit,” Sarsenbayev said.")
    assert speakers(text, "en") == ["Daniyar Sarsenbayev"]


def test_known_place_after_the_verb_is_no_unknown_speaker() -> None:
    text = ("El embajador Xavier Paz visitó Colombia.\n\n"
            "«Nuestra cooperación en seguridad seguirá creciendo este año», añadió en Bogotá.")
    assert speakers(text, "es") == ["Xavier Paz"]


def test_country_written_like_a_persons_surname_is_that_person() -> None:
    text = ("O primeiro-ministro Luís Montenegro chegou a Brasília.\n\n"
            "“Portugal é a porta de entrada do Brasil na Europa”, declarou Montenegro.")
    assert speakers(text, "pt") == ["Luís Montenegro"]


def test_second_quote_of_the_same_paragraph_continues_the_speaker() -> None:
    text = ("“Kyrgyzstan is an important partner for the European Union,” Kallas told reporters after the "
            "meeting. “But goods that end up on the battlefield must stop crossing this border.”")
    assert speakers(text, "en") == ["Kaja Kallas", "Kaja Kallas"]


def test_pronoun_and_a_second_quote_in_the_same_sentence() -> None:
    text = ("Kulubaev insisted that his government was already working with EU experts. “We do not allow our "
            "territory to be used to circumvent sanctions,” he said, adding that Kyrgyz companies should not "
            "be punished “for the actions of a few dishonest traders.”")
    assert speakers(text, "en") == ["Jeenbek Kulubaev", "Jeenbek Kulubaev"]


def test_dialogue_dash_resumed_after_the_frame_russian() -> None:
    text = ("— Это вынужденная ответная мера на недружественные действия, — заявила Захарова на брифинге. "
            "— Мы оставляем за собой право на дальнейшие шаги.")
    quotes = quotes_of(text, "ru")
    assert [q["text"][:12] for q in quotes] == ["Это вынужден", "Мы оставляем"]
    assert [q["speaker"]["entity_name"] for q in quotes] == ["Maria Zakharova"] * 2
    assert [q["verb"] for q in quotes] == ["заявила", "заявила"]


def test_possessive_pronoun_in_according_to_refers_back_russian() -> None:
    text = ("— Это вынужденная ответная мера на недружественные действия, — заявила Захарова.\n\n"
            "По её словам, Москва «оставляет за собой право на дальнейшие шаги».")
    quotes = quotes_of(text, "ru")
    assert quotes[-1]["speaker"]["entity_name"] == "Maria Zakharova"
    assert quotes[-1]["verb"] == "По её словам"


def test_quote_in_a_paragraph_after_a_colon_russian() -> None:
    text = "Лавров заявил журналистам:\n\n— Мы готовы к диалогу со всеми нашими партнёрами."
    assert speakers(text, "ru") == ["Sergey Lavrov"]


def test_quote_over_two_paragraphs_takes_the_speaker_named_at_its_end() -> None:
    text = ("« Le Kazakhstan veut développer ses relations avec tous ses voisins.\n\n"
            "« Nous y travaillerons avec constance et patience », a déclaré Tokayev.")
    assert speakers(text, "fr") == ["Kassym-Jomart Tokayev"] * 2


def test_quote_inside_a_sentence_takes_the_sentence_subject() -> None:
    text = "Wadephul forderte beide Seiten auf, die Verhandlungen „ohne weitere Vorbedingungen fortzusetzen“."
    assert speakers(text, "de") == ["Johann Wadephul"]
