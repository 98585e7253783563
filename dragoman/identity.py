"""Article identity from content, and MinHash signatures for near-duplicate detection."""

from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np
from datasketch import MinHash, MinHashLSH

_WORD = re.compile(r"\w+")
# Pinned so signatures stored in a database stay comparable across datasketch releases.
_MINHASH_SCHEME = "affine32"


def normalise_for_identity(text: str) -> str:
    """Case, accents-as-written, spacing and punctuation do not change an article's identity."""
    folded = unicodedata.normalize("NFC", text).casefold()
    return " ".join(_WORD.findall(folded))


def content_id(text: str) -> str:
    """A stable 16-hex-digit id derived from the cleaned text alone."""
    return hashlib.sha256(normalise_for_identity(text).encode("utf-8")).hexdigest()[:16]


def minhash_of(text: str, shingle_words: int, permutations: int) -> MinHash:
    """MinHash over word shingles of the normalised text."""
    words = normalise_for_identity(text).split()
    size = max(1, min(shingle_words, len(words)))
    shingles = {" ".join(words[i : i + size]) for i in range(max(1, len(words) - size + 1))}
    signature = MinHash(num_perm=permutations, scheme=_MINHASH_SCHEME)
    signature.update_batch([s.encode("utf-8") for s in shingles])
    return signature


def signature_bytes(signature: MinHash) -> bytes:
    return signature.hashvalues.astype(np.uint64).tobytes()


def signature_from_bytes(data: bytes, permutations: int) -> MinHash:
    values = np.frombuffer(data, dtype=np.uint64)
    return MinHash(num_perm=permutations, hashvalues=values, scheme=_MINHASH_SCHEME)


class NearDuplicateIndex:
    """An LSH index of article signatures answering 'which stored article is this close to?'."""

    def __init__(self, threshold: float, permutations: int) -> None:
        self.permutations = permutations
        self._lsh = MinHashLSH(threshold=threshold, num_perm=permutations)
        self._signatures: dict[str, MinHash] = {}
        self.threshold = threshold

    def add(self, article_id: str, signature: MinHash) -> None:
        if article_id not in self._signatures:
            self._lsh.insert(article_id, signature)
            self._signatures[article_id] = signature

    def closest(self, signature: MinHash) -> tuple[str, float] | None:
        """The most similar indexed article at or above the threshold, with its Jaccard estimate."""
        scored = [(c, signature.jaccard(self._signatures[c])) for c in self._lsh.query(signature)]
        scored = [(c, s) for c, s in scored if s >= self.threshold]
        return max(scored, key=lambda pair: (pair[1], pair[0])) if scored else None
