"""Wikidata extracts: every file layout, people with offices by date, states' names, and the TOML output."""

from __future__ import annotations

import bz2
import gzip
import json
import tomllib
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import dragoman
from dragoman.actors.kb import default_knowledge_base, knowledge_base
from dragoman.actors.wikidata import import_extract, read_items
from dragoman.cli.main import app
from dragoman.errors import ConfigError


def labels(**by_lang: str) -> dict[str, Any]:
    return {lang.replace("_", "-"): {"language": lang, "value": text} for lang, text in by_lang.items()}


def aliases(**by_lang: list[str]) -> dict[str, Any]:
    return {lang: [{"language": lang, "value": t} for t in texts] for lang, texts in by_lang.items()}


def snak(value: Any, prop: str = "P") -> dict[str, Any]:
    if value == "somevalue":
        return {"snaktype": "somevalue", "property": prop}
    if isinstance(value, tuple):  # (ISO date, precision)
        day = value[0] + "-01" * (2 - value[0].count("-"))
        data = {"value": {"time": f"+{day}T00:00:00Z", "precision": value[1]}, "type": "time"}
    elif value.startswith("Q"):
        data = {"value": {"entity-type": "item", "numeric-id": int(value[1:]), "id": value},
                "type": "wikibase-entityid"}
    else:
        data = {"value": value, "type": "string"}
    return {"snaktype": "value", "property": prop, "datavalue": data}


def statement(value: Any, rank: str = "normal", **qualifiers: Any) -> dict[str, Any]:
    return {"mainsnak": snak(value), "type": "statement", "rank": rank,
            "qualifiers": {p: [snak(v, p)] for p, v in qualifiers.items()}}


def entity(qid: str, names: dict[str, Any], alias: dict[str, Any] | None = None,
           **claims: list[Any]) -> dict[str, Any]:
    return {"type": "item", "id": qid, "labels": names, "aliases": alias or {},
            "claims": {p: [v if isinstance(v, dict) else statement(v) for v in values]
                       for p, values in claims.items()}}


HUMAN = ["Q5"]
TARTARY = entity("Q99900001", labels(en="Republic of Tartary", ru="Республика Тартария", fr="Tartarie", uk="Тартарія"),
                 aliases(en=["Tartary", "TT"], ru=["Тартария"]), P298=["ZZT"])
KAZAKHSTAN = entity("Q232", labels(en="Kazakhstan", kk="Қазақстан"), aliases(en=["Qazaq Respublikasy"]),
                    P298=["KAZ"])
FM_TARTARY = entity("Q99900002", labels(en="Minister of Foreign Affairs of Tartary"),
                    P279=["Q7330070"], P1001=["Q99900001"])
PM_KAZAKHSTAN = entity("Q99900004", labels(en="Prime Minister of Kazakhstan"), P17=["Q232"])
MAYOR = entity("Q99900005", labels(en="Mayor of Nowhere"))
ARUZHAN = entity(
    "Q99900010", labels(en="Aruzhan Tasmagambetova", ru="Аружан Тасмагамбетова", kk="Аружан Тасмағамбетова"),
    aliases(en=["Tasmagambetova", "Aruzhan"], de=["Aruschan Tasmagambetowa"]), P31=HUMAN,
    P39=[statement("Q99900004", P580=("2031-02-01", 11), P582=("2033", 9)),
         statement("Q7330070", P642="Q232", P580=("2029-01", 10), P582=("2031-01-31", 11)),
         statement("Q99900005", P580=("2020", 9)),
         statement("Q30461", P642="Q232", P580=("2011", 9), P582="somevalue"),
         statement("Q14212", rank="deprecated", P642="Q232", P580=("2001", 9))])
NIKOLAI = entity("Q99900011", labels(en="Nikolai Varenko", ru="Николай Варенко", uk="Микола Варенко",
                                     el="Νικολάι Βαρένκο"),
                 P31=HUMAN, P39=[statement("Q99900002", P580=("2030-05-05", 11))])
TRUMP = entity("Q22686", labels(en="Donald Trump", el="Ντόναλντ Τραμπ"), aliases(de=["Donald John Trump"]),
               P31=HUMAN, P39=[statement("Q11696", P580=("2025-01-20", 11))])
ENTITIES = [TARTARY, KAZAKHSTAN, FM_TARTARY, PM_KAZAKHSTAN, MAYOR, ARUZHAN, NIKOLAI, TRUMP]


@pytest.fixture(scope="module")
def extract(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("wikidata") / "extract.json"
    path.write_text(json.dumps(ENTITIES, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def write(path: Path, text: str) -> Path:
    opener = gzip.open if path.suffix == ".gz" else bz2.open if path.suffix == ".bz2" else None
    if opener:
        with opener(path, "wt", encoding="utf-8") as stream:
            stream.write(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("name", "layout"), [
    ("array.json", lambda es: json.dumps(es)),
    ("entities.json", lambda es: json.dumps({"entities": {e["id"]: e for e in es}}, indent=2)),
    ("lines.jsonl", lambda es: "\n".join(json.dumps(e) for e in es) + "\n"),
    ("dump.json.gz", lambda es: "[\n" + ",\n".join(json.dumps(e) for e in es) + "\n]\n"),
    ("dump.json.bz2", lambda es: "[\n" + "".join(json.dumps(e) + ",\n" for e in es) + "]\n"),
])
def test_every_layout_reads_the_same_entities(tmp_path: Path, name: str, layout) -> None:
    path = write(tmp_path / name, layout([*ENTITIES, {"id": "Q404", "missing": ""}, {"id": "P39"}]))
    assert [item.id for item in read_items(path)] == [e["id"] for e in ENTITIES]


def test_people_get_names_in_every_script_and_dated_offices(extract: Path) -> None:
    result = import_extract(extract, default_knowledge_base())
    people = {p["wikidata_id"]: p for p in result.records["person"]}
    aruzhan = people["Q99900010"]
    assert aruzhan["offices"] == [
        {"role": "prime minister", "code": "KAZ", "start": "2031-02-01", "end": "2033"},
        {"role": "foreign minister", "code": "KAZ", "start": "2029-01", "end": "2031-01-31"},
    ]
    names = [n for texts in aruzhan["aliases"].values() for n in texts]
    assert {"Аружан Тасмагамбетова", "Аружан Тасмағамбетова", "Aruschan Tasmagambetowa", "Tasmagambetova"} \
        <= set(names)
    assert "Aruzhan" not in names  # a bare given name would misfire
    notes = " | ".join(result.notes["Q99900010"])
    assert "Mayor of Nowhere (Q99900005)" in notes and "end date unknown" in notes and "2001" not in notes
    assert "president (Q30461) 2011 – ?" in notes
    assert people["Q99900011"]["offices"] == [{"role": "foreign minister", "code": "ZZT", "start": "2030-05-05"}]
    assert people["Q22686"]["offices"] == [{"role": "president", "code": "USA", "start": "2025-01-20"}]


def test_countries_become_new_states_or_extra_names(extract: Path) -> None:
    kb = default_knowledge_base()
    assert kb.entities["KAZ"].wikidata_id == "Q232"
    records = import_extract(extract, kb).records
    [tartary] = records["state"]
    assert (tartary["code"], tartary["name"]) == ("ZZT", "Republic of Tartary")
    assert "TT" not in str(tartary["names"])  # ISO-like codes are not names
    assert records["names"]["KAZ"] == {"en": ["Qazaq Respublikasy"]}  # only what the KB lacked


def test_the_extract_used_directly_recognises_people_by_date(extract: Path) -> None:
    settings = dragoman.Settings(actors_file=extract)
    ru = dragoman.process("Аружан Тасмагамбетова провела в Астане переговоры с делегацией Евросоюза.",
                          lang="ru", published="2032-03-01", settings=settings)
    [person] = [m for m in ru.mentions if m["type"] == "PERSON"]
    assert (person["code"], person["role"], person["wikidata_id"]) == ("KAZ", "prime minister", "Q99900010")
    de = dragoman.process("Aruschan Tasmagambetowa traf am Montag den Außenminister Frankreichs in Paris.",
                          lang="de", published="2030-01-10", settings=settings)
    [person] = [m for m in de.mentions if m["wikidata_id"] == "Q99900010"]
    assert (person["code"], person["role"], person["text"]) == ("KAZ", "foreign minister", "Aruschan Tasmagambetowa")
    uk = dragoman.process("Микола Варенко прибув до Києва, а Тартарія підписала угоду.",
                          lang="uk", published="2031-01-10", settings=settings)
    assert {(m["text"], m["code"]) for m in uk.mentions} >= {("Микола Варенко", "ZZT"), ("Тартарія", "ZZT")}


def test_a_packaged_person_is_extended(extract: Path) -> None:
    kb = knowledge_base(dragoman.Settings(actors_file=extract))
    trump = kb.entities["person:Q22686"]
    texts = {n.text for n in kb.names_of(trump.key)}
    assert {"Trump", "Ντόναλντ Τραμπ", "Donald John Trump"} <= texts  # packaged aliases kept
    assert trump.code_on("2018-05-01") == "USA" and trump.code_on("2026-05-01") == "USA"
    assert "Ντόναλντ Τραμπ" not in {n.text for n in default_knowledge_base().names_of(trump.key)}


def test_cli_writes_a_reviewable_file_that_loads_like_the_extract(extract: Path, tmp_path: Path) -> None:
    out = tmp_path / "my-actors.toml"
    result = CliRunner().invoke(app, ["actors", "import-wikidata", str(extract), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "3 people" in result.output and "1 new states" in result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# dragoman actor file") and "# not imported (no role and state/organisation" in text
    data = tomllib.loads(text)
    assert [p["name"] for p in data["person"]] == ["Aruzhan Tasmagambetova", "Donald Trump", "Nikolai Varenko"]
    from_toml = knowledge_base(dragoman.Settings(actors_file=out))
    from_json = knowledge_base(dragoman.Settings(actors_file=extract))
    for key in ("person:Q99900010", "person:Q99900011", "person:Q22686", "ZZT"):
        assert from_toml.entities[key] == from_json.entities[key]
        assert sorted(n.text for n in from_toml.names_of(key)) == sorted(n.text for n in from_json.names_of(key))
    shown = CliRunner().invoke(app, ["actor", "Варенко", "--actors", str(out), "--db", str(tmp_path / "n.db")])
    assert "foreign minister of ZZT: 2030-05-05 – now" in shown.stdout


@pytest.mark.parametrize(("text", "message"), [
    ("[]", "holds no entities"),
    ("[\n{\"id\": \"Q1\"},\n{oops},\n]\n", "invalid JSON at line 3"),
    ("{\"id\": \"Q1\"}\n{\"id\": \n", "invalid JSON at line 2"),
    ("\"just a string\"", "expected entities"),
    ("[1, 2]", "entity #1 is not a JSON object"),
])
def test_bad_extracts_give_clear_errors(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path / "bad.json", text)
    with pytest.raises(ConfigError, match=message) as error:
        knowledge_base(dragoman.Settings(actors_file=path))
    assert "bad.json" in str(error.value)


def test_cli_reports_a_bad_extract(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.jsonl", "{\"id\": \"Q1\"}\nnot json\n")
    result = CliRunner().invoke(app, ["actors", "import-wikidata", str(path), "-o", str(tmp_path / "o.toml")])
    assert result.exit_code == 1 and "invalid JSON at line 2" in " ".join(result.output.split())
    assert not (tmp_path / "o.toml").exists()
