"""Ingestion: read text, HTML, JSONL, folders and stdin; split dumps into clean, dated articles.

`read_articles` returns the articles with near-duplicates marked; `ingest` also stores them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from ..config import Settings
from ..records import Article, IngestReport, Skipped

if TYPE_CHECKING:
    from ..store import Store
    from .readers import STDIN, ReadResult, expand_paths
    from .split import split_text

__all__ = ["STDIN", "ReadResult", "expand_paths", "ingest", "read_articles", "split_text"]

# Readers, splitting, MinHash (datasketch, which imports scipy) and the store load on first use: `code`
# imports only `ingest.hygiene`, and importing a submodule runs this file first.
_LAZY = {"STDIN": "readers", "ReadResult": "readers", "expand_paths": "readers", "split_text": "split"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# progress(files_done, files_total, current_source)
Progress = Callable[[int, int, str], None]
# reads the listed inputs (paths, "-", or Skipped entries passed through) and yields them in order
Reader = Callable[[list[str | Skipped]], Iterator[tuple[str | Skipped, "ReadResult"]]]


def read_articles(
    paths: Iterable[str | Path],
    settings: Settings | None = None,
    *,
    stdin: BinaryIO | TextIO | None = None,
) -> ReadResult:
    """Read every input (folders recursively, "-" for stdin) into articles, marking near-duplicates."""
    from .dedup import DuplicateFinder
    from .readers import ReadResult, expand_paths, read_source

    settings = settings or Settings()
    result = ReadResult()
    finder = DuplicateFinder(settings.dedup_threshold)
    for item in expand_paths(paths):
        if isinstance(item, Skipped):
            result.skipped.append(item)
            continue
        one = read_source(item, settings, stdin)
        result.skipped.extend(one.skipped)
        for art in one.articles:
            marked, dup = finder.check(art)
            if dup is not None:
                result.duplicates.append(dup)
            result.articles.append(marked)
    return result


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    settings: Settings | None = None,
    *,
    stdin: BinaryIO | TextIO | None = None,
    progress: Progress | None = None,
    command: str = "ingest",
    run_id: str | None = None,
    reader: Reader | None = None,
) -> IngestReport:
    """Read the inputs and store their articles, committing every `batch_size` articles.

    Articles already stored (same content hash) are counted but not added, so a rerun adds nothing
    and an interrupted run is completed by running it again. Near-duplicates of stored or earlier
    articles are stored with `duplicate_of` set and listed in the report. A caller that already
    recorded a run (such as `analyze`) passes its `run_id`, and ingest joins it instead of starting one.
    `reader` reads the inputs elsewhere (on Dask workers) and hands them back in order.
    """
    from .dedup import StoredDuplicates
    from .readers import ReadResult, expand_paths, read_source

    settings = settings or Settings()
    report = IngestReport()
    own_run = run_id is None
    if run_id is None:
        run_id = store.start_run(command, settings.to_json())
    # Stored articles take part in near-duplicate detection through their stored signatures and band
    # keys: nothing here reads the stored texts or grows with the store.
    index = StoredDuplicates(store, settings.dedup_threshold)
    items = list(expand_paths(paths))
    batch: list[Article] = []
    pending_skipped: list[Skipped] = []
    this_run: set[str] = set()

    def flush() -> None:
        known = store.known_article_ids([a.id for a in batch])
        fresh = []
        for art in batch:
            if art.id in this_run:  # the same text twice in this run's inputs
                report.duplicates.append((art.id, art.id, 1.0))
            elif art.id not in known:
                this_run.add(art.id)
                fresh.append(art)
        added, _, found = index.add(fresh, pending_skipped, run_id)
        report.articles_added += added
        report.duplicates.extend(found)
        batch.clear()
        pending_skipped.clear()

    if reader is None:
        read: Iterator[tuple[str | Skipped, ReadResult]] = (
            (
                item,
                ReadResult(skipped=[item])
                if isinstance(item, Skipped)
                else read_source(item, settings, stdin),
            )
            for item in items
        )
    else:
        read = reader(items)
    for done, (item, one) in enumerate(read, 1):
        skipped, articles = one.skipped, one.articles
        source = item.source if isinstance(item, Skipped) else item
        report.skipped.extend(skipped)
        for art in articles:
            report.articles_seen += 1
            batch.append(art)
            if len(batch) >= settings.batch_size:
                flush()
        # Skipped records are written as they happen: with the articles of the batch they were read
        # beside (one transaction, so a kill keeps both or neither), or at once when none is waiting.
        if batch:
            pending_skipped.extend(skipped)
        else:
            store.add_skipped(skipped, run_id)
        if progress is not None:
            progress(done, len(items), source)
    if batch or pending_skipped:
        flush()
    if own_run:
        store.finish_run(run_id)
    return report
