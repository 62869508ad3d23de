"""`analyze`: ingest inputs, then parse, resolve and code every uncoded article into the store.

Each article's analysis is saved in its own transaction, so a rerun changes nothing and new inputs
only add; the resolved settings are stored with the run. Optionally writes the HTML report.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language

from .config import Settings
from .records import ActorMention, Event, Skipped
from .store import Store

if TYPE_CHECKING:
    from .ingest.readers import ReadResult
    from .scale import Runner

__all__ = ["Analysis", "AnalyzeReport", "analyze", "analyze_texts", "code_articles"]

CODED_LANGUAGES = ("en",)


@dataclass(frozen=True, slots=True)
class AnalyzeReport:
    """What one `analyze` run did."""

    run_id: str
    db: str
    articles_seen: int
    articles_added: int
    duplicates: int
    articles_coded: int
    mentions: int
    events: int
    axes: int
    skipped: tuple[Skipped, ...]
    seconds: float
    report: str | None = None
    totals: dict[str, int] = field(default_factory=dict)  # counts of the whole store afterwards

    def to_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "db": self.db,
            "articles_seen": self.articles_seen,
            "articles_added": self.articles_added,
            "duplicates": self.duplicates,
            "articles_coded": self.articles_coded,
            "mentions": self.mentions,
            "events": self.events,
            "axes": self.axes,
            "skipped": [s.to_dict() for s in self.skipped],
            "seconds": self.seconds,
            "report": self.report,
            "totals": dict(self.totals),
        }


@dataclass(slots=True)
class _Tally:
    coded: int = 0
    mentions: int = 0
    events: int = 0
    axes: int = 0
    skipped: list[Skipped] = field(default_factory=list)

    def count(self, analysis: Analysis) -> None:
        self.coded += 1
        self.mentions += len(analysis.mentions)
        self.events += len(analysis.events)
        self.axes += len(analysis.axes)


@dataclass(frozen=True, slots=True)
class Analysis:
    """One article's analysis as the store takes it, or why it failed (`error`); picklable for workers."""

    article_id: str
    mentions: tuple[ActorMention, ...] = ()
    events: tuple[Event, ...] = ()
    axes: tuple[dict[str, Any], ...] = ()
    error: str | None = None


def _where(art: dict[str, Any]) -> tuple[str, int | None]:
    return str(art.get("source") or "?"), art.get("start_line")


def failed_article(art: dict[str, Any], article_id: str, error: str) -> Skipped:
    """The skipped record of an article whose coding failed (it stays uncoded; a rerun retries it)."""
    src, line = _where(art)
    return Skipped(
        src,
        line,
        f"article {article_id} could not be coded ({error}); it stays uncoded "
        "and a rerun retries it: report the article if it keeps failing",
    )


def not_coded_language(art: dict[str, Any], article_id: str) -> Skipped:
    src, line = _where(art)
    return Skipped(
        src,
        line,
        f"article {article_id} is in language '{art.get('language')}': stored, but only English is coded",
    )


def is_coded_language(art: dict[str, Any]) -> bool:
    lang = art.get("language")
    return not lang or lang in CODED_LANGUAGES


def analyze_texts(
    nlp: Language, items: Iterable[tuple[str, str, str | None]], *, batch_size: int = 64
) -> Iterator[Analysis]:
    """Parse, resolve and code (article id, text, date) items in this process, in input order.

    A failure on one article becomes that article's `error`, never the end of the run. Workers of a
    local pool or a Dask cluster run this same function on their partition of articles.
    """
    from .nlp import process
    from .system.axes import extract_axes

    pending: deque[str] = deque()

    def texts() -> Iterator[tuple[str, str | None]]:
        for aid, text, day in items:
            pending.append(aid)
            yield text, day

    # The model's components run through nlp.pipe; the project's components run one Doc at a time,
    # so one failing article is recorded on that article instead of ending the run.
    own = [name for name in nlp.pipe_names if name.startswith("realpolitik_")]
    components = [nlp.get_pipe(name) for name in own]
    with nlp.select_pipes(disable=own):
        for doc in process(nlp, texts(), batch_size=batch_size):
            aid = pending.popleft()
            try:
                for component in components:
                    doc = component(doc)
                yield Analysis(
                    aid, tuple(doc._.actors or ()), tuple(doc._.events or ()), tuple(extract_axes(doc))
                )
            except Exception as exc:  # recorded as skipped with its reason, never silent
                yield Analysis(aid, error=f"{type(exc).__name__}: {exc}")


def code_articles(
    store: Store,
    nlp: Language,
    article_ids: Sequence[str],
    *,
    batch_size: int = 64,
    n_process: int = 1,
    on_article: Callable[[], None] | None = None,
    settings: Settings | None = None,
) -> tuple[int, int, int, int, list[Skipped]]:
    """Parse, resolve and code the given stored articles, saving each in its own transaction.

    Returns (coded, mentions, events, axes, skipped). Texts stream from the store through the
    pipeline, so memory stays flat. Articles in a language the pipeline does not code are marked
    coded with nothing found and reported as skipped; an article whose coding fails is left
    uncoded (a rerun retries it) and reported as skipped. `on_article` is called once per article.
    With `n_process` > 1 the articles are coded by a local pool of that many worker processes
    (`scale.code_stored`), each partition saved in one transaction; the stored results are the same.
    """
    if n_process > 1:
        from .scale import code_stored, local_pool

        with local_pool(nlp, n_process, settings) as runner:
            return code_stored(store, article_ids, runner, batch_size=batch_size, on_article=on_article)
    tally = _Tally()
    tick = on_article or (lambda: None)
    texts: dict[str, str] = {}

    def items() -> Iterator[tuple[str, str, str | None]]:
        for aid in article_ids:
            art = store.get_article(aid)
            if art is None:
                continue
            if not is_coded_language(art):
                store.save_analysis(aid, [], [], art["text"] or "")
                tally.skipped.append(not_coded_language(art, aid))
                tick()
                continue
            day = art.get("date")
            texts[aid] = art["text"] or ""
            yield aid, texts[aid], day.isoformat() if day is not None else None

    for analysis in analyze_texts(nlp, items(), batch_size=batch_size):
        aid = analysis.article_id
        text = texts.pop(aid)
        try:
            if analysis.error is not None:
                raise _CodingFailed(analysis.error)
            store.save_analysis(aid, analysis.mentions, analysis.events, text, analysis.axes)
            tally.count(analysis)
        except Exception as exc:  # recorded as skipped with its reason, never silent
            error = str(exc) if isinstance(exc, _CodingFailed) else f"{type(exc).__name__}: {exc}"
            tally.skipped.append(failed_article(store.get_article(aid) or {}, aid, error))
        tick()
    return tally.coded, tally.mentions, tally.events, tally.axes, tally.skipped


class _CodingFailed(Exception):
    """An article's analysis came back with an error."""


def _progress(enabled: bool) -> Any:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        disable=not enabled,
    )


def analyze(
    paths: Sequence[str | Path],
    db: str | Path,
    settings: Settings | None = None,
    report: str | Path | None = None,
    progress: bool = True,
    *,
    nlp: Language | None = None,
    dask: str | None = None,
) -> AnalyzeReport:
    """Ingest `paths` into `db`, code every uncoded article, and optionally write the HTML report.

    Running it again on the same inputs changes nothing; new inputs are added and coded. A
    ready pipeline can be passed as `nlp` (it must be built from the same settings). With
    `settings.n_process` > 1 the articles are coded by that many local worker processes; with `dask`
    (`local:N` or a scheduler address) inputs are read and articles coded on a Dask cluster. Either
    way the driver writes each partition in one transaction, in order, and the store is the same.
    """
    settings = settings or Settings()
    if dask is None:
        return _analyze(paths, db, settings, report, progress, nlp, None)
    from .scale import dask_client, dask_runner

    with dask_client(dask) as client:
        return _analyze(paths, db, settings, report, progress, nlp, dask_runner(client, settings))


def _analyze(
    paths: Sequence[str | Path],
    db: str | Path,
    settings: Settings,
    report: str | Path | None,
    progress: bool,
    nlp: Language | None,
    runner: Runner | None,
) -> AnalyzeReport:
    from .ingest import ingest

    began = time.perf_counter()
    skipped: list[Skipped] = []
    with Store(db) as store, _progress(progress) as bar:
        run_id = store.start_run("analyze " + " ".join(str(p) for p in paths), settings.to_json())
        reading = bar.add_task("reading inputs", total=None)

        def on_input(done: int, total: int, source: str) -> None:
            bar.update(reading, completed=done, total=total)

        reader = None
        if runner is not None:
            from .scale import read_sources

            def reader(items: list[str | Skipped]) -> Iterator[tuple[str | Skipped, ReadResult]]:
                return read_sources(runner, items, settings)

        # ingest records its skipped inputs itself, under this run
        ing = ingest(
            [str(p) for p in paths], store, settings, progress=on_input, run_id=run_id, reader=reader
        )
        skipped.extend(ing.skipped)
        ids = store.uncoded_article_ids()
        coded = mentions = events = axes = 0
        if ids:
            task = bar.add_task("coding articles", total=len(ids))
            if runner is not None:
                from .scale import code_stored

                coded, mentions, events, axes, more = code_stored(
                    store, ids, runner, batch_size=settings.batch_size, on_article=lambda: bar.advance(task)
                )
            else:
                if nlp is None:
                    from .nlp import build_pipeline

                    nlp = build_pipeline(settings)
                coded, mentions, events, axes, more = code_articles(
                    store,
                    nlp,
                    ids,
                    batch_size=settings.batch_size,
                    n_process=settings.n_process,
                    on_article=lambda: bar.advance(task),
                    settings=settings,
                )
            skipped.extend(more)
            store.add_skipped(more, run_id)
        store.finish_run(run_id)
        totals = store.counts()
    report_path = None
    if report is not None:
        from .report import render_report

        render_report(str(db), str(report))
        report_path = str(report)
    return AnalyzeReport(
        run_id=run_id,
        db=str(db),
        articles_seen=ing.articles_seen,
        articles_added=ing.articles_added,
        duplicates=len(ing.duplicates),
        articles_coded=coded,
        mentions=mentions,
        events=events,
        axes=axes,
        skipped=tuple(skipped),
        seconds=round(time.perf_counter() - began, 3),
        report=report_path,
        totals=totals,
    )
