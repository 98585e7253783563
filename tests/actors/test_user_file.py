"""A user's --actors TOML file: new people, names, states and organisations; overrides; clear errors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

import dragoman
from dragoman.actors.kb import default_knowledge_base, knowledge_base
from dragoman.actors.mentions import match_names
from dragoman.cli.main import app
from dragoman.errors import ConfigError

USER_FILE = """
# my actors
[[state]]
code = "ZZT"
name = "Tartary"
names = {fr = ["Tartarie"], ru = ["Тартария"]}
capital = {en = ["Karakorum Nova"]}

[[igo]]
code = "STEPPE"
name = "Steppe Cooperation League"
names = {fr = ["Ligue de coopération des steppes"], de = ["Steppen-Kooperationsliga"]}
acronyms = {fr = ["LCS"], ru = ["ЛСС"]}

[[person]]
name = "Marta Kovalenko-Stein"
aliases = ["Kovalenko-Stein", "Марта Коваленко-Штайн", "Коваленко-Штайн"]
offices = [
  {role = "foreign minister", code = "ZZT", start = "2031-01-15"},
  {role = "ambassador", code = "ZZT", start = "2026-03", end = "2031-01-14"},
]

[[person]]  # extends the packaged Donald Trump (same Wikidata id): names added, one office corrected
name = "Donald Trump"
wikidata_id = "Q22686"
aliases = ["Ντόναλντ Τραμπ"]
offices = [{role = "president", code = "USA", start = "2025-01-20", end = "2029-01-20"}]

[names]
KAZ = ["Qazaq Eli"]
[names.STEPPE]
en = ["Steppe League"]

[remove]
GEO = ["Georgia"]
"""


@pytest.fixture(scope="module")
def user_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("actors") / "my-actors.toml"
    path.write_text(USER_FILE, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def settings(user_file: Path) -> dragoman.Settings:
    return dragoman.Settings(actors_file=user_file)


def people(doc: dragoman.Document) -> list[dict]:
    return [m for m in doc.mentions if m["type"] == "PERSON"]


def test_a_new_person_is_recognised_in_two_scripts_with_the_office_of_the_day(settings) -> None:
    fr = dragoman.process("La ministre Marta Kovalenko-Stein a rencontré hier son homologue turc à Ankara.",
                          lang="fr", published="2032-05-20", settings=settings)
    [marta] = [m for m in people(fr) if m["entity_name"] == "Marta Kovalenko-Stein"]
    assert (marta["code"], marta["role"]) == ("ZZT", "foreign minister")
    ru = dragoman.process("Посол Марта Коваленко-Штайн провела переговоры в Москве о торговле и транзите.",
                          lang="ru", published="2028-02-01", settings=settings)
    [marta] = [m for m in people(ru) if m["entity_name"] == "Marta Kovalenko-Stein"]
    assert (marta["code"], marta["role"]) == ("ZZT", "ambassador")


def test_without_the_file_the_person_is_unknown() -> None:
    doc = dragoman.process("La ministre Marta Kovalenko-Stein a rencontré hier son homologue turc à Ankara.",
                           lang="fr", published="2032-05-20")
    assert [(m["text"], m["code"]) for m in doc.mentions if m["type"] == "PERSON"] == [("Marta Kovalenko-Stein", None)]
    assert all(m["code"] != "ZZT" for m in doc.mentions)


def test_new_state_and_organisation_with_their_names_and_acronyms(settings) -> None:
    kb = knowledge_base(settings)
    found = {(m.text, m.code) for m in match_names(
        "La Tartarie a rejoint la Ligue de coopération des steppes (LCS) ; Тартария и ЛСС.", "fr", None, kb)}
    assert {("Tartarie", "ZZT"), ("Ligue de coopération des steppes", "STEPPE"), ("LCS", "STEPPE"),
            ("Тартария", "ZZT"), ("ЛСС", "STEPPE")} <= found
    assert not match_names("les lcs du quartier", "fr", None, kb)  # an acronym matches only as written
    assert {m.code for m in match_names("Officials of the Steppe League met.", "en", None, kb)} == {"STEPPE"}


def test_names_added_to_a_packaged_code_and_removed_from_another(settings) -> None:
    kb, packaged = knowledge_base(settings), default_knowledge_base()
    text = "Delegations from Qazaq Eli and Georgia met in Tbilisi."
    assert "KAZ" not in {m.code for m in match_names(text, "en", None, packaged)}
    assert "KAZ" in {m.code for m in match_names(text, "en", None, kb)}
    assert next(m.text for m in match_names(text, "en", None, packaged) if m.code == "GEO") == "Georgia"
    assert "Georgia" not in [m.text for m in match_names(text, "en", None, kb) if m.code == "GEO"]


def test_a_person_with_a_packaged_wikidata_id_is_extended_not_duplicated(settings) -> None:
    kb, packaged = knowledge_base(settings), default_knowledge_base()
    trump = kb.entities["person:Q22686"]
    assert [p.key for p in kb.people() if p.name == "Donald Trump"] == ["person:Q22686"]
    assert trump.code_on("2027-06-01") == "USA" and trump.code_on("2030-06-01") is None
    assert trump.code_on("2018-06-01") == "USA"  # the packaged first term is kept
    assert packaged.entities["person:Q22686"].code_on("2030-06-01") == "USA"  # packaged KB untouched
    doc = dragoman.process("Ο Ντόναλντ Τραμπ συναντήθηκε χθες με τον πρόεδρο της Γαλλίας στην Ουάσιγκτον.",
                           lang="el", published="2027-03-01", settings=settings)
    assert [m["entity"] for m in people(doc)][:1] == ["person:Q22686"]
    assert people(doc)[0]["code"] == "USA"


def test_a_person_with_the_same_name_is_replaced_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "replace.toml"
    path.write_text('[[person]]\nname = "Kassym-Jomart Tokayev"\nreplace = true\n'
                    'offices = [{role = "president", code = "KAZ", start = 2019-03-20}]\n', encoding="utf-8")
    kb = knowledge_base(dragoman.Settings(actors_file=path))
    [tokayev] = [p for p in kb.people() if p.name == "Kassym-Jomart Tokayev"]
    assert tokayev.code_on("2005-01-01") is None  # packaged foreign-minister years dropped
    assert [n.text for n in kb.names_of(tokayev.key)] == ["Kassym-Jomart Tokayev"]
    assert default_knowledge_base().entities[tokayev.key].code_on("2005-01-01") == "KAZ"


def test_a_wikidata_extract_can_be_given_directly(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    person = {"id": "Q99900077", "labels": {"en": {"language": "en", "value": "Zarina Omarbekova"}},
              "claims": {"P31": [{"mainsnak": {"snaktype": "value", "datavalue": {"value": {"id": "Q5"}}}}]}}
    path.write_text(json.dumps([person]), encoding="utf-8")
    kb = knowledge_base(dragoman.Settings(actors_file=path))
    assert kb.entities["person:Q99900077"].name == "Zarina Omarbekova"


@pytest.mark.parametrize(("text", "message"), [
    ("[[person]]\nname = \n", "not valid TOML"),
    ("[people]\nx = 1\n", "unknown section 'people'"),
    ("[[person]]\naliases = [\"X\"]\n", r"\[\[person\]\] #1: name is missing"),
    ("[[person]]\nname = \"A B\"\noffices = [{role = \"foreign-minister\", code = \"KAZ\"}]\n",
     r"#1 \('A B'\): office #1: unknown role 'foreign-minister'"),
    ("[[person]]\nname = \"A B\"\noffices = [{role = \"president\", code = \"XXX\"}]\n",
     "'XXX' is not a known state, organisation or region code"),
    ("[[person]]\nname = \"A B\"\noffices = [{role = \"president\", code = \"KAZ\", start = \"May 2020\"}]\n",
     "start must be a date YYYY, YYYY-MM or YYYY-MM-DD"),
    ("[[person]]\nname = \"A B\"\noffices = [{role = \"president\", code = \"KAZ\", start = \"2020\", "
     "end = \"2019-05\"}]\n", "end 2019-05 is before start 2020"),
    ("[[person]]\nname = \"A B\"\nwikidata_id = \"7747\"\n", "wikidata_id must look like"),
    ("[[person]]\nname = \"A B\"\nalias = [\"C\"]\n", "unknown key 'alias'"),
    ("[names]\nKAZZ = [\"Kazakia\"]\n", r"\[names\] KAZZ: not a known code"),
    ("[names]\nKAZ = [1, 2]\n", "KAZ must be a list of non-empty strings"),
    ("[remove]\nKAZ = [\"Kazakia\"]\n", r"\[remove\] KAZ: no name 'Kazakia' to remove"),
    ("[[state]]\ncode = \"zz\"\nname = \"Z\"\n", r"\[\[state\]\] #1: code must be upper-case"),
    ("[[state]]\ncode = \"ZZQ\"\n", r"\(ZZQ\): name is missing"),
    ("[[state]]\ncode = \"ZZQ\"\nname = \"\"\n", r"\(ZZQ\): name must be a non-empty string, got ''"),
    ("[KAZ]\nseats = 5\n", r"\[KAZ\] \(KAZ\): capital, capital_former, seats or former is malformed"),
    ("[[igo]]\ncode = \"KAZ\"\nname = \"K\"\n", "code KAZ is already a STATE, not a IGO"),
    ("[adjectives]\nEU = [\"européen\"]\n", r"\[adjectives\] EU: not a known state code"),
])
def test_bad_files_name_the_file_and_the_entry(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as error:
        knowledge_base(dragoman.Settings(actors_file=path))
    assert str(path) in str(error.value)


def test_a_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"cannot read actor file .*nowhere\.toml"):
        knowledge_base(dragoman.Settings(actors_file=tmp_path / "nowhere.toml"))


def test_an_edited_file_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "edited.toml"
    path.write_text('[names]\nKAZ = ["Qazaq Eli"]\n', encoding="utf-8")
    first = knowledge_base(dragoman.Settings(actors_file=path))
    path.write_text('[names]\nKAZ = ["Qazaq Eli", "Qazaqiya"]\n', encoding="utf-8")
    os.utime(path, ns=(os.stat(path).st_atime_ns, os.stat(path).st_mtime_ns + 1_000_000))
    second = knowledge_base(dragoman.Settings(actors_file=path))
    assert second is not first and "Qazaqiya" in {n.text for n in second.names_of("KAZ")}


runner = CliRunner()


def test_cli_process_actors_and_actor_read_the_file(user_file: Path, tmp_path: Path) -> None:
    article = tmp_path / "article.json"
    article.write_text(json.dumps({"text": "La ministre Marta Kovalenko-Stein a reçu à Paris son homologue "
                                   "allemand pour parler de commerce et de transit.", "lang": "fr",
                                   "published": "2032-05-20"}), encoding="utf-8")
    result = runner.invoke(app, ["process", str(article), "--actors", str(user_file)])
    assert result.exit_code == 0, result.output
    [doc] = [json.loads(line) for line in result.stdout.splitlines()]
    assert any(m["code"] == "ZZT" and m["type"] == "PERSON" for m in doc["mentions"])
    found = runner.invoke(app, ["actors", "Коваленко", "--actors", str(user_file)])
    assert found.exit_code == 0 and "Marta Kovalenko-Stein" in found.stdout
    shown = runner.invoke(app, ["actor", "Kovalenko-Stein", "--actors", str(user_file), "--db",
                                str(tmp_path / "none.db")])
    assert "foreign minister of ZZT: 2031-01-15 – now" in shown.stdout
    assert "ambassador of ZZT: 2026-03 – 2031-01-14" in shown.stdout


def test_cli_ingest_stops_at_once_on_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[people]\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Le président kazakh a reçu son homologue ouzbek à Astana hier.",
                                    encoding="utf-8")
    for command in (["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "x.db"), "-q"],
                    ["process", str(tmp_path / "a.txt")], ["actors", "KAZ"]):
        result = runner.invoke(app, [*command, "--actors", str(bad)])
        output = " ".join(result.output.split())  # the console wraps long lines
        assert result.exit_code == 1 and "unknown section 'people'" in output and "bad.toml" in output


@pytest.mark.parametrize("command", [["ingest"], ["process"], ["actors"], ["actors", "search"], ["actor"],
                                     ["actors", "import-wikidata"]])
def test_help_shows_an_example_and_the_option(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0 and "Example: dragoman" in result.output
    if command != ["actors"]:
        assert "--actors" in result.output


def test_cli_errors_show_the_section_names_as_written(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[[person]]\nname = "A B"\noffices = [{role = "president", code = "XXX"}]\n', encoding="utf-8")
    result = runner.invoke(app, ["actors", "KAZ", "--actors", str(bad)])
    assert "[[person]] #1 ('A B'): office #1: 'XXX' is not a known" in " ".join(result.output.split())


def test_the_documented_example_loads_and_works(tmp_path: Path) -> None:
    doc = Path(__file__).resolve().parents[2] / "docs" / "knowledge-base.md"
    example = doc.read_text(encoding="utf-8").split("```toml\n")[1].split("```")[0]
    path = tmp_path / "example.toml"
    path.write_text(example, encoding="utf-8")
    kb = knowledge_base(dragoman.Settings(actors_file=path))
    text = "The Tartarian envoy met the Steppe League at the Ak Orda Residence; les diplomates tartares aussi."
    assert [(m.text, m.code) for m in match_names(text, "en", None, kb)] == [
        ("Tartarian", "ZZT"), ("Steppe League", "STEPPE"), ("Ak Orda Residence", "KAZ"), ("tartares", "ZZT")]
    assert kb.entities["GSTEPPE"].members == ("KAZ", "MNG") and kb.entities["STEPPE"].members == ("KAZ", "ZZT")
