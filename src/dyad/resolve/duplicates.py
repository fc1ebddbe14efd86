"""Near-duplicate documents: syndicated copies and re-posts, found by MinHash over word shingles.

A copy is kept and linked to the first document seen (`documents.duplicate_of`), so it is
searchable and citable, but its events join the original's instead of counting twice.
Signatures are banded (locality-sensitive hashing) so a new document is compared only with
the few stored documents that share a band, not with the whole archive.
"""

from __future__ import annotations

import hashlib
import re

from datasketch import MinHash

NUM_PERM = 64
BANDS = 16  # 16 bands of 4 rows: pairs above ~0.5 Jaccard become candidates
ROWS = NUM_PERM // BANDS
SHINGLE_WORDS = 5
# Two texts whose shingle sets overlap this much are one story published twice.
NEAR_DUPLICATE = 0.6
_WORD = re.compile(r"\w+", re.UNICODE)


def signature(text: str) -> list[int]:
    """The MinHash signature of the text's word 5-shingles (lower-cased), as plain integers."""
    words = _WORD.findall(text.lower())
    m = MinHash(num_perm=NUM_PERM, seed=7)
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    m.update_batch([sh.encode("utf-8") for sh in sorted(shingles)])  # vectorised: same values as one by one
    return [int(v) for v in m.hashvalues]


def bands(sig: list[int]) -> list[str]:
    """One short hash per band of the signature; documents sharing one are candidates."""
    return [hashlib.blake2b(repr(sig[b * ROWS : (b + 1) * ROWS]).encode(), digest_size=8).hexdigest()
            for b in range(BANDS)]


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)
