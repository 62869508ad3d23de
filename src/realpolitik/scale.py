"""Runs `code` and `analyze` on several cores: a local pool of worker processes or a Dask cluster.

The driver cuts the work into partitions (input lines, input files, stored articles), workers process
them with one pipeline each, and the driver writes the results in input order with a bounded number
of partitions in memory. The results are those of one process.
"""

from __future__ import annotations

import gc
import io
import json
import logging
import multiprocessing
import os
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

from .config import Settings
from .errors import InputError, RealpolitikError

if TYPE_CHECKING:
    from distributed import Client
    from spacy.language import Language

    from .coding import CodeReport
    from .ingest.readers import ReadResult
    from .pipeline import Analysis
    from .records import Skipped
    from .store import Store

__all__ = [
    "DaskCodeReport",
    "Runner",
    "ScaleError",
    "available_cores",
    "code_dask",
    "code_local",
    "code_stored",
    "dask_client",
    "dask_runner",
    "input_files",
    "local_pool",
    "partitions",
    "read_sources",
]

T = TypeVar("T")
R = TypeVar("R")

DEFAULT_PARTITION_LINES = 500
MAX_PARTITION_BYTES = 4 * 2**20  # below Dask's 10 MB "large graph" warning, whatever the line lengths
ScaleErrorHandler = Callable[[str, int, str], None]  # (input name, 1-based line, message)

log = logging.getLogger("realpolitik.scale")


class ScaleError(RealpolitikError):
    """The Dask cluster cannot be started or reached, or a partition could not be coded on it."""


@dataclass(slots=True)
class DaskCodeReport:
    """What a Dask coding run did; `failed` holds (input name, line, message) like `code`'s stderr lines."""

    lines: int = 0
    coded: int = 0
    events: int = 0
    partitions: int = 0
    workers: int = 0
    failed: list[tuple[str, int, str]] = field(default_factory=list)
    gaps: Counter[str] = field(default_factory=Counter)  # main verbs with actors and no lexicon entry


@dataclass(frozen=True, slots=True)
class Partition:
    """A run of consecutive raw input lines; `first_line` is the 1-based number of `lines[0]` in `source`."""

    index: int
    source: str
    first_line: int
    lines: tuple[bytes, ...]


@dataclass(frozen=True, slots=True)
class _Coded:
    """A worker's result for one partition: output lines in input order and what failed there."""

    index: int
    lines: int
    output: tuple[str, ...]
    failed: tuple[tuple[int, str], ...]  # (line in the source file, message)
    coded: int
    events: int
    gaps: tuple[tuple[str, int], ...] = ()


def input_files(paths: Sequence[str | Path]) -> list[Path]:
    """Files to code, in order: each file as given, each directory's `*.jsonl` files sorted by name."""
    files: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix == ".jsonl")
            if not found:
                raise InputError("the folder holds no .jsonl files", path=str(path), hint="give JSONL files")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise InputError("no such file or folder", path=str(path), hint="check the path")
    return files


def partitions(
    sources: Iterable[tuple[str, Iterable[bytes]]],
    lines_per_partition: int = DEFAULT_PARTITION_LINES,
    max_bytes: int = MAX_PARTITION_BYTES,
) -> Iterator[Partition]:
    """Cut (name, line stream) inputs into partitions of at most N lines, lazily: one partition at a time.

    A partition also ends once it holds `max_bytes`, so long articles do not make tasks (and the
    driver's window) huge; a single longer line still gets a partition of its own.
    """
    if lines_per_partition < 1 or max_bytes < 1:
        raise ValueError("lines_per_partition and max_bytes must be at least 1")
    index = 0
    for name, stream in sources:
        chunk: list[bytes] = []
        size = 0
        first = 1
        for number, raw in enumerate(stream, start=1):
            chunk.append(raw)
            size += len(raw)
            if len(chunk) == lines_per_partition or size >= max_bytes:
                yield Partition(index, name, first, tuple(chunk))
                index += 1
                chunk, size, first = [], 0, number + 1
        if chunk:
            yield Partition(index, name, first, tuple(chunk))
            index += 1


@lru_cache(maxsize=2)
def _worker_pipeline(settings_json: str) -> Any:
    """One pipeline per worker process and settings: building it costs seconds, coding a line milliseconds."""
    from .nlp import build_pipeline

    return build_pipeline(Settings(**json.loads(settings_json)))


# The pipeline a local pool's workers inherit when they are forked from the driver: they use it as it is
# (it may hold components the settings do not name) instead of building their own.
_FORKED: Language | None = None


def _pipeline(settings_json: str) -> Any:
    return _FORKED if _FORKED is not None else _worker_pipeline(settings_json)


# A local pool worker collects its youngest objects every 20,000 new container objects instead of Python's
# 700: coding makes millions of short-lived ones (spaCy's Token views), and the default costs a worker about
# 5-8 % of its time in collections that find next to nothing. Unreachable cycles wait a little longer.
_WORKER_GC = (20_000, 20, 10)


def _init_local_worker(settings_json: str | None) -> None:
    """Set up a local pool worker: its garbage collection, and (when not forked) its pipeline."""
    gc.set_threshold(*_WORKER_GC)
    if settings_json is not None:
        _warm_worker(settings_json)


def _warm_worker(settings_json: str) -> None:
    """Build (or find) the worker's pipeline; returns nothing, so no pipeline is shipped to the driver."""
    _pipeline(settings_json)


def _code_partition(part: Partition, settings_json: str) -> _Coded:
    """Code one partition with `code_jsonl` on the worker; error lines get their line number in the file."""
    from .coding import code_jsonl

    settings = Settings(**json.loads(settings_json))
    out = io.StringIO()
    report = code_jsonl(part.lines, out, settings, nlp=_pipeline(settings_json))
    shift = part.first_line - 1
    bad = {line for line, _ in report.failed}
    # split("\n"), not splitlines(): output keeps U+2028 and U+0085 raw (ensure_ascii=False), and those
    # are line breaks to splitlines but not to JSONL.
    produced = out.getvalue().split("\n")[:-1]
    # code_jsonl writes one output line per non-blank input line, in input order: pair them up so only
    # the error lines (whose "line" counts from the partition start) are rewritten.
    numbers = [n for n, raw in enumerate(part.lines, start=1) if raw.strip()]
    if len(numbers) != len(produced):
        raise RuntimeError(f"{len(produced)} output lines for {len(numbers)} input lines")
    output = []
    for number, text in zip(numbers, produced, strict=True):
        if number in bad and shift:
            record = json.loads(text)
            record["line"] = number + shift
            text = json.dumps(record, ensure_ascii=False)
        output.append(text)
    return _Coded(
        index=part.index,
        lines=len(part.lines),
        output=tuple(output),
        failed=tuple((line + shift, message) for line, message in report.failed),
        coded=report.coded,
        events=report.events,
        gaps=tuple(report.gaps.items()),
    )


def _analyze_partition(
    items: tuple[tuple[str, str, str | None], ...], batch_size: int, settings_json: str
) -> tuple[Analysis, ...]:
    """Parse, resolve and code a partition of stored articles on the worker (see `pipeline.analyze_texts`)."""
    from .narratives import pack_for
    from .pipeline import analyze_texts

    settings = Settings(**json.loads(settings_json))
    return tuple(
        analyze_texts(
            _pipeline(settings_json),
            items,
            batch_size=batch_size,
            settings=settings,
            narratives=pack_for(settings),
        )
    )


def _read_files(sources: tuple[str, ...], settings_json: str) -> tuple[ReadResult, ...]:
    """Read and split input files on the worker: their articles and what was skipped, file by file."""
    from .ingest.readers import read_source

    settings = Settings(**json.loads(settings_json))
    return tuple(read_source(source, settings) for source in sources)


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system reports one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# The variables by which the usual BLAS libraries under numpy (OpenBLAS, MKL, an OpenMP build) are told how many
# threads to run; read once, when numpy first loads its BLAS.
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_NUM_THREADS")


def one_blas_thread(processes: int) -> bool:
    """Run numpy's BLAS with one thread in this process and its workers when `processes` > 1 share the cores.

    The model's matrix products are small: with the default (a thread per core in every process) the BLAS
    threads of two workers compete for the same cores and spin while they wait, about a tenth of the CPU of
    `realpolitik code` on two cores for the same parses (byte-identical Docs: the threads split the rows of a
    product, not its sums). Takes effect only if called before numpy is first imported (the workers inherit
    it, forked or spawned); a thread count the environment already names, for any of the three, is kept.
    Returns whether the variables were set."""
    if processes <= 1 or any(name in os.environ for name in BLAS_THREAD_VARIABLES):
        return False
    for name in BLAS_THREAD_VARIABLES:
        os.environ[name] = "1"
    return True


def _worker_settings(settings: Settings) -> Settings:
    # Workers are one process each, and may run in another directory: KB packs go by absolute path.
    packs = tuple(str(Path(pack).resolve()) for pack in settings.kb_packs)
    return settings.model_copy(update={"n_process": 1, "kb_packs": packs})


@dataclass(frozen=True, slots=True)
class Runner:
    """Where partitions run: `submit(function, *args)` returns a future of `function(*args)` on a worker.

    Made by `local_pool` (worker processes on this machine) or `dask_runner` (a Dask cluster); `workers`
    is the number of worker processes and `settings_json` the settings their pipelines were built from.
    """

    submit: Callable[..., Any]
    workers: int
    settings_json: str
    kind: str = "local"  # "local" or "dask", for messages


def _in_order(
    runner: Runner,
    function: Callable[..., R],
    parts: Iterable[T],
    args: tuple[Any, ...],
    window: int,
    what: str,
) -> Iterator[tuple[T, R]]:
    """(part, function(part, *args)) for each part, in order, with at most `window` parts in flight.

    The driver reads ahead only `window` parts, so its memory stays bounded whatever the input size,
    and refills the window before handing a result back, so workers stay busy while it writes.
    """
    if window < 1:
        raise ValueError("window must be at least 1")
    queue: deque[tuple[T, Any]] = deque()
    source = iter(parts)
    exhausted = False
    waited, done, began = 0.0, 0, time.perf_counter()

    def fill() -> None:
        nonlocal exhausted
        while not exhausted and len(queue) < window:
            try:
                part = next(source)
            except StopIteration:
                exhausted = True
                return
            queue.append((part, runner.submit(function, part, *args)))

    fill()
    while queue:
        part, future = queue.popleft()
        try:
            start = time.perf_counter()
            result = future.result()
            waited += time.perf_counter() - start
        except RealpolitikError:
            raise
        except Exception as exc:  # a whole partition failed: stop; what was written so far is valid
            raise ScaleError(
                f"{what} failed on the {runner.kind} workers ({type(exc).__name__}: {exc}); everything "
                "before it was written. Check the workers (their logs, their memory) and rerun."
            ) from exc
        finally:
            release = getattr(future, "release", None)
            if release is not None:
                release()
        fill()
        done += 1
        yield part, result
    # Where the time went: a driver that never waits is the bottleneck, one that mostly waits is not.
    log.info(
        "%s: %d parts on %d %s workers in %.2f s; the driver waited %.2f s for results",
        what,
        done,
        runner.workers,
        runner.kind,
        time.perf_counter() - began,
        waited,
    )


def _start_method() -> str:
    # Forked workers inherit the driver's pipeline: no second start-up, and memory pages are shared.
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


@contextmanager
def local_pool(nlp: Language | None, processes: int, settings: Settings | None = None) -> Iterator[Runner]:
    """A pool of `processes` worker processes on this machine, each with the pipeline `nlp`.

    Where processes can be forked (Linux), the workers inherit `nlp` from the driver; elsewhere each
    worker builds its own pipeline from `settings`. Closed (workers ended) when the block ends.
    """
    global _FORKED
    if processes < 1:
        raise ValueError("processes must be at least 1")
    settings = _worker_settings(settings or Settings())
    settings_json = settings.to_json()
    method = _start_method()
    if method == "fork":
        if nlp is None:
            from .nlp import build_pipeline

            nlp = build_pipeline(settings)
        _FORKED = nlp
        # The pipeline's objects live as long as the workers: frozen, the workers' garbage collections skip
        # them (less work, and their memory pages stay shared with the driver instead of being copied).
        gc.freeze()
    context = multiprocessing.get_context(method)
    try:
        with ProcessPoolExecutor(
            max_workers=processes,
            mp_context=context,
            initializer=partial(_init_local_worker, None if method == "fork" else settings_json),
        ) as pool:
            yield Runner(pool.submit, processes, settings_json, "local")
    finally:
        _FORKED = None
        if method == "fork":
            gc.unfreeze()


def dask_runner(client: Client, settings: Settings | None = None) -> Runner:
    """A `Runner` over a Dask client's workers, each of which has built the pipeline before it returns.

    A bad setting (a broken KB pack, a missing model) stops here, with the project's own error.
    """
    if not client.scheduler_info().get("workers"):
        try:
            client.wait_for_workers(1, timeout=60)
        except TimeoutError as exc:
            raise ScaleError(
                "the Dask scheduler has no workers after 60 s; start some with `dask worker ADDRESS`"
            ) from exc
    settings_json = _worker_settings(settings or Settings()).to_json()
    try:
        client.run(_warm_worker, settings_json)
    except RealpolitikError:
        raise
    except Exception as exc:
        raise ScaleError(
            f"the Dask workers could not build the pipeline ({type(exc).__name__}: {exc}); "
            "install realpolitik and its model on every worker"
        ) from exc
    run = uuid.uuid4().hex[:12]  # task keys unique per run, so two runs on one cluster never share results
    counter = iter(range(2**62))

    def submit(function: Callable[..., Any], *args: Any) -> Any:
        key = f"realpolitik-{function.__name__.strip('_')}-{run}-{next(counter)}"
        return client.submit(function, *args, key=key, retries=1, pure=False)

    workers = len(client.scheduler_info().get("workers", {}))
    threads = sum(client.nthreads().values()) or 1
    return Runner(submit, max(workers, threads), settings_json, "dask")


# Dask configuration of the workers of a local cluster (`--dask local:N`). Dask's statistical profiler samples
# each worker's stack every 10 ms and keeps one profile per second for the last 1,000 seconds: tens of MB
# (the coder's stacks are deep and varied) that grow with the run's wall time for its first 17 minutes, and
# that no command of the project reads. Workers started by hand can be told the same with the environment
# variable DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False.
_LOCAL_WORKER_CONFIG: dict[str, Any] = {"distributed": {"worker": {"profile": {"enabled": False}}}}

# Dask's debugging logs of the driver. `distributed.admin.low-level-log-length` (1,000 by default) bounds the
# client's log of the last messages it sent (each partition's submit, with its articles: about 9 MB per
# 1,000 articles of news, filling until the 1,000th partition) and the local scheduler's transition log.
# The driver keeps a few, so its memory is flat from the start (issue 13).
DRIVER_LOG_LENGTH = 16


@contextmanager
def dask_client(address: str = "local", *, timeout: float = 20.0) -> Iterator[Client]:
    """A Dask client: `local` or `local:N` starts a LocalCluster of N processes, else a scheduler address.

    The local cluster listens on 127.0.0.1 only, without a dashboard, and is closed with the client.
    """
    try:
        import dask.config
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ScaleError(
            "Dask is not installed; install the scale extra: pip install 'realpolitik[scale]'"
        ) from exc
    logs = {"distributed.admin.low-level-log-length": DRIVER_LOG_LENGTH}  # set on entry (dask.config.set)
    if address == "local" or address.startswith("local:"):
        count = address.partition(":")[2] or str(min(2, os.cpu_count() or 1))
        if not count.isdigit() or int(count) < 1:
            raise ScaleError(f"--dask {address!r}: write local or local:N with N a whole number >= 1")
        with (
            dask.config.set(logs),
            LocalCluster(
                n_workers=int(count),
                threads_per_worker=1,  # one pipeline per process, one text at a time: no GIL contention
                processes=True,
                host="127.0.0.1",
                # No dashboard; the scheduler's small HTTP server (health checks) takes a free port on
                # loopback instead of 8787, which another cluster on the machine may hold.
                dashboard_address="127.0.0.1:0",
                scheduler_kwargs={"dashboard": False},
                silence_logs=logging.ERROR,  # failures reach the caller as errors, not as worker log noise
                # the whole configuration: a worker takes the nanny's in place of its own, key by key
                config=dask.config.merge(dask.config.config, _LOCAL_WORKER_CONFIG),
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    try:
        with dask.config.set(logs):
            client = Client(address, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ScaleError(
            f"cannot reach the Dask scheduler at {address} ({exc}); start one (`dask scheduler`, then "
            "`dask worker ADDRESS` on each machine, with realpolitik installed) or use --dask local:N"
        ) from exc
    with client:
        yield client


def code_dask(
    inputs: str | Path | Sequence[str | Path] | IO[bytes],
    out_stream: IO[str],
    settings: Settings | None = None,
    *,
    client: Client | None = None,
    address: str = "local",
    lines_per_partition: int = DEFAULT_PARTITION_LINES,
    window: int | None = None,
    on_error: ScaleErrorHandler | None = None,
    name: str = "-",
) -> DaskCodeReport:
    """Code JSONL files (a path, several, a directory of them, or a binary stream) on Dask, in input order.

    Output lines are those `code_jsonl` writes for each input, the inputs one after the other; error lines
    carry the line number within their own file, and `on_error(name, line, message)` names the file.
    At most `window` partitions (default: two per worker thread) are in flight or waiting to be written.
    Pass `client` to use a running cluster; otherwise one is made from `address` and closed at the end.
    """
    settings = settings or Settings()
    sources: list[tuple[str, IO[bytes]]] = []
    opened: list[IO[bytes]] = []
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    if isinstance(inputs, (list, tuple)):
        for path in input_files(inputs):
            try:
                handle: IO[bytes] = path.open("rb")
            except OSError as exc:
                for other in opened:
                    other.close()
                raise InputError(f"cannot read: {exc.strerror}", path=str(path)) from exc
            opened.append(handle)
            sources.append((str(path), handle))
    else:
        sources.append((name, inputs))  # type: ignore[arg-type]
    try:
        if client is not None:
            return _run(client, sources, out_stream, settings, lines_per_partition, window, on_error)
        with dask_client(address) as made:
            return _run(made, sources, out_stream, settings, lines_per_partition, window, on_error)
    finally:
        for handle in opened:
            handle.close()


def _run(
    client: Client,
    sources: list[tuple[str, IO[bytes]]],
    out_stream: IO[str],
    settings: Settings,
    lines_per_partition: int,
    window: int | None,
    on_error: ScaleErrorHandler | None,
) -> DaskCodeReport:
    runner = dask_runner(client, settings)
    report = DaskCodeReport(workers=len(client.scheduler_info().get("workers", {})))
    _write_coded(
        runner, sources, out_stream, lines_per_partition, window or 2 * runner.workers, report, on_error
    )
    return report


def _write_coded(
    runner: Runner,
    sources: Iterable[tuple[str, Iterable[bytes]]],
    out_stream: IO[str],
    lines_per_partition: int,
    window: int,
    report: DaskCodeReport,
    on_error: ScaleErrorHandler | None,
    max_bytes: int = MAX_PARTITION_BYTES,
) -> None:
    """Code the sources' lines partition by partition on the runner and write the output in input order."""
    parts = partitions(sources, lines_per_partition, max_bytes)
    for part, coded in _in_order(
        runner, _code_partition, parts, (runner.settings_json,), window, "coding a partition"
    ):
        report.partitions += 1
        for text in coded.output:
            out_stream.write(text)
            out_stream.write("\n")
        report.lines += coded.lines
        report.coded += coded.coded
        report.events += coded.events
        report.gaps.update(dict(coded.gaps))
        for line, message in coded.failed:
            report.failed.append((part.source, line, message))
            if on_error is not None:
                on_error(part.source, line, message)
    out_stream.flush()


LOCAL_PARTITION_LINES = 64  # lines per task of a local pool: small, so the workers finish together
LOCAL_PARTITION_BYTES = 128 * 2**10  # and at most this much input, so long texts do not unbalance them


def code_local(
    in_stream: Iterable[bytes | str],
    out_stream: IO[str],
    settings: Settings | None = None,
    *,
    nlp: Language | None = None,
    processes: int | None = None,
    lines_per_partition: int = LOCAL_PARTITION_LINES,
    on_error: Callable[[int, str], None] | None = None,
) -> CodeReport:
    """`code_jsonl` on a local pool of `processes` workers (default: `settings.n_process`): the same output.

    Output lines, error lines, `on_error(line, message)` calls and the report are those of `code_jsonl`,
    in input order. An input that fits in one partition is coded in this process: a pool would only add
    its start-up. Workers are forked from this process with its pipeline (`nlp`, or one built from
    settings).
    """
    from .coding import CodeReport, code_jsonl

    settings = settings or Settings()
    processes = processes or settings.n_process
    lines = (raw.encode("utf-8") if isinstance(raw, str) else raw for raw in in_stream)
    head: list[bytes] = []
    for raw in lines:
        head.append(raw)
        if len(head) > lines_per_partition:
            break
    if processes <= 1 or len(head) <= lines_per_partition:
        one = settings.model_copy(update={"n_process": 1})
        return code_jsonl(_chain(head, lines), out_stream, one, nlp=nlp, on_error=on_error)
    report = DaskCodeReport(workers=processes)

    def forward(source: str, line: int, message: str) -> None:
        if on_error is not None:
            on_error(line, message)

    if _start_method() == "fork":
        from .nlp import build_pipeline, keep_known_words

        nlp = nlp if nlp is not None else build_pipeline(_worker_settings(settings))
        # Before the workers are forked: the words of the first lines the model already knows are made
        # permanent once here, so no worker tries them again on its first partition (a speed-up only).
        keep_known_words(nlp, _texts(head))
    with local_pool(nlp, processes, settings) as runner:
        _write_coded(
            runner,
            [("-", _chain(head, lines))],
            out_stream,
            lines_per_partition,
            2 * processes,
            report,
            forward,
            LOCAL_PARTITION_BYTES,
        )
    failed = sorted((line, message) for _, line, message in report.failed)
    return CodeReport(
        lines=report.lines, coded=report.coded, events=report.events, failed=failed, gaps=report.gaps
    )


def _texts(lines: Iterable[bytes]) -> list[str]:
    """The texts of the lines that are valid records (the others are left to `code_jsonl` to report)."""
    from .coding import parse_line

    texts = []
    for raw in lines:
        try:
            texts.append(parse_line(raw)[1])
        except ValueError:
            continue
    return texts


def _chain(head: list[bytes], rest: Iterator[bytes]) -> Iterator[bytes]:
    yield from head
    yield from rest


PARTITION_CHARS = 60_000  # characters of article text per partition of `code_stored` (about 10,000 words)


def code_stored(
    store: Store,
    article_ids: Sequence[str],
    runner: Runner,
    *,
    batch_size: int = 64,
    articles_per_partition: int | None = None,
    on_article: Callable[[], None] | None = None,
    run_id: str | None = None,
) -> tuple[int, int, int, int, list[Skipped]]:
    """`pipeline.code_articles` on a runner's workers: each partition's results saved in one transaction.

    The skipped records of a partition (articles that could not be coded) go in the same transaction,
    under `run_id`; a language skip goes in the transaction of its article.

    Partitions are written in the order of `article_ids`, whatever order the workers finish in; the
    stored analyses are those of one process. Returns (coded, mentions, events, axes, skipped).
    """
    from .pipeline import _Tally, codable_articles, failed_article, save_frames_of

    tally = _Tally()
    tick = on_article or (lambda: None)
    # About eight partitions per worker, so that the last ones, which some workers finish while the
    # others idle, are a small part of the run; and a partition ends at PARTITION_CHARS characters, so
    # long articles do not make one worker's partition much longer than the others'.
    size = articles_per_partition or min(64, max(4, -(-len(article_ids) // (8 * runner.workers))))
    places: dict[str, dict[str, Any]] = {}  # article id -> its source and line, for messages

    def parts() -> Iterator[tuple[tuple[str, str, str | None], ...]]:
        chunk: list[tuple[str, str, str | None]] = []
        chars = 0
        for aid, art, day in codable_articles(store, article_ids, tally, tick, run_id):
            places[aid] = {"source": art.get("source"), "start_line": art.get("start_line")}
            text = art["text"] or ""
            chunk.append((aid, text, day))
            chars += len(text)
            if len(chunk) == size or chars >= PARTITION_CHARS:
                yield tuple(chunk)
                chunk, chars = [], 0
        if chunk:
            yield tuple(chunk)

    args = (batch_size, runner.settings_json)
    for part, analyses in _in_order(
        runner, _analyze_partition, parts(), args, 2 * runner.workers, "coding a partition of articles"
    ):
        texts = {aid: text for aid, text, _ in part}
        errors = {a.article_id: a.error for a in analyses if a.error is not None}
        good = [a for a in analyses if a.error is None]
        save_frames_of(store, good)  # no-op unless the workers' settings name a narrative pack
        failed = [failed_article(places[aid], aid, error) for aid, error in errors.items()]
        try:
            store.save_analyses([(a, texts[a.article_id]) for a in good], failed, run_id)
        except Exception:  # the partition did not commit: save one by one, so one bad article stays alone
            store.add_skipped(failed, run_id)
            for analysis in good:
                try:
                    store.save_analyses([(analysis, texts[analysis.article_id])])
                except Exception as exc:
                    errors[analysis.article_id] = f"{type(exc).__name__}: {exc}"
                    store.add_skipped(
                        [
                            failed_article(
                                places[analysis.article_id], analysis.article_id, errors[analysis.article_id]
                            )
                        ],
                        run_id,
                    )
        for analysis in analyses:
            place = places.pop(analysis.article_id)
            error = errors.get(analysis.article_id)
            if error is None:
                tally.count(analysis)
            else:
                tally.skipped.append(failed_article(place, analysis.article_id, error))
            tick()
    return tally.coded, tally.mentions, tally.events, tally.axes, tally.skipped


def read_sources(
    runner: Runner, items: Iterable[str | Skipped], settings: Settings, stdin: Any = None
) -> Iterator[tuple[str | Skipped, ReadResult]]:
    """Read and split inputs on the runner's workers, one file per task, and hand them back in order.

    Standard input is read here (workers cannot see it); a `Skipped` item passes through as it is.
    """
    from .ingest.readers import STDIN, ReadResult, read_source

    def local(item: str | Skipped) -> bool:
        return not isinstance(item, str) or item == STDIN

    for item, results in _in_order(
        runner, _read_or_pass, items, (runner.settings_json,), 2 * runner.workers, "reading an input file"
    ):
        if local(item):
            if isinstance(item, str):
                yield item, read_source(item, settings, stdin)
            else:
                yield item, ReadResult(skipped=[item])
        else:
            yield item, results[0]


def _read_or_pass(item: Any, settings_json: str) -> tuple[ReadResult, ...]:
    from .ingest.readers import STDIN

    if not isinstance(item, str) or item == STDIN:
        return ()  # read by the driver
    return _read_files((item,), settings_json)
