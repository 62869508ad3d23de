"""The `realpolitik` command: a thin shell that parses arguments and calls library functions.

Only this module turns exceptions into messages and exit codes.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, TypeVar

import click

from . import __version__
from .errors import RealpolitikError

if TYPE_CHECKING:
    from .config import Settings
    from .system.dyads import Dyad

F = TypeVar("F", bound=Callable[..., Any])  # a command function, as the option decorators take and return it


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="realpolitik")
def cli() -> None:
    """Turn news and analysis text into an evidence-backed model of a geopolitical system."""
    _show_warnings()


def _show_warnings() -> None:
    """Library warnings (repaired characters, cut run-on sentences, interrupted runs) go to stderr."""
    import logging

    class Echo(logging.Handler):
        # click.echo looks up the current stderr at each call (tests and pipes replace it)
        def emit(self, record: logging.LogRecord) -> None:
            click.echo(f"warning: {record.getMessage()}", err=True)

    logger = logging.getLogger("realpolitik")
    if not any(type(h).__name__ == "Echo" for h in logger.handlers):
        logger.addHandler(Echo(logging.WARNING))
        logger.setLevel(logging.WARNING)


# Subcommands are added below, one block per pipeline stage.
# --- ingest ---------------------------------------------------------------------------------------
import json  # noqa: E402  (kept in this stage's block)
from pathlib import Path  # noqa: E402

from .config import load_settings  # noqa: E402
from .records import Article, Skipped  # noqa: E402
from .wording import outlet_name, plural  # noqa: E402


def _require_paths(paths: tuple[str, ...]) -> None:
    """A path that does not exist is bad usage (exit 2) and nothing is read, as the README says."""
    from .errors import InputError

    for name in paths:
        if name != "-" and not Path(name).exists() and not Path(name).is_symlink():
            raise InputError(
                "no such file or folder", path=name, hint="check the path; nothing was read or stored"
            )


def _report_skipped(skipped: list[Skipped]) -> None:
    """Print why inputs were skipped and end with status 3 ("finished but something was skipped")."""
    if not skipped:
        return
    for item in skipped:
        where = f"{item.source}:{item.line}" if item.line is not None else item.source
        click.echo(f"skipped {where}: {item.reason}", err=True)
    click.echo(f"{plural(len(skipped), 'input')} skipped; the others were processed.", err=True)
    click.get_current_context().exit(3)


def _article_table(articles: list[Article]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=plural(len(articles), "article"), show_lines=False)
    table.add_column("lines", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("lang", no_wrap=True)
    table.add_column("title", min_width=30, max_width=70)
    table.add_column("author", max_width=24)
    table.add_column("outlet", max_width=24)
    table.add_column("words", justify="right", no_wrap=True)
    for art in articles:
        date = (art.date or "-") + ("?" if art.date_ambiguous else "")
        title = art.title or "(untitled)"
        if art.duplicate_of:
            title += f"  [dim](near-duplicate of {art.duplicate_of})[/dim]"
        table.add_row(
            f"{Path(art.source).name}:{art.start_line}-{art.end_line}",
            date,
            art.language or "-",
            title,
            art.author or "-",
            str(outlet_name(art.outlet)),
            str(len(art.text.split())),
        )
    console = Console()
    if not console.is_terminal:  # piped output: wide enough for whole titles
        console = Console(width=200)
    console.print(table)


def _options(*options: Callable[[F], F]) -> Callable[[F], F]:
    """One decorator for a group of click options shared by several commands, listed in the order given."""

    def apply(fn: F) -> F:
        for option in reversed(options):
            fn = option(fn)
        return fn

    return apply


# One name for the settings file across the CLI (split, ingest, analyze).
_config_option = click.option(
    "--config",
    "config_path",
    default=None,
    type=click.Path(dir_okay=False),
    help="Settings JSON file: a JSON object of realpolitik.config.Settings fields (batch_size, max_file_bytes, ...).",
)
# Reading inputs (split, ingest): the settings file and the size limit.
_reading_options = _options(
    _config_option, click.option("--max-file-bytes", type=int, help="skip inputs larger than this")
)
# Coding (code, analyze): the extra knowledge-base packs, and how many texts and processes.
_kb_option = click.option(
    "--kb", "kb_packs", multiple=True, type=click.Path(exists=True, dir_okay=False), help="Extra KB pack."
)
_workers_options = _options(
    click.option("--batch-size", type=click.IntRange(min=1), default=None, help="Texts per spaCy batch."),
    click.option(
        "--n-process",
        type=click.IntRange(min=1),
        default=None,
        help="Worker processes (default: every available core; 1 codes in this process).",
    ),
)


def _dask_option(what: str) -> Callable[[F], F]:
    """--dask, for a command that does `what` ("Code", "Read and code") on the cluster."""
    return click.option(
        "--dask",
        "dask_address",
        default=None,
        metavar="local[:N]|tcp://HOST:PORT",
        help=f"{what} on a Dask cluster: a local one of N worker processes, or a running scheduler.",
    )


@cli.command("split")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one JSON object per article; table: a readable overview",
)
@_reading_options
def split_command(
    paths: tuple[str, ...], fmt: str, config_path: str | None, max_file_bytes: int | None
) -> None:
    """Split dumps, HTML pages and JSONL into articles. PATH may be a file, a folder or - (stdin)."""
    from .ingest import read_articles

    _require_paths(paths)
    settings = load_settings(config_path, max_file_bytes=max_file_bytes)
    result = read_articles(paths, settings, stdin=sys.stdin.buffer)
    if fmt == "jsonl":
        out = sys.stdout
        for art in result.articles:
            out.write(json.dumps(art.to_dict(), ensure_ascii=False) + "\n")
        out.flush()
    else:
        _article_table(result.articles)
    _report_skipped(result.skipped)


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--db", "db_path", required=True, type=click.Path(dir_okay=False), help="DuckDB file (created if missing)"
)
@_reading_options
def ingest_command(
    paths: tuple[str, ...], db_path: str, config_path: str | None, max_file_bytes: int | None
) -> None:
    """Read inputs, split them into articles and store them in a DuckDB file (reruns add nothing)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .ingest import ingest
    from .store import Store

    _require_paths(paths)
    settings = load_settings(config_path, max_file_bytes=max_file_bytes)
    console = Console(stderr=True)
    bar = Progress(
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )
    task = bar.add_task("", total=None)

    def progress(done: int, total: int, source: str) -> None:
        bar.update(task, completed=done, total=total, description=Path(source).name)

    with Store(db_path) as store, bar:
        report = ingest(
            paths,
            store,
            settings,
            stdin=sys.stdin.buffer,
            progress=progress,
            command="ingest " + " ".join(paths),
        )
        counts = store.counts()
    click.echo(
        f"{plural(report.articles_seen, 'article')} read, {report.articles_added} new, "
        f"{plural(len(report.duplicates), 'near-duplicate')}, {plural(len(report.skipped), 'input')} skipped; "
        f"{db_path} now holds {plural(counts['articles'], 'article')}."
    )
    for dup_id, of_id, sim in report.duplicates:
        click.echo(f"near-duplicate: {dup_id} repeats {of_id} (similarity {sim:.2f})")
    _report_skipped(report.skipped)


# --- actors ---------------------------------------------------------------------------------------


@cli.command("actors")
@click.argument("text")
@click.option("--date", "date", help="article date YYYY-MM-DD: decides who held which office")
@click.option(
    "--kb",
    "kb_packs",
    multiple=True,
    type=click.Path(dir_okay=False),
    help="extra knowledge-base pack (JSON)",
)
def actors_command(text: str, date: str | None, kb_packs: tuple[str, ...]) -> None:
    """Print the coded actor mentions of TEXT as JSON (use - to read the text from stdin)."""
    import json as _json

    from .errors import InputError, KnowledgeBaseError
    from .nlp import resolve_text

    if text == "-":
        text = sys.stdin.read()
    try:
        mentions = resolve_text(text, date=date, kb_packs=kb_packs)
    except KnowledgeBaseError as exc:  # a user's pack is bad input: exit 2 with the file and line
        raise InputError(str(exc)) from exc
    click.echo(_json.dumps([m.to_dict() for m in mentions], ensure_ascii=False, indent=2))


# --- events ---------------------------------------------------------------------------------------


@cli.command("code")
@click.option(
    "--input", "input_file", required=True, type=click.File("rb"), help="JSON lines file, or - for stdin."
)
@click.option(
    "--output",
    "output_file",
    default="-",
    show_default=True,
    # opened at once (not lazily), so an unwritable path fails before the model is loaded
    type=click.File("w", encoding="utf-8", lazy=False),
    help="Where to write one JSON line of events per input line, or - for stdout.",
)
@_workers_options
@_kb_option
@_dask_option("Code")
@click.option(
    "--partition-lines",
    type=click.IntRange(min=1),
    default=500,
    show_default=True,
    help="Input lines per Dask task (with --dask).",
)
@click.option(
    "--stats",
    is_flag=True,
    help="Also report on stderr the main verbs that bear actors but have no lexicon entry (count, lemmas).",
)
@click.option(
    "--selector",
    type=click.Choice(["on", "off"]),
    default=None,
    help="Order each sentence's candidate events by the learned selector (default: the settings', off).",
)
def code_cmd(
    input_file: IO[bytes],
    output_file: IO[str],
    batch_size: int | None,
    n_process: int | None,
    kb_packs: tuple[str, ...],
    dask_address: str | None,
    partition_lines: int,
    stats: bool,
    selector: str | None,
) -> None:
    """Code events in JSON lines {"id", "text", "date"?}; writes {"id", "events"} lines in input order."""
    from .config import load_settings
    from .scale import available_cores, one_blas_thread

    cores = n_process or available_cores()
    one_blas_thread(cores)  # before the model (and numpy) is loaded
    name = "-" if input_file.name in ("<stdin>", "-") else input_file.name
    out_name = "-" if output_file.name in ("<stdout>", "-") else str(output_file.name)
    _check_room(output_file, out_name)
    settings = load_settings(
        batch_size=batch_size,
        n_process=cores,
        kb_packs=tuple(kb_packs) or None,
        selector=selector,
    )
    try:
        _code(input_file, output_file, settings, name, dask_address, partition_lines, stats)
    except OSError as exc:
        if exc.errno is None or isinstance(exc, BrokenPipeError):
            raise
        import contextlib

        with contextlib.suppress(OSError):  # the buffered rest cannot be written either
            output_file.close()
        raise RealpolitikError(
            f"{out_name}: cannot write the output: {exc.strerror or exc} "
            "(free some space or choose another --output; the lines written so far are in input order)"
        ) from exc


def _check_room(output_file: IO[str], out_name: str) -> None:
    """Refuse at once, before the model is loaded, a regular output file on a disk with no room left."""
    import os
    import stat

    try:
        fd = output_file.fileno()
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return  # a device such as /dev/full or a pipe is known only by writing; see code_cmd
        room = os.fstatvfs(fd)
    except (OSError, ValueError, AttributeError):
        return
    if room.f_bavail == 0:
        raise RealpolitikError(
            f"{out_name}: the disk that holds the output is full (free some space or choose another --output)"
        )


def _code(
    input_file: IO[bytes],
    output_file: IO[str],
    settings: Settings,
    name: str,
    dask_address: str | None,
    partition_lines: int,
    stats: bool,
) -> None:
    from .coding import code_jsonl

    if dask_address is not None:
        from .scale import code_dask

        scaled = code_dask(
            input_file,
            output_file,
            settings,
            address=dask_address,
            lines_per_partition=partition_lines,
            name=name,
            on_error=lambda source, line, message: click.echo(f"{source}:{line}: {message}", err=True),
        )
        click.echo(
            f"coded {scaled.coded} records, {scaled.events} events on {scaled.workers} Dask workers; "
            f"{len(scaled.failed)} lines failed",
            err=True,
        )
        if stats:
            _echo_gaps(scaled.gaps)
        if scaled.failed:
            raise SystemExit(3)
        return

    def on_error(line: int, message: str) -> None:
        click.echo(f"{name}:{line}: {message}", err=True)

    if settings.n_process > 1:
        from .scale import code_local

        report = code_local(input_file, output_file, settings, on_error=on_error)
    else:
        report = code_jsonl(input_file, output_file, settings, on_error=on_error)
    click.echo(
        f"coded {report.coded} records, {report.events} events; {len(report.failed)} lines failed",
        err=True,
    )
    if stats:
        _echo_gaps(report.gaps)
    if report.failed:
        # Not ctx.exit(3): main() runs click with standalone_mode=False, which turns it into a
        # return value and loses the status.
        raise SystemExit(3)


def _echo_gaps(gaps: Counter[str], shown: int = 40) -> None:
    """The coder's gaps on stderr: how many actor-bearing main verbs had no lexicon entry, and which."""
    total = sum(gaps.values())
    click.echo(
        f"lexicon gaps: {total} main verbs with actors had no lexicon entry ({len(gaps)} lemmas)", err=True
    )
    if gaps:
        listed = ", ".join(f"{lemma} {count}" for lemma, count in gaps.most_common(shown))
        more = f", ... {len(gaps) - shown} more" if len(gaps) > shown else ""
        click.echo(f"lexicon gaps by lemma: {listed}{more}", err=True)


@cli.command("eval")
@click.option(
    "--gold", type=click.Path(dir_okay=False), default=None, help="gold records (default: ../shared/eval)"
)
@click.option(
    "--scorer", type=click.Path(dir_okay=False), default=None, help="scorer script (default: ../shared/eval)"
)
@click.option("--output", type=click.Path(dir_okay=False), default=None, help="predictions JSONL to write")
@click.option("--errors", type=int, default=0, show_default=True, help="print up to N mismatched records")
@click.option(
    "--lexicon",
    type=click.Choice(["all", "hand", "derived", "proposed"]),
    default="all",
    show_default=True,
    help="event lexicon: hand + dictionary-derived entries, hand entries only, the dictionary alone, or hand +"
    " derived with hand readings carried to synonyms (proposed)",
)
def eval_command(gold: str | None, scorer: str | None, output: str | None, errors: int, lexicon: str) -> None:
    """Code the PLOVER gold sentences and score them with the shared scorer."""
    from .evaluation import evaluate

    result = evaluate(gold=gold, scorer=scorer, output=output, errors=errors, lexicon=lexicon)
    for key, value in result.metrics.items():
        click.echo(f"{key:18} {value}")
    for line in result.errors:
        click.echo(line)
    click.echo(f"predictions: {result.predictions}", err=True)


# --- system ---------------------------------------------------------------------------------------
# (DuckDB is imported by the commands that read a store, so `code` and `analyze` start without it)
if TYPE_CHECKING:
    from .store import EventFilter, Reader


def _read_store(db: str) -> Reader:
    from pathlib import Path

    from .errors import InputError
    from .store import Reader, missing_database

    if Path(db).is_dir():  # a Parquet dataset, read through DuckDB where it lies
        return Reader.from_parquet(db)
    if not Path(db).is_file():  # the store's one text; here a bad --db, so an input error (exit 2)
        raise InputError(missing_database(db))
    return Reader.open(db)


def _modalities(all_modalities: bool) -> tuple[str, ...] | None:
    return None if all_modalities else ("asserted",)


def _corrected(store: Reader, corrections: str | None) -> Any:
    """The store, or the store read with the corrections of FILE applied (said on stderr)."""
    if corrections is None:
        return store
    from .corrections import load_overlay
    from .system._events import Corrected

    overlay = load_overlay(store.con, corrections)
    for problem in overlay.problems:
        click.echo(problem, err=True)
    click.echo(f"{overlay.summary()} from {corrections}", err=True)
    return Corrected(store, overlay)


def _actor_index(source: Any, *, stored_only: bool = True) -> Any:
    """Names and codes of the actors in the database (recoded ones included), for --actor and --dyad.

    With `stored_only=False` any actor of the knowledge base is accepted too (whatif --set may tie
    an actor the texts never connect).
    """
    from .corrections import actor_indexes
    from .store import Reader
    from .system._events import overlay_of

    present, anywhere = actor_indexes(Reader.of(source).actor_codes(), overlay_of(source))
    return present if stored_only else anywhere


def _actors(source: Any, names: tuple[str, ...]) -> list[str] | None:
    if not names:
        return None
    index = _actor_index(source)
    return [index.resolve(n, what="--actor") for n in names]


def _pair(source: Any, text: str, option: str, *, stored_only: bool = True) -> tuple[str, str]:
    pair: tuple[str, str] = _actor_index(source, stored_only=stored_only).resolve_pair(text, what=option)
    return pair


def _filter(
    since: str | None = None,
    until: str | None = None,
    actor: Sequence[str] | None = None,
    all_modalities: bool = False,
) -> EventFilter:
    from .store import EventFilter

    return EventFilter.of(
        since=since, until=until, actor=list(actor) if actor else None, modalities=_modalities(all_modalities)
    )


# How a reading is shown in a terminal: the word always, the colour where the terminal has it; a
# thin pair (fewer than 4 articles) says so and is dimmed. An uncertain pair that leans (at least
# `ModelSettings.lean` of its replicates on one side) says so after "uncertain", in a lighter tint
# of that side's colour: "uncertain, leans conflictual (87 %)".
_READING_STYLE = {"cooperative": "green", "conflictual": "red", "uncertain": "yellow"}
_LEAN_STYLE = {"cooperative": "dark_sea_green", "conflictual": "indian_red"}


def _reading_cell(d: Dyad) -> object:
    from rich.text import Text

    dim = " dim" if d.thin else ""
    text = Text(d.reading, style=f"{_READING_STYLE.get(d.reading, '')}{dim}".strip())
    if d.lean is not None:
        # ("(86%)" with no space: a table wraps a cell at its spaces, and "(86" over "%)" reads as nothing)
        text.append(f", {d.lean_text.replace(' %', '%')}", style=f"{_LEAN_STYLE[d.lean]}{dim}")
    if d.thin:
        text.append(", thin", style=f"{_READING_STYLE.get(d.reading, '')}{dim}")
    return text


def _json_out(value: object) -> None:
    import json

    click.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def _console() -> Any:
    """A rich console for tables: the terminal's width, or COLUMNS where set; piped output without
    COLUMNS is 200 columns wide, enough for whole titles."""
    import os

    from rich.console import Console

    console = Console()
    if not console.is_terminal and not os.environ.get("COLUMNS"):
        console = Console(width=200)
    return console


def _outlets(names: Iterable[object]) -> str:
    """Outlets in a table cell, "unknown outlet" written as the report and the web app write it."""
    return ", ".join(str(outlet_name(n)) for n in names)


def _names(store: Any) -> Any:
    """Display names of the actors (`system.names.Names`): a human-facing table or title names actors as the
    report does ("Azerbaijan–Türkiye", "Azerbaijan (AZE)"); JSON and CSV keep the codes."""
    from .system.names import Names

    return Names(store.actor_names())


def _pair_cell(names: Any, a: str, b: str) -> object:
    """A pair as the report's tables show it: by name, its codes on a dimmed line below (what `--dyad`, `--actor`
    and the exports key on); a pair nothing names stays in codes."""
    from rich.text import Text

    codes = f"{a}–{b}"
    shown = names.pair(a, b)
    return codes if shown == codes else Text(f"{shown}\n") + Text(codes, style="dim")


SHORT_CELL = 12  # a column whose cells are all this short never wraps (codes, dates, figures)
# a word this long or shorter never breaks inside: a code, a figure, or a pair of names joined by a dash
# ("Armenia–Azerbaijan", 18; report42: at 80 columns it broke as "Armenia–Azerbaija" / "n")
LONGEST_WORD = 20
WIDE_ENOUGH = 80  # a narrower terminal keeps every column before whole names (at 70 a pair of 20 pushed the
# table past the edge)


def _table(
    title: str,
    columns: list[str],
    rows: list[list[object]],
    *,
    fold: Sequence[str] = (),
    optional: Sequence[str] = (),
    empty: str = "Nothing matches.",
    readable: int = 0,
    narrow: Mapping[str, int] | None = None,
) -> None:
    """Print a table that fits the terminal. Short cells (codes, dates, figures) never break; the
    `fold` columns (sentences, member lists) take the width left and wrap inside their cell; where
    the table is still wider than the terminal the `optional` columns are left out, in their order,
    and the caption says which (`--format json` keeps them all). Given `readable`, the one `fold` column
    is to keep that many characters: the optional columns give way to it first, and where it still cannot
    have them it leaves the table and its cells are listed under it, each after its row's first cell
    (a line of why wrapped seven characters wide reads as nothing). The `narrow` columns wrap at the width
    given (a figure with a short note under it: "1.00 thin: rests on one article a side"), never wider, so
    the folded columns keep the room. No rows: the title and `empty`, which says so (and what might find
    some), instead of a header over nothing."""
    from rich import box
    from rich.measure import Measurement
    from rich.table import Table
    from rich.text import Text

    console = _console()
    if not rows:
        console.print(Text(title, style="italic"))
        console.print(Text(empty))
        return
    # evidence sentences keep the article's line breaks; a table cell reads better without them
    cells = [
        [v if isinstance(v, Text) else "" if v is None else " ".join(str(v).split()) for v in row]
        for row in rows
    ]
    longest = [max([len(c), *(len(str(r[i])) for r in cells)]) for i, c in enumerate(columns)]
    # each column's longest word (at most LONGEST_WORD characters where the terminal has room for it, else
    # SHORT_CELL + 4): no word of a code, a figure or a pair of names breaks
    cap = LONGEST_WORD if console.width >= WIDE_ENOUGH else SHORT_CELL + 4
    widest = [
        min(cap, max([len(w) for r in cells for w in str(r[i]).split()] or [0])) or None
        for i in range(len(columns))
    ]

    def build(shown: list[int], dropped: list[str], fold_width: int = 0) -> Table:
        caption = (
            f"left out at this width: {', '.join(dropped)} (--format json has every column)"
            if dropped
            else None
        )
        table = Table(
            title=title,
            caption=caption,
            caption_justify="left",
            box=box.SIMPLE_HEAD,
            pad_edge=False,
            collapse_padding=True,
            # folded columns share the width left by their ratio
            expand=any(columns[i] in fold for i in shown),
        )
        for i in shown:
            if columns[i] in (narrow or {}):
                width = max((narrow or {})[columns[i]], len(columns[i]))
                table.add_column(columns[i], overflow="fold", width=min(width, longest[i]))
            elif columns[i] in fold:
                table.add_column(
                    columns[i], overflow="fold", ratio=1, min_width=max(10, len(columns[i]) + 2, fold_width)
                )
            else:
                # (a code pair under a squeeze: "IGO-NATO–RUS" was cut to "IGO-NATO–RU" / "S"; the longest word
                # of a column keeps its width, the names under it wrap at their spaces)
                table.add_column(
                    columns[i], no_wrap=longest[i] <= SHORT_CELL, overflow="fold", min_width=widest[i]
                )
        for row in cells:
            table.add_row(*(row[i] for i in shown))
        return table

    shown = list(range(len(columns)))
    dropped: list[str] = []
    unbounded = console.options.update(width=10_000)  # measured unclamped: what the table needs

    def fits(t: Table) -> bool:
        return Measurement.get(console, unbounded, t).minimum <= console.width

    def room(cols: list[int]) -> bool:
        """With `readable`: the folded column keeps that many characters beside the others at their
        full width (rich gives them that before a column of ratio)."""
        if not readable or not fold:
            return fits(build(cols, dropped))
        others = build([i for i in cols if columns[i] != fold[0]], dropped)
        return Measurement.get(console, unbounded, others).maximum + readable + 2 <= console.width

    for col in optional:
        if room(shown):
            break
        shown.remove(columns.index(col))
        dropped.append(col)
    table = build(shown, dropped, readable)
    listed = None
    if readable and fold and not room(shown):
        listed = columns.index(fold[0])
        shown.remove(listed)
        table = build(shown, [*dropped, f"{fold[0]} (listed below)"])
    console.print(table)
    if listed is not None:
        for row in cells:
            if row[listed]:
                console.print(Text(f"{row[0]}: ", style="bold") + Text(str(row[listed])))


_db_option = click.option(
    "--db",
    required=True,
    type=click.Path(),
    help="The realpolitik DuckDB file, or a Parquet dataset folder written by `export --format parquet`.",
)
# `report` and `narratives` need the DuckDB file: a Parquet dataset holds neither the run log nor the frames.
_duckdb_option = click.option(
    "--db",
    required=True,
    type=click.Path(),
    help="The realpolitik DuckDB file (not a Parquet dataset folder).",
)


def _refuse_parquet_folder(db: str, command: str) -> None:
    if Path(db).is_dir():
        from .errors import InputError

        raise InputError(
            "a Parquet dataset folder, not a database",
            path=db,
            hint=f"`{command}` needs the DuckDB file written by `realpolitik analyze`; the dataset holds only "
            "events, articles, mentions and axes",
        )


_since_option = click.option("--since", default=None, help="First day to count (YYYY-MM-DD).")
_until_option = click.option("--until", default=None, help="Last day to count (YYYY-MM-DD).")
_corrections_option = click.option(
    "--corrections",
    default=None,
    type=click.Path(dir_okay=False),
    help="Apply the analyst's corrections in this JSONL file (see `realpolitik serve --corrections`).",
)
_all_mod_option = click.option(
    "--all-modalities", is_flag=True, help="Count negated, hypothetical, normative and intended events too."
)
# The commands that read the model: which events count (all modalities or asserted ones, with the analyst's
# corrections or not), which dates, how many events a dyad needs, and a JSON or table answer.
_counting_options = _options(_all_mod_option, _corrections_option)
_period_options = _options(_since_option, _until_option)
_min_events_option = click.option("--min-events", type=click.IntRange(min=1), default=1, show_default=True)
_json_or_table_option = click.option(
    "--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True
)


def _actor_option(kept: str) -> Callable[[F], F]:
    """--actor, for a command that keeps the `kept` ("dyads", "pairs") of the actors given."""
    return click.option(
        "--actor", multiple=True, help=f"Keep {kept} with this actor: a code or a name (repeatable)."
    )


@cli.command("analyze")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--db",
    required=True,
    type=click.Path(dir_okay=False),
    help="The realpolitik DuckDB file (created if missing).",
)
@click.option(
    "--report", "report_path", default=None, type=click.Path(dir_okay=False), help="HTML report to write."
)
@_kb_option
@_config_option
# the name analyze used before the twelfth session: still read, no longer shown
@click.option("--settings", "settings_alias", default=None, type=click.Path(dir_okay=False), hidden=True)
@_workers_options
@_dask_option("Read and code")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option(
    "--narratives",
    "narratives_pack",
    default=None,
    metavar="PACK|off",
    help="Narrative pack (JSON) for frame detection; default: the starter pack; off: no frames.",
)
@click.pass_context
def analyze_cmd(
    ctx: click.Context,
    paths: tuple[str, ...],
    db: str,
    report_path: str | None,
    kb_packs: tuple[str, ...],
    config_path: str | None,
    settings_alias: str | None,
    batch_size: int | None,
    n_process: int | None,
    dask_address: str | None,
    quiet: bool,
    narratives_pack: str | None,
) -> None:
    """Ingest PATHs (files, folders, - for stdin), code every new article into --db, write the report."""
    from .config import load_settings
    from .scale import available_cores, one_blas_thread

    _require_paths(paths)
    if settings_alias is not None and config_path is not None and settings_alias != config_path:
        raise click.UsageError("--settings is the old name of --config: give one settings file")
    settings = load_settings(
        config_path or settings_alias,
        kb_packs=tuple(kb_packs) or None,
        batch_size=batch_size,
        n_process=n_process,
        narratives=narratives_pack,
    )
    if n_process is None and "n_process" not in settings.model_fields_set:
        settings = settings.model_copy(update={"n_process": available_cores()})
    one_blas_thread(settings.n_process)  # before the model (and numpy) is loaded, as `code` does
    from .pipeline import analyze

    result = analyze(list(paths), db, settings, report=report_path, progress=not quiet, dask=dask_address)
    for s in result.skipped:
        where = f"{s.source}:{s.line}" if s.line is not None else s.source
        click.echo(f"skipped {where}: {s.reason}", err=True)
    click.echo(
        f"{result.articles_added} new of {result.articles_seen} articles ({result.duplicates} near-duplicates), "
        f"{result.articles_coded} coded: {result.events} events, {result.mentions} actor mentions, "
        f"{result.axes} axes in {result.seconds:.1f}s; store holds {result.totals.get('articles', 0)} articles, "
        f"{result.totals.get('events', 0)} events",
        err=True,
    )
    if result.report:
        click.echo(f"report: {result.report}", err=True)
    # an earlier run found interrupted was already named by a warning; it also makes the status 3
    if not result.complete:
        ctx.exit(3)


@cli.command("dyads")
@_db_option
@click.option(
    "--format", "fmt", type=click.Choice(["json", "csv", "table"]), default="table", show_default=True
)
@_period_options
@_actor_option("dyads")
@click.option(
    "--window",
    type=click.Choice(["all", "day", "week", "month", "quarter", "year"]),
    default="all",
    show_default=True,
    help="One row per pair (all) or per pair and time window.",
)
@_min_events_option
@_counting_options
@click.option(
    "--explain",
    is_flag=True,
    help="Say why each uncertain pair is uncertain, in one line: its cooperative and conflictual events "
    "and articles, its outlets and what moves its interval across zero (a column of the table; the key "
    "`why` in JSON, null for a pair with a reading; a column in CSV).",
)
def dyads_cmd(
    db: str,
    fmt: str,
    since: str | None,
    until: str | None,
    actor: tuple[str, ...],
    window: str,
    min_events: int,
    all_modalities: bool,
    corrections: str | None,
    explain: bool,
) -> None:
    """Pairs of actors: events per quad class, mean Goldstein, net cooperation score with its interval and
    reading (cooperative, conflictual or uncertain), outlets and articles."""
    from .system.dyads import LEAN_AT, Why, dyads, explain_dyads

    whys: dict[tuple[str, str, str], Why] = {}
    with _read_store(db) as store:
        source = _corrected(store, corrections)
        flt = _filter(since, until, _actors(source, actor), all_modalities)
        rows = dyads(source, flt, window=window, min_events=min_events)
        if explain:
            whys = explain_dyads(source, rows, flt, window=window)
        names = _names(store)

    def pair(d: Dyad) -> object:
        # by name, the codes on a line below, as the report's tables (XDN or IGO-NATO said nothing to a reader)
        return _pair_cell(names, d.a, d.b)

    def why(d: Dyad) -> Why | None:
        return whys.get((d.a, d.b, d.window))

    if fmt == "json":
        out = [d.to_dict() for d in rows]
        if explain:
            for d, o in zip(rows, out, strict=True):
                w = why(d)
                o["why"] = w.to_dict() if w is not None else None
        _json_out(out)
        return
    header = ["a", "b", "window", "events", "q1", "q2", "q3", "q4", "goldstein", "net", "outlets", "articles"]
    table = [
        [d.a, d.b, d.window, d.events, *d.quad_counts, d.goldstein, d.net, d.outlets, d.articles]
        for d in rows
    ]
    if fmt == "csv":
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(
            [
                *header,
                "first_date",
                "last_date",
                "ci_low",
                "ci_high",
                "reading",
                "thin",
                "floor_low",
                "floor_high",
                "share_conflictual",
                "share_cooperative",
                "lean",
                *(["why"] if explain else []),
            ]
        )
        for d, row in zip(rows, table, strict=True):
            writer.writerow(
                [
                    *row,
                    d.first_date,
                    d.last_date,
                    d.ci_low,
                    d.ci_high,
                    d.reading,
                    d.thin,
                    d.floor_low,
                    d.floor_high,
                    d.share_conflictual,
                    d.share_cooperative,
                    d.lean,
                    *([w.text if (w := why(d)) is not None else ""] if explain else []),
                ]
            )
        return
    title = (
        "Dyads (net > 0 cooperative, < 0 conflictual; uncertain when the 95% interval reaches 0; "
        "leans: an uncertain pair with at least "
        f"{round(100 * LEAN_AT)} % of its resampled corpora on one side; "
        "thin: on fewer than 4 articles, a reading too thin for the blocs)"
    )
    _table(
        title + (", corrections applied" if corrections else ""),
        [
            "pair",
            "window",
            "events",
            "q1/q2/q3/q4",
            "goldstein",
            "net",
            "interval",
            "reading",
            "outlets",
            "articles",
            *(["why uncertain"] if explain else []),
        ],
        [
            [
                pair(d),
                d.window,
                d.events,
                "/".join(map(str, d.quad_counts)),
                f"{d.goldstein:+.2f}",
                f"{d.net:+.2f}",
                f"{d.ci_low:+.2f}..{d.ci_high:+.2f}",
                _reading_cell(d),
                # no article of the pair names its outlet: "none named", as the report and the web app say, not
                # a count of 0 beside its events (JSON and CSV keep the figure)
                d.outlets or "none named",
                d.articles,
                *([w.text if (w := why(d)) is not None else ""] if explain else []),
            ]
            for d in rows
        ],
        # the line that says why a pair is uncertain wraps in the width the figures leave
        fold=["why uncertain"] if explain else (),
        readable=36,  # the line of why keeps 36 characters, or is listed under the table
        # a narrow terminal keeps the pair, its net score, interval, reading and support
        optional=["q1/q2/q3/q4", "goldstein", *(["window"] if window == "all" else []), "events"],
        empty="No pair with these options (--since, --until, --actor, --min-events).",
    )


def _balance_json(blocs_result: object, bal: object) -> dict[str, object]:
    from .system.balance import Balance
    from .system.blocs import Blocs

    assert isinstance(blocs_result, Blocs) and isinstance(bal, Balance)
    return {
        "blocs": [list(b) for b in blocs_result.blocs],
        "balance": bal.balance,
        "unbalanced_triads": [list(t.nodes) for t in bal.unbalanced],
        "triads": bal.triads,
        "frustration": blocs_result.frustration,
        "unbalanced": [t.description for t in bal.unbalanced],
        "stability": dict(blocs_result.stability),
        "co_membership": [{"a": a, "b": b, "share": x} for a, b, x in blocs_result.co_membership],
        "unstable": list(blocs_result.unstable),
        "runs": blocs_result.runs,
        "uncertain_left_out": blocs_result.uncertain_left_out,
        "frustration_weight": blocs_result.frustration_weight,
        "method": "exact" if blocs_result.exact else "local search",
        "split_supported": blocs_result.split_supported,
        "conflict_ties": blocs_result.conflict_ties,
        "uncertain_pairs": blocs_result.to_dict()["uncertain_pairs"],
        "verdict": blocs_result.verdict(),
        "thin_left_out": blocs_result.thin_left_out,
        "floor_left_out": blocs_result.floor_left_out,
        "left_out": blocs_result.left_out,
        "left_out_text": blocs_result.left_out_text(),
        "bloc_ties": blocs_result.to_dict()["bloc_ties"],
        "why_unstable": {a: blocs_result.why_unstable(a) for a in blocs_result.unstable},
    }


@cli.command("blocs")
@_db_option
@_json_or_table_option
@_period_options
@_min_events_option
@click.option(
    "--seed",
    type=int,
    default=42,
    show_default=True,
    help="Seed of the local search used for large components of the bloc partition.",
)
@_counting_options
def blocs_cmd(
    db: str,
    fmt: str,
    since: str | None,
    until: str | None,
    min_events: int,
    seed: int,
    all_modalities: bool,
    corrections: str | None,
) -> None:
    """Blocs (a signed partition: blocs separated by conflict) and structural balance of the actor graph."""
    from .system._events import ModelSettings
    from .system.balance import model_balance
    from .system.blocs import stable_blocs
    from .system.dyads import dyads
    from .system.graph import graph_from_dyads

    settings = ModelSettings(seed=seed)
    flt = _filter(since, until, (), all_modalities)
    from .store import Reader

    with _read_store(db) as store:
        source = Reader.of(_corrected(store, corrections))
        items = dyads(source, flt, window="all", min_events=min_events, settings=settings, with_ids=False)
        found = stable_blocs(source, items, flt, min_events=min_events, settings=settings)
        names = _names(store)
    out = _balance_json(found, model_balance(graph_from_dyads(items, min_events=min_events)))
    if fmt == "json":
        _json_out(out)
        return

    codes = {c for d in items for c in (d.a, d.b)}

    def member(code: str) -> str:
        # by name with its code beside it, as the report's bloc members: "Azerbaijan (AZE)"
        label = names.coded(code)
        stab = found.stability_of(code)
        if stab is not None and stab < found.stable_at:
            why = names.prose(found.why_unstable(code) or "", codes)
            return f"{label} (unstable {found.stability_percent(code)}%{'; ' + why if why else ''})"
        return label

    _table(
        "Blocs",
        ["#", "members"],
        [[i + 1, ", ".join(member(m) for m in b)] for i, b in enumerate(found.blocs)],
        fold=["members"],
        empty="No bloc: no firm tie in this selection.",
    )
    # prose under the table, wrapped to the terminal like the table
    console = _console()
    # with no split the verdict below names what is left out of the blocs: said once
    left = (
        ""
        if not found.split_supported
        else f"left out of the blocs: {names.prose(found.left_out_text(), codes) or 'no tie'}; "
    )
    # with no closed triad there is nothing to be balanced: say so, not "1.0 over 0 triads"
    balance = (
        f"balance: {out['balance']} over {out['triads']} closed triad{'s' if out['triads'] != 1 else ''}"
        if out["triads"]
        else "balance: no closed triad (three actors tied in every pair) to measure"
    )
    lines = [
        f"{balance}; frustrated ties: {out['frustration']}; {left}stability over {found.runs} resampled runs",
        *(f"unbalanced: {names.prose(line, codes)}" for line in out["unbalanced"]),  # type: ignore[attr-defined]
    ]
    if not found.split_supported:
        lines.append(names.prose(found.verdict(), codes))
    for line in lines:
        console.print(line, markup=False, highlight=False)


@cli.command("whatif")
@_db_option
@click.option("--flip", multiple=True, help="Flip the sign of a dyad: A:B (repeatable).")
@click.option("--set", "set_", multiple=True, help="Set a dyad's sign: A:B=-1, A:B=1 or A:B=0 (repeatable).")
@_json_or_table_option
@click.option("--seed", type=int, default=42, show_default=True)
@click.option(
    "--with-uncertain",
    is_flag=True,
    help="Start from every tie with the sign of its net score, uncertain and thin ones included, not "
    "from the ties `blocs` uses.",
)
@_counting_options
def whatif_cmd(
    db: str,
    flip: tuple[str, ...],
    set_: tuple[str, ...],
    fmt: str,
    seed: int,
    with_uncertain: bool,
    all_modalities: bool,
    corrections: str | None,
) -> None:
    """Change dyad signs hypothetically (codes or names: --flip Russia:Turkey) and show how blocs change.

    It starts from the ties `blocs` uses, so "before" is what `blocs` shows: an uncertain tie (its
    interval reaches zero) or a thin one (fewer than 4 articles) is left out there and counts as 0,
    which --set can change; each change says how the record reads the tie, and a tie set where the
    start has none weighs 1, as a tie on one article would. --with-uncertain starts from every tie
    instead, each with the sign of its net score."""
    from .errors import InputError
    from .system._events import ModelSettings
    from .system.whatif import parse_change, what_if_model

    if not flip and not set_:
        raise InputError("nothing to change", hint="give --flip A:B or --set A:B=-1")
    with _read_store(db) as store:
        source = _corrected(store, corrections)

        def coded(text: str, option: str) -> str:
            pair, eq, value = text.partition("=")
            a, b = _pair(source, pair, option, stored_only=option == "--flip")
            return f"{a}:{b}{eq}{value}"

        changes = [parse_change(coded(x, "--flip"), flip=True) for x in flip]
        changes += [parse_change(coded(x, "--set")) for x in set_]
        # the graph `blocs` partitions (uncertain and thin ties left out), so "before" is what `blocs` shows
        result = what_if_model(
            source,
            changes,
            _filter(all_modalities=all_modalities),
            settings=ModelSettings(seed=seed),
            with_uncertain=with_uncertain,
        )
        names = _names(store)
    if fmt == "json":
        _json_out(result.to_dict())
        return
    # every actor the lines below may write, by name (the JSON keeps the codes)
    codes = {
        *(c for bl in (result.blocs_before, result.blocs_after) for b in bl.blocs for c in b),
        *(c for a, b, _, _ in result.applied for c in (a, b)),
        *result.moved,
    }
    if result.base == "blocs":
        click.echo(
            "from the ties `blocs` uses (uncertain and thin ties left out, 0); --with-uncertain starts from "
            "every tie"
        )
    else:
        click.echo(
            "from every tie with the sign of its net score, uncertain and thin ones included (not what "
            "`blocs` uses)"
        )
    for i in range(len(result.applied)):
        # the pair by name, its codes beside it: "Armenia–Azerbaijan (ARM–AZE): conflictual in the record ..."
        a, b = result.applied[i][:2]
        said = result.describe(i).removeprefix(f"{a}-{b}")
        pair = names.pair(a, b)
        click.echo(f"{pair}{'' if pair == f'{a}–{b}' else f' ({a}–{b})'}{names.prose(said, codes)}")
    for label, bl, bal in (
        ("before", result.blocs_before, result.balance_before),
        ("after", result.blocs_after, result.balance_after),
    ):
        blocs_text = " | ".join(names.joined(b) for b in bl.blocs)
        # with no closed triad there is nothing to be balanced: say so, as `blocs` does, not "balance 1.0"
        balance = (
            f"balance {bal.balance} over {plural(bal.triads, 'closed triad')} ({len(bal.unbalanced)} unbalanced)"
            if bal.triads
            else "balance: no closed triad to measure"
        )
        click.echo(f"{label}: blocs {blocs_text}; {balance}")
    # (`moved` holds every actor whose bloc companions changed: when one actor leaves a bloc, those it left changed
    # companions too, so "moved: ARM, AZE, ISR, RUS, TUR" read as if all had moved where only RUS had)
    click.echo(f"bloc companions changed: {names.joined(result.moved) or 'nobody'}")
    for t in result.new_unbalanced:
        click.echo(f"newly unbalanced: {names.joined(t)}")
    for t in result.resolved_unbalanced:
        click.echo(f"no longer unbalanced: {names.joined(t)}")


@cli.command("export")
@_db_option
@click.option(
    "--format", "fmt", required=True, type=click.Choice(["plover-jsonl", "gdelt-tsv", "graphml", "parquet"])
)
@click.option(
    "--output",
    required=True,
    type=click.Path(),
    help="File to write; for parquet a folder (a dataset partitioned by month, read back with --db FOLDER).",
)
@_period_options
@click.option(
    "--modality",
    "modalities",
    multiple=True,
    type=click.Choice(["asserted", "negated", "hypothetical", "normative", "intended"]),
    help="Export only these modalities (default: all for events, asserted for graphml).",
)
@_corrections_option
def export_cmd(
    db: str,
    fmt: str,
    output: str,
    since: str | None,
    until: str | None,
    modalities: tuple[str, ...],
    corrections: str | None,
) -> None:
    """Export events (PLOVER JSONL, GDELT-style TSV, Parquet) or the signed graph (GraphML).

    Each exported event says who claims it, in the words of the `evidence` rows: the attributed speaker, the
    source of an accusation, threat or demand said, or the outlet's own account (PLOVER JSONL "claimed_by", a
    last TSV column "ClaimedBy" after the earlier ones, a Parquet column "claimed_by"), beside its modality.
    """
    from .store import EventFilter
    from .system.export import export

    mods = modalities or (("asserted",) if fmt == "graphml" else None)
    with _read_store(db) as store:
        flt = EventFilter.of(since=since, until=until, modalities=mods)
        n = export(_corrected(store, corrections), fmt, output, flt)
    if fmt == "parquet":
        # the folder holds four tables: reading it whole (pandas.read_parquet(DIR)) fails on their mixed columns
        events = Path(output) / "events"
        click.echo(
            f"wrote {n} events to {events}{os.sep} (articles, mentions and axes beside it, each partitioned by"
            f" month): give --db {output} to any read command, or read one table's folder, e.g."
            f" pandas.read_parquet({str(events)!r})",
            err=True,
        )
        return
    click.echo(f"wrote {n} {'edges' if fmt == 'graphml' else 'rows'} to {output}", err=True)


@cli.command("evidence")
@_db_option
@click.option(
    "--dyad",
    required=True,
    help="Two actors, A:B: codes or names (Armenia:Azerbaijan); ARM-AZE as the tables print it works too.",
)
@click.option("--window", "label", default=None, help="One window only, e.g. 2022-09 (with --unit month).")
@click.option(
    "--unit",
    type=click.Choice(["day", "week", "month", "quarter", "year"]),
    default="month",
    show_default=True,
)
@click.option("--directed", is_flag=True, help="Only events where A acts on B.")
@_json_or_table_option
@_counting_options
def evidence_cmd(
    db: str,
    dyad: str,
    label: str | None,
    unit: str,
    directed: bool,
    fmt: str,
    all_modalities: bool,
    corrections: str | None,
) -> None:
    """The events and sentences behind a dyad (and window): date, outlet, modality, who claims it, evidence."""
    from .system.dyads import dyad_evidence, dyads

    if label:
        kind = _window_kind(label)
        if kind is not None and kind != unit:
            from .errors import InputError

            default = " (the default)" if unit == "month" else ""
            raise InputError(
                f"--window {label} is a {kind}, but --unit is {unit}{default}", hint=f"add --unit {kind}"
            )
    with _read_store(db) as store:
        source = _corrected(store, corrections)
        a, b = _pair(source, dyad, "--dyad")
        flt = _filter(all_modalities=all_modalities)
        rows = dyad_evidence(
            source,
            a,
            b,
            window=label,
            window_unit=unit,
            directed=directed,
            flt=flt,
        )
        if fmt == "json":
            _json_out([r.to_dict() for r in rows])
            return
        # the pair's reading heads its evidence, so a thin or uncertain pair never reads as settled
        key = (min(a, b), max(a, b))
        found = [
            d
            for d in dyads(source, flt.but(actors=key), window=unit if label else "all", with_ids=False)
            if (d.a, d.b) == key and d.window == (label or "all")
        ]
        names = _names(store)
    # the pair by name, its codes beside it (what --dyad takes): "Evidence for Iran–Azerbaijan (IRN–AZE)"
    shown = names.pair(a, b)
    head = [] if shown == f"{a}–{b}" else [f"{a}–{b}"]
    if found and not directed:
        d = found[0]
        head.append(f"{d.reading_text}; net {d.net:+.2f}, interval {d.ci_low:+.2f} to {d.ci_high:+.2f}")
    title = (
        f"Evidence for {shown}"
        + (", corrections applied" if corrections else "")
        + (f" ({'; '.join(head)})" if head else "")
    )
    console = _console()
    if console.width < EVIDENCE_TABLE_WIDTH and rows:
        _evidence_list(console, title, rows, names)
        return
    none = (
        f"No {'' if all_modalities else 'asserted '}event between {names[a]} and {names[b]}"
        + (f" in {label} (--unit {unit})" if label else "")
        + (f", {names[a]} acting on {names[b]} only" if directed else "")
        + "."
        + (
            ""
            if all_modalities
            else " --all-modalities shows negated, hypothetical, normative and intended ones too."
        )
    )
    _table(
        title,
        ["date", "event", "source", "target", "modality", "claimed by", "outlet", "sentence"],
        [
            [
                r.shown_date or "undated",
                r.event,
                names.joined(r.sources),
                _targets_cell(r, names),
                r.modality,
                r.claimed_by,
                outlet_name(r.outlet),
                r.evidence_text,
            ]
            for r in rows
        ],
        fold=["sentence"],
        empty=none,
    )


_WINDOW_KINDS = (
    ("day", r"\d{4}-\d{2}-\d{2}"),
    ("week", r"\d{4}-W\d{1,2}"),
    ("month", r"\d{4}-\d{2}"),
    ("quarter", r"\d{4}-Q[1-4]"),
    ("year", r"\d{4}"),
)


def _window_kind(label: str) -> str | None:
    """Which unit a window label is written in (2023: year, 2023-Q3: quarter, ...), or None."""
    import re

    return next((kind for kind, pattern in _WINDOW_KINDS if re.fullmatch(pattern, label.strip())), None)


def _targets_cell(r: Any, names: Any) -> str:
    """An evidence row's targets as a reader sees them, by name: "(each other)" for a reciprocal event ("ARM
    and AZE exchanged fire": both parties are sources), "(no target)" for an event nobody is named as the
    target of, as the web app writes them (an empty cell read as a missing value)."""
    return names.joined(r.targets) or ("(each other)" if r.reciprocal else "(no target)")


EVIDENCE_TABLE_WIDTH = (
    160  # narrower terminals get the evidence as a list: a table leaves the sentence no room
)


def _evidence_list(console: Any, title: str, rows: Sequence[Any], names: Any) -> None:
    """The evidence as a list, for narrow terminals: one line of who did what to whom, as what, said by
    whom and where, then the sentence indented below it."""
    from rich.padding import Padding
    from rich.text import Text

    console.print(Text(f"{title}: {len(rows)} event{'s' if len(rows) != 1 else ''}", style="italic"))
    for r in rows:
        head = Text()
        head.append(f"{r.shown_date or 'undated'}  {outlet_name(r.outlet)}  ", style="bold")
        head.append(f"{r.event} {names.joined(r.sources) or '?'} -> {_targets_cell(r, names)}, ")
        head.append(r.modality, style="" if r.modality == "asserted" else "yellow")
        head.append(f", claimed by {r.claimed_by}")
        console.print(head)
        console.print(Padding(Text(" ".join(r.evidence_text.split())), (0, 0, 0, 4)))


@cli.command("trends")
@_db_option
@click.option(
    "--window",
    type=click.Choice(["day", "week", "month", "quarter", "year"]),
    default="quarter",
    show_default=True,
)
@_actor_option("pairs")
@_json_or_table_option
@_counting_options
def trends_cmd(
    db: str, window: str, actor: tuple[str, ...], fmt: str, all_modalities: bool, corrections: str | None
) -> None:
    """How each pair's net score moved over time; pairs that changed sign first."""
    from .system.dyads import dyad_trends

    with _read_store(db) as store:
        source = _corrected(store, corrections)
        rows = dyad_trends(
            source, _filter(actor=_actors(source, actor), all_modalities=all_modalities), window=window
        )
        names = _names(store)
    if fmt == "json":
        _json_out([t.to_dict() for t in rows])
        return
    _table(
        f"Trends by {window} (each window: net score, and in brackets the events and articles it rests "
        "on; a shift compares the first and last windows on 2 or more articles with a reading; slope: the "
        f"net's change a {window}, — where fewer than two windows hold, so no trend is stated)",
        ["pair", "shift", "slope", "windows (net, events/articles)"],
        # a shift between two windows of one event each is no trend: the shift says which windows it
        # compares and how many articles each rests on
        [
            [
                _pair_cell(names, t.a, t.b),
                t.shift_text,
                # signed as the nets beside it ("0.1864" sat under "-0.2857"); no slope where the shift says
                # too few windows hold (the report states none either: "sparse"), and never "-0.00"
                f"{t.slope:+.2f}".replace("-0.00", "+0.00") if len(t.supported) >= 2 else "—",
                # a stray early window stays listed, marked as left off the trend (`DyadTrend.stray`)
                "  ".join(
                    f"{w}:{n:+.2f} ({e}/{k}{', left off' if i < t.stray else ''})"
                    for i, ((w, n, e), (k, _)) in enumerate(zip(t.points, t.support, strict=True))
                ),
            ]
            for t in rows
        ],
        fold=["shift", "windows (net, events/articles)"],
        empty="No pair with events in this selection.",
    )


@cli.command("axes")
@_db_option
@_json_or_table_option
def axes_cmd(db: str, fmt: str) -> None:
    """Alignments named in the texts (axes, alliances, platforms), with what the events say of them."""
    from .system.axes import stored_axes

    with _read_store(db) as store:
        rows = stored_axes(store)
        names = _names(store)
    if fmt == "json":
        _json_out([a.to_dict() for a in rows])
        return
    _table(
        "Axes named in the texts",
        ["kind", "members", "as written", "mentions", "outlets", "events say"],
        [
            # an alignment no article with a named outlet names: "none named", as the dyads table says
            [
                a.kind,
                ", ".join(names.coded(m) for m in a.members),  # "Azerbaijan (AZE)", as the blocs table
                a.names[0],
                a.mentions,
                _outlets(a.outlets) or "none named",
                a.events_say,  # over the firm pairs, as the report says it
            ]
            for a in rows
        ],
        fold=["members", "as written", "outlets", "events say"],
        empty="No alignment (axis, alliance, platform) is named in the texts.",
    )


@cli.command("disagreements")
@_db_option
@click.option(
    "--window",
    type=click.Choice(["all", "day", "week", "month", "quarter", "year"]),
    default="year",
    show_default=True,
    help="Compare outlets on the same period only (year, as the report and the web app), so a relation that "
    "changed over time is no disagreement; all: over the whole record.",
)
@_json_or_table_option
@_counting_options
def disagreements_cmd(db: str, window: str, fmt: str, all_modalities: bool, corrections: str | None) -> None:
    """Dyads that one outlet reports as cooperative and another as conflictual, with both sides' sentences."""
    from .system.perspectives import OutletSide, disagreements

    with _read_store(db) as store:
        rows = disagreements(
            _corrected(store, corrections), _filter(all_modalities=all_modalities), window=window
        )
        names = _names(store)
    if fmt == "json":
        _json_out([d.to_dict() for d in rows])
        return

    def side(s: OutletSide) -> str:
        # a side with what it rests on, as the report and the web app give it:
        # "A, B (net +1.00, 3 events in 2 articles)"
        return f"{_outlets(s.outlets)} (net {s.net:+.2f}, {plural(s.events, 'event')} in {plural(s.articles, 'article')})"

    scope = "over the whole record" if window == "all" else f"within the same {window}"
    _table(
        "Outlets telling opposite stories"
        + (
            f" {scope} (disagreement, 0 to 1: half the gap between the two sides' pooled nets; 1.00: the outlets "
            "of one side report only cooperation, those of the other only conflict; thin: a side rests "
            f"on fewer than {plural(rows[0].floor, 'article')}, listed after the findings)"
            if rows
            else ""
        ),
        ["dyad", "window", "disagreement", "cooperative", "conflictual", "a sentence from each side"],
        [
            [
                _pair_cell(names, d.a, d.b),
                d.window,
                # as the report and the web app write it ("1.0" sat beside nets "+1.00"), and thin ones say so
                f"{d.score:.2f}" + (f" thin: {d.thin_note}" if d.thin else ""),
                side(d.cooperative),
                side(d.conflictual),
                (d.cooperative.evidence[0].evidence_text if d.cooperative.evidence else "")
                + " / "
                + (d.conflictual.evidence[0].evidence_text if d.conflictual.evidence else ""),
            ]
            for d in rows
        ],
        fold=["cooperative", "conflictual", "a sentence from each side"],
        narrow={"disagreement": 14},
        empty="No dyad that one outlet reports as cooperative and another as conflictual"
        + (
            f" within the same {window}; --window all compares the outlets over the whole record."
            if window != "all"
            else " over the whole record."
        ),
    )


@cli.command("report")
@_duckdb_option
@click.option("--output", required=True, type=click.Path(dir_okay=False), help="HTML file to write.")
@click.option("--title", default=None, help="Title of the report (default: from the corpus).")
@_corrections_option
def report_cmd(db: str, output: str, title: str | None, corrections: str | None) -> None:
    """Write the HTML report of DB (optionally with the analyst's corrections applied)."""
    from .report import render_report

    _refuse_parquet_folder(db, "report")
    if not Path(db).is_file():
        from .errors import InputError

        raise InputError(
            "no such database", path=db, hint="create it with `realpolitik analyze PATH... --db FILE.duckdb`"
        )
    if corrections is not None:
        from .corrections import CorrectionLog

        CorrectionLog(corrections, must_exist=True)
    path = render_report(db, output, title=title, corrections=corrections)
    click.echo(f"report: {path}" + (" (corrections applied)" if corrections else ""), err=True)


# --- corrections ----------------------------------------------------------------------------------
@cli.group("corrections")
def corrections_group() -> None:
    """The analyst's corrections of coded events (written by `serve --corrections FILE`)."""


@corrections_group.command("export")
@click.argument("corrections_file", type=click.Path(dir_okay=False))
@_db_option
@click.option("--format", "fmt", type=click.Choice(["gold"]), default="gold", show_default=True)
@click.option("--output", required=True, type=click.Path(dir_okay=False), help="Gold records JSON to write.")
def corrections_export_cmd(corrections_file: str, db: str, fmt: str, output: str) -> None:
    """Write the corrected events as gold records for `realpolitik eval --gold FILE`."""
    from .corrections import export_gold

    with _read_store(db) as store:
        done = export_gold(store.con, corrections_file, output)
    for problem in done.problems:
        click.echo(problem, err=True)
    click.echo(
        f"wrote {done.records} gold records ({done.rejected} rejected events, kept with an empty type) to "
        f"{done.path}; {plural(done.unmatched, 'correction')} no longer "
        f"{'matches' if done.unmatched == 1 else 'match'} a stored event",
        err=True,
    )


@corrections_group.command("list")
@click.argument("corrections_file", type=click.Path(dir_okay=False))
@_db_option
@_json_or_table_option
def corrections_list_cmd(corrections_file: str, db: str, fmt: str) -> None:
    """The corrections in force, one per event, and those that no longer match an event."""
    from .corrections import load_overlay

    with _read_store(db) as store:
        overlay = load_overlay(store.con, corrections_file)
        names = _names(store)
    for problem in overlay.problems:
        click.echo(problem, err=True)
    items = sorted(overlay.by_event.items())
    if fmt == "json":
        _json_out(
            {
                **overlay.to_dict(),
                "items": [{**c.to_dict(), "applies_to": eid} for eid, c in items],
                "unmatched": [c.to_dict() for c in overlay.unmatched],
            }
        )
        return

    def said(e: Any) -> str:
        # who did what to whom by name, as the evidence list writes it (the JSON keeps the codes)
        return f"{e.event} {names.joined(e.source_codes) or '?'} -> {names.joined(e.target_codes)} ({e.modality})"

    def fields(c: Any) -> str:
        return "" if c.corrected is None else said(c.corrected)

    _table(
        overlay.summary(),
        ["event", "action", "as coded", "corrected", "note", "by", "time"],
        [
            [
                eid,
                c.action,
                said(c.coded),
                fields(c),
                c.note,
                c.user,
                c.time,
            ]
            for eid, c in items
        ],
        empty="No correction in force.",
    )


# --- narratives -----------------------------------------------------------------------------------


@cli.command("narratives")
@_duckdb_option
@click.option(
    "--outlet", default=None, help="Only this outlet's articles (the model still shows every outlet)."
)
@click.option(
    "--frame",
    "frame_id",
    default=None,
    help="Only articles carrying this frame: its id in the pack (an unknown id lists them all), not its name.",
)
@click.option(
    "--narratives",
    "pack_path",
    default=None,
    type=click.Path(dir_okay=False),
    help="The narrative pack the database was analysed with (default: the starter pack).",
)
@click.option(
    "--window",
    type=click.Choice(["month", "quarter", "year"]),
    default="month",
    show_default=True,
    help="Time window of the shares and oppositions.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl"]),
    default="table",
    show_default=True,
    help="json: articles and the model; jsonl: one article with its frames per line (the export).",
)
def narratives_cmd(
    db: str, outlet: str | None, frame_id: str | None, pack_path: str | None, window: str, fmt: str
) -> None:
    """Which story (frame) each article and outlet tells, with the sentences that tell it."""
    from .narratives import load_pack
    from .narratives.model import narratives

    _refuse_parquet_folder(db, "narratives")
    pack = load_pack(pack_path)
    with _read_store(db) as store:
        result = narratives(store, pack, outlet=outlet, frame=frame_id, unit=window)
    if fmt == "json":
        _json_out(result)
        return
    if fmt == "jsonl":
        for art in result["articles"]:
            click.echo(json.dumps(art, ensure_ascii=False, default=str))
        return
    # a reader expects a frame's name ("A third party makes peace"), not its id (mediation_peace); a frame
    # stored with another pack keeps its id
    names = {f.id: f.name for f in pack.frames}

    def frame_name(frame: str) -> str:
        return names.get(frame, frame)

    rows: list[list[object]] = []
    for art in result["articles"]:
        for f in art["frames"]:
            best = f["sentences"][0]["text"] if f["sentences"] else ""
            rows.append(
                [
                    outlet_name(art.get("outlet")),
                    art.get("date") or "-",
                    art.get("title") or art["article_id"],
                    frame_name(f["frame"]),
                    f"{f['score']:.2f}",
                    best,
                ]
            )
    _table(
        f"frames of {plural(len(result['articles']), 'article')}, pack {result['pack']}",
        ["outlet", "date", "title", "frame", "score", "best sentence"],
        rows,
        fold=["title", "frame", "best sentence"],
        empty="No article in this selection carries a frame of the pack.",
    )
    from .system._events import ModelSettings

    # an outlet of fewer articles than the headline floor gives no share ("100%" of one article), as the
    # report and the web app say: "one article"
    floor = ModelSettings().min_articles
    share_rows: list[list[object]] = []
    for o in result["outlets"]:
        for fid, v in o["frames"].items():
            few = o["articles"] < floor
            share = (
                ("one article" if o["articles"] == 1 else "too few articles") if few else f"{v['share']:.0%}"
            )
            share_rows.append(
                [outlet_name(o["outlet"]), o["articles"], frame_name(fid), v["articles"], share]
            )
    _table(
        f"share of each outlet's articles carrying a frame (an outlet of fewer than {floor} articles gives "
        'no share: "one article")',
        ["outlet", "articles", "frame", "with frame", "share"],
        share_rows,
        fold=["frame"],
        empty="No outlet's article carries a frame of the pack.",
    )
    opp_rows: list[list[object]] = []
    for opp in result["oppositions"]:
        for side in opp["sides"]:
            opp_rows.append(
                [
                    opp["window"],
                    frame_name(side["frame"]),
                    _outlets(side["outlets"]),
                    side["sentences"][0]["text"],
                ]
            )
    if opp_rows:
        _table(
            "opposing frames about the same actors",
            ["window", "frame", "outlets", "sentence"],
            opp_rows,
            fold=["sentence"],
        )
    ev_rows = [
        [
            outlet_name(e["outlet"]),
            frame_name(e["frame"]),
            e["check"],
            e["events"],
            e["events_in_frame_articles"],
        ]
        for e in result["events"]
    ]
    if ev_rows:
        _table(
            "frames beside events (asserted events in the outlet's articles)",
            ["outlet", "frame", "events checked", "events", "in articles with the frame"],
            ev_rows,
            fold=["events checked"],
        )


# --- web ------------------------------------------------------------------------------------------
@cli.command("serve")
@click.option(
    "--db", "db", required=True, type=click.Path(dir_okay=False), help="DuckDB file written by analyze."
)
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback unless --allow-remote)."
)
@click.option("--port", default=8765, show_default=True, type=click.IntRange(1, 65535))
@click.option("--allow-remote", is_flag=True, help="Allow a non-loopback --host (requires a token).")
@click.option("--token", default=None, help="Access token clients must send (or env REALPOLITIK_TOKEN).")
@click.option(
    "--corrections",
    default=None,
    type=click.Path(dir_okay=False),
    help="JSONL file the analyst's corrections are appended to (created if missing); figures apply them.",
)
@click.option(
    "--token-label",
    default="token",
    show_default=True,
    help="User label recorded with each correction made with the token (remote mode).",
)
def serve_cmd(
    db: str,
    host: str,
    port: int,
    allow_remote: bool,
    token: str | None,
    corrections: str | None,
    token_label: str,
) -> None:
    """Serve the web app and JSON API over DB (read-only) until Ctrl-C."""
    from .scale import available_cores, one_blas_thread

    # Requests run side by side in the server's threads, and the network page's layout (networkx's
    # Kamada-Kawai, scipy on arrays of a few dozen actors) is many tiny BLAS calls: with a BLAS thread per core
    # they spin against each other and any other busy process (0.1 s became 1.0 s per /api/graph on two
    # loaded cores). One BLAS thread, set before the app (and numpy) is loaded; a count the environment
    # names is kept.
    one_blas_thread(available_cores())
    from .web import serve

    def ready(url: str) -> None:
        click.echo(f"realpolitik web app on {url} (database {db}, read-only; Ctrl-C to stop)")
        if corrections:
            click.echo(f"corrections are appended to {corrections}; every figure applies them")
        if token or allow_remote:
            click.echo("clients must send the token: 'Authorization: Bearer <token>' or ?token=<token>")

    serve(
        db,
        host=host,
        port=port,
        allow_remote=allow_remote,
        token=token,
        on_ready=ready,
        corrections=corrections,
        token_label=token_label,
    )


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the CLI and map project errors to messages and exit codes.

    Run as the process's command (no `argv`), the process ends as soon as the command is done: see
    `exit_now`."""
    if argv is not None:
        return _run(argv)
    try:
        status = _run(None)
    except SystemExit as exc:  # the commands' `raise SystemExit(3)`
        if exc.code is not None and not isinstance(exc.code, int):
            raise
        status = exc.code or 0
    exit_now(status)
    return status


def exit_now(status: int) -> None:
    """End the process with `status` without the interpreter's tear-down, which frees the loaded model and
    knowledge base object by object (0.2 to 0.3 CPU-s, and nothing the system does not do at once).

    What a normal exit does for the program is kept: the exit functions run (atexit: logging, multiprocessing,
    temporary folders, Dask) and standard output and error are flushed. While another thread that is not a
    daemon still runs, or when flushing fails (a closed pipe), this returns and the caller exits normally.
    """
    others = [t for t in threading.enumerate() if t is not threading.main_thread() and not t.daemon]
    if any(t.is_alive() for t in others):
        return
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(status)


def _run(argv: list[str] | None) -> int:
    try:
        # with standalone_mode=False click returns ctx.exit(N) codes instead of raising them
        code = cli.main(args=argv, prog_name="realpolitik", standalone_mode=False)
        if isinstance(code, int):
            return code
    except click.exceptions.Exit as exc:
        return int(exc.exit_code or 0)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return 130
    except RealpolitikError as exc:
        click.echo(f"error: {exc}", err=True)
        return exc.exit_code
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
