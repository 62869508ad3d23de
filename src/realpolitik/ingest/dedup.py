"""Near-duplicate detection of articles with MinHash signatures and an LSH index (datasketch).

Duplicates are marked (`Article.duplicate_of`) and reported, never dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from datasketch import MinHash, MinHashLSH

from ..records import Article

_NUM_PERM = 128
_SHINGLE = 3  # words per shingle: short news items stay similar after an edited word or two


def _signature(text: str) -> MinHash:
    words = re.findall(r"\w+", text.casefold())
    mh = MinHash(num_perm=_NUM_PERM)
    if len(words) < _SHINGLE:
        mh.update(" ".join(words).encode("utf-8"))
        return mh
    for i in range(len(words) - _SHINGLE + 1):
        mh.update(" ".join(words[i : i + _SHINGLE]).encode("utf-8"))
    return mh


class DuplicateFinder:
    """Remembers articles seen so far and tells whether a new one nearly repeats one of them."""

    def __init__(self, threshold: float = 0.85):
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=_NUM_PERM)
        self._sigs: dict[str, MinHash] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def remember(self, article_id: str, text: str) -> None:
        """Index an article that is already known (for example stored by an earlier run)."""
        if article_id in self._sigs:
            return
        sig = _signature(text)
        self._sigs[article_id] = sig
        self._lsh.insert(article_id, sig)

    def check(self, article: Article) -> tuple[Article, tuple[str, str, float] | None]:
        """Return the article (marked if it nearly repeats an earlier one) and the duplicate record."""
        if article.id in self._sigs:
            # The same text again: the first occurrence stands for it.
            return replace(article, duplicate_of=article.id), (article.id, article.id, 1.0)
        sig = _signature(article.text)
        best: tuple[float, str] | None = None
        for other in self._lsh.query(sig):
            sim = float(sig.jaccard(self._sigs[other]))
            if sim >= self.threshold and (best is None or sim > best[0]):
                best = (sim, other)
        self._sigs[article.id] = sig
        if best is None:
            self._lsh.insert(article.id, sig)
            return article, None
        # Near-duplicates are not indexed, so every copy points at the first version, not at a copy.
        return replace(article, duplicate_of=best[1]), (article.id, best[1], round(best[0], 3))
