"""Cue words that look like acts but are none: adjectives, compounds, guests, nature, states of
affairs; and the acts that must survive next to them."""

from __future__ import annotations

import dragoman
from dragoman.settings import Settings

PUBLISHED = "2024-05-22"
SHORT = Settings(min_text_chars=0)


def kinds(text: str, lang: str) -> list[str]:
    return [e["event"] for e in dragoman.process(text, lang=lang, published=PUBLISHED, settings=SHORT).events]


def test_sanctioned_goods_and_evasion_are_no_sanction() -> None:
    for lang, text in (("en", "Poland asked Lithuania to stop sanctioned goods from reaching Belarus."),
                       ("en", "Georgia helped Russia circumvent Western sanctions, Ukraine said."),
                       ("de", "Polen forderte Litauen auf, sanktionierte Güter aus Belarus zu stoppen."),
                       ("de", "Die Umgehung von Sanktionen durch Armenien bleibt ein Problem für die EU."),
                       ("fr", "La Pologne accuse la Géorgie d'aider la Russie à contourner les sanctions."),
                       ("es", "Polonia acusó a Georgia de ayudar a Rusia a eludir las sanciones.")):
        assert "SANCTION" not in kinds(text, lang), (lang, text)


def test_imposing_sanctions_is_still_a_sanction() -> None:
    assert "SANCTION" in kinds("The European Union imposed new sanctions on Belarus on Monday.", "en")
    assert "SANCTION" in kinds("Die Europäische Union verhängte am Montag neue Sanktionen gegen Belarus.", "de")


def test_a_participle_glued_by_a_hyphen_is_an_adjective() -> None:
    events = kinds("Mali's army-backed government accused Algeria of shooting down a drone.", "en")
    assert "SUPPORT" not in events
    assert "ACCUSE" in events


def test_nature_and_statements_are_no_retreat_or_concession() -> None:
    assert kinds("Nepal is exposed to floods as glaciers retreat in the Himalayas.", "en") == []
    assert "CONCEDE" not in kinds("The European Union released a statement on Serbia and Kosovo.", "en")
    assert "RETREAT" not in kinds("“We need Turkey and Greece pulling in the same direction,” Italy said.", "en")


def test_insisting_is_no_request() -> None:
    assert "REQUEST" not in kinds("Serbia insisted that its government was already working with Hungary.", "en")


def test_french_ready_named_and_phoned_are_no_aid_or_request() -> None:
    assert "AID" not in kinds("« Le texte est prêt », a déclaré le ministre arménien devant la presse.", "fr")
    assert "AID" in kinds("La France a accordé un prêt de 10 millions d'euros à l'Arménie.", "fr")
    assert "REQUEST" not in kinds("Le nouvel ambassadeur de la Belgique au Maroc s'appelle Pierre Dumont.", "fr")
    assert "REQUEST" in kinds("La France a appelé la Russie à cesser les frappes contre l'Ukraine.", "fr")


def test_a_guest_is_no_invitation() -> None:
    assert "REQUEST" not in kinds("Le président du Sénégal était l'invité d'honneur de la France.", "fr")
    assert "REQUEST" in kinds("Le président de la France a invité le Sénégal à Paris.", "fr")


def test_a_partnership_is_a_state_not_an_act() -> None:
    for lang, text in (("en", "The European Union and Japan enjoy a long-standing partnership."),
                       ("fr", "L'Union européenne et le Japon entretiennent un partenariat de longue date."),
                       ("de", "Die Europäische Union und Japan verbindet eine langjährige Partnerschaft."),
                       ("pt", "A União Europeia e o Japão mantêm uma parceria de longa data.")):
        assert "COOPERATE" not in kinds(text, lang), (lang, text)


def test_cooperation_after_a_possessive_is_what_is_promised() -> None:
    assert kinds("Germany and France agreed to deepen their cooperation in defence.", "en") == ["AGREE"]
    assert kinds("La France et l'Allemagne se sont engagées à renforcer leur coopération.", "fr") == ["AGREE"]


def test_a_german_infinitive_clause_after_a_comma_is_the_promise_content() -> None:
    text = "Polen und Litauen bekräftigten ihre Absicht, den Handel zu erweitern, die Kooperation zu vertiefen."
    assert kinds(text, "de") == ["AGREE"]
    assert "COOPERATE" in kinds("Polen lobte Litauen, die Kooperation mit Lettland läuft seit Jahren gut.", "de")


def test_needing_help_is_no_help() -> None:
    assert kinds("Le ministre a déclaré que l'OTAN a besoin d'aide.", "fr") == []
    assert kinds("Ukraine needs support from Germany, the Ukrainian minister said.", "en") == []


def test_a_noun_after_a_demonstrative_points_back() -> None:
    assert kinds("Le ministre a rappelé que ce soutien de l'Italie reste décisif.", "fr") == []
    assert kinds("Der Minister sagte, diese Unterstützung Italiens bleibe entscheidend.", "de") == []
    assert "SUPPORT" in kinds("Italy reaffirmed its support for Ukraine on Monday.", "en")


def test_a_state_acting_on_itself_is_no_event() -> None:
    events = dragoman.process("Washington a annoncé un retrait complet des troupes américaines stationnées en Syrie.",
                              lang="fr", published=PUBLISHED, settings=SHORT).events
    assert not [e for e in events
                if {a["code"] for a in e["actor"]} & {r["code"] for r in e["recipient"]}], events


def test_one_state_on_both_sides_is_no_event_unless_internal() -> None:
    """Class d of issue 10: a state's own people condemning its government is no event between
    states; its people protesting and its police arresting stay (plover.INTERNAL_TYPES)."""
    for lang, text in (("en", "Australian protesters condemned the Australian government on Monday."),
                       ("es", "Los manifestantes peruanos condenaron al gobierno peruano el lunes."),
                       ("de", "Russische Demonstranten verurteilten am Montag die russische Regierung."),
                       ("fr", "Des manifestants russes ont condamné lundi le gouvernement russe.")):
        assert kinds(text, lang) == [], (lang, text)
    assert kinds("Los manifestantes protestaron el martes frente al Congreso en Lima contra el gobierno peruano.",
                 "es") == ["PROTEST"]
    assert kinds("Kenyan police arrested dozens of opposition supporters in Nairobi on Tuesday.", "en") == ["COERCE"]


def test_relations_described_are_no_cooperation() -> None:
    """Class a of issue 10: relations that are tense or old are a state of affairs, not an act;
    establishing them stays one."""
    for lang, text in (("en", "Diplomatic relations between Czechia and Russia have been tense for a long time."),
                       ("fr", "Les relations diplomatiques entre la Tchéquie et la Russie sont tendues depuis longtemps."),
                       ("cs", "Diplomatické vztahy mezi Českem a Ruskem jsou delší dobu napjaté.")):
        assert kinds(text, lang) == [], (lang, text)
    assert kinds("La France et le Kazakhstan ont établi des relations diplomatiques en 2023.", "fr") == ["COOPERATE"]
    assert kinds("Czechia and Russia established diplomatic relations on Monday.", "en") == ["COOPERATE"]
