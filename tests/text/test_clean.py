"""Cleaning removes furniture in many languages and never a sentence of the article."""

from __future__ import annotations

import pytest

from dragoman.text.clean import clean_text, split_lines

BODY = {
    "en": "President Tokayev received the British foreign secretary in Astana on Monday. "
    "The two discussed trade, energy and the situation in Afghanistan at length.",
    "es": "El ministro de Asuntos Exteriores de España se reunió con su homólogo turco en Ankara. "
    "Ambos acordaron ampliar la cooperación económica y cultural entre los dos países.",
    "ru": "Министр иностранных дел России Сергей Лавров провёл переговоры со своим казахстанским "
    "коллегой в Москве. Стороны обсудили торговлю и транспортные коридоры.",
    "tr": "Dışişleri Bakanı Hakan Fidan, Azerbaycanlı mevkidaşı ile Bakü'de bir araya geldi. "
    "İki bakan enerji ve ulaştırma alanındaki işbirliğini ele aldı.",
    "it": "Il ministro degli Esteri italiano ha incontrato il suo omologo kazako a Roma. "
    "Le due parti hanno firmato un memorandum sulla cooperazione energetica.",
}
FURNITURE = {
    "en": [
        "Share this article",
        "Follow us on Twitter",
        "Comments (12)",
        "Read more",
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "Photo: Reuters",
        "Source: Reuters",
    ],
    "es": [
        "Compartir en Facebook",
        "Síguenos",
        "Lee también",
        "Fuente: EFE",
        "Este sitio utiliza cookies para mejorar la experiencia del usuario.",
    ],
    "ru": [
        "Поделиться",
        "Комментарии (0)",
        "Читайте также",
        "Источник: ТАСС",
        "Подпишитесь на нашу рассылку, отписаться можно в любой момент.",
    ],
    "tr": ["Paylaş", "Bizi takip edin", "İlgili Haberler", "Kaynak: AA", "Yorumlar (4)"],
    "it": [
        "Condividi su Facebook",
        "Seguici",
        "Leggi anche",
        "Fonte: ANSA",
        "Riproduzione riservata © 2025",
    ],
}


@pytest.mark.parametrize("lang", sorted(BODY))
def test_furniture_removed_article_kept(lang: str) -> None:
    noise = FURNITURE[lang]
    lines = [noise[0], BODY[lang], *noise[1:]]
    result = clean_text("\n".join(lines))
    assert result.paragraphs == [BODY[lang]]
    assert sorted(r.text for r in result.removed) == sorted(noise)


def test_source_line_kept_as_metadata() -> None:
    result = clean_text(f"{BODY['en']}\nSource: Kazinform")
    assert result.metadata["source_line"] == "Kazinform"


def test_prose_is_never_taken_for_a_label() -> None:
    prose = [
        "Share prices fell sharply in Moscow after the sanctions were announced on Friday.",
        "Comments by the minister drew a sharp rebuke from Beijing, the ministry said.",
        "Source: a senior diplomat told Reuters the talks would resume next week in Geneva "
        "after a pause of several months, with both delegations expected to attend.",
        "« Nous utilisons des cookies », a plaisanté le ministre devant les journalistes.",
    ]
    result = clean_text("\n".join(prose))
    assert result.paragraphs == prose and result.removed == []


def test_tweet_embed_link_and_signature() -> None:
    text = (
        f"{BODY['en']}\nTalks with my colleague today in Astana. #diplomacy "
        "pic.twitter.com/AbC123xyz\n— Foreign Office (@FCDOGovUK) March 3, 2025\n"
        "The minister later flew on to Tashkent for further meetings with officials."
    )
    result = clean_text(text)
    assert "pic.twitter.com" not in "\n".join(result.paragraphs)
    assert "Talks with my colleague today in Astana. #diplomacy" in result.paragraphs
    assert result.metadata["tweet_dates"] == "March 3, 2025"
    assert {r.kind for r in result.removed} == {"tweet_link", "tweet_signature"}


def test_press_contact_block_and_header_labels() -> None:
    text = (
        "World\nPolitics\n" + BODY["en"] + "\nPress contact:\nACME Communications\n"
        "Jane Doe, Tel. +44 20 7946 0000\nE: press@acme.example\nhttps://acme.example/"
    )
    result = clean_text(text)
    assert result.paragraphs == [BODY["en"]]
    assert len(result.removed) == 7


def test_trailing_photo_credit_cut_inline() -> None:
    paragraph = ("Presidents Erdoğan and Tokayev met in Ankara on 9 November 2024 and signed a treaty on "
                 "strategic partnership and trade.")
    result = clean_text(f"{BODY['en']}\n{paragraph} Foto: AA/Reuters\n{BODY['en']}")
    assert result.paragraphs[1] == paragraph
    assert result.removed[0].inline and result.removed[0].kind == "photo"


def test_short_line_closed_by_a_photo_credit_is_a_caption() -> None:
    caption = "Presidents Erdoğan and Tokayev in Ankara, 9 November 2024. Foto: AA/Reuters"
    result = clean_text(f"{BODY['en']}\n{caption}\n{BODY['en']}")
    assert result.paragraphs == [BODY["en"], BODY["en"]]
    assert [r.kind for r in result.removed] == ["caption"]


@pytest.mark.parametrize("caption", [
    "German Chancellor Olaf Scholz (R) and French President Emmanuel Macron in Berlin. "
    "(Photo by John MacDougall / AFP)",
    "Глава МИД России Сергей Лавров на переговорах в Москве. [Фото: МИД РФ]",
])
def test_a_caption_closed_by_its_photo_credit_is_furniture(caption: str) -> None:
    result = clean_text(f"{BODY['en']}\n{caption}")
    assert result.paragraphs == [BODY["en"]]
    assert [r.kind for r in result.removed] == ["caption"]


def test_a_paragraph_mentioning_a_photo_is_kept() -> None:
    line = "The ministry published a photo (taken by an embassy officer) of the damaged building."
    assert clean_text(f"{BODY['en']}\n{line}").paragraphs[-1] == line


def test_hard_wrapped_paragraphs_are_joined() -> None:
    wrapped = (
        "The ministers of the five Central Asian states met in\n"
        "Samarkand on Tuesday to discuss water sharing.\n\nSecond paragraph here."
    )
    assert split_lines(wrapped) == [
        "The ministers of the five Central Asian states met in Samarkand on Tuesday to discuss "
        "water sharing.",
        "Second paragraph here.",
    ]


def test_header_lines_of_unwrapped_text_stay_apart() -> None:
    text = (
        "Spain and Uruguay sign a youth mobility agreement in Madrid\n"
        "By Ana Ruiz, Diplomatic Correspondent\n"
        "Share on Facebook | Share on X | Email this article\n\n"
        "Spanish Foreign Minister José Manuel Albares received his Uruguayan counterpart Mario Lubetkin "
        "in Madrid on Friday and signed an agreement allowing young people to live and work in the "
        "other country for up to a year.\n\n"
        "Both ministers also called for the EU-Mercosur agreement to be ratified without further delay."
    )
    result = clean_text(text)
    assert result.paragraphs[0] == "Spain and Uruguay sign a youth mobility agreement in Madrid"
    assert "Share on Facebook | Share on X | Email this article" in [r.text for r in result.removed]


def test_a_date_stamp_under_a_headline_is_no_continuation() -> None:
    text = ("Лавров и глава МИД Эфиопии подписали план консультаций на 2025–2027 годы\n"
            "3 июня 2025, 17:20\n\nМосква, 3 июня — Министр иностранных дел России провёл переговоры.")
    assert split_lines(text)[:2] == ["Лавров и глава МИД Эфиопии подписали план консультаций на 2025–2027 годы",
                                     "3 июня 2025, 17:20"]


def test_a_source_line_with_an_armenian_separator_is_furniture_with_its_source() -> None:
    from dragoman.text.clean import clean_text
    cleaned = clean_text("Փաշինյանը հանդիպել է Ալիևի հետ Բրյուսելում երեկ երեկոյան։\n\nԱղբյուրը՝ Armenpress.am")
    assert cleaned.metadata.get("source_line") == "Armenpress.am"
