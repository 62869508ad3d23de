"""Near-duplicate detection of articles with MinHash signatures and LSH band keys (datasketch's MinHash).

Duplicates are marked (`Article.duplicate_of`) and reported, never dropped. `DuplicateFinder` works in
memory; `StoredDuplicates` keeps signatures and band keys in the store, so checking new articles
against a large store reads neither its texts nor all of its signatures.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..records import Article, Skipped

if TYPE_CHECKING:
    from ..store import Store

_NUM_PERM = 128
_SHINGLE = 3  # words per shingle: short news items stay similar after an edited word or two

Signature = np.ndarray  # _NUM_PERM uint32 values (datasketch's hash values, which fit in 32 bits)


@lru_cache(maxsize=1)
def _template() -> MinHash:
    # datasketch draws the same permutations (seed 1) for every MinHash it makes, at about 1 ms each time.
    return MinHash(num_perm=_NUM_PERM)


def signature(text: str) -> Signature:
    """The MinHash signature of a text: the same values datasketch's `MinHash.update` gives shingle by shingle."""
    words = re.findall(r"\w+", text.casefold())
    template = _template()
    mh = MinHash(num_perm=_NUM_PERM, permutations=template.permutations, scheme=template.scheme)
    if len(words) < _SHINGLE:
        mh.update(" ".join(words).encode("utf-8"))
    else:
        mh.update_batch([" ".join(words[i : i + _SHINGLE]).encode("utf-8") for i in range(len(words) - 2)])
    return mh.hashvalues.astype(np.uint32)


def to_bytes(sig: Signature) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(data: bytes) -> Signature:
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)


def similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets (as datasketch's `MinHash.jaccard`)."""
    return float(np.count_nonzero(a == b)) / len(a)


@lru_cache(maxsize=8)
def bands(threshold: float) -> tuple[int, int]:
    """(bands, rows per band) that datasketch's MinHashLSH chooses for this threshold."""
    lsh = MinHashLSH(threshold=threshold, num_perm=_NUM_PERM)
    return lsh.b, lsh.r


def band_keys(sig: Signature, threshold: float) -> list[int]:
    """One signed 64-bit key per LSH band: two texts are candidates when any of their keys are equal."""
    count, rows = bands(threshold)
    keys = []
    for band in range(count):
        chunk = sig[band * rows : (band + 1) * rows].astype("<u4").tobytes()
        digest = hashlib.blake2b(band.to_bytes(2, "little") + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


class DuplicateFinder:
    """Remembers articles seen so far (in memory) and tells whether a new one nearly repeats one of them."""

    def __init__(self, threshold: float = 0.85):
        self.threshold = threshold
        self._sigs: dict[str, Signature] = {}
        self._buckets: dict[int, list[str]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self._sigs)

    def remember(self, article_id: str, text: str) -> None:
        """Index an article that is already known (for example stored by an earlier run)."""
        if article_id in self._sigs:
            return
        sig = signature(text)
        self._sigs[article_id] = sig
        for key in band_keys(sig, self.threshold):
            self._buckets[key].append(article_id)

    def check(self, article: Article) -> tuple[Article, tuple[str, str, float] | None]:
        """Return the article (marked if it nearly repeats an earlier one) and the duplicate record."""
        if article.id in self._sigs:
            # The same text again: the first occurrence stands for it.
            return replace(article, duplicate_of=article.id), (article.id, article.id, 1.0)
        sig = signature(article.text)
        keys = band_keys(sig, self.threshold)
        candidates = {other: self._sigs[other] for key in keys for other in self._buckets.get(key, ())}
        best = _best(sig, candidates, self.threshold)
        self._sigs[article.id] = sig
        if best is None:
            for key in keys:
                self._buckets[key].append(article.id)
            return article, None
        # Near-duplicates are not indexed, so every copy points at the first version, not at a copy.
        return replace(article, duplicate_of=best[1]), (article.id, best[1], round(best[0], 3))


def _best(sig: Signature, candidates: dict[str, Signature], threshold: float) -> tuple[float, str] | None:
    best: tuple[float, str] | None = None
    for other in sorted(candidates):  # a stable choice between equally similar candidates
        sim = similarity(sig, candidates[other])
        if sim >= threshold and (best is None or sim > best[0]):
            best = (sim, other)
    return best


class StoredDuplicates:
    """Near-duplicate checks against the store's signatures and band keys, a batch of articles at a time.

    New articles are compared with the stored articles that share a band key with them (found through
    the store's index) and with the batch's earlier articles; the batch is then stored together with its
    signatures and keys. Stores written before signatures existed are signed once, from their texts.
    """

    def __init__(self, store: Store, threshold: float):
        self.store = store
        self.threshold = threshold
        count, rows = bands(threshold)
        store.prepare_minhash(
            f"{_NUM_PERM}:{count}x{rows}",
            lambda text: to_bytes(signature(text)),
            lambda data: band_keys(from_bytes(data), threshold),
        )

    def add(
        self,
        articles: Sequence[Article],
        skipped: Sequence[Skipped] = (),
        run_id: str | None = None,
        signatures: dict[str, Signature] | None = None,
    ) -> tuple[int, list[Article], list[tuple[str, str, float]]]:
        """Store new articles (not stored yet), marking near-duplicates; returns (added, marked, duplicates).

        `skipped` records are written in the same transaction (`Store.add_articles`); `signatures` may
        hold signatures computed elsewhere.
        """
        signatures = signatures or {}
        fresh: list[Article] = []
        sigs: dict[str, Signature] = {}
        keys: dict[str, list[int]] = {}
        for art in articles:
            if art.id in sigs:
                continue
            sig = signatures.get(art.id)
            sigs[art.id] = sig if sig is not None else signature(art.text)
            keys[art.id] = band_keys(sigs[art.id], self.threshold)
            fresh.append(art)
        stored_buckets = self.store.lsh_candidates(sorted({k for ks in keys.values() for k in ks}))
        wanted = sorted({i for ids in stored_buckets.values() for i in ids})
        stored_sigs = {i: from_bytes(data) for i, data in self.store.minhash_signatures(wanted).items()}
        batch_buckets: dict[int, list[str]] = defaultdict(list)
        marked: list[Article] = []
        found: list[tuple[str, str, float]] = []
        index: list[tuple[int, str]] = []
        for art in fresh:
            candidates: dict[str, Signature] = {}
            for key in keys[art.id]:
                for other in stored_buckets.get(key, ()):
                    candidates[other] = stored_sigs[other]
                for other in batch_buckets.get(key, ()):
                    candidates[other] = sigs[other]
            best = _best(sigs[art.id], candidates, self.threshold)
            if best is None:
                for key in keys[art.id]:
                    batch_buckets[key].append(art.id)
                    index.append((key, art.id))
                marked.append(art)
            else:
                marked.append(replace(art, duplicate_of=best[1]))
                found.append((art.id, best[1], round(best[0], 3)))
        added = self.store.add_articles(
            marked, skipped, run_id, signatures={i: to_bytes(s) for i, s in sigs.items()}, lsh=index
        )
        return added, marked, found
