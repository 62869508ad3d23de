"""`analyze`: ingest inputs, then parse, resolve and code every uncoded article into the store.

Each article's analysis is saved in its own transaction, so a rerun changes nothing and new inputs
only add; the resolved settings are stored with the run. Optionally writes the HTML report.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .config import Settings
from .records import Skipped
from .store import Store

__all__ = ["AnalyzeReport", "analyze", "code_articles"]

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


def _save(store: Store, article_id: str, doc: Doc, tally: _Tally) -> None:
    from .system.axes import extract_axes

    mentions = list(doc._.actors or [])
    events = list(doc._.events or [])
    axes = extract_axes(doc)
    store.save_analysis(article_id, mentions, events, doc.text, axes)
    tally.coded += 1
    tally.mentions += len(mentions)
    tally.events += len(events)
    tally.axes += len(axes)


def _where(art: dict[str, Any]) -> tuple[str, int | None]:
    return str(art.get("source") or "?"), art.get("start_line")


def code_articles(
    store: Store,
    nlp: Language,
    article_ids: Sequence[str],
    *,
    batch_size: int = 64,
    n_process: int = 1,
    on_article: Callable[[], None] | None = None,
) -> tuple[int, int, int, int, list[Skipped]]:
    """Parse, resolve and code the given stored articles, saving each in its own transaction.

    Returns (coded, mentions, events, axes, skipped). Texts stream from the store through the
    pipeline, so memory stays flat. Articles in a language the pipeline does not code are marked
    coded with nothing found and reported as skipped; an article whose coding fails is left
    uncoded (a rerun retries it) and reported as skipped. `on_article` is called once per article.
    """
    from .nlp import process

    tally = _Tally()
    tick = on_article or (lambda: None)
    pending: deque[str] = deque()

    def items() -> Iterator[tuple[str, str | None]]:
        for aid in article_ids:
            art = store.get_article(aid)
            if art is None:
                continue
            lang = art.get("language")
            if lang and lang not in CODED_LANGUAGES:
                src, line = _where(art)
                store.save_analysis(aid, [], [], art["text"] or "")
                tally.skipped.append(
                    Skipped(
                        src, line, f"article {aid} is in language '{lang}': stored, but only English is coded"
                    )
                )
                tick()
                continue
            day = art.get("date")
            pending.append(aid)
            yield art["text"] or "", day.isoformat() if day is not None else None

    # The model's components run through nlp.pipe (in workers when n_process > 1); the project's
    # components run here one Doc at a time: worker Docs come back as msgpack, which cannot carry
    # ActorMention/Event records, and one failing article must not end the run.
    own = [name for name in nlp.pipe_names if name.startswith("realpolitik_")]
    components = [nlp.get_pipe(name) for name in own]
    with nlp.select_pipes(disable=own):
        for doc in process(nlp, items(), batch_size=batch_size, n_process=n_process):
            aid = pending.popleft()
            try:
                for component in components:
                    doc = component(doc)
                _save(store, aid, doc, tally)
            except Exception as exc:  # recorded as skipped with its reason, never silent
                art = store.get_article(aid) or {}
                src, line = _where(art)
                tally.skipped.append(
                    Skipped(
                        src,
                        line,
                        f"article {aid} could not be coded ({type(exc).__name__}: {exc}); it stays uncoded "
                        "and a rerun retries it: report the article if it keeps failing",
                    )
                )
            tick()
    return tally.coded, tally.mentions, tally.events, tally.axes, tally.skipped


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
) -> AnalyzeReport:
    """Ingest `paths` into `db`, code every uncoded article, and optionally write the HTML report.

    Running it again on the same inputs changes nothing; new inputs are added and coded. A
    ready pipeline can be passed as `nlp` (it must be built from the same settings).
    """
    from .ingest import ingest

    settings = settings or Settings()
    began = time.perf_counter()
    skipped: list[Skipped] = []
    with Store(db) as store, _progress(progress) as bar:
        run_id = store.start_run("analyze " + " ".join(str(p) for p in paths), settings.to_json())
        reading = bar.add_task("reading inputs", total=None)

        def on_input(done: int, total: int, source: str) -> None:
            bar.update(reading, completed=done, total=total)

        # ingest records its skipped inputs itself, under this run
        ing = ingest([str(p) for p in paths], store, settings, progress=on_input, run_id=run_id)
        skipped.extend(ing.skipped)
        ids = store.uncoded_article_ids()
        coded = mentions = events = axes = 0
        if ids:
            if nlp is None:
                from .nlp import build_pipeline

                nlp = build_pipeline(settings)
            task = bar.add_task("coding articles", total=len(ids))
            coded, mentions, events, axes, more = code_articles(
                store,
                nlp,
                ids,
                batch_size=settings.batch_size,
                n_process=settings.n_process,
                on_article=lambda: bar.advance(task),
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
