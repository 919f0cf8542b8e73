"""MinHash sketches of a text and the LSH band keys under which they are filed.

A text becomes a set of word shingles (3 consecutive words of its normalized form, with
punctuation and diacritics dropped so that "Assad's" and "Assad’s", or a vowelled and an
unvowelled Arabic word, are the same word); datasketch turns the set into a MinHash
signature whose agreement with another signature estimates the Jaccard similarity of
the two shingle sets. Band keys are what a store indexes: two texts that agree on
every row of one band become candidates, and the signatures then confirm or reject.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash

from etl.document import normalized_text

SHINGLE_WORDS = 3
NUM_PERM = 128
SEED = 1
SCHEME = "affine32"
# 42 bands of 3 rows: datasketch's MinHashLSH picks this layout for a 0.4 threshold when a
# missed pair costs nine times a false candidate. A pair with Jaccard 0.4 becomes a
# candidate with probability 0.94, at 0.5 with 0.996, at 0.1 with 0.04. It is fixed rather
# than derived from the configured threshold because stored band keys depend on it.
BANDS, ROWS = 42, 3
LAYOUT = f"m{NUM_PERM}r{ROWS}"  # in every band key, so keys of another layout never match


def words(text: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", normalized_text(text))
    kept = []
    for char in decomposed:
        category = unicodedata.category(char)
        if category.startswith("M"):  # accents, Arabic harakat
            continue
        kept.append(" " if category.startswith("P") else char)
    return "".join(kept).split()


def shingles(text: str) -> set[str]:
    tokens = words(text)
    if len(tokens) <= SHINGLE_WORDS:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + SHINGLE_WORDS]) for i in range(len(tokens) - SHINGLE_WORDS + 1)}


@dataclass(frozen=True)
class Sketch:
    signature: LeanMinHash
    bands: tuple[str, ...]

    def similarity(self, other: "Sketch") -> float:
        """Estimated Jaccard similarity of the two shingle sets."""
        return self.signature.jaccard(other.signature)

    @property
    def hashvalues(self) -> list[int]:
        return [int(value) for value in self.signature.hashvalues]


def band_keys(hashvalues: np.ndarray) -> tuple[str, ...]:
    keys = []
    for band in range(BANDS):
        rows = np.asarray(hashvalues[band * ROWS : (band + 1) * ROWS], dtype="<u8").tobytes()
        keys.append(f"{LAYOUT}:{band}:{hashlib.blake2b(rows, digest_size=8).hexdigest()}")
    return tuple(keys)


def sketch_text(text: str) -> Sketch | None:
    """The sketch of `text`, or None when it has no words to compare."""
    found = shingles(text)
    if not found:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    minhash.update_batch([shingle.encode() for shingle in found])
    return Sketch(LeanMinHash(minhash), band_keys(minhash.hashvalues))


def sketch_from_hashvalues(hashvalues: list[int]) -> Sketch:
    """A stored signature back into a sketch (bands recomputed, so they always agree)."""
    if len(hashvalues) != NUM_PERM:
        raise ValueError(f"stored signature has {len(hashvalues)} values, expected {NUM_PERM}")
    signature = LeanMinHash(seed=SEED, hashvalues=hashvalues, scheme=SCHEME)
    return Sketch(signature, band_keys(signature.hashvalues))
