"""Actor and recipient of events across word orders: verb-final, verb-second, case endings,
passive hosts, quotes, pronouns, possessives, 'according to' and datelines."""

from __future__ import annotations

import pytest

import dragoman
from dragoman.settings import Settings

PUBLISHED = "2024-05-22"  # a Wednesday
SHORT = Settings(min_text_chars=0)


def run(text: str, lang: str):
    return dragoman.process(text, lang=lang, published=PUBLISHED, settings=SHORT)


def sides(text: str, lang: str, kind: str) -> list[tuple[set[str], set[str]]]:
    doc = run(text, lang)
    return [({a["code"] for a in e["actor"]}, {r["code"] for r in e["recipient"]})
            for e in doc.events if e["event"] == kind]


@pytest.mark.parametrize("lang, text, kind, actor, recipient", [
    # verb-final clause in a verb-second language: the object stands before the participle
    ("de", "Litauen hat Belarus am Montag scharf kritisiert.", "ACCUSE", {"LTU"}, {"BLR"}),
    # ... and so does a partner with "mit": both met
    ("de", "Kanzler Olaf Scholz hat am Mittwoch mit Premierminister Narendra Modi telefoniert.",
     "CONSULT", {"DEU", "IND"}, set()),
    ("de", "Frankreich hat sich mit Deutschland auf neue Regeln geeinigt.", "AGREE", {"FRA", "DEU"}, set()),
    # subject after the verb
    ("de", "Am Dienstag kritisierte Litauen die Regierung von Belarus scharf.", "ACCUSE", {"LTU"}, {"BLR"}),
    ("es", "El lunes condenó Argentina el ataque de Irán contra Israel.", "ACCUSE", {"ARG"}, {"IRN"}),
    # the recipient in the dative before a noun cue
    ("ru", "Япония предоставила Украине гуманитарную помощь на десять миллионов долларов.", "AID",
     {"JPN"}, {"UKR"}),
    # Turkish: case endings after the apostrophe mark the object of a verb-final clause
    ("tr", "Türkiye Dışişleri Bakanlığı, Rusya'yı sert bir dille kınadı.", "ACCUSE", {"TUR"}, {"RUS"}),
    ("tr", "Kazakistan, Türkiye'ye yeni bir insani yardım gönderdi.", "AID", {"KAZ"}, {"TUR"}),
    # Kazakh: endings on the name itself; the host receives the guest, who is the actor
    ("kk", "Қазақстан Президенті Франция Сыртқы істер министрі Люк Дюбрейді Ақордада қабылдады.",
     "CONSULT", {"FRA"}, {"KAZ"}),
    ("tr", "Türkiye Cumhurbaşkanı, Kazakistan Dışişleri Bakanı Aset Nurlanov'u Ankara'da kabul etti.",
     "CONSULT", {"KAZ"}, {"TUR"}),
    # passive with a host verb: the one received is the visitor
    ("de", "Der französische Außenminister wurde am Dienstag in Astana von Präsident Tokajew empfangen.",
     "CONSULT", {"FRA"}, {"KAZ"}),
    ("en", "The Kazakh foreign minister was received on Tuesday by the President of France.",
     "CONSULT", {"KAZ"}, {"FRA"}),
])
def test_word_order_and_case(lang: str, text: str, kind: str, actor: set[str], recipient: set[str]) -> None:
    assert (actor, recipient) in sides(text, lang, kind)


def test_first_person_plural_in_a_quote_is_the_speaker() -> None:
    text = ("« Nous soutenons pleinement l'Arménie », a déclaré le ministre français des Affaires "
            "étrangères Jean Dupont.")
    assert ({"FRA"}, {"ARM"}) in sides(text, "fr", "SUPPORT")


def test_first_person_with_a_comitative_ending_is_a_joint_commitment() -> None:
    text = "«Біз Қазақстанмен стратегиялық одақтастықты нығайтуға дайынбыз», – деді Өзбекстан Президенті."
    assert ({"UZB", "KAZ"}, set()) in sides(text, "kk", "AGREE")


def test_pronoun_refers_to_the_person_named_earlier_in_the_sentence() -> None:
    text = ("The Turkish Foreign Minister Kemal Aydın spoke in Ankara on Monday. NAIROBI — French Foreign "
            "Minister Jean Dupont on Tuesday urged Sudan to agree to a ceasefire, as he held talks with "
            "the Kenyan president.")
    doc = run(text, "en")
    consult = [e for e in doc.events if e["event"] == "CONSULT"]
    assert consult and {a["code"] for a in consult[0]["actor"] + consult[0]["recipient"]} == {"FRA", "KEN"}
    assert not [e for e in doc.events if e["event"] == "AGREE"]  # what France asked for is no event


def test_possessive_before_a_noun_cue_names_its_owner() -> None:
    text = ("Tokaïev a remercié le président du Conseil européen Charles Michel pour son soutien au "
            "Kazakhstan.")
    found = sides(text, "fr", "SUPPORT")
    assert ({"KAZ"}, {"EU"}) in found and ({"EU"}, {"KAZ"}) in found


def test_according_to_names_the_acting_side() -> None:
    text = "According to the Tajik foreign ministry, the minister thanked the European Union for its help."
    assert ({"TJK"}, {"EU"}) in sides(text, "en", "SUPPORT")


def test_dateline_capital_is_not_an_actor() -> None:
    text = "BISHKEK — The European Union's top diplomat urged Kyrgyzstan on Monday to tighten export controls."
    assert sides(text, "en", "REQUEST") == [({"EU"}, {"KGZ"})]


def test_place_in_the_locative_is_not_a_party() -> None:
    text = "Rusya Dışişleri Bakanı Sergey Lavrov, Astana'da Çin Dışişleri Bakanı ile görüştü."
    consult = sides(text, "tr", "CONSULT")
    assert consult and all(actor | recipient == {"RUS", "CHN"} for actor, recipient in consult)


def test_region_is_a_recipient_never_an_actor() -> None:
    text = "Le Kazakhstan entend développer davantage ses relations étroites avec les pays d'Asie centrale."
    assert sides(text, "fr", "AGREE") == [({"KAZ"}, {"CAS"})]


def test_region_in_a_title_is_left_out() -> None:
    text = ("Le ministre français de l'Europe et des Affaires étrangères, Jean-Noël Barrot, a appelé mardi "
            "l'Azerbaïdjan à signer le traité de paix.")
    assert sides(text, "fr", "REQUEST") == [({"FRA"}, {"AZE"})]


def test_talks_between_two_states_name_both_sides() -> None:
    text = "Er begrüßte die Fortschritte im Dialog zwischen Aserbaidschan und Armenien."
    doc = run("Der kasachische Präsident Kassym-Schomart Tokajew sprach in Astana. " + text, "de")
    support = [e for e in doc.events if e["event"] == "SUPPORT"]
    assert support and {r["code"] for r in support[0]["recipient"]} == {"AZE", "ARM"}


def test_verb_final_content_comes_before_the_verb() -> None:
    text = ("Сыртқы істер министрі Мұрат Нұртілеу мен Германия Сыртқы істер министрі Йоханн Вадефуль "
            "бірлескен мәлімдемеге қол қойды.")
    doc = run(text, "kk")
    assert [e["event"] for e in doc.events] == ["SUPPORT"]


def test_agreements_that_were_signed_are_one_signing() -> None:
    text = ("O presidente do Brasil recebeu o primeiro-ministro de Portugal em Brasília. "
            "“Acordos importantes foram assinados”, disse o presidente brasileiro.")
    doc = run(text, "pt")
    assert {e["event"] for e in doc.events} == {"CONSULT", "SUPPORT"}


def test_person_of_unknown_country_is_the_other_party() -> None:
    text = ("El canciller de España se reunió el lunes en Montevideo con el presidente de Uruguay. "
            "Ramón Etcheverry agradeció el apoyo de España a la integración regional.")
    support = sides(text, "es", "SUPPORT")
    assert support == [({"URY"}, {"ESP"})]  # not Spain thanking itself


def test_a_headline_event_told_again_keeps_the_body_sentence() -> None:
    text = ("Kazakhstan condemns Russian strike on Kyiv\n\n"
            "ASTANA — Kazakhstan's foreign ministry on Tuesday condemned Russia over the strike on Kyiv.")
    doc = dragoman.process(text, lang="en", published=PUBLISHED, settings=SHORT)
    accuse = [e for e in doc.events if e["event"] == "ACCUSE"]
    assert len(accuse) == 1 and accuse[0]["text"].startswith("ASTANA")
    assert len(accuse[0]["sources"]) == 2 and accuse[0]["date"] == "2024-05-21"


def test_a_cue_framing_a_quote_acts_on_the_party_the_quote_names() -> None:
    text = ("« Paris n'a aucun rôle constructif à jouer dans la région », a dénoncé jeudi le porte-parole "
            "du ministère azerbaïdjanais des Affaires étrangères, Ali Guliyev.")
    assert ({"AZE"}, {"FRA"}) in sides(text, "fr", "ACCUSE")


def test_a_place_keeps_its_preposition_from_the_party_after_it() -> None:
    """'à Samarcande son homologue ouzbek X': 'à' governs the city, not the counterpart after it."""
    import dragoman

    for text, lang in (
        ("Le ministre français des Affaires étrangères Jean-Noël Barrot a rencontré mardi à Samarcande "
         "son homologue ouzbek Bakhtiyor Saidov pour discuter de la coopération.", "fr"),
        ("El canciller español José Manuel Albares se reunió el martes en Samarcanda con su homólogo "
         "uzbeko Bakhtiyor Saidov para hablar de la cooperación.", "es"),
    ):
        events = [e for e in dragoman.process(text, lang=lang, published="2025-05-21").events
                  if e["event"] == "CONSULT"]
        assert events, lang
        codes = {a["code"] for e in events for a in e["actor"] + e["recipient"]}
        assert {"UZB"} < codes and events[0]["event_loc"]["name"] == "Samarkand", lang


def test_the_interlocutor_is_the_other_party_of_the_meeting() -> None:
    cases = [
        ("en", "Russian Foreign Minister Sergei Lavrov met Iranian Foreign Minister Abbas Araghchi in Moscow. "
               "Lavrov urged his interlocutor to resume cooperation with the IAEA."),
        ("fr", "Le ministre russe Sergueï Lavrov a reçu le ministre iranien Abbas Araghchi à Moscou. "
               "Lavrov a exhorté son interlocuteur à reprendre la coopération avec l'AIEA."),
        ("id", "Menteri Luar Negeri Rusia Sergei Lavrov bertemu Menteri Luar Negeri Iran Abbas Araghchi. "
               "Lavrov mendesak lawan bicaranya untuk melanjutkan kerja sama dengan IAEA."),
    ]
    for lang, text in cases:
        assert sides(text, lang, "REQUEST") == [({"RUS"}, {"IRN"})], lang


def test_a_list_after_with_shares_the_preposition() -> None:
    text = ("Beim Gipfeltreffen der EU mit Kasachstan, Kirgistan, Tadschikistan, Turkmenistan und Usbekistan "
            "kamen die Präsidenten in Samarkand zusammen.")
    assert sides(text, "de", "CONSULT") == [({"EU", "KAZ", "KGZ", "TJK", "TKM", "UZB"}, set())]


def test_both_countries_and_a_third_partys_welcome_name_the_articles_two_parties() -> None:
    text = ("Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov "
            "concluded talks on the peace treaty. UN Secretary-General António Guterres welcomed the "
            "announcement and urged both countries to sign the agreement without delay.")
    assert sides(text, "en", "REQUEST") == [({"UN"}, {"ARM", "AZE"})]
    assert sides(text, "en", "SUPPORT") == [({"UN"}, {"ARM", "AZE"})]


def test_a_third_partys_offer_goes_to_the_articles_two_parties() -> None:
    text = ("Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov "
            "concluded talks on the peace treaty. Kazakhstan is ready to host the signing ceremony.")
    assert sides(text, "en", "AGREE")[-1] == ({"KAZ"}, {"ARM", "AZE"})


def test_the_two_sides_are_the_two_named_before_them_in_the_sentence() -> None:
    text = ("Kazakhstan welcomed the peace deal. Baku and Yerevan said on Thursday that the two sides had "
            "agreed on all 17 articles of the draft peace agreement.")
    assert sides(text, "en", "AGREE") == [({"ARM", "AZE"}, set())]


def test_a_region_written_as_a_lowercase_adjective_is_a_topic_not_a_recipient() -> None:
    text = "Le ministre marocain Nasser Bourita a remercié le Kenya pour son engagement en faveur de l'intégration africaine."
    assert sides(text, "fr", "SUPPORT") == [({"MAR"}, {"KEN"})]  # not AFR
    assert sides("The European Union provided humanitarian aid to Central Asia.", "en", "AID") == [({"EU"}, {"CAS"})]


@pytest.mark.parametrize("lang, text", [
    ("it", "Trenta diplomatici russi espulsi dall'Italia per motivi di sicurezza."),
    ("en", "Thirty Russian diplomats expelled by Italy over security concerns."),
    ("pt", "Trinta diplomatas russos expulsos pela Itália por razões de segurança."),
])
def test_a_participle_without_auxiliary_is_passive(lang: str, text: str) -> None:
    assert sides(text, lang, "SANCTION") == [({"ITA"}, {"RUS"})]


@pytest.mark.parametrize("lang, text, kind, actor, recipient", [
    # the state a noun cue governs is acted on, never an inverted subject
    ("fr", "Paris a confirmé l'expulsion de diplomates russes.", "SANCTION", {"FRA"}, {"RUS"}),
    ("de", "Berlin bestätigte die Festnahme zweier russischer Agenten.", "COERCE", {"DEU"}, {"RUS"}),
    # ... but a withdrawal's or deployment's complement is the one who moves
    ("en", "Ukraine confirmed the withdrawal of Russian troops from the border.", "RETREAT", {"RUS"}, set()),
    ("fr", "Kiev a confirmé le retrait des troupes russes de la frontière.", "RETREAT", {"RUS"}, set()),
    ("ru", "Украина подтвердила отвод российских войск от границы.", "RETREAT", {"RUS"}, set()),
])
def test_the_state_a_noun_cue_governs(lang: str, text: str, kind: str, actor: set[str],
                                      recipient: set[str]) -> None:
    doc = dragoman.process(text, lang=lang, settings=Settings(min_text_chars=0, one_sided_events=True))
    found = [({a["code"] for a in e["actor"]}, {r["code"] for r in e["recipient"]})
             for e in doc.events if e["event"] == kind]
    assert (actor, recipient) in found


@pytest.mark.parametrize("lang, text", [
    ("ru", "В ФСБ подтвердили задержание трех украинских военных кораблей."),
    ("it", "Roma ha confermato l'espulsione di diplomatici russi."),
])
def test_a_noun_cues_complement_is_not_its_subject(lang: str, text: str) -> None:
    doc = dragoman.process(text, lang=lang, settings=Settings(min_text_chars=0, one_sided_events=True))
    assert not [e for e in doc.events if {a["code"] for a in e["actor"]} & {"RUS", "UKR"}]


@pytest.mark.parametrize("lang, text", [
    ("ru", "На переговорах в Абу-Даби делегации США, Украины и России достигли соглашения об обмене пленными."),
])
def test_a_place_closes_an_earlier_cues_phrase(lang: str, text: str) -> None:
    assert ({"USA", "UKR", "RUS"}, set()) in sides(text, lang, "AGREE")


def test_a_pronoun_stands_for_the_state_opening_the_sentence() -> None:
    text = ("Le président russe Vladimir Poutine s'est exprimé dimanche. "
            "La France a déclaré lundi qu'elle expulserait 35 diplomates russes.")
    assert ({"FRA"}, {"RUS"}) in sides(text, "fr", "SANCTION")
