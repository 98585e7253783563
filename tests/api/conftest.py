"""A small analysed database shared by the API tests: three reports of one meeting and two others."""

from __future__ import annotations

from pathlib import Path

import pytest

from dragoman.ingest import Ingester
from dragoman.settings import DEFAULT_SETTINGS
from dragoman.store import Store

MEETING = ("Russian Foreign Minister Sergey Lavrov met Kazakh President Kassym-Jomart Tokayev in Astana on "
           "20 May 2024.")
REPORTS = {
    f"report{n}.txt": f"{MEETING} {tail}" for n, tail in enumerate((
        "Tokayev praised Russia as a strategic partner.",
        "The two discussed trade, energy and transport corridors.",
        "Officials said the talks lasted three hours.",
        "Journalists were not admitted to the meeting.",
        "The visit was announced a week earlier.",
    ))
}
OTHERS = {
    "fr.txt": "Le président du Kazakhstan Kassym-Jomart Tokaïev a rencontré le ministre russe des Affaires "
              "étrangères Sergueï Lavrov à Astana le 20 mai 2024. « Nous renforcerons notre partenariat "
              "stratégique avec la Russie », a déclaré Tokaïev.",
    "uz.txt": "The foreign minister of Uzbekistan met his Tajik counterpart in Dushanbe on 3 June 2024. "
              "They signed a water agreement.",
}


def analysed_db(folder: Path, articles: dict[str, str]) -> Path:
    """Write the articles into folder and ingest them into folder/corpus.db."""
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = folder / "corpus.db"
    with Store.open(path) as store:
        Ingester(store, DEFAULT_SETTINGS).run([str(folder)])
    return path


@pytest.fixture(scope="package")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return analysed_db(tmp_path_factory.mktemp("reports"), {**REPORTS, **OTHERS})
