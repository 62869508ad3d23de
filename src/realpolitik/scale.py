"""Runs the `realpolitik code` contract over a corpus on a Dask cluster, partition by partition.

The driver streams input lines into partitions, workers code them with one cached pipeline each, and the
driver writes the results in input order with a bounded number of partitions in memory.
"""

from __future__ import annotations

import io
import json
import logging
import os
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .config import Settings
from .errors import InputError, RealpolitikError

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["DaskCodeReport", "ScaleError", "code_dask", "dask_client", "input_files", "partitions"]

DEFAULT_PARTITION_LINES = 500
MAX_PARTITION_BYTES = 4 * 2**20  # below Dask's 10 MB "large graph" warning, whatever the line lengths
ScaleErrorHandler = Callable[[str, int, str], None]  # (input name, 1-based line, message)


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


def _warm_worker(settings_json: str) -> None:
    """Build (or find) the worker's pipeline; returns nothing, so no pipeline is shipped to the driver."""
    _worker_pipeline(settings_json)


def _code_partition(part: Partition, settings_json: str) -> _Coded:
    """Code one partition with `code_jsonl` on the worker; error lines get their line number in the file."""
    from .coding import code_jsonl

    settings = Settings(**json.loads(settings_json))
    out = io.StringIO()
    report = code_jsonl(part.lines, out, settings, nlp=_worker_pipeline(settings_json))
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
    )


@contextmanager
def dask_client(address: str = "local", *, timeout: float = 20.0) -> Iterator[Client]:
    """A Dask client: `local` or `local:N` starts a LocalCluster of N processes, else a scheduler address.

    The local cluster listens on 127.0.0.1 only, without a dashboard, and is closed with the client.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ScaleError(
            "Dask is not installed; install the scale extra: pip install 'realpolitik[scale]'"
        ) from exc
    if address == "local" or address.startswith("local:"):
        count = address.partition(":")[2] or str(min(2, os.cpu_count() or 1))
        if not count.isdigit() or int(count) < 1:
            raise ScaleError(f"--dask {address!r}: write local or local:N with N a whole number >= 1")
        with (
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
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    try:
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
    # Workers are one process each, and may run in another directory: KB packs go by absolute path.
    packs = tuple(str(Path(pack).resolve()) for pack in settings.kb_packs)
    settings = settings.model_copy(update={"n_process": 1, "kb_packs": packs})
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
    from distributed import as_completed

    if not client.scheduler_info().get("workers"):
        try:
            client.wait_for_workers(1, timeout=60)
        except TimeoutError as exc:
            raise ScaleError(
                "the Dask scheduler has no workers after 60 s; start some with `dask worker ADDRESS`"
            ) from exc
    workers = len(client.scheduler_info().get("workers", {}))
    settings_json = settings.to_json()
    # Build the pipeline on every worker first: a bad setting (a broken KB pack, a missing model) stops
    # the run before any output, with the project's own error, instead of failing in every task.
    try:
        client.run(_warm_worker, settings_json)
    except RealpolitikError:
        raise
    except Exception as exc:
        raise ScaleError(
            f"the Dask workers could not build the pipeline ({type(exc).__name__}: {exc}); "
            "install realpolitik and its model on every worker"
        ) from exc
    threads = sum(client.nthreads().values()) or 1
    window = window or 2 * threads
    if window < 1:
        raise ValueError("window must be at least 1")
    report = DaskCodeReport(workers=workers)
    parts = partitions(sources, lines_per_partition)
    names: dict[int, str] = {}  # partition index -> input name, for the partitions not yet written
    done: dict[int, _Coded] = {}
    following = 0  # index of the next partition to write
    stream = as_completed()
    run = uuid.uuid4().hex[:12]  # task keys unique per run, so two runs on one cluster never share results

    def submit() -> bool:
        part = next(parts, None)
        if part is None:
            return False
        names[part.index] = part.source
        stream.add(
            client.submit(
                _code_partition, part, settings_json, key=f"realpolitik-code-{run}-{part.index}", retries=1
            )
        )
        report.partitions += 1
        return True

    in_flight = 0
    while in_flight < window and submit():
        in_flight += 1
    for future in stream:
        try:
            result: _Coded = future.result()
        except Exception as exc:  # a whole partition failed on the cluster: stop, the output so far is valid
            raise ScaleError(
                f"a partition could not be coded on the Dask cluster ({type(exc).__name__}: {exc}); "
                "the output holds every line before it. Check the workers' logs and rerun."
            ) from exc
        finally:
            future.release()
        in_flight -= 1
        done[result.index] = result
        while following in done:
            coded = done.pop(following)
            source = names.pop(following)
            for text in coded.output:
                out_stream.write(text)
                out_stream.write("\n")
            report.lines += coded.lines
            report.coded += coded.coded
            report.events += coded.events
            for line, message in coded.failed:
                report.failed.append((source, line, message))
                if on_error is not None:
                    on_error(source, line, message)
            following += 1
        # Refill only up to `window` partitions in flight or waiting, so driver memory stays bounded
        # even when one slow partition holds back the writing of those after it.
        while in_flight + len(done) < window and submit():
            in_flight += 1
    out_stream.flush()
    return report
