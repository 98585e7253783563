"""Furniture that only its neighbouring lines reveal is removed; the article's sentences stay."""

from __future__ import annotations

from dragoman.text.clean import clean_text

LEAD = ("Statsminister Ulf Kristersson besökte Kiev på onsdagen och träffade Ukrainas president "
        "Volodymyr Zelenskyj i presidentpalatset.")
BODY = [
    LEAD,
    "Efter mötet höll ledarna en gemensam pressträff där de talade om stödet till Ukraina och EU.",
    "Kristersson lovade fortsatt militärt och humanitärt stöd så länge kriget pågår i landet.",
    "Zelenskyj tackade Sverige för stödet och bad om fler luftvärnssystem inför vintern.",
]


def removed_kinds(text: str) -> dict[str, str]:
    return {r.text: r.kind for r in clean_text(text).removed}


def test_short_line_closed_by_a_photo_credit_is_a_caption() -> None:
    caption = "Demonstranter i den turkiska huvudstaden Ankara. Foto: Burhan Ozbilici/AP/TT"
    result = clean_text("\n".join([BODY[0], caption, *BODY[1:]]))
    assert result.paragraphs == BODY
    assert removed_kinds("\n".join([BODY[0], caption, *BODY[1:]]))[caption] == "caption"


def test_caption_said_again_by_the_next_line() -> None:
    lines = ["Ulf Kristersson och Volodomyr Zelenskyj.",
             "Ulf Kristersson och Volodomyr Zelenskyj. Foto: Efrem Lukatsky / AP", *BODY]
    assert clean_text("\n".join(lines)).paragraphs == BODY
    alt = ["Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng.",
           "Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng nói như vậy trong tuyên bố đưa ra ngày 28/8, "
           "để trả lời câu hỏi của phóng viên."]
    assert clean_text("\n".join(alt)).paragraphs == alt[1:]


def test_caption_before_its_credit_line() -> None:
    caption = "Embaixada dos EUA: um grupo de jovens fez uma manifestação em frente à embaixada em Brasília"
    lines = [*BODY[:2], caption, "(Marcello Casal Jr./ABr)", *BODY[2:]]
    assert clean_text("\n".join(lines)).paragraphs == BODY


def test_headline_before_its_photo_line_is_kept() -> None:
    headline = "Росія відводить війська від кордонів України в пункти постійної дислокації"
    lines = [headline, f"{headline} Фото: Росія відводить війська від України (Getty Images)", *BODY]
    assert clean_text("\n".join(lines)).paragraphs[0] == headline


def test_page_title_repeated_with_site_name_or_dash() -> None:
    title = "Rusland ontbiedt nu ook Nederlandse ambassadeur"
    lines = [f"{title} - De Krant", title, f"- {title}", *BODY]
    assert clean_text("\n".join(lines)).paragraphs == [title, *BODY]


def test_names_beside_a_date_label_are_a_byline() -> None:
    lines = [BODY[0], "Astrid Larsson", "Publicerad", *BODY[1:]]
    result = clean_text("\n".join(lines))
    assert result.paragraphs == BODY
    assert removed_kinds("\n".join(lines))["Astrid Larsson"] == "byline"


def test_names_as_a_subheading_between_paragraphs_are_kept() -> None:
    lines = [BODY[0], "Heraldo Muñoz, canciller", *BODY[1:]]
    assert clean_text("\n".join(lines)).paragraphs == lines


def test_latin_line_in_an_article_of_another_script_is_an_embed() -> None:
    greek = [
        "Την καταδίκη των ρωσικών πυραυλικών χτυπημάτων σε πόλεις της Ουκρανίας εξέφρασε το υπουργείο.",
        "Στη σχετική ανακοίνωση αναφέρεται ότι η Αθήνα καταδικάζει έντονα τις σημερινές επιθέσεις.",
    ]
    tweet = "Greece will continue to support Ukraine and stand by its people"
    assert clean_text("\n".join([*greek, tweet])).paragraphs == greek
    # a Latin-script article keeps its lines, whatever their language
    assert clean_text("\n".join([*BODY, tweet])).paragraphs == [*BODY, tweet]


def test_post_text_is_cut_unless_its_signature_follows() -> None:
    post = "Two spans were blown up by Russia on the Antonivskyi bridge. pic.twitter.com/A1k69GjQsX"
    assert clean_text("\n".join([*BODY, post])).paragraphs == BODY
    signed = clean_text("\n".join([*BODY, post, "— Jane Doe (@janedoe) November 11, 2022"]))
    assert signed.paragraphs[-1] == "Two spans were blown up by Russia on the Antonivskyi bridge."


def test_single_bulleted_headline_between_paragraphs_is_a_link() -> None:
    link = "• Ahli Sebut Aktivitas Tiongkok di Laut China Selatan Bisa Picu Konflik"
    assert clean_text("\n".join([*BODY[:2], link, *BODY[2:]])).paragraphs == BODY


def test_headline_with_a_media_mark_after_the_lead_is_a_link() -> None:
    link = "Путин предупреди враговете на Русия, че ще съжаляват (ВИДЕО)"
    assert clean_text("\n".join([*BODY[:2], link, *BODY[2:]])).paragraphs == BODY


def test_read_also_link_inside_the_article_keeps_what_follows() -> None:
    lines = [*BODY[:3], "Läs också: Sverige skickar fler stridsvagnar", *BODY[3:],
             "Regeringen ska fatta beslut om paketet vid nästa veckas sammanträde i Stockholm."]
    paragraphs = clean_text("\n".join(lines)).paragraphs
    assert paragraphs == [*BODY, lines[-1]]


def test_one_word_bullet_above_the_article_is_a_label() -> None:
    lines = ["Rusland ontbiedt nu ook Nederlandse ambassadeur", "- Nieuws", *BODY]
    assert clean_text("\n".join(lines)).paragraphs == [lines[0], *BODY]


def test_unspaced_script_paragraphs_count_as_prose() -> None:
    lines = ["正文", "中方堅決反對美派遣軍艦軍機在南海的挑釁行動",
             "昨21日午後、北京市において、在中国日本大使館の館員がその意に反して中国側当局により一時的に拘束されるとの事案が発生しました。",
             "本件は外交関係に関するウィーン条約の明白な違反であり、厳重な抗議を行うとともに、謝罪と再発防止を強く求めました。",
             "關注"]
    assert clean_text("\n".join(lines)).paragraphs == lines[1:4]


def test_headline_with_its_site_name_after_the_lead_is_a_link() -> None:
    link = "Путин предупреди враговете на Русия, че ще съжаляват | Dnevnik"
    assert clean_text("\n".join([*BODY[:2], link, *BODY[2:]])).paragraphs == BODY
    prose = "Regeringen meddelade i dag att stödpaketet ska presenteras | enligt uppgifter i ett pressmeddelande."
    assert prose in clean_text("\n".join([*BODY[:2], prose, *BODY[2:]])).paragraphs
