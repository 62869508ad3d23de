"""`analyze`: ingest inputs, then parse, resolve and code every uncoded article into the store.

Each article's analysis is saved in its own transaction, so a rerun changes nothing and new inputs
only add; the resolved settings are stored with the run. Optionally writes the HTML report.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc

from .config import Settings
from .records import ActorMention, Event, Skipped
from .store import CODED_LANGUAGES, Store

if TYPE_CHECKING:
    from .chunking import Chunk
    from .ingest.readers import ReadResult
    from .narratives import Detection, Pack, SentenceFrame
    from .scale import Runner

__all__ = ["Analysis", "AnalyzeReport", "analyze", "analyze_texts", "code_articles"]


log = logging.getLogger("realpolitik.pipeline")


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
    # earlier runs on this database that never finished (killed), marked interrupted by this one
    interrupted: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        """True when nothing was skipped and no earlier run was found interrupted (exit status 0)."""
        return not self.skipped and not self.interrupted

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
            "interrupted": list(self.interrupted),
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
    frames: Detection | None = None  # the article's narrative frames, when a pack was given


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


def codable_articles(
    store: Store,
    article_ids: Sequence[str],
    tally: _Tally,
    tick: Callable[[], None],
    run_id: str | None,
) -> Iterator[tuple[str, dict[str, Any], str | None]]:
    """The stored articles to code, in order, as (id, stored row, ISO date or None). An article in a
    language the pipeline does not code is saved on the way as coded with nothing found, its skipped
    record in the same transaction (and in `tally`), and `tick` is called for it."""
    for start in range(0, len(article_ids), ARTICLES_PER_READ):
        batch = article_ids[start : start + ARTICLES_PER_READ]
        yield from _codable(store, batch, store.get_articles(batch), tally, tick, run_id)


ARTICLES_PER_READ = 64  # stored articles fetched per query by `codable_articles`


def _codable(
    store: Store,
    article_ids: Sequence[str],
    found: dict[str, dict[str, Any]],
    tally: _Tally,
    tick: Callable[[], None],
    run_id: str | None,
) -> Iterator[tuple[str, dict[str, Any], str | None]]:
    for aid in article_ids:
        art = found.get(aid)
        if art is None:
            continue
        if not is_coded_language(art):
            item = not_coded_language(art, aid)
            store.save_analysis(aid, [], [], art["text"] or "", skipped=[item], run_id=run_id)
            tally.skipped.append(item)
            tick()
            continue
        day = art.get("date")
        yield aid, art, day.isoformat() if day is not None else None


def analyze_texts(
    nlp: Language,
    items: Iterable[tuple[str, str, str | None]],
    *,
    batch_size: int = 64,
    settings: Settings | None = None,
    narratives: Pack | None = None,
) -> Iterator[Analysis]:
    """Parse, resolve and code (article id, text, date) items in this process, in input order.

    Texts go through the parser in sentence-aligned chunks of at most `settings.parse_chunk_chars`
    characters (a run-on sentence is cut at `settings.max_sentence_tokens` words, with a warning), so
    an article of any length is coded and memory stays bounded; the records of each chunk are moved
    back to offsets into the whole text. A failure on one article becomes that article's `error`, never
    the end of the run: when the parser itself fails on a batch, the articles of that batch are parsed
    again one by one and only the one at fault fails. Workers of a local pool or a Dask cluster run
    this same function on their partition of articles. With a narrative pack, each article's frames
    are detected on the same parse (sentence hits per chunk, the article's frames from all of them).
    """
    from .chunking import CONTEXT_CHARS, chunk_text, describe_cuts
    from .nlp import process

    settings = settings or Settings()
    nlp.max_length = max(nlp.max_length, settings.parse_chunk_chars + CONTEXT_CHARS + 1)
    waiting: deque[tuple[str, str, str | None]] = deque()
    pending: deque[_Part] = deque()  # chunks handed to the parser, not yet back
    source = iter(items)

    def texts(queue: deque[tuple[str, str, str | None]], more: bool) -> Iterator[tuple[str, str | None]]:
        while True:
            if queue:
                aid, text, day = queue.popleft()
            elif more:
                found = next(source, None)
                if found is None:
                    return
                aid, text, day = found
            else:
                return
            chunks = chunk_text(text, settings.parse_chunk_chars, settings.max_sentence_tokens)
            note = describe_cuts(chunks, settings.max_sentence_tokens)
            if note is not None:
                log.warning("article %s: %s", aid, note)
            for i, chunk in enumerate(chunks):
                pending.append(_Part(aid, chunk, i == len(chunks) - 1, (aid, text, day)))
                yield chunk.parsed, day

    # The model's components run through nlp.pipe; the project's components run one Doc at a time,
    # so one failing article is recorded on that article instead of ending the run.
    own = [name for name in nlp.pipe_names if name.startswith("realpolitik_")]
    components = [nlp.get_pipe(name) for name in own]

    def run(queue: deque[tuple[str, str, str | None]], more: bool, batch: int) -> Iterator[Analysis]:
        current: _Gathered | None = None
        # Each batch in its own memory zone: the vocabulary does not grow with the corpus. A Doc is done
        # with (its records taken out as plain values) before the next is asked for.
        docs = process(
            nlp, texts(queue, more), batch_size=batch, max_batch_chars=settings.parse_batch_chars, zoned=True
        )
        for doc in docs:
            part = pending.popleft()
            if current is None or current.article_id != part.article_id:
                current = _Gathered(part.article_id, narratives)
            if current.error is None:
                try:
                    current.add(doc, components, part.chunk)
                except Exception as exc:  # recorded as skipped with its reason, never silent
                    current.error = f"{type(exc).__name__}: {exc}"
            if part.last:
                yield current.analysis()
                current = None

    with nlp.select_pipes(disable=own):
        more = True
        while True:
            try:
                yield from run(waiting, more, batch_size)
                return
            except Exception as exc:
                # The parser failed on a batch and its stream is gone: the articles in flight are
                # parsed again one by one, so only the one at fault fails; then the rest goes on.
                in_flight = list({p.article_id: p.item for p in pending}.values())
                pending.clear()
                log.warning(
                    "the parser failed on a batch (%s: %s); retrying its articles one by one",
                    type(exc).__name__,
                    exc,
                )
                for item in in_flight:
                    try:
                        yield from run(deque([item]), False, 1)
                    except Exception as alone:
                        pending.clear()
                        yield Analysis(item[0], error=f"{type(alone).__name__}: {alone}")


@dataclass(slots=True)
class _Part:
    """One chunk of an article on its way through the parser."""

    article_id: str
    chunk: Chunk
    last: bool
    item: tuple[str, str, str | None]


@dataclass(slots=True)
class _Gathered:
    """The records of one article, gathered chunk by chunk."""

    article_id: str
    pack: Pack | None = None
    mentions: list[ActorMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    axes: list[dict[str, Any]] = field(default_factory=list)
    hits: list[SentenceFrame] = field(default_factory=list)
    error: str | None = None

    def add(self, doc: Doc, components: list[Any], chunk: Chunk) -> None:
        from .chunking import event_in_chunk, mention_in_chunk, shift_axis
        from .system.axes import extract_axes

        for component in components:
            doc = component(doc)
        # (records in the chunk's context and coda, the speaker labels parsed around it, are no part of the text)
        offset = chunk.offset
        mentions = (mention_in_chunk(m, chunk) for m in doc._.actors or [])
        self.mentions.extend(m for m in mentions if m is not None)
        events = (event_in_chunk(e, chunk) for e in doc._.events or [])
        self.events.extend(e for e in events if e is not None)
        self.axes.extend(
            shift_axis(a, offset)
            for a in extract_axes(doc)
            if chunk.holds(a.get("evidence_start", len(chunk.context)))
        )
        if self.pack is not None:
            from .narratives.detect import sentence_hits

            self.hits.extend(
                replace(h, start=h.start + offset, end=h.end + offset)
                for h in sentence_hits(self.pack, doc)
                if chunk.holds(h.start)
            )

    def analysis(self) -> Analysis:
        if self.error is not None:
            return Analysis(self.article_id, error=self.error)
        frames = None
        if self.pack is not None:
            from .narratives.detect import Detection, article_frames

            frames = Detection(
                article_frames(self.pack, self.hits), tuple(self.hits), self.pack.name, self.pack.digest
            )
        return Analysis(
            self.article_id, tuple(self.mentions), tuple(self.events), tuple(self.axes), frames=frames
        )


def save_frames_of(store: Store, analyses: Iterable[Analysis]) -> None:
    """Store the frames carried by analyses (before their analysis marks them coded: a crash retries both)."""
    from .store_narratives import ensure_schema, save_many_frames

    framed = [(a.article_id, a.frames) for a in analyses if a.frames is not None]
    if framed:
        ensure_schema(store)
        save_many_frames(store, framed)


def code_articles(
    store: Store,
    nlp: Language,
    article_ids: Sequence[str],
    *,
    batch_size: int = 64,
    n_process: int = 1,
    on_article: Callable[[], None] | None = None,
    settings: Settings | None = None,
    run_id: str | None = None,
    narratives: Pack | None = None,
) -> tuple[int, int, int, int, list[Skipped]]:
    """Parse, resolve and code the given stored articles, saving each in its own transaction.

    Returns (coded, mentions, events, axes, skipped). Texts stream from the store through the
    pipeline in bounded chunks (see `analyze_texts`), so memory stays flat whatever one article holds.
    Articles in a language the pipeline does not code are marked coded with nothing found and
    reported as skipped; an article whose coding fails is left uncoded (a rerun retries it) and
    reported as skipped; the others go on. Skipped records are written under `run_id` as they
    happen, a language skip in the same transaction as its article. `on_article` is called once per article.
    With `n_process` > 1 the articles are coded by a local pool of that many worker processes
    (`scale.code_stored`), each partition saved in one transaction; the stored results are the same.
    With a narrative pack (here, or named by `settings` for workers) the frames are stored too.
    """
    if n_process > 1:
        from .scale import code_stored, local_pool

        with local_pool(nlp, n_process, settings) as runner:
            return code_stored(
                store, article_ids, runner, batch_size=batch_size, on_article=on_article, run_id=run_id
            )
    tally = _Tally()
    tick = on_article or (lambda: None)
    texts: dict[str, str] = {}

    def items() -> Iterator[tuple[str, str, str | None]]:
        for aid, art, day in codable_articles(store, article_ids, tally, tick, run_id):
            texts[aid] = art["text"] or ""
            yield aid, texts[aid], day

    for analysis in analyze_texts(
        nlp, items(), batch_size=batch_size, settings=settings, narratives=narratives
    ):
        aid = analysis.article_id
        text = texts.pop(aid)
        try:
            if analysis.error is not None:
                raise _CodingFailed(analysis.error)
            save_frames_of(store, [analysis])
            store.save_analysis(aid, analysis.mentions, analysis.events, text, analysis.axes)
            tally.count(analysis)
        except Exception as exc:  # recorded as skipped with its reason, never silent
            error = str(exc) if isinstance(exc, _CodingFailed) else f"{type(exc).__name__}: {exc}"
            item = failed_article(store.get_article(aid) or {}, aid, error)
            tally.skipped.append(item)
            store.add_skipped([item], run_id)  # as it happens: a kill keeps it
        tick()
    return tally.coded, tally.mentions, tally.events, tally.axes, tally.skipped


class _CodingFailed(Exception):
    """An article's analysis came back with an error."""


def detect_stored_frames(
    store: Store,
    nlp: Language | None,
    pack: Pack,
    *,
    settings: Settings | None = None,
    on_article: Callable[[], None] | None = None,
) -> int:
    """Detect frames for coded articles that have none yet, or were read with another pack.

    These are articles coded before narratives existed, coded with narratives off, or read with
    another pack, and articles in languages that are not coded (recorded with no frames). Their
    stored texts are parsed again with the actor resolver only (`nlp`, or one built from
    `settings` when there is text to parse); returns how many were read.
    """
    from .chunking import chunk_text
    from .narratives.detect import Detection, article_frames, sentence_hits
    from .nlp import process
    from .store_narratives import save_frames, stale_article_ids

    tick = on_article or (lambda: None)
    settings = settings or Settings()
    ids = stale_article_ids(store, pack.digest)
    todo: list[str] = []
    for aid in ids:
        art = store.get_article(aid) or {}
        if is_coded_language(art):
            todo.append(aid)
        else:
            save_frames(store, aid, None, pack=pack)
            tick()
    if not todo:
        return len(ids)
    if nlp is None:
        from .nlp import build_pipeline

        nlp = build_pipeline(settings, events=False)
    nlp.max_length = max(nlp.max_length, settings.parse_chunk_chars + 1)
    parts: deque[tuple[str, int, bool]] = deque()  # (article, offset of the chunk, last chunk?)

    def chunks() -> Iterator[tuple[str, str | None]]:
        # texts stream from the store in the parser's chunks, as in analyze_texts
        for aid in todo:
            art = store.get_article(aid) or {}
            day = art.get("date")
            pieces = chunk_text(
                art.get("text") or "", settings.parse_chunk_chars, settings.max_sentence_tokens
            )
            for i, chunk in enumerate(pieces):
                parts.append((aid, chunk.start, i == len(pieces) - 1))
                yield chunk.text, day.isoformat() if day is not None else None

    own = [n for n in nlp.pipe_names if n.startswith("realpolitik_")]
    actors = [nlp.get_pipe(n) for n in own if n == "realpolitik_actors"]
    hits: list[SentenceFrame] = []
    with nlp.select_pipes(disable=own):
        for doc in process(nlp, chunks(), batch_size=settings.batch_size, zoned=True):
            aid, offset, last = parts.popleft()
            for component in actors:
                doc = component(doc)
            hits.extend(
                replace(h, start=h.start + offset, end=h.end + offset) for h in sentence_hits(pack, doc)
            )
            if last:
                frames = article_frames(pack, hits)
                save_frames(store, aid, Detection(frames, tuple(hits), pack.name, pack.digest))
                hits = []
                tick()
    return len(ids)


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


class _Clock:
    """Logs (at INFO, logger realpolitik.pipeline) the wall and this process's CPU seconds of each phase
    of a run: with workers, the driver's CPU beside the wall time shows how much of the run is serial."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def lap(self, phase: str) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        log.info("phase %s: %.2f s wall, %.2f s driver CPU", phase, wall - self.wall, cpu - self.cpu)
        self.wall, self.cpu = wall, cpu


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
        interrupted = tuple(store.interrupted)
        reading = bar.add_task("reading inputs", total=None)

        def on_input(done: int, total: int, source: str) -> None:
            bar.update(reading, completed=done, total=total)

        reader = None
        if runner is not None:
            from .scale import read_sources

            def reader(items: list[str | Skipped]) -> Iterator[tuple[str | Skipped, ReadResult]]:
                return read_sources(runner, items, settings)

        # ingest records its skipped inputs itself, under this run
        clock = _Clock()
        ing = ingest(
            [str(p) for p in paths], store, settings, progress=on_input, run_id=run_id, reader=reader
        )
        clock.lap("ingest")
        skipped.extend(ing.skipped)
        ids = store.uncoded_article_ids()
        coded = mentions = events = axes = 0
        from .narratives import pack_for

        pack = pack_for(settings)
        if pack is not None:
            from .store_narratives import ensure_schema

            ensure_schema(store)
        if ids:
            task = bar.add_task("coding articles", total=len(ids))
            if runner is not None:
                from .scale import code_stored

                coded, mentions, events, axes, more = code_stored(
                    store,
                    ids,
                    runner,
                    batch_size=settings.batch_size,
                    on_article=lambda: bar.advance(task),
                    run_id=run_id,
                )
            else:
                if nlp is None:
                    from .nlp import build_pipeline

                    nlp = build_pipeline(settings)
                    clock.lap("pipeline build")
                coded, mentions, events, axes, more = code_articles(
                    store,
                    nlp,
                    ids,
                    batch_size=settings.batch_size,
                    n_process=settings.n_process,
                    on_article=lambda: bar.advance(task),
                    settings=settings,
                    run_id=run_id,  # each skipped article is written as it happens
                    narratives=pack,
                )
            skipped.extend(more)
            clock.lap(f"coding {len(ids)} articles")
        if pack is not None:
            from .store_narratives import stale_article_ids

            stale = stale_article_ids(store, pack.digest)
            if stale:  # coded before narratives, with them off, with another pack, or not coded
                task = bar.add_task("reading narratives", total=len(stale))
                detect_stored_frames(
                    store, nlp, pack, settings=settings, on_article=lambda: bar.advance(task)
                )
        store.finish_run(run_id)
        clock.lap("narratives and finish")
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
        interrupted=tuple(run.describe() for run in interrupted),
    )
