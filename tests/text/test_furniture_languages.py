"""Every language's [furniture] covers the same kinds of page furniture, and article prose survives."""

from __future__ import annotations

import pytest

from dragoman.languages import load_language
from dragoman.text.clean import clean_text
from dragoman.text.furniture import classify_line

# Article sentences written for these tests (plausible, not taken from any real article).
BODY = {
    "en": "The foreign ministers of Kazakhstan and Uzbekistan met in Tashkent on Monday to discuss "
    "water sharing and transport corridors across Central Asia.",
    "fr": "Le ministre des Affaires étrangères a reçu lundi son homologue kazakh à Paris pour évoquer "
    "la coopération énergétique et les corridors de transport.",
    "de": "Der Bundesaußenminister hat am Montag in Berlin seinen kasachischen Amtskollegen empfangen "
    "und mit ihm über Rohstoffe und Verkehrswege gesprochen.",
    "es": "El canciller mexicano recibió el lunes a su homólogo colombiano en la capital para hablar "
    "de comercio, migración y seguridad regional.",
    "pt": "O ministro dos Negócios Estrangeiros recebeu na segunda-feira o seu homólogo angolano em "
    "Lisboa para discutir a cooperação económica entre os dois países.",
    "it": "Il ministro degli Esteri ha ricevuto lunedì a Roma il suo omologo egiziano per discutere "
    "della ricostruzione e degli aiuti umanitari nella regione.",
    "ru": "Министр иностранных дел России провёл в понедельник в Москве переговоры со своим "
    "узбекским коллегой о транспортных коридорах и торговле.",
    "uk": "Міністр закордонних справ України провів у понеділок у Києві переговори зі своїм "
    "польським колегою щодо енергетичної безпеки та торгівлі.",
    "tr": "Dışişleri Bakanı pazartesi günü Ankara'da Kazak mevkidaşını kabul ederek enerji ve "
    "ulaştırma alanındaki işbirliğini ele aldı.",
    "id": "Menteri Luar Negeri menerima kunjungan mitranya dari Malaysia di Jakarta pada Senin untuk "
    "membahas kerja sama perdagangan dan keamanan maritim.",
    "kk": "Сыртқы істер министрі дүйсенбі күні Астанада өзбек әріптесімен кездесіп, көлік дәліздері "
    "мен су ресурстарын бөлісу мәселелерін талқылады.",
    "ar": "استقبل وزير الخارجية يوم الاثنين في الرياض نظيره العماني وبحث معه سبل تعزيز التعاون "
    "الاقتصادي والأمن الإقليمي.",
}
# One line of each kind per language: share, follow/subscribe to a channel, read also + headline,
# source, photo, press contact heading, contact line, cookie notice, disclaimer.
FURNITURE = {
    "en": ["Share on WhatsApp", "Join our Telegram channel for the latest updates.",
           "Read also: Tokayev and Mirziyoyev agree on new border crossings",
           "Source: Kazinform", "Photo: Ministry of Foreign Affairs", "Media enquiries:",
           "Press office: tel. +7 7172 72 05 18, press@mfa.example",
           "This website uses cookies to give you the best experience.",
           "The views expressed in this article are those of the author alone."],
    "fr": ["Partager sur LinkedIn", "Abonnez-vous à notre chaîne WhatsApp.",
           "À lire aussi : Le Kazakhstan et la France signent un accord sur l'uranium",
           "Source : AFP", "Photo : Ministère des Affaires étrangères", "Contacts presse :",
           "Service de presse : tél. +33 1 43 17 53 53", "Ce site utilise des cookies pour mesurer l'audience.",
           "Les opinions exprimées n'engagent que leur auteur."],
    "de": ["Auf Facebook teilen", "Folgen Sie uns auf Telegram.",
           "Lesen Sie auch: Berlin und Astana vereinbaren Rohstoffpartnerschaft",
           "Quelle: dpa", "Foto: Auswärtiges Amt", "Pressekontakt:",
           "Telefon: +49 30 1817 2000, E-Mail: presse@auswaertiges-amt.example",
           "Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.",
           "Nachdruck nur mit Genehmigung der Redaktion."],
    "es": ["Compartir en Telegram", "Únete a nuestro canal de WhatsApp.",
           "Lee también: México y Colombia firman un memorando contra el tráfico de armas",
           "Fuente: EFE", "Foto: Cancillería", "Contacto de prensa:",
           "Teléfono: +52 55 3686 5100", "Este sitio utiliza cookies para mejorar la experiencia del usuario.",
           "Queda prohibida la reproducción total o parcial de este contenido."],
    "pt": ["Partilhar no Facebook", "Siga-nos no Telegram.",
           "Leia também: Portugal e Moçambique assinam sete acordos de cooperação",
           "Fonte: Lusa", "Foto: Presidência da República", "Contactos de imprensa:",
           "Telefone: +351 21 394 6000", "Este site utiliza cookies para melhorar a sua experiência.",
           "É proibida a reprodução total ou parcial deste conteúdo."],
    "it": ["Condividi su WhatsApp", "Iscriviti al nostro canale Telegram.",
           "Leggi anche: Tajani riceve il ministro egiziano alla Farnesina",
           "Fonte: ANSA", "Foto: Farnesina", "Ufficio stampa:",
           "Tel. +39 06 3691 1", "Questo sito utilizza cookie per migliorare l'esperienza di navigazione.",
           "Riproduzione riservata"],
    "ru": ["Поделиться в Telegram", "Подписывайтесь на наш канал в MAX.",
           "Читайте также: Лавров и Саидов обсудили транспортные коридоры",
           "Источник: ТАСС", "Фото: МИД России", "Контакты для СМИ:",
           "Телефон: +7 499 244 41 19", "Сайт использует файлы cookie для улучшения работы.",
           "При цитировании ссылка на источник обязательна."],
    "uk": ["Поширити", "Підписуйтесь на наш канал у Telegram.",
           "Читайте також: Сибіга провів переговори з польським колегою",
           "Джерело: Укрінформ", "Фото: МЗС України", "Контакти для ЗМІ:",
           "Тел.: +380 44 238 17 48", "Цей сайт використовує файли cookie.",
           "При цитуванні матеріалів посилання обов'язкове."],
    "tr": ["Haberi paylaş", "WhatsApp kanalımıza abone olun.",
           "İlgili haber: Fidan, Azerbaycanlı mevkidaşı ile Bakü'de görüştü",
           "Kaynak: AA", "Fotoğraf: Dışişleri Bakanlığı", "Basın iletişim:",
           "Telefon: +90 312 292 10 00", "Bu site çerezler kullanmaktadır.",
           "Tüm hakları saklıdır. İzinsiz kullanılamaz."],
    "id": ["Bagikan ke WhatsApp", "Ikuti kami di Telegram untuk berita terbaru.",
           "Baca juga: Menlu Sugiono bertemu Sekjen ASEAN di Jakarta",
           "Sumber: Antara", "Foto: Kementerian Luar Negeri", "Kontak media:",
           "Telp. +62 21 344 1508", "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.",
           "Hak cipta dilindungi undang-undang."],
    "kk": ["Бөлісу", "Біздің Telegram арнамызға жазылыңыз.",
           "Сондай-ақ оқыңыз: Тоқаев Мирзиёевпен телефон арқылы сөйлесті",
           "Ақпарат көзі: Ақорда баспасөз қызметі", "Фото: СІМ", "БАҚ үшін байланыс:",
           "Телефон: +7 7172 72 05 18", "Сайт cookie файлдарын пайдаланады.",
           "Барлық құқықтар қорғалған."],
    "ar": ["شارك المقال", "تابعونا على تيليغرام.",
           "اقرأ أيضا: وزير الخارجية يستقبل نظيره الإيراني في الرياض",
           "المصدر: واس", "الصورة: وزارة الخارجية", "للتواصل الإعلامي:",
           "هاتف: +966 11 405 5000", "نستخدم ملفات تعريف الارتباط لتحسين تجربتك.",
           "جميع الحقوق محفوظة"],
}
KINDS = ["share", "follow", "read_more", "source", "photo", "press_contact", "contact", "cookies",
         "subscribe", "disclaimer"]


@pytest.mark.parametrize("lang", sorted(BODY))
def test_each_kind_of_furniture_is_removed(lang: str) -> None:
    noise = FURNITURE[lang]
    # Between two article paragraphs, so that no line goes for its position alone.
    result = clean_text("\n\n".join([BODY[lang], *noise, BODY[lang]]))
    assert result.paragraphs == [BODY[lang], BODY[lang]]
    assert sorted(r.text for r in result.removed) == sorted(noise)
    assert "label" not in {r.kind for r in result.removed}


@pytest.mark.parametrize("lang", sorted(BODY))
def test_every_language_file_lists_every_kind(lang: str) -> None:
    furniture = load_language(lang)["furniture"]
    assert [k for k in KINDS if not furniture.get(k)] == []


def test_read_also_label_takes_its_headlines_with_it() -> None:
    text = "\n".join([
        BODY["en"], "Related stories", "Kazakhstan and China sign visa-free travel agreement",
        "- EU foreign ministers discuss new sanctions package", BODY["en"],
    ])
    result = clean_text(text)
    assert result.paragraphs == [BODY["en"], BODY["en"]]
    assert {r.kind for r in result.removed} == {"read_more"}


@pytest.mark.parametrize("lang", ["ru", "fr", "id", "es"])
def test_headline_after_read_also_of_any_length(lang: str) -> None:
    label = {"ru": "Читайте также —", "fr": "Lire aussi :", "id": "Baca juga:", "es": "Lee también:"}[lang]
    headline = " ".join(BODY[lang].rstrip(".").split()[:18])
    result = clean_text(f"{BODY[lang]}\n{label} {headline}")
    assert result.paragraphs == [BODY[lang]]


def test_press_release_footer_block() -> None:
    text = "\n\n".join([
        "Ministry of Foreign Affairs - Press release", "Ministers agree on transit corridor",
        BODY["en"], "For more information", "Press contacts:", "Anna Berg, +32 2 298 12 34",
        "General public inquiries: Europe Direct by phone 00 800 6 7 8 9 10 11 or by email",
    ])
    result = clean_text(text)
    assert result.paragraphs == ["Ministers agree on transit corridor", BODY["en"]]
    assert [r.kind for r in result.removed] == [
        "doc_type", "press_contact", "press_contact", "contact", "contact"]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Par Claire Dubois, publié le 3 mars 2025 à 10h15", "Claire Dubois"),
        ("By Tom Reed and Anna Lee | 12 May 2025", "Tom Reed and Anna Lee"),
        ("Von Jan Weber, 08.07.2025, 14:30 Uhr", "Jan Weber"),
        ("Por María José Pérez", "María José Pérez"),
        ("Oleh: Dewi Lestari", "Dewi Lestari"),
        ("Автор: Ирина Смирнова", "Ирина Смирнова"),
        ("Lucas Ferreira · 4 de março de 2025, 09:40", "Lucas Ferreira"),
    ],
)
def test_byline_goes_to_metadata(line: str, author: str) -> None:
    result = clean_text(f"{line}\n{BODY['en']}")
    assert result.paragraphs == [BODY["en"]]
    assert result.removed[0].kind == "byline"
    assert result.metadata["author"] == author


@pytest.mark.parametrize(
    "line",
    [
        "Par ailleurs, Paris a demandé à Bakou de signer le traité sans nouvelles conditions.",
        "By Friday, the ministers had agreed on a joint statement on the border crossings.",
        "Von Berlin aus reiste der Minister am Dienstag weiter nach Taschkent.",
        "Por su parte, el canciller colombiano pidió calma a ambas partes del conflicto.",
        "Oleh karena itu, Indonesia mendesak junta Myanmar menghentikan kekerasan.",
        "Di Maio incontra Lavrov a Mosca",
        "Share prices fell sharply in Moscow after the sanctions were announced.",
        "Подписание соглашения намечено на 12 мая 2025 года в Астане.",
    ],
)
def test_sentences_and_headlines_are_not_bylines(line: str) -> None:
    result = clean_text(f"{BODY['en']}\n{line}\n{BODY['en']}")
    assert line in result.paragraphs and "author" not in result.metadata


def test_table_rows_become_cells_or_one_line() -> None:
    layout = f"| | {BODY['en']} |"
    data = "| 1 | Kazakhstan | 12.5 | 3 |"
    result = clean_text(f"{BODY['fr']}\n{layout}\n{data}")
    assert result.paragraphs == [BODY["fr"], BODY["en"], "1 | Kazakhstan | 12.5 | 3"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Updated at 1:23 p.m.", "published"),
        ("You may also like...", "read_more"),
        ("Tempo de leitura: 3 minutos", "reading_time"),
        ("(Reporting by Anna Lee; Editing by Tom Reed)", "credit"),
        ("Pressemitteilung", "doc_type"),
        ("Facebook · X · Telegram", "share"),
    ],
)
def test_labels_that_end_like_sentences_or_stand_alone(line: str, kind: str) -> None:
    result = clean_text(f"{BODY['en']}\n{line}\n{BODY['en']}")
    assert result.paragraphs == [BODY["en"], BODY["en"]]
    assert [r.kind for r in result.removed] == [kind]


@pytest.mark.parametrize(
    "line",
    ["Share prices fell sharply at 1 p.m.", "Share prices fell...", "Telegram blocks opposition channels",
     "Comunicado conjunto de los ministros de Asuntos Exteriores de México y Colombia sobre migración."],
)
def test_prose_with_label_words_is_kept(line: str) -> None:
    result = clean_text(f"{BODY['en']}\n{line}\n{BODY['en']}")
    assert line in result.paragraphs


def test_read_also_takes_a_few_headlines_not_the_rest_of_the_page() -> None:
    headlines = [f"Ministers meet in Astana for round {n} of talks" for n in range(1, 7)]
    prose = [f"Round {n} of the talks opened in Astana on Friday, officials said." for n in (7, 8)]
    result = clean_text("\n".join([BODY["en"], "Read more", *headlines, *prose]))
    assert result.paragraphs == [BODY["en"], *prose]


def test_a_list_of_related_headlines_without_a_label_is_furniture() -> None:
    related = ["Bolsonaro segue na UTI com pneumonia bilateral, diz boletim médico",
               "Sexta-feira, 12 de setembro de 2025 | 10:15",
               "Simone Tebet deixa MDB e se filia ao PSB por SP",
               "Saneamento básico: os municípios com melhores e piores índices"]
    result = clean_text("\n".join([BODY["pt"], *related, BODY["pt"]]))
    assert result.paragraphs == [BODY["pt"], BODY["pt"]]
    assert [r.kind for r in result.removed] == ["related", "stamp", "related", "related"]


def test_two_unpunctuated_lines_inside_the_article_are_kept() -> None:
    subtitles = ["Talks in Astana", "A new round of negotiations"]
    result = clean_text("\n".join([BODY["en"], *subtitles, BODY["en"]]))
    assert result.paragraphs == [BODY["en"], *subtitles, BODY["en"]]


@pytest.mark.parametrize("line", [
    "İsrail’in Kasım ayındaki hava saldırısı sonucu Şam yakınlarında meydana gelen yangınlar (AFP-Arşiv)",
    "Il segretario generale della Nato, Jens Stoltenberg (Foto Infophoto)",
    "Росія відводить війська від кордонів України Фото: міністр оборони Росії (mil.ru)",
    "Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *",
    "Sitelerimizde reklam ve pazarlama faaliyetlerinin yürütülmesi amaçları ile çerezler kullanılmaktadır.",
])
def test_captions_and_widget_notices_of_real_pages_are_furniture(line: str) -> None:
    assert classify_line(line) is not None


@pytest.mark.parametrize("line", [
    "The minister met his counterpart in Paris on Monday (AFP).",
    "The ministry said the photo: it was fake, officials said.",
])
def test_prose_with_a_credit_or_the_word_photo_is_kept(line: str) -> None:
    assert classify_line(line) is None


def test_a_bulleted_or_numbered_list_of_headlines_is_furniture() -> None:
    listed = ["• Indonesia Mulai Terancam? Alat Canggih China Bisa Pantau Asia Tenggara",
              "• Ahli Sebut Aktivitas Tiongkok di Laut China Selatan Bisa Picu Konflik",
              "3. Berlin & Brandenburg", "4. Protest gegen Syrien: Demonstranten werfen Eier auf Botschaft"]
    result = clean_text("\n".join([listed[0], listed[1], BODY["en"], listed[2], listed[3], BODY["en"]]))
    assert result.paragraphs == [BODY["en"], BODY["en"]]


def test_a_share_row_is_not_joined_to_the_line_above() -> None:
    text = f"{BODY['en'][:-1]} and trade\nthreads whatsapp linkedin twitter youtube facebook\n\n{BODY['en']}"
    assert not any("whatsapp" in p for p in clean_text(text).paragraphs)


# Cookie banners, "send this article by e-mail" forms and promotions worded in each language.
NOTICES = {
    "pl": ["W celu świadczenia usług na najwyższym poziomie stosujemy pliki cookies.",
           "Wyślij artykuł znajomemu, podając adres e-mail odbiorcy."],
    "hu": ["Ez a program emailben elküldi a cikk címét, önnek csak a címzett e-mail címét kell megadnia "
           "a \"Címzett\" mezőben."],
    "de": ["Wir verwenden Cookies, um die Nutzung der Seite zu analysieren.",
           "Diesen Artikel per E-Mail versenden an die E-Mail-Adresse des Empfängers"],
    "fr": ["Nous utilisons des cookies pour mesurer l'audience de ce site.",
           "Envoyer cet article par e-mail à l'adresse électronique du destinataire"],
    "es": ["Este portal usa cookies propias y de terceros para mejorar su experiencia.",
           "Enviar esta noticia por correo al correo electrónico del destinatario"],
    "it": ["Questo sito utilizza i cookie per migliorare la navigazione.", "10 ultim'ora BREAKING NEWS"],
    "ru": ["Мы используем файлы cookie для улучшения работы сайта."],
    "id": ["Menangkan e-Voucher Belanja total jutaan rupiah. Kumpulkan poin di Kuis Hoaks/Fakta."],
    "en": ["Email this article to a friend: enter the recipient's e-mail address."],
}


@pytest.mark.parametrize("lang", sorted(NOTICES))
def test_notices_and_forms_in_each_language(lang: str) -> None:
    for line in NOTICES[lang]:
        assert classify_line(line) is not None, line


def test_bylines_glued_or_in_unspaced_scripts() -> None:
    assert clean_text("EditorAna Shofiana Syatiri\n" + BODY["id"]).metadata["author"] == "Ana Shofiana Syatiri"
    assert classify_line("記者陳宛貞／綜合外電報導") == "credit"
    assert classify_line("Byzantine rule ended in 1453 after the siege of the city.") is None
