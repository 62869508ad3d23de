"""DuckDB storage: the schema, the writes, and the one read side (`Reader`, `EventFilter`).

Every write of one article's analysis is a single transaction, so an interrupted run leaves the
database consistent and a rerun completes it. Articles are keyed by content hash, so re-ingesting
the same text adds nothing.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar, runtime_checkable

import duckdb
import numpy as np

from .errors import InputError, StoreError
from .records import ActorMention, Article, Event, Skipped
from .resample import REFINED_RUNS, intervals, leave_one_out, replicates, sides, undecided, widened
from .wording import plural

SCHEMA_VERSION = 2  # 2: no primary keys or indexes on the tables that grow with the corpus

_ACTOR = "STRUCT(code VARCHAR, sector VARCHAR, text VARCHAR)[]"

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS runs (
    id VARCHAR PRIMARY KEY, started_at TIMESTAMP, finished_at TIMESTAMP,
    command VARCHAR, settings JSON, version VARCHAR
);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR, source VARCHAR, start_line INTEGER, end_line INTEGER,
    title VARCHAR, date DATE, date_ambiguous BOOLEAN, author VARCHAR, outlet VARCHAR,
    language VARCHAR, url VARCHAR, text VARCHAR, duplicate_of VARCHAR,
    ingested_at TIMESTAMP, coded_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS skipped (
    source VARCHAR, line INTEGER, reason VARCHAR, run_id VARCHAR, skipped_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR,
    code VARCHAR, sector VARCHAR, kb_id VARCHAR, why VARCHAR, confidence DOUBLE,
    role VARCHAR, person BOOLEAN
);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR, article_id VARCHAR, idx INTEGER,
    event VARCHAR, cameo VARCHAR, goldstein DOUBLE, quad_class INTEGER,
    source {_ACTOR}, target {_ACTOR},
    modality VARCHAR, attribution_text VARCHAR, attribution_code VARCHAR, attribution_kind VARCHAR,
    date DATE, date_precision VARCHAR,
    evidence_start INTEGER, evidence_end INTEGER, evidence_text VARCHAR,
    trigger VARCHAR, confidence DOUBLE, reciprocal BOOLEAN
);
CREATE TABLE IF NOT EXISTS axes (
    article_id VARCHAR, name VARCHAR, kind VARCHAR, members VARCHAR[],
    evidence_start INTEGER, evidence_end INTEGER, evidence_text VARCHAR
);
ALTER TABLE runs ADD COLUMN IF NOT EXISTS status VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS person BOOLEAN;
CREATE TABLE IF NOT EXISTS minhash (article_id VARCHAR, signature BLOB);
CREATE TABLE IF NOT EXISTS lsh (band_key BIGINT, article_id VARCHAR);
DROP INDEX IF EXISTS lsh_band_key;
"""

# The tables that grow with the corpus carry no primary key and no index. DuckDB keeps an index (an
# ART) in memory once a write or a lookup has touched it, and these are touched on every batch: at
# 200,000 stored articles they held 174 MB of the writer's memory, growing with the store. The writer
# keeps rows unique itself (articles by content hash, checked before they are stored; an article's
# analysis rows deleted before they are written again), and the lookups by key are semi-joins, which
# scan one column (about 10 ms at 200,000 articles, faster than the index) and hold nothing.
UNKEYED_TABLES = ("articles", "mentions", "events", "minhash", "narrative_runs", "frames")


def drop_keys(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Rebuild the tables of UNKEYED_TABLES that still have a primary key (stores written before schema
    version 2) without it, rows and columns kept; returns the tables rebuilt. One transaction per table."""
    keyed = {
        r[0]
        for r in con.execute(
            "SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY' "
            "AND database_name = current_database() AND schema_name = current_schema()"
        ).fetchall()
    }
    rebuilt: list[str] = []
    for table in (t for t in UNKEYED_TABLES if t in keyed):
        if not rebuilt:
            log.warning(
                "upgrading the database to schema version %d: its tables are rebuilt without indexes "
                "(once; about a second per 10,000 articles)",
                SCHEMA_VERSION,
            )
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(f'ALTER TABLE "{table}" RENAME TO "{table}__keyed"')
            con.execute(f'CREATE TABLE "{table}" AS SELECT * FROM "{table}__keyed"')
            con.execute(f'DROP TABLE "{table}__keyed"')
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
        rebuilt.append(table)
    if rebuilt:
        log.info("rebuilt %s without primary keys (schema version %d)", ", ".join(rebuilt), SCHEMA_VERSION)
    return rebuilt


# How long a writer waits for a lock held by another process (the web server holds one only while
# it copies a snapshot, so a short wait is enough) before it names the holder and gives up.
LOCK_WAIT_SECONDS = 10.0
# DuckDB's memory limit for a writing connection: its cache of table pages stays under it, so the
# writer's memory does not grow with the store. A store of 200,000 articles was written, upgraded from
# schema version 1 and given new band keys under 64 MB; the default leaves twice that.
WRITER_MEMORY_LIMIT = "128MB"
_LOCK_PID = re.compile(r"Conflicting lock is held in (?P<exe>.*?) \(PID (?P<pid>\d+)\)")

log = logging.getLogger("realpolitik.store")


def mean_goldstein(hundredths: int, n: int, places: int = 3) -> float:
    """The mean Goldstein weight of `n` weighed events whose weights, in hundredths, sum to
    `hundredths`, to `places` decimals (at least 2). Weights carry at most two decimals, so summing them
    as integers gives the same total in any order: a float sum taken in whatever order a parallel scan
    delivers rows could land a mean on either side of a rounding boundary (-1.7375 read -1.737 from one
    source and -1.738 from another). The mean is rounded once, from those integers, half away from
    zero, as DuckDB's `round` does: 1.0005 -> 1.001 and 0.1625 -> 0.163 alike (Python's `round` of the
    float quotient read the nearest binary double, so 1.0005 went down to 1.0 and 0.1625 up). Where
    two places are shown (the web app's monthly chart) ask for two here, never round a three-place
    figure again (a mean of 1.234545 read 1.235, then 1.24, where it is 1.23)."""
    if not n:
        return 0.0
    if places < 2:
        raise ValueError("a mean of weights in hundredths has at least two places")
    scale = 10 ** (places - 2)  # units of the result per hundredth
    q, r = divmod(abs(hundredths) * scale, n)
    if 2 * r >= n:
        q += 1
    return (q if hundredths >= 0 else -q) / 10**places


def goldstein_hundredths(weights: Iterable[float | None]) -> int:
    """The sum of Goldstein weights in hundredths, exact and independent of order (`mean_goldstein`);
    a missing weight (None) adds nothing and is not counted by `weighed_count`."""
    return sum(round(w * 100) for w in weights if w is not None)


def weighed_count(weights: Iterable[float | None]) -> int:
    """How many of `weights` are there: the denominator of their mean (a missing weight is no zero)."""
    return sum(1 for w in weights if w is not None)


@dataclass(frozen=True, slots=True)
class InterruptedRun:
    """A run that started and never finished (killed, crashed, power cut), found at the next start."""

    id: str
    command: str
    started_at: datetime
    skipped: int  # skipped inputs and articles it recorded before it stopped

    def describe(self) -> str:
        return (
            f"the earlier run {self.id} ({self.command}, started {self.started_at:%Y-%m-%d %H:%M:%S} UTC) "
            f"did not finish and is marked interrupted; it recorded {plural(self.skipped, 'skipped input')} before "
            "it stopped, and this run stores and codes whatever it left undone"
        )


def lock_holder(message: str) -> str | None:
    """Who holds a DuckDB file lock, from DuckDB's error message: 'process N (its command line)'."""
    found = _LOCK_PID.search(message)
    if found is None:
        return None
    pid = found.group("pid")
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
        command = " ".join(part.decode("utf-8", "replace") for part in raw.split(b"\0") if part)
    except OSError:
        command = found.group("exe")
    return f"process {pid} ({command})"


# The languages the pipeline codes; an article in another language is stored, not coded.
CODED_LANGUAGES = ("en",)


def missing_database(path: str | Path) -> str:
    """The one text for a database file that is not there."""
    return f"{path}: no such database file (create it with `realpolitik analyze PATH... --db {path}`)"


def _is_lock_error(exc: BaseException) -> bool:
    return "lock" in str(exc).lower()


def connect(path: str, *, read_only: bool, wait: float = LOCK_WAIT_SECONDS) -> duckdb.DuckDBPyConnection:
    """Open a DuckDB file, retrying for up to `wait` seconds while another process holds its lock.

    On failure the StoreError names the process that holds the file and says what to do.
    """
    deadline = time.monotonic() + max(0.0, wait)
    pause = 0.05
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            if not _is_lock_error(exc) or time.monotonic() >= deadline:
                raise StoreError(_open_message(path, exc, read_only, wait)) from exc
        time.sleep(pause)
        pause = min(pause * 2, 0.5)


def _open_message(path: str, exc: BaseException, read_only: bool, wait: float) -> str:
    if not _is_lock_error(exc):
        if "not a valid DuckDB database" in str(exc):  # the file is there: something else than a database
            return (
                f"{path}: not a DuckDB database, DuckDB cannot read this file (give --db the .duckdb file "
                "that `realpolitik analyze PATH... --db FILE.duckdb` wrote)"
            )
        hint = "check that the file exists" if read_only else "check the path and that it is a DuckDB file"
        return f"{path}: cannot open the database: {exc} ({hint})"
    holder = lock_holder(str(exc)) or "another process"
    what = "read" if read_only else "write"
    return (
        f"{path}: cannot {what} the database: it is held by {holder} (waited {wait:.0f} s). "
        "Wait until that process finishes, or stop it, and run this again"
    )


_ARTICLE_COLUMNS = (
    "id, source, start_line, end_line, title, date, date_ambiguous, author, outlet, "
    "language, url, text, duplicate_of, ingested_at"
)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Store:
    """A DuckDB file holding articles, mentions, events, axes and runs.

    Open it with `Store(path)` (read-write, creates the schema) or `Store(path, read_only=True)`.
    A writer holds at most `memory_limit` of DuckDB memory (`WRITER_MEMORY_LIMIT`; None for DuckDB's
    own default, most of the machine's memory).
    """

    def __init__(
        self,
        path: str | Path,
        *,
        read_only: bool = False,
        lock_wait: float = LOCK_WAIT_SECONDS,
        memory_limit: str | None = WRITER_MEMORY_LIMIT,
    ):
        self.path = str(path)
        self.read_only = read_only
        self.interrupted: list[InterruptedRun] = []  # found by the last start_run
        try:
            if not read_only:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create the folder of the database: {exc}") from exc
        self.con = connect(self.path, read_only=read_only, wait=lock_wait)
        if not read_only:
            if memory_limit:
                self.con.execute(f"SET memory_limit = {_literal(memory_limit)}")
            unmarked = _lacks_column(self.con, "mentions", "person")
            self.con.execute(SCHEMA)
            if unmarked:
                # (a store written before mentions said whether they name a person: a knowledge-base person's
                # id says so; a person only the text knew had the id "person-text-..." then)
                self.con.execute(
                    "UPDATE mentions SET person = coalesce(starts_with(kb_id, 'person-'), false)"
                )
            drop_keys(self.con)
            self.con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )

    # -- lifecycle -------------------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        else:
            self.con.execute("COMMIT")

    # -- runs ------------------------------------------------------------------------------------
    def start_run(self, command: str, settings_json: str) -> str:
        """Record a new run; earlier runs that never finished are marked interrupted first.

        Only one process can write the file, so an unfinished run found here was killed or crashed.
        They are kept in `self.interrupted` and logged as warnings.
        """
        from . import __version__

        self.interrupted = self.mark_interrupted()
        started = _now()
        run_id = started.strftime("%Y%m%dT%H%M%S%f")
        self.con.execute(
            "INSERT INTO runs (id, started_at, finished_at, command, settings, version, status) "
            "VALUES (?, ?, NULL, ?, ?, ?, 'running')",
            [run_id, started, command, settings_json, __version__],
        )
        return run_id

    def mark_interrupted(self) -> list[InterruptedRun]:
        """Mark every run without an end as interrupted; return them (oldest first)."""
        rows = self.con.execute(
            "UPDATE runs SET status = 'interrupted' "
            "WHERE finished_at IS NULL AND (status IS NULL OR status = 'running') "
            "RETURNING id, command, started_at"
        ).fetchall()
        found = []
        for run_id, command, started in sorted(rows, key=lambda r: r[2]):
            row = self.con.execute("SELECT count(*) FROM skipped WHERE run_id = ?", [run_id]).fetchone()
            run = InterruptedRun(run_id, command or "?", started, int(row[0]) if row else 0)
            log.warning("%s: %s", self.path, run.describe())
            found.append(run)
        return found

    def finish_run(self, run_id: str) -> None:
        self.con.execute(
            "UPDATE runs SET finished_at = ?, status = 'finished' WHERE id = ?", [_now(), run_id]
        )

    # -- articles --------------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def add_articles(
        self,
        articles: Iterable[Article],
        skipped: Sequence[Skipped] = (),
        run_id: str | None = None,
        *,
        signatures: Mapping[str, bytes] | None = None,
        lsh: Sequence[tuple[int, str]] = (),
    ) -> int:
        """Insert articles not yet stored (by content hash); return how many were new.

        `skipped` records (the inputs read beside these articles that could not be used) are written
        in the same transaction, so a kill keeps both or neither. So are the articles' MinHash
        `signatures` (article id -> bytes) and the LSH index rows (band key, article id) of those that
        are not near-duplicates.
        """
        articles = list(articles)
        signatures = signatures or {}
        now = _now()
        with self.transaction() as con:
            self._insert_skipped(con, skipped, run_id)
            known = self.known_article_ids([a.id for a in articles])
            rows: list[list[Any]] = []
            for art in articles:
                if art.id in known:
                    continue
                known.add(art.id)
                rows.append(
                    [
                        art.id,
                        art.source,
                        art.start_line,
                        art.end_line,
                        art.title,
                        art.date,
                        art.date_ambiguous,
                        art.author,
                        art.outlet,
                        art.language,
                        art.url,
                        art.text,
                        art.duplicate_of,
                        now,
                    ]
                )
            added = {row[0] for row in rows}
            _insert_rows(con, f"articles ({_ARTICLE_COLUMNS})", rows)
            _insert_rows(con, "minhash", [[i, sig] for i, sig in signatures.items() if i in added])
            _insert_rows(con, "lsh", [[key, i] for key, i in lsh if i in added])
        return len(rows)

    def known_article_ids(self, ids: Sequence[str]) -> set[str]:
        """Those of `ids` that are stored (a semi-join: a scan of the id column, no index held)."""
        unique = sorted(set(ids))
        if not unique:
            return set()
        rows = self.con.execute(
            f"SELECT a.id FROM articles a {_among('a.id')}",
            [unique],
        ).fetchall()
        return {r[0] for r in rows}

    # -- near-duplicate index (MinHash signatures and LSH band keys) -------------------------------------
    def prepare_minhash(
        self, params: str, sign: Callable[[str], bytes], keys: Callable[[bytes], list[int]]
    ) -> None:
        """Make the signatures and LSH rows current: sign articles stored without a signature (from their
        texts, once) and rebuild the band keys from the signatures when `params` (the banding) changed."""
        row = self.con.execute("SELECT value FROM meta WHERE key = 'minhash'").fetchone()
        if row is not None and row[0] != params:
            with self.transaction() as con:
                con.execute("DELETE FROM lsh")
                cur = self.con.cursor()
                cur.execute(
                    # no ORDER BY: a sort of every signature would need memory in proportion to the store
                    "SELECT m.article_id, m.signature FROM minhash m JOIN articles a ON a.id = m.article_id "
                    "WHERE a.duplicate_of IS NULL"
                )
                while batch := cur.fetchmany(1000):
                    _insert_rows(con, "lsh", [[k, aid] for aid, sig in batch for k in keys(sig)])
        counts = self.con.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM minhash)"
        ).fetchone()
        if counts is not None and counts[0] != counts[1]:
            cur = self.con.cursor()
            cur.execute(
                "SELECT id, text, duplicate_of FROM articles WHERE id NOT IN (SELECT article_id FROM minhash)"
            )
            while batch := cur.fetchmany(500):
                sigs = [(aid, sign(text or ""), dup) for aid, text, dup in batch]
                with self.transaction() as con:
                    _insert_rows(con, "minhash", [[aid, sig] for aid, sig, _ in sigs])
                    _insert_rows(
                        con, "lsh", [[k, aid] for aid, sig, dup in sigs if dup is None for k in keys(sig)]
                    )
        self.con.execute("INSERT OR REPLACE INTO meta VALUES ('minhash', ?)", [params])

    def lsh_candidates(self, keys: Sequence[int]) -> dict[int, list[str]]:
        """Stored articles under each of these band keys (one semi-join for all keys)."""
        found: dict[int, list[str]] = {}
        if not keys:
            return found
        rows = self.con.execute(
            f"SELECT l.band_key, l.article_id FROM lsh l {_among('l.band_key', 'BIGINT')} "
            "ORDER BY l.article_id, l.band_key",
            [[int(k) for k in keys]],
        ).fetchall()
        for key, aid in rows:
            found.setdefault(key, []).append(aid)
        return found

    def minhash_signatures(self, ids: Sequence[str]) -> dict[str, bytes]:
        """The stored MinHash signatures of these articles."""
        if not ids:
            return {}
        rows = self.con.execute(
            f"SELECT m.article_id, m.signature FROM minhash m {_among('m.article_id')}",
            [list(ids)],
        ).fetchall()
        return {aid: bytes(sig) for aid, sig in rows}

    def article_texts(self) -> Iterator[tuple[str, str, str | None]]:
        """(id, text, duplicate_of) of every stored article, fetched in chunks."""
        cur = self.con.cursor()
        cur.execute("SELECT id, text, duplicate_of FROM articles ORDER BY id")
        while rows := cur.fetchmany(1000):
            yield from rows

    def add_skipped(self, skipped: Sequence[Skipped], run_id: str | None = None) -> None:
        """Record skipped inputs or articles now, in their own transaction."""
        if skipped:
            with self.transaction() as con:
                self._insert_skipped(con, skipped, run_id)

    @staticmethod
    def _insert_skipped(
        con: duckdb.DuckDBPyConnection, skipped: Sequence[Skipped], run_id: str | None
    ) -> None:
        now = _now()
        _insert_rows(con, "skipped", [[s.source, s.line, s.reason, run_id, now] for s in skipped])

    def uncoded_article_ids(self) -> list[str]:
        rows = self.con.execute(
            "SELECT id FROM articles WHERE coded_at IS NULL AND duplicate_of IS NULL ORDER BY source, start_line"
        ).fetchall()
        return [r[0] for r in rows]

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        cur = self.con.execute(
            f"SELECT {_ARTICLE_COLUMNS}, coded_at FROM articles WHERE id = ?", [article_id]
        )
        row = cur.fetchone()
        if row is None:
            return None
        names = [d[0] for d in cur.description]
        return dict(zip(names, row, strict=True))

    def get_articles(self, article_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Several stored articles by id in one query (as `get_article` gives them); unknown ids are left out."""
        if not article_ids:
            return {}
        cur = self.con.execute(
            f"SELECT {_ARTICLE_COLUMNS}, coded_at FROM articles {_among('articles.id')}",
            [list(dict.fromkeys(article_ids))],
        )
        names = [d[0] for d in cur.description]
        return {row[0]: dict(zip(names, row, strict=True)) for row in cur.fetchall()}

    # -- analysis --------------------------------------------------------------------------------
    def save_analysis(
        self,
        article_id: str,
        mentions: Sequence[ActorMention],
        events: Sequence[Event],
        text: str,
        axes: Sequence[dict[str, Any]] = (),
        *,
        skipped: Sequence[Skipped] = (),
        run_id: str | None = None,
    ) -> None:
        """Replace one article's mentions, events and axes and mark it coded, atomically.

        `skipped` records about this article (a language that is not coded) go in the same transaction.
        """
        with self.transaction() as con:
            self._insert_skipped(con, skipped, run_id)
            _write_analyses(con, [(_Saved(article_id, mentions, events, axes), text)])

    def save_analyses(
        self, analyses: Sequence[AnalysisRow], skipped: Sequence[Skipped] = (), run_id: str | None = None
    ) -> None:
        """Save several articles' analyses, each as `save_analysis` does, in one transaction.

        `skipped` records (articles of the same partition that could not be coded) go in it too.
        """
        if not analyses and not skipped:
            return
        with self.transaction() as con:
            self._insert_skipped(con, skipped, run_id)
            _write_analyses(con, analyses)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for table in ("articles", "mentions", "events", "skipped", "axes"):
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out


class _Analysed(Protocol):
    @property
    def article_id(self) -> str: ...
    @property
    def mentions(self) -> Sequence[ActorMention]: ...
    @property
    def events(self) -> Sequence[Event]: ...
    @property
    def axes(self) -> Sequence[dict[str, Any]]: ...


AnalysisRow = tuple[_Analysed, str]  # an article's analysis (pipeline.Analysis) and the article's text


@dataclass(frozen=True, slots=True)
class _Saved:
    article_id: str
    mentions: Sequence[ActorMention]
    events: Sequence[Event]
    axes: Sequence[dict[str, Any]]


def _write_analyses(con: duckdb.DuckDBPyConnection, analyses: Sequence[AnalysisRow]) -> None:
    """Replace the articles' mentions, events and axes and mark them coded, with a few statements for all.

    One statement per table and not per article: a partition of 64 articles costs about as much as
    one article did, since each statement has a fixed cost.
    """
    if not analyses:
        return
    ids = list(dict.fromkeys(analysis.article_id for analysis, _ in analyses))
    listed = ", ".join(_literal(aid) for aid in ids)
    # Only an article coded before has rows to replace: they are written in the transaction that marks
    # it coded, and nowhere else. A DELETE by article_id scans its whole table (events and axes have no
    # index on the column), so it is issued only for such articles (never for those analyze codes), and
    # a save costs the same in a store of any size.
    fresh = {
        row[0]
        for row in con.execute(
            f"SELECT id FROM articles {_among('articles.id')} WHERE coded_at IS NULL",
            [ids],
        ).fetchall()
    }
    replaced = ", ".join(_literal(aid) for aid in ids if aid not in fresh)
    if replaced:
        for table in ("mentions", "events", "axes"):
            con.execute(f"DELETE FROM {table} WHERE article_id IN ({replaced})")
    _insert_rows(
        con,
        "mentions",
        [_mention_row(a.article_id, i, m) for a, _ in analyses for i, m in enumerate(a.mentions)],
    )
    _insert_rows(
        con,
        "events",
        [_event_row(a.article_id, i, e, text) for a, text in analyses for i, e in enumerate(a.events)],
    )
    _insert_rows(
        con,
        "axes",
        [
            [
                a.article_id,
                ax["name"],
                ax.get("kind", "axis"),
                list(ax["members"]),
                ax.get("evidence_start"),
                ax.get("evidence_end"),
                ax.get("evidence_text"),
            ]
            for a, _ in analyses
            for ax in a.axes
        ],
    )
    con.execute(f"UPDATE articles SET coded_at = ? WHERE id IN ({listed})", [_now()])


def _among(column: str, sql_type: str = "VARCHAR") -> str:
    """A semi-join keeping the rows whose `column` is in the list parameter (one `?`, a list of `sql_type`).

    It scans the one column and holds nothing, where an IN list of literals would use (and load) an index.
    """
    return f"SEMI JOIN (SELECT unnest(?::{sql_type}[]) AS k) q ON q.k = {column}"


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _mention_row(article_id: str, idx: int, m: ActorMention) -> list[Any]:
    """A row of the mentions table, in its columns' order."""
    return [
        article_id,
        idx,
        m.start,
        m.end,
        m.text,
        m.code,
        m.sector,
        m.kb_id,
        m.why,
        m.confidence,
        m.role,
        m.person,
    ]


def _lacks_column(con: duckdb.DuckDBPyConnection, table: str, column: str) -> bool:
    """Whether `table` exists without `column` (a store written before the column was added)."""
    found = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE column_name = ?) FROM information_schema.columns "
        "WHERE table_name = ? AND table_catalog = current_database() AND table_schema = current_schema()",
        [column, table],
    ).fetchone()
    return found is not None and found[0] > 0 and found[1] == 0


def _insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[list[Any]]) -> None:
    """Insert rows with one multi-row VALUES statement per chunk.

    DuckDB's executemany runs one statement per row, which made saving an article cost about
    3 ms per event; a single statement per chunk is an order of magnitude faster.
    """
    if not rows:
        return
    width = len(rows[0])
    row_marks = "(" + ", ".join("?" * width) + ")"
    for start in range(0, len(rows), 200):
        chunk = rows[start : start + 200]
        params = [value for row in chunk for value in row]
        con.execute(f"INSERT INTO {table} VALUES " + ", ".join([row_marks] * len(chunk)), params)


def _event_row(article_id: str, idx: int, e: Event, text: str) -> list[Any]:
    attr = e.attribution
    return [
        f"{article_id}:{idx}",
        article_id,
        idx,
        e.event,
        e.cameo,
        e.goldstein,
        e.quad_class,
        [a.to_dict() for a in e.source],
        [a.to_dict() for a in e.target],
        e.modality,
        attr.text if attr else None,
        attr.code if attr else None,
        attr.kind if attr else None,
        e.date,
        e.date_precision,
        e.evidence_start,
        e.evidence_end,
        text[e.evidence_start : e.evidence_end],
        e.trigger,
        e.confidence,
        e.reciprocal,
    ]


def dumps(value: Any) -> str:
    """JSON for values read back from DuckDB (dates become ISO strings)."""
    return json.dumps(value, default=str, ensure_ascii=False)


# == the read side ================================================================================
# Every read of events goes through `Reader`: one relation of events joined with their article
# (`EVENTS_RELATION`), one filter object (`EventFilter`), one way to open a file read-only. An
# optional overlay (analyst corrections) rewrites that relation before any figure is computed.

ASSERTED: tuple[str, ...] = ("asserted",)
MODALITY_NAMES: tuple[str, ...] = ("asserted", "negated", "hypothetical", "normative", "intended")
WINDOW_UNITS: tuple[str, ...] = ("day", "week", "month", "quarter", "year", "all")

# Events joined once with their article: the date falls back to the article's, actor codes are
# pulled out of the structs. An event without a Goldstein weight shows 0.0 and is not `weighed`: the
# means of weights (`mean_goldstein`) count weighed events only, so a missing weight is no neutral one. Each analysis reads this relation, never the tables directly.
EVENTS_RELATION = """
SELECT e.id, e.article_id, e.idx, e.event, e.cameo, COALESCE(e.goldstein, 0.0) AS goldstein,
       e.goldstein IS NOT NULL AS weighed,
       COALESCE(e.quad_class, 0) AS quad_class, e.source, e.target,
       list_filter(list_transform(e.source, lambda x: x.code), lambda c: c IS NOT NULL AND c <> '') AS src_codes,
       list_filter(list_transform(e.target, lambda x: x.code), lambda c: c IS NOT NULL AND c <> '') AS tgt_codes,
       e.modality, e.attribution_text, e.attribution_code, e.attribution_kind,
       COALESCE(e.date, a.date) AS date, e.date_precision, e.evidence_start, e.evidence_end,
       COALESCE(e.evidence_text, '') AS evidence_text, COALESCE(e.trigger, '') AS trigger,
       COALESCE(e.confidence, 1.0) AS confidence, COALESCE(e.reciprocal, FALSE) AS reciprocal,
       a.outlet, a.title AS article_title, a.source AS source_path, a.start_line, a.url, a.language
FROM events e LEFT JOIN articles a ON a.id = e.article_id
"""


class EventOverlay(Protocol):
    """Rewrites the events relation before anything reads it (e.g. analyst corrections).

    `events_sql` receives the SQL of the relation (a parenthesised SELECT with the columns of
    `EVENTS_RELATION`) and returns a SELECT with the same columns, plus its parameters.
    """

    def events_sql(self, base: str) -> tuple[str, list[Any]]: ...


@runtime_checkable
class ReadSource(Protocol):
    """Anything that knows how to give a `Reader` (e.g. a database with corrections applied)."""

    def reader(self) -> Reader: ...


def _as_date(value: date | str | None, name: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise InputError(f"bad {name} date {value!r}", hint="give dates as YYYY-MM-DD") from exc


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events a figure rests on: one value object instead of loose keywords.

    `actors` keeps events with any of the codes on either side; `dyad` keeps the events of one
    unordered pair (as `pairs_sql` links them); `since`/`until` are inclusive and drop undated
    events; `modalities=None` keeps every modality (the default counts asserted events only);
    `without_articles` leaves articles out (leave-one-out checks).
    """

    since: date | None = None
    until: date | None = None
    actors: tuple[str, ...] = ()
    modalities: tuple[str, ...] | None = ASSERTED
    outlet: str | None = None
    event: str | None = None
    dyad: tuple[str, str] | None = None
    article_id: str | None = None
    q: str | None = None
    event_ids: tuple[str, ...] | None = None
    without_articles: tuple[str, ...] = ()
    articles: tuple[str, ...] | None = None  # only the events of these articles

    def __post_init__(self) -> None:
        if self.modalities is not None:
            bad = [m for m in self.modalities if m not in MODALITY_NAMES]
            if bad:
                raise InputError(
                    f"unknown modality {bad[0]!r}", hint=f"use one of {', '.join(MODALITY_NAMES)}"
                )
        if self.since is not None and self.until is not None and self.until < self.since:
            raise InputError(f"until {self.until} is before since {self.since}", hint="swap the two dates")

    @classmethod
    def of(
        cls,
        *,
        since: date | str | None = None,
        until: date | str | None = None,
        actor: str | Sequence[str] | None = None,
        modalities: Sequence[str] | None = ASSERTED,
        **rest: Any,
    ) -> EventFilter:
        """Build a filter from loose values as the CLI and API receive them (dates as text)."""
        actors = () if actor is None else ((actor,) if isinstance(actor, str) else tuple(actor))
        mods = None if modalities is None else tuple(modalities)
        return cls(
            since=_as_date(since, "since"),
            until=_as_date(until, "until"),
            actors=actors,
            modalities=mods,
            **rest,
        )

    def but(self, **changes: Any) -> EventFilter:
        """A copy with some fields changed."""
        return replace(self, **changes)

    def where(self, alias: str = "ev") -> tuple[str, list[Any]]:
        """The SQL condition over a relation with the columns of `EVENTS_RELATION`, and its parameters."""
        e = alias
        clauses: list[str] = []
        params: list[Any] = []
        if self.modalities is not None:
            clauses.append(f"{e}.modality IN (SELECT unnest(?::VARCHAR[]))")
            params.append(list(self.modalities))
        if self.since is not None:
            clauses.append(f"{e}.date >= ?")
            params.append(self.since)
        if self.until is not None:
            clauses.append(f"{e}.date <= ?")
            params.append(self.until)
        if self.actors:
            clauses.append(f"list_has_any({e}.src_codes || {e}.tgt_codes, ?::VARCHAR[])")
            params.append(list(self.actors))
        if self.dyad is not None:
            # the pair's events are those PAIRS_SQL pairs it in: only parties that stand for their
            # state count (`_pair_codes_sql`), so the dyad page and ?dyad= list what the dyad counts
            a, b = self.dyad
            src, tgt = _pair_codes_sql(e)
            clauses.append(
                f"(list_contains({src}, ?) AND list_contains({tgt}, ?)) OR "
                f"(list_contains({src}, ?) AND list_contains({tgt}, ?)) OR "
                f"({e}.reciprocal AND len({tgt}) = 0 AND list_contains({src}, ?) "
                f"AND list_contains({src}, ?)) OR "
                f"({e}.reciprocal AND len({src}) = 0 AND list_contains({tgt}, ?) "
                f"AND list_contains({tgt}, ?))"
            )
            clauses[-1] = f"(? <> ? AND ({clauses[-1]}))"
            params += [a, b, a, b, b, a, a, b, a, b]
        for value, column in (
            (self.outlet, "outlet"),
            (self.event, "event"),
            (self.article_id, "article_id"),
        ):
            if value is not None:
                clauses.append(f"{e}.{column} = ?")
                params.append(value)
        if self.q:
            clauses.append(f"{e}.evidence_text ILIKE ? ESCAPE '\\'")
            params.append(f"%{like_escape(self.q)}%")
        if self.event_ids is not None:
            clauses.append(f"{e}.id IN (SELECT unnest(?::VARCHAR[]))")
            params.append(list(self.event_ids))
        if self.without_articles:
            clauses.append(f"{e}.article_id NOT IN (SELECT unnest(?::VARCHAR[]))")
            params.append(list(self.without_articles))
        if self.articles is not None:
            clauses.append(f"{e}.article_id IN (SELECT unnest(?::VARCHAR[]))")
            params.append(list(self.articles))
        return (" AND ".join(clauses) or "TRUE"), params


def window_sql(window: str, column: str = "date") -> str:
    """SQL for the window label of a date column (NULL for undated events unless window='all')."""
    labels = {
        "day": f"strftime({column}, '%Y-%m-%d')",
        "week": f"strftime({column}, '%G-W%V')",
        "month": f"strftime({column}, '%Y-%m')",
        "quarter": f"CAST(year({column}) AS VARCHAR) || '-Q' || CAST(quarter({column}) AS VARCHAR)",
        "year": f"CAST(year({column}) AS VARCHAR)",
        "all": "'all'",
    }
    if window not in labels:
        raise InputError(f"unknown window '{window}'", hint=f"use one of {', '.join(WINDOW_UNITS)}")
    return labels[window]


# Which parties stand for their state in the dyads and the signed graph (twenty-fifth session): a
# party coded with a state's (or a territory's) code acts for that state when it is the state itself (no sector) or
# one of its institutions: government, armed forces, police, courts, parliament, intelligence
# (and ELI, a former office holder: the resolver says "former" by the article's date, so Raisi at
# the dam in May 2024, "Iran's then president" in a 2025 article, is ELI). Rebels, gunmen,
# militias, the opposition, civilians, businesses, the press ... of a country do not act for it:
# "a gunman (IRN REB) stormed Azerbaijan's embassy" is no Iranian deed. A deed done TO a country's
# people (civilians, detainees, nationals, businesses) is one of its relations with the actor
# ("Azerbaijan handed over 15 Armenian detainees", "IDF fire killed nine Turkish nationals"), but not
# one done to those who stand against their state or outside its law (rebels, gunmen, militias,
# the opposition, criminals): Russia's asylum for Poroshenko (UKR OPP) is no cooperation with
# Ukraine, Wagner's fighters (RUS REB) in Syria no Russian attack on Syria. The parties of a
# reciprocal event each act, so each must stand for its state. The events stay in the store, the
# actor's own events and the lists (the web app's sector facet finds them); `acts_for_state` and
# `done_to_state` are the same rule in Python. An organisation or named group (IGO-EU, IMG-ISIS, a
# code with a hyphen) is its own actor whatever its sector. Companies are not their state either,
# state-owned ones included (the knowledge base does not tell Gazprom from Lukoil by sector): a deed
# counts for Russia where the text names Russia or its government, as in ICEWS's government sectors.
STATE_SECTORS: frozenset[str] = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI"})
AGAINST_STATE_SECTORS: frozenset[str] = frozenset({"REB", "UAF", "PRM", "OPP", "CRM"})


def _sector_list(sectors: frozenset[str]) -> str:
    return ", ".join(f"'{x}'" for x in sorted(sectors))


_ACTS_FOR_STATE = f"(contains(x.code, '-') OR x.sector IS NULL OR x.sector = '' OR x.sector IN ({_sector_list(STATE_SECTORS)}))"
_DONE_TO_STATE = (
    f"(contains(x.code, '-') OR x.sector IS NULL OR x.sector NOT IN ({_sector_list(AGAINST_STATE_SECTORS)}))"
)


def acts_for_state(code: str, sector: str | None) -> bool:
    """Whether a party coded `code` with `sector` acts for its state or authority in the dyads (see
    above): the rule is only for a state's or territory's code (three letters); an organisation or a
    named group (IGO-EU, IMG-ISIS: codes with a hyphen) is its own actor whatever its sector."""
    return "-" in code or not sector or sector in STATE_SECTORS


def done_to_state(code: str, sector: str | None) -> bool:
    """Whether a deed done to a party coded `code` with `sector` is done to its state (see above)."""
    return "-" in code or not sector or sector not in AGAINST_STATE_SECTORS


def _party_codes(side: str, rule: str) -> str:
    return (
        f"list_distinct(list_transform(list_filter({side}, lambda x: x.code IS NOT NULL AND x.code <> '' "
        f"AND {rule}), lambda x: x.code))"
    )


def _pair_codes_sql(alias: str) -> tuple[str, str]:
    """SQL for the source and target codes of an event that the dyads pair (over a relation with the
    `source`, `target` and `reciprocal` columns of `EVENTS_RELATION`): the sources that act for their
    state; the targets a deed is done to their state, or that act for it on a reciprocal event.
    `PAIRS_SQL` and `EventFilter.dyad` both read it, so a dyad's events are the ones it counts."""
    src = _party_codes(f"{alias}.source", _ACTS_FOR_STATE)
    tgt = (
        f"(CASE WHEN {alias}.reciprocal THEN {_party_codes(f'{alias}.target', _ACTS_FOR_STATE)} "
        f"ELSE {_party_codes(f'{alias}.target', _DONE_TO_STATE)} END)"
    )
    return src, tgt


_PAIR_CODES = _pair_codes_sql("ev")


# The unordered pairs an event links: what each source did to each target; when all parties are
# on one side, every two of them only if the coder marked the event reciprocal ("A and B clashed",
# "traded accusations", "accused each other"): "A and B condemned X" with X uncoded links nobody.
# Never an actor with itself; only parties that stand for their state (above) are paired.
# `side` says who acted for the pair: '1' the first (a) on the second (b), '2' b on a, '0' both
# together (a reciprocal or one-sided event), so "A shelled B" and "B shelled A" the same day stay
# two reports (see `EvidenceRow.side_on`).
PAIRS_SQL = f"""
SELECT ev.id, ev.article_id, ev.idx, ev.date, COALESCE(ev.date_precision, 'day') AS date_precision,
       ev.outlet, ev.event, ev.quad_class, ev.goldstein, ev.weighed, p[1] AS a, p[2] AS b, p[3] AS side, CASE WHEN k > 2 THEN 1.0 / (k - 1) ELSE 1.0 END AS pair_weight
FROM (
    SELECT ev.*, len(list_distinct(ev.src_codes || ev.tgt_codes)) AS k,
           unnest(list_distinct(flatten(list_transform(
               CASE WHEN len(ev.src_codes) = 0 THEN ev.tgt_codes ELSE ev.src_codes END,
               lambda x: list_transform(
                   list_filter(CASE WHEN len(ev.tgt_codes) = 0
                                    THEN (CASE WHEN len(ev.src_codes) = 0 THEN ev.tgt_codes ELSE ev.src_codes END)
                                    ELSE ev.tgt_codes END, lambda y: y <> x),
                   lambda y: [least(x, y), greatest(x, y),
                              CASE WHEN ev.reciprocal OR len(ev.tgt_codes) = 0 THEN '0'
                                   WHEN x < y THEN '1' ELSE '2' END]))))) AS p
    FROM (
        SELECT ev.* REPLACE ({_PAIR_CODES[0]} AS src_codes, {_PAIR_CODES[1]} AS tgt_codes) FROM ev
    ) ev
    WHERE (len(ev.src_codes) > 0 AND len(ev.tgt_codes) > 0) OR ev.reciprocal
) ev
"""

_QUAD_WEIGHT_SQL = "(CASE quad_class WHEN 1 THEN 1 WHEN 2 THEN 2 WHEN 3 THEN -1 WHEN 4 THEN -2 ELSE 0 END)"


def _hundredths_sum(column: str) -> str:
    """SQL for `goldstein_hundredths` over a column of Goldstein weights: an integer sum, the same in any row order
    (`mean_goldstein` turns it into the mean)."""
    return f"sum(CAST(round({column} * 100) AS BIGINT))"


def _exact_sum(term: str) -> str:
    """SQL for the sum of `term` (a fraction of a small weight) that does not depend on the order rows
    arrive in: each term is rounded to 12 decimals and summed as a DECIMAL, then read as a DOUBLE. A
    float sum taken in whatever order a parallel scan delivers rows can differ in its last bit, enough
    to move a figure rounded to four places."""
    return f"CAST(sum(CAST({term} AS DECIMAL(18, 12))) AS DOUBLE)"


_CHUNK_ROWS = 50_000  # per-article rows fetched at once for the bootstrap


@dataclass(frozen=True, slots=True)
class PairAggregate:
    """One unordered pair (a < b) in one window, aggregated in DuckDB (see `Reader.pair_aggregates`).

    The one declaration of a dyad's fields: `realpolitik.system.Dyad` extends it with the sign,
    the reading, the lean (and the threshold it is shown at, a defaulted field) and the JSON form,
    and `pair_aggregates(record=Dyad)` builds those directly.
    """

    a: str
    b: str
    window: str  # window label (2021-06, 2021-Q2, ...) or "all"
    events: int
    quad_counts: tuple[int, int, int, int]  # verbal coop, material coop, verbal conflict, material conflict
    goldstein: float  # mean Goldstein score
    net: float
    outlets: int  # distinct outlets behind the events
    articles: int  # distinct articles behind the events
    outlet_names: tuple[str, ...]
    first_date: str | None
    last_date: str | None
    event_ids: tuple[str, ...]
    ci_low: float  # the article bootstrap's interval of `net` (-1..+1 on one article)
    ci_high: float
    # the bootstrap interval widened to what the number of articles supports (`resample.widened`):
    # what a few articles can say at most; certain ties under it are what blocs are built from
    floor_low: float = -1.0
    floor_high: float = 1.0
    # the most events (reports) any one article gives the pair: a long transcript coded sentence by
    # sentence can carry most of a pair's events on its own
    top_article_events: int = 0
    # the share of the bootstrap replicates behind `ci_low`..`ci_high` whose net is below zero and
    # above zero (`resample.sides`): how far a pair whose interval reaches zero leans. None for a pair
    # on fewer articles than the headline floor, which is not resampled (its interval is -1..+1)
    share_conflictual: float | None = None
    share_cooperative: float | None = None


P = TypeVar("P", bound=PairAggregate)


class Reader:
    """The one read side of a realpolitik store: a DuckDB file, a `Store`, a connection or Parquet.

    Every figure of the system model, the report, the web app and the exports is read through it.
    `overlay` (e.g. analyst corrections) rewrites the events relation for every read.
    """

    def __init__(
        self,
        con: duckdb.DuckDBPyConnection,
        *,
        overlay: EventOverlay | None = None,
        path: str = "",
        listed: bool = False,
    ):
        self.con = con
        self.overlay = overlay
        self.path = path
        self.listed = listed  # the connection holds the listed events table (see `attach`)
        self._owned = False

    # -- opening ---------------------------------------------------------------------------------
    @classmethod
    def open(
        cls, path: str | Path, *, overlay: EventOverlay | None = None, wait: float = LOCK_WAIT_SECONDS
    ) -> Reader:
        """Open a database file read-only: the one way to do it, with one error text for a missing
        file (`missing_database`) and one for a file another process holds (waits up to `wait` s)."""
        p = Path(path)
        if not p.is_file():
            raise StoreError(missing_database(p))
        reader = cls(connect(str(p), read_only=True, wait=wait), overlay=overlay, path=str(p))
        reader._owned = True
        return reader

    @classmethod
    def attach(
        cls, copy: str | Path, *, name: str, overlay: EventOverlay | None = None, listed: bool = False
    ) -> Reader:
        """Read a private copy of a database (the web app's snapshot) through an in-memory database
        that attaches it READ_ONLY, so nothing can write it. With `listed`, the events relation (with
        `overlay`) is also kept as one date-sorted table for browsing. `name` is the user's file,
        for messages."""
        con = duckdb.connect(":memory:")
        try:
            con.execute("ATTACH ? AS store (READ_ONLY)", [str(copy)])
            tables = [
                r[0]
                for r in con.execute(
                    "SELECT table_name FROM information_schema.tables WHERE table_catalog = 'store'"
                ).fetchall()
            ]
            for table in tables:
                con.execute(f'CREATE VIEW "{table}" AS SELECT * FROM store."{table}"')
            reader = cls(con, overlay=overlay, path=name)
            if listed:
                rel, params = reader.relation()
                con.execute(
                    f"CREATE TABLE {LISTED_EVENTS} AS SELECT *, NULL::VARCHAR AS correction FROM ({rel}) "
                    "ORDER BY date DESC NULLS LAST, id",
                    params,
                )
                reader.listed = True
        except duckdb.Error as exc:
            con.close()
            raise StoreError(
                f"{name}: cannot read the database: {exc} (is it a realpolitik database?)"
            ) from exc
        reader._owned = True
        return reader

    @classmethod
    def from_parquet(cls, folder: str | Path, *, overlay: EventOverlay | None = None) -> Reader:
        """Read a Parquet export as views of the store's tables: the dataset `export --format parquet`
        writes (a folder per table, partitioned by month) or single `articles.parquet`/`events.parquet`
        files. DuckDB reads the files where they are; nothing is loaded into memory up front."""
        d = Path(folder)
        con = duckdb.connect(":memory:")
        for table, cols in _PARQUET_TABLES.items():
            single, dataset = d / f"{table}.parquet", d / table
            if single.is_file():
                source = f"read_parquet('{_sql_text(str(single))}')"
            elif dataset.is_dir() and any(dataset.rglob("*.parquet")):
                pattern = _sql_text(str(dataset / "**" / "*.parquet"))
                source = (
                    f"read_parquet('{pattern}', hive_partitioning = true, hive_types = {{'month': VARCHAR}})"
                )
            elif cols is None:
                con.close()
                raise StoreError(
                    f"{d}: no {table} in this folder (neither {table}/ nor {table}.parquet); write the "
                    "dataset with `realpolitik export --db FILE.duckdb --format parquet --output FOLDER`"
                )
            else:
                con.execute(f"CREATE TABLE {table} ({cols})")
                continue
            try:
                names = [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()]
                extra = " EXCLUDE (month)" if "month" in names else ""
                con.execute(f"CREATE VIEW {table} AS SELECT *{extra} FROM {source}")
            except duckdb.Error as exc:
                con.close()
                raise StoreError(f"{d}: cannot read the Parquet files of {table}: {exc}") from exc
        reader = cls(con, overlay=overlay, path=str(d))
        reader._owned = True
        return reader

    @classmethod
    def of(cls, source: Reader | Store | duckdb.DuckDBPyConnection | ReadSource) -> Reader:
        """A reader over whatever the caller holds (the reader itself, a `Store`, a connection, or
        a source that makes its own reader, such as a corrected database)."""
        if isinstance(source, Reader):
            return source
        if isinstance(source, ReadSource):
            return source.reader()
        if isinstance(source, Store):
            return cls(source.con, path=source.path)
        return cls(source)

    def close(self) -> None:
        if self._owned:
            self.con.close()

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the events relation ---------------------------------------------------------------------
    def relation(self) -> tuple[str, list[Any]]:
        """SQL (a SELECT) of the events relation after the overlay, and its parameters."""
        if self.overlay is None:
            return EVENTS_RELATION, []
        return self.overlay.events_sql(f"({EVENTS_RELATION})")

    def _with_events(self, flt: EventFilter, body: str) -> tuple[str, list[Any]]:
        rel, rel_params = self.relation()
        where, params = flt.where("ev0")
        sql = f"WITH ev AS (SELECT * FROM ({rel}) ev0 WHERE {where})\n{body}"
        return sql, [*rel_params, *params]

    def _run(self, sql: str, params: Sequence[Any]) -> duckdb.DuckDBPyConnection:
        try:
            return self.con.execute(sql, list(params))
        except duckdb.Error as exc:
            where = f"{self.path}: " if self.path else ""
            raise StoreError(f"{where}cannot read events: {exc} (is this a realpolitik database?)") from exc

    def events(self, flt: EventFilter = EventFilter()) -> Iterator[dict[str, Any]]:
        """Filtered events as dicts (columns of `EVENTS_RELATION`), in date order, undated last."""
        sql, params = self._with_events(flt, "SELECT * FROM ev ORDER BY date NULLS LAST, article_id, idx")
        cur = self._run(sql, params)
        names = [d[0] for d in cur.description]
        while rows := cur.fetchmany(2000):
            for row in rows:
                yield dict(zip(names, row, strict=True))

    def copy_events(self, flt: EventFilter, target: str | Path, select: str = "*") -> int:
        """Write the filtered events (columns `select` over the relation) to a Parquet file."""
        path = str(target).replace("'", "''")
        sql, params = self._with_events(
            flt, f"SELECT {select} FROM ev ORDER BY date NULLS LAST, article_id, idx"
        )
        inner = sql.replace("\n", " ")
        self._run(f"COPY ({inner}) TO '{path}' (FORMAT parquet)", params)
        row = self._run(f"SELECT count(*) FROM read_parquet('{path}')", ()).fetchone()
        return int(row[0]) if row else 0

    def write_dataset(
        self,
        flt: EventFilter,
        folder: str | Path,
        event_columns: Mapping[str, Callable[[dict[str, Any]], str]] | None = None,
    ) -> int:
        """Write the filtered events, their articles, mentions and axes as a Parquet dataset in `folder`:
        one folder per table, partitioned by month (`month=2023-09`, `month=undated`), in the store's
        columns, so `Reader.from_parquet(folder)` reads it as it reads the store. `event_columns` adds text
        columns to the events, each the value its function gives the event's row of the events relation
        (`events`; the export's `claimed_by`), after the store's columns. Returns the events written. An
        earlier dataset in the same folder is replaced."""
        d = Path(folder)
        sql, params = self._with_events(flt, "")
        added = dict(event_columns or {})
        values: dict[str, list[str]] = {}  # event id -> its value of each added column
        for r in self.events(flt) if added else ():
            values[r["id"]] = [of(r) for of in added.values()]
        quoted = [f'"{n}"' for n in added]
        # a dataset read back (`from_parquet`) has them already: they are written anew from its rows
        have = {r[0] for r in self._run("DESCRIBE SELECT * FROM events", ()).fetchall()}
        stale = [q for n, q in zip(added, quoted, strict=True) if n in have]
        dropped = f" EXCLUDE ({', '.join(stale)})" if stale else ""
        shown = "".join(f", xc.{q}" for q in quoted)
        cols = "".join(f", unnest(?::VARCHAR[]) AS {q}" for q in quoted)
        joined = f" LEFT JOIN (SELECT unnest(?::VARCHAR[]) AS id{cols}) xc ON xc.id = e.id" if added else ""
        column_params = (
            [list(values), *([v[i] for v in values.values()] for i in range(len(added)))] if added else []
        )
        bounded = flt.since is not None or flt.until is not None
        month = "COALESCE(strftime({}, '%Y-%m'), 'undated')"
        # Every article, unless dates bound the export: then the articles of the exported events.
        wanted = "a.id IN (SELECT article_id FROM ev)" if bounded else "TRUE"
        articles = f"SELECT id, {month.format('date')} AS month FROM articles a WHERE {wanted}"
        # with an overlay (corrections) the events carry the fields it rewrote; rejected ones are gone
        rewritten = (
            " REPLACE (ev.event AS event, ev.cameo AS cameo, ev.goldstein AS goldstein, "
            "ev.quad_class AS quad_class, ev.source AS source, ev.target AS target, ev.modality AS modality)"
            if self.overlay is not None
            else ""
        )
        selects = {
            "events": f"SELECT e.*{dropped}{rewritten}{shown}, {month.format('COALESCE(e.date, a.date)')} AS month "
            f"FROM events e LEFT JOIN articles a ON a.id = e.article_id JOIN ev ON ev.id = e.id{joined}",
            "articles": f"SELECT a.*, {month.format('a.date')} AS month FROM articles a WHERE {wanted}",
            "mentions": f"SELECT m.*, k.month FROM mentions m JOIN ({articles}) k ON k.id = m.article_id",
            "axes": f"SELECT x.*, k.month FROM axes x JOIN ({articles}) k ON k.id = x.article_id",
        }
        try:
            d.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{d}: cannot create the folder: {exc}") from exc
        for table, select in selects.items():
            target = _sql_text(str(d / table))
            inner = f"{sql} {select}".replace("\n", " ")
            self._run(
                f"COPY ({inner}) TO '{target}' (FORMAT parquet, PARTITION_BY (month), OVERWRITE)",
                [*params, *column_params] if table == "events" else params,
            )
        pattern = _sql_text(str(d / "events" / "**" / "*.parquet"))
        row = self._run(f"SELECT count(*) FROM read_parquet('{pattern}')", ()).fetchone()
        return int(row[0]) if row else 0

    def count_events(self, flt: EventFilter = EventFilter()) -> int:
        sql, params = self._with_events(flt, "SELECT count(*) FROM ev")
        row = self._run(sql, params).fetchone()
        return int(row[0]) if row else 0

    # -- aggregates ------------------------------------------------------------------------------
    def _pair_groups_sql(self, window: str) -> str:
        """CTEs from `ev`: `pe` (one row per event and pair, vague dates resolved), `g` (one row per
        distinct event, the model's unit), `ac` (each article's share of each pair's net score).

        What counts as one event (`g`, the rule of `_events.net_of` too): one per pair, PLOVER type,
        quad class, acting side and date, across articles and outlets (the one-a-day rule of TABARI,
        Phoenix and ICEWS). The quad class is part of it because one PLOVER type can hold reports of
        opposite sign (REQUEST: CAMEO's appeals, verbal cooperation, and its demands, verbal
        conflict): an appeal and a demand of one day are two events, never one whose sign is that of
        the report whose article id sorts first. A report dated only to a year or month (a background
        mention: "the 2020 statement", "attacked in September 2022") takes the date of the first
        report of the same pair, type, quad class and side dated to the day within that year or
        month, so it is the same event; with none, the vague reports of that year or month are one
        event. Reports of one event that name
        different parties (a five-party meeting, then "the meeting brought A and B to one table")
        weigh as the one naming most parties, 1/(k-1). An event's one count is shared equally among
        the articles that report it, so the article bootstrap keeps it in proportion to how many of
        its reports a replicate draws."""
        label = window_sql(window, "date")
        qw = _QUAD_WEIGHT_SQL
        trunc = (
            "CASE {0} WHEN 'year' THEN date_trunc('year', {1}) WHEN 'month' THEN date_trunc('month', {1}) END"
        )
        return f""",
pv AS (SELECT x.*, {trunc.format("x.date_precision", "x.date")} AS d0 FROM ({PAIRS_SQL}) x),
vg AS (SELECT DISTINCT a, b, event, quad_class, side, date_precision AS pr, d0 FROM pv WHERE d0 IS NOT NULL),
vx AS (
    SELECT v.a, v.b, v.event, v.quad_class, v.side, v.pr, v.d0, min(q.date) AS day
    FROM vg v JOIN pv q ON q.a = v.a AND q.b = v.b AND q.event IS NOT DISTINCT FROM v.event
         AND q.quad_class = v.quad_class AND q.side = v.side
         AND q.d0 IS NULL AND {trunc.format("v.pr", "q.date")} = v.d0
    GROUP BY v.a, v.b, v.event, v.quad_class, v.side, v.pr, v.d0
),
pr AS (
    SELECT p.* REPLACE (COALESCE(vx.day, p.date) AS date)
    FROM pv p LEFT JOIN vx ON p.d0 IS NOT NULL AND vx.a = p.a AND vx.b = p.b
         AND vx.event IS NOT DISTINCT FROM p.event AND vx.quad_class = p.quad_class AND vx.side = p.side
         AND vx.pr = p.date_precision AND vx.d0 = p.d0
),
pe AS (SELECT p.*, {label} AS w FROM pr p WHERE {label} IS NOT NULL),
g AS (
    SELECT a, b, w, min(pair_weight) AS gw, quad_class, list(DISTINCT article_id) AS arts
    FROM pe GROUP BY a, b, w, event, quad_class, side, COALESCE(CAST(date AS VARCHAR), article_id)
),
ac AS (
    SELECT a, b, w, art, {_exact_sum(f"gw * {qw} / n")} AS num, {_exact_sum(f"gw * abs({qw}) / n")} AS den
    FROM (SELECT a, b, w, gw, quad_class, len(arts) AS n, unnest(arts) AS art FROM g)
    GROUP BY a, b, w, art
),
ne AS (SELECT a, b, w, article_id AS art, count(*) AS n FROM pe GROUP BY a, b, w, article_id)"""

    def _article_rows(
        self,
        flt: EventFilter,
        window: str,
        pairs: Sequence[tuple[str, str]] | None = None,
        *,
        groups: Sequence[tuple[str, str, str]] | None = None,
        chunk: int = _CHUNK_ROWS,
    ) -> Iterator[list[tuple[Any, ...]]]:
        """Each pair's sums per (window, article), sorted by pair and window, streamed in chunks of
        `chunk` rows: (a, b, window, article key, net numerator, net denominator, events). The article
        key is a 64-bit hash of the article id, what the bootstrap draws from (`realpolitik.resample`).
        `pairs` keeps those pairs (every window), `groups` those (a, b, window) groups only."""
        head, params = self._with_events(flt, "")
        keep = ""
        if pairs is not None:
            keep = "SEMI JOIN (SELECT x[1] AS a, x[2] AS b FROM (SELECT unnest(?::VARCHAR[][]) AS x)) kp USING (a, b)"
            params = [*params, [list(p) for p in pairs]]
        elif groups is not None:
            keep = (
                "SEMI JOIN (SELECT x[1] AS a, x[2] AS b, x[3] AS w FROM (SELECT unnest(?::VARCHAR[][]) AS x)) kg "
                "USING (a, b, w)"
            )
            params = [*params, [list(g) for g in groups]]
        sql = (
            head.rstrip()
            + self._pair_groups_sql(window)
            + f"""
SELECT a, b, w, k, num, den, n FROM (
    SELECT COALESCE(ac.a, ne.a) AS a, COALESCE(ac.b, ne.b) AS b, COALESCE(ac.w, ne.w) AS w,
           hash(COALESCE(ac.art, ne.art)) AS k, COALESCE(ac.num, 0.0) AS num,
           COALESCE(ac.den, 0.0) AS den, COALESCE(ne.n, 0) AS n
    FROM ac FULL OUTER JOIN ne ON ac.a = ne.a AND ac.b = ne.b AND ac.w = ne.w AND ac.art = ne.art
) r {keep}
ORDER BY a, b, w, k"""
        )
        cur = self._run(sql, params)
        while rows := cur.fetchmany(chunk):
            yield rows

    def pair_aggregates(
        self,
        flt: EventFilter = EventFilter(),
        *,
        window: str = "all",
        runs: int = 200,
        seed: int = 42,
        level: float = 0.95,
        with_ids: bool = True,
        min_events: int = 1,
        min_articles: int = 2,
        record: type[P] = PairAggregate,  # type: ignore[assignment]  # P = PairAggregate by default
        refined_runs: int = REFINED_RUNS,
    ) -> list[P]:
        """Every unordered pair per window: support and net score computed in DuckDB, and an
        interval for the net score from resampling the pair's articles (`runs` replicates of a
        seeded Poisson article bootstrap over per-article sums, see `realpolitik.resample`;
        replicates without any of the pair's articles are skipped): `ci_low`..`ci_high`; a pair whose
        reading those `runs` leave within Monte Carlo error of the seed (`resample.undecided`) gets
        `refined_runs` replicates instead (the same draws, carried on). From the same replicates,
        `share_conflictual` and `share_cooperative`: the share whose net is below and above zero
        (`resample.sides`). Beside it
        `floor_low`..`floor_high`, the same interval widened where it is narrower to the Wilson
        interval its number of articles supports (`resample.small_sample_floor`: two articles that
        agree cannot exclude zero at 95 %), which says how little a few articles can carry. A pair
        resting on fewer than `min_articles` articles (the headline floor; never fewer than two)
        gets the whole range (-1..+1) in both, so it always reads uncertain, and no shares (None). Each distinct event (event
        type, quad class, date, side that acted, across outlets; see `_pair_groups_sql`) counts once in the net,
        shared among the articles reporting it, a k-party event weighs 1/(k-1) per pair. `record` is the
        class built for each pair: `PairAggregate` or a subclass adding behaviour and defaulted
        fields only (`system.Dyad`)."""
        qw = _QUAD_WEIGHT_SQL
        ids = "list(id ORDER BY date NULLS LAST, article_id, idx)" if with_ids else "[]::VARCHAR[]"
        body = f"""
st AS (
    SELECT a, b, w, count(*) AS events,
           count(*) FILTER (WHERE quad_class = 1) AS q1, count(*) FILTER (WHERE quad_class = 2) AS q2,
           count(*) FILTER (WHERE quad_class = 3) AS q3, count(*) FILTER (WHERE quad_class = 4) AS q4,
           {_hundredths_sum("goldstein")} AS goldstein, count(*) FILTER (WHERE weighed) AS weighed,
           count(DISTINCT outlet) AS outlets,
           count(DISTINCT article_id) AS articles,
           list_sort(list_distinct(list(outlet) FILTER (WHERE outlet IS NOT NULL))) AS outlet_names,
           CAST(min(date) AS VARCHAR) AS first_date, CAST(max(date) AS VARCHAR) AS last_date, {ids} AS ids
    FROM pe GROUP BY a, b, w HAVING count(*) >= ?
),
nt AS (SELECT a, b, w, {_exact_sum(f"gw * {qw}")} AS num, {_exact_sum(f"gw * abs({qw})")} AS den FROM g GROUP BY a, b, w),
tp AS (SELECT a, b, w, max(n) AS top FROM ne GROUP BY a, b, w)
SELECT st.a, st.b, st.w, st.events, st.q1, st.q2, st.q3, st.q4, st.goldstein,
       CASE WHEN nt.den > 0 THEN round(nt.num / nt.den, 4) ELSE 0.0 END AS net,
       st.outlets, st.articles, st.outlet_names, st.first_date, st.last_date, st.ids, tp.top, st.weighed
FROM st JOIN nt USING (a, b, w) JOIN tp USING (a, b, w)
ORDER BY st.w, st.events DESC, st.a, st.b
"""
        head, params = self._with_events(flt, "")
        sql = head.rstrip() + self._pair_groups_sql(window) + ",\n" + body
        found = self._run(sql, [*params, min_events]).fetchall()
        floor_articles = max(2, min_articles)
        wanted = {(r[0], r[1], r[2]) for r in found if int(r[11]) >= floor_articles}
        ci: dict[tuple[str, str, str], tuple[float, float, float, float]] = {}
        refine: list[tuple[str, str, str]] = []
        if wanted:
            for rep in replicates(self._article_rows(flt, window), width=3, runs=runs, seed=seed):
                low, high = intervals(rep.num, rep.den, level)
                below, above = sides(rep.num, rep.den)
                open_ = (
                    undecided(rep.num, rep.den, level) if runs < refined_runs else np.zeros(len(low), bool)
                )
                for i, g in enumerate(rep.groups):
                    if g in wanted:
                        ci[(g[0], g[1], g[2])] = (
                            float(low[i]),
                            float(high[i]),
                            float(below[i]),
                            float(above[i]),
                        )
                        if open_[i]:
                            refine.append((g[0], g[1], g[2]))
        if refine:
            # Where `runs` replicates leave the reading to the seed, the same bootstrap carried on to
            # `refined_runs` replicates decides it (its first `runs` replicates are the ones above: an
            # article's weight is a function of seed, replicate and article only).
            rows = self._article_rows(
                flt, window, groups=refine, chunk=max(1000, _CHUNK_ROWS * runs // refined_runs)
            )
            for rep in replicates(rows, width=3, runs=refined_runs, seed=seed):
                low, high = intervals(rep.num, rep.den, level)
                below, above = sides(rep.num, rep.den)
                for i, g in enumerate(rep.groups):
                    ci[(g[0], g[1], g[2])] = (float(low[i]), float(high[i]), float(below[i]), float(above[i]))
        out = []
        for r in found:
            # Resampling one article can only redraw that article: its interval would have no
            # width and a single text would read as certain. Such a pair spans the whole range.
            # A few articles that agree give a bootstrap interval of no width as well: the floor
            # interval is the bootstrap's widened to what that many articles can support
            # (`resample.widened`).
            lone = int(r[11]) < floor_articles
            boot: tuple[float, float] = (-1.0, 1.0)
            shares: tuple[float | None, float | None] = (None, None)  # not resampled: no shares
            floor = (-1.0, 1.0)
            if not lone:
                drawn = ci.get((r[0], r[1], r[2]), (0.0, 0.0, 0.0, 0.0))
                boot, shares = (drawn[0], drawn[1]), (round(drawn[2], 4), round(drawn[3], 4))
                low, high = widened([boot[0]], [boot[1]], [float(r[9])], [int(r[11])], level)
                floor = (float(low[0]), float(high[0]))
            out.append(
                record(
                    a=r[0],
                    b=r[1],
                    window=r[2],
                    events=int(r[3]),
                    quad_counts=(int(r[4]), int(r[5]), int(r[6]), int(r[7])),
                    goldstein=mean_goldstein(int(r[8] or 0), int(r[17])),
                    net=float(r[9]),
                    outlets=int(r[10]),
                    articles=int(r[11]),
                    outlet_names=tuple(r[12] or ()),
                    first_date=r[13],
                    last_date=r[14],
                    event_ids=tuple(r[15] or ()),
                    ci_low=round(boot[0], 4),
                    ci_high=round(boot[1], 4),
                    floor_low=round(floor[0], 4),
                    floor_high=round(floor[1], 4),
                    top_article_events=int(r[16]),
                    share_conflictual=shares[0],
                    share_cooperative=shares[1],
                )
            )
        return out

    def resampled_pairs(
        self,
        flt: EventFilter = EventFilter(),
        *,
        pairs: Sequence[tuple[str, str]],
        runs: int,
        seed: int,
    ) -> list[tuple[int, str, str, float, float, int]]:
        """(run, a, b, net, events, articles drawn) of the given whole-period pairs in each resampled
        corpus.

        The same Poisson article weights as `pair_aggregates` (same seed, same run numbers), so a
        run is one resampled corpus across all pairs; pairs absent from a run are left out.
        """
        if not pairs:
            return []
        out: list[tuple[int, str, str, float, float, int]] = []
        for rep in replicates(self._article_rows(flt, "all", pairs), width=3, runs=runs, seed=seed):
            for i, (a, b, _) in enumerate(rep.groups):
                for run in np.flatnonzero(rep.den[i] > 0):
                    net = float(rep.num[i, run] / rep.den[i, run])
                    out.append((int(run), a, b, net, float(rep.events[i, run]), int(rep.articles[i, run])))
        out.sort(key=lambda t: (t[0], t[1], t[2]))
        return out

    def article_sums(
        self,
        flt: EventFilter = EventFilter(),
        *,
        pairs: Sequence[tuple[str, str]],
        max_articles: int | None = None,
    ) -> dict[tuple[str, str], list[tuple[int, float, float, int]]]:
        """What each article gives each whole-period pair: (bootstrap key, net numerator, net
        denominator, reports), the per-article sums the bootstrap redraws (`_pair_groups_sql`: each
        distinct event's signed weight shared equally among the articles reporting it, a k-party
        event at 1/(k-1)). The pair's net is the sum of the numerators over the sum of the
        denominators. A pair on more than `max_articles` articles is cut short there (its list
        then holds `max_articles` + 1 rows: callers that need all of them leave it None)."""
        groups: dict[tuple[str, str], list[tuple[int, float, float, int]]] = defaultdict(list)
        if not pairs:
            return {}
        for chunk in self._article_rows(flt, "all", pairs):
            for a, b, _, key, num, den, n in chunk:
                rows = groups[(a, b)]
                if max_articles is None or len(rows) <= max_articles:
                    rows.append((int(key), float(num), float(den), int(n)))
        return dict(groups)

    def leave_one_out(
        self,
        flt: EventFilter = EventFilter(),
        *,
        pairs: Sequence[tuple[str, str]],
        runs: int,
        seed: int,
        level: float = 0.95,
        max_articles: int = 200,
    ) -> dict[tuple[str, str], list[tuple[int, float, float, float, int]]]:
        """For each whole-period pair resting on at most `max_articles` articles, each of its
        articles (by bootstrap key) with the pair's net, interval and article count when that
        article is left out, from the same replicates as `pair_aggregates` (so the figures are
        those a corpus without the article would give, up to which copy of a report counts)."""
        out: dict[tuple[str, str], list[tuple[int, float, float, float, int]]] = {}
        if not pairs:
            return out
        groups = self.article_sums(flt, pairs=pairs, max_articles=max_articles)
        for pair, rows in groups.items():
            if len(rows) > max_articles:
                continue
            keys = [r[0] for r in rows]
            net, low, high = leave_one_out(
                keys, [r[1] for r in rows], [r[2] for r in rows], runs=runs, seed=seed, level=level
            )
            out[pair] = [
                (keys[j], round(float(net[j]), 4), float(low[j]), float(high[j]), len(rows) - 1)
                for j in range(len(rows))
            ]
        return out

    # -- plain reads -----------------------------------------------------------------------------
    def actor_codes(self) -> frozenset[str]:
        """Every actor code on either side of a stored event (as coded: the overlay is not applied)."""
        rows = self._run(
            f"SELECT DISTINCT u.code FROM ({EVENTS_RELATION}) ev, unnest(ev.src_codes || ev.tgt_codes) AS u(code)",
            (),
        ).fetchall()
        return frozenset(r[0] for r in rows)

    def actor_names(self) -> dict[str, str]:
        """The most frequent written form of each actor code in the mentions, for labels."""
        try:
            rows = self.con.execute(
                "SELECT code, mode(text) FROM mentions WHERE code IS NOT NULL GROUP BY code"
            ).fetchall()
        except duckdb.Error:
            return {}
        return {r[0]: r[1] for r in rows}

    def axes(self) -> list[tuple[Any, ...]]:
        """(article id, name, kind, members, evidence text, outlet, date) of every stored axis."""
        return self._run(
            """
            SELECT x.article_id, x.name, x.kind, x.members, x.evidence_text, a.outlet,
                   CAST(a.date AS VARCHAR)
            FROM axes x LEFT JOIN articles a ON a.id = x.article_id
            ORDER BY a.date NULLS LAST, x.article_id, x.evidence_start
            """,
            (),
        ).fetchall()

    # the corpus: what was read, for the report's first section
    def article_totals(self) -> tuple[int, int, date | None, date | None, int, int]:
        """(articles, coded, first date, last date, undated, source files), duplicates left out.

        An article in a language that is not coded is marked coded with nothing found (`pipeline`): it is
        not counted as coded here."""
        row = self._run(
            "SELECT count(*), count(coded_at) FILTER (WHERE coalesce(language, '') = '' OR list_contains(?, "
            "language)), min(date), max(date), count(*) - count(date), "
            "count(DISTINCT source) FROM articles WHERE duplicate_of IS NULL",
            (list(CODED_LANGUAGES),),
        ).fetchone()
        if row is None:
            return 0, 0, None, None, 0, 0
        return int(row[0]), int(row[1]), row[2], row[3], int(row[4]), int(row[5])

    def articles_by(self, column: str, missing: str) -> list[tuple[str, int]]:
        """Article counts per outlet or language (`missing` names the empty value), largest first."""
        if column not in ("outlet", "language"):
            raise ValueError(f"cannot count articles by {column!r}")
        return [
            (r[0], int(r[1]))
            for r in self._run(
                f"SELECT coalesce({column}, ?) k, count(*) n FROM articles WHERE duplicate_of IS NULL "
                "GROUP BY k ORDER BY n DESC, k",
                (missing,),
            ).fetchall()
        ]

    def skipped(self) -> list[tuple[str, int | None, str]]:
        """(source, line, reason) of every input that was skipped."""
        return [
            (r[0], r[1], r[2])
            for r in self._run(
                "SELECT source, line, reason FROM skipped ORDER BY source, line", ()
            ).fetchall()
        ]

    def near_duplicates(self) -> list[tuple[Any, ...]]:
        """(title, outlet, source, line, original title, original outlet) of each near-duplicate."""
        return self._run(
            "SELECT d.title, d.outlet, d.source, d.start_line, o.title, o.outlet FROM articles d "
            "LEFT JOIN articles o ON o.id = d.duplicate_of WHERE d.duplicate_of IS NOT NULL "
            "ORDER BY d.source, d.start_line",
            (),
        ).fetchall()

    def modality_counts(self, flt: EventFilter | None = None) -> dict[str, int]:
        """Events per modality (every modality unless the filter says otherwise)."""
        sql, params = self._with_events(
            flt or EventFilter(modalities=None), "SELECT modality, count(*) FROM ev GROUP BY modality"
        )
        return {str(m): int(n) for m, n in self._run(sql, params).fetchall()}

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """A plain read of the store's tables (corpus counts and the like), errors wrapped."""
        return self._run(sql, params).fetchall()

    # -- browsing ----------------------------------------------------------------------------------
    def _listed(self) -> tuple[str, list[Any]]:
        """The events to list: the listed table when the reader has one, else the relation (with
        an empty `correction` column)."""
        if self.listed:
            return LISTED_EVENTS, []
        rel, params = self.relation()
        return f"(SELECT *, NULL::VARCHAR AS correction FROM ({rel}))", params

    def _dicts(self, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        return _dicts(self._run(sql, params))

    def _count(self, sql: str, params: Sequence[Any]) -> int:
        row = self._run(sql, params).fetchone()
        return int(row[0]) if row else 0

    def event_page(
        self, flt: Condition, *, limit: int, offset: int, sort: str | None = None
    ) -> tuple[int, list[dict[str, Any]]]:
        """(events matching `flt`, one page of them as dicts), newest first unless `sort` says otherwise."""
        src, sp = self._listed()
        where, params = flt.where("e")
        total = self._count(f"SELECT count(*) FROM {src} e WHERE {where}", [*sp, *params])
        rows = self._dicts(
            f"SELECT {_LISTED_COLUMNS} FROM {src} e WHERE {where} ORDER BY {order_by(sort)} LIMIT ? OFFSET ?",
            [*sp, *params, limit, offset],
        )
        return total, rows

    def event_facets(self, flt: Condition, *, top: int = 25) -> dict[str, list[tuple[Any, int]]]:
        """For each facet, its values among the events that match `flt`, most frequent first
        (years and confidence steps from the highest down)."""
        src, sp = self._listed()
        where, params = flt.where("e")
        cols = ", ".join(f"{sql} AS {name}" for name, sql in _SINGLE_FACETS.items())
        sets = ", ".join(f"({name})" for name in _SINGLE_FACETS)
        rows = self._run(
            f"SELECT {', '.join(_SINGLE_FACETS)}, count(*) AS n FROM (SELECT {cols} FROM {src} e "
            f"WHERE {where}) GROUP BY GROUPING SETS ({sets})",
            [*sp, *params],
        ).fetchall()
        out: dict[str, list[tuple[Any, int]]] = {name: [] for name in FACETS}
        names = list(_SINGLE_FACETS)
        for row in rows:
            for i, name in enumerate(names):
                if row[i] is not None:
                    out[name].append((int(row[i]) if name == "quad" else row[i], int(row[-1])))
                    break
        for name in _SINGLE_FACETS:
            if name in ("year", "confidence"):
                out[name].sort(key=lambda vn: str(vn[0]), reverse=True)
            else:
                out[name].sort(key=lambda vn: (-vn[1], str(vn[0])))
            out[name] = out[name][:top]
        for name, sql in _MULTI_FACETS.items():
            found = self._run(
                f"{sql.format(src=src, w=where)} ORDER BY n DESC, v LIMIT ?", [*sp, *params, top]
            ).fetchall()
            out[name] = [(r[0], int(r[1])) for r in found if r[0] is not None]
        return out

    def monthly_volume(self, flt: Condition, *, places: int = 3) -> list[tuple[str, int, float, float, int]]:
        """(month, events, net tone, mean Goldstein, articles) per month: the net tone is (cooperation -
        conflict) / all, material acts weighing 2:1; the mean Goldstein is over the weighed events,
        rounded once to `places` (`mean_goldstein`); articles are the distinct articles the month's events
        come from (a tone on one article is thin)."""
        src, sp = self._listed()
        where, params = flt.where("e")
        rows = self._run(
            f"""SELECT strftime(e.date, '%Y-%m') AS month, count(*) AS events,
                   sum({_QUAD_WEIGHT_SQL.replace("quad_class", "e.quad_class")})
                   / nullif(sum(CASE WHEN e.quad_class IN (2, 4) THEN 2 ELSE 1 END), 0) AS net,
                   {_hundredths_sum("e.goldstein")} AS goldstein, count(*) FILTER (WHERE e.weighed) AS weighed,
                   count(DISTINCT e.article_id) AS articles
                FROM {src} e WHERE {where} AND e.date IS NOT NULL GROUP BY 1 ORDER BY 1""",
            [*sp, *params],
        ).fetchall()
        return [
            (
                r[0],
                int(r[1]),
                float(r[2] or 0.0),
                mean_goldstein(int(r[3] or 0), int(r[4]), places),
                int(r[5]),
            )
            for r in rows
        ]

    def date_bounds(self) -> tuple[date | None, date | None]:
        """The first and last event date."""
        src, sp = self._listed()
        row = self._run(f"SELECT min(date), max(date) FROM {src}", sp).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def actor_page(self, *, q: str | None, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
        """Actors seen in events or mentions (code, name, events, mentions, articles), most active
        first; `q` keeps codes or names containing it."""
        src, sp = self._listed()
        sql = f"""
        WITH ev AS (
            SELECT code, count(*) AS events FROM (
                SELECT DISTINCT e.id, u.code FROM {src} e, unnest(e.src_codes || e.tgt_codes) AS u(code)
            ) GROUP BY code
        ), me AS (
            SELECT code, count(*) AS mentions, count(DISTINCT article_id) AS articles, mode(text) AS name
            FROM mentions GROUP BY code
        )
        SELECT coalesce(ev.code, me.code) AS code, coalesce(me.name, coalesce(ev.code, me.code)) AS name,
               coalesce(ev.events, 0) AS events, coalesce(me.mentions, 0) AS mentions,
               coalesce(me.articles, 0) AS articles
        FROM ev FULL OUTER JOIN me ON ev.code = me.code
        """
        params: list[Any] = list(sp)
        outer = f"SELECT * FROM ({sql})"
        if q:
            outer += " WHERE code ILIKE ? ESCAPE '\\' OR name ILIKE ? ESCAPE '\\'"
            params += [f"%{like_escape(q)}%"] * 2
        total = self._count(f"SELECT count(*) FROM ({outer})", params)
        rows = self._dicts(
            f"{outer} ORDER BY events DESC, mentions DESC, code LIMIT ? OFFSET ?", [*params, limit, offset]
        )
        return total, rows

    def actor_counts(self, code: str) -> tuple[int, int, int, str | None]:
        """(events, mentions, articles mentioning it, most frequent written name) of one actor code."""
        src, sp = self._listed()
        row = self._run(
            f"""SELECT (SELECT count(*) FROM {src} e
                        WHERE list_contains(e.src_codes, ?) OR list_contains(e.tgt_codes, ?)),
                       (SELECT count(*) FROM mentions WHERE code = ?),
                       (SELECT count(DISTINCT article_id) FROM mentions WHERE code = ?),
                       (SELECT mode(text) FROM mentions WHERE code = ?)""",
            [*sp, code, code, code, code, code],
        ).fetchone()
        return (int(row[0]), int(row[1]), int(row[2]), row[3]) if row else (0, 0, 0, None)

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article (its columns) with its `mentions` and its listed `events`, or None."""
        found = self._dicts(
            "SELECT id, source, start_line, end_line, title, date, author, outlet, language, url, text, "
            "duplicate_of FROM articles WHERE id = ?",
            [article_id],
        )
        if not found:
            return None
        art = found[0]
        art["mentions"] = self._dicts(
            'SELECT idx, start_char AS start, end_char AS "end", text, code, sector, kb_id, why, confidence '
            "FROM mentions WHERE article_id = ? ORDER BY start_char",
            [article_id],
        )
        src, sp = self._listed()
        art["events"] = self._dicts(
            f"SELECT {_LISTED_COLUMNS} FROM {src} e WHERE e.article_id = ? ORDER BY e.idx", [*sp, article_id]
        )
        return art

    def article_search(self, q: str, *, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
        """(articles whose title or text contains `q`, case-insensitive; one page of them, newest
        first, with id, title, date, outlet and text)."""
        pattern = f"%{like_escape(q)}%"
        where = "(title ILIKE ? ESCAPE '\\' OR text ILIKE ? ESCAPE '\\')"
        total = self._count(f"SELECT count(*) FROM articles WHERE {where}", [pattern, pattern])
        rows = self._dicts(
            f"SELECT id, title, date, outlet, text FROM articles WHERE {where} "
            "ORDER BY date DESC NULLS LAST, id LIMIT ? OFFSET ?",
            [pattern, pattern, limit, offset],
        )
        return total, rows

    def outlet_counts(self) -> list[dict[str, Any]]:
        """Each outlet with its articles, events, asserted and other-modality events (as coded)."""
        return self._dicts(
            f"""
            SELECT coalesce(a.outlet, '{UNKNOWN_OUTLET}') AS outlet, count(DISTINCT a.id) AS articles,
                   count(e.id) AS events,
                   count(e.id) FILTER (WHERE e.modality = 'asserted') AS asserted,
                   count(e.id) FILTER (WHERE e.modality <> 'asserted') AS not_asserted
            FROM articles a LEFT JOIN events e ON e.article_id = a.id
            GROUP BY 1 ORDER BY events DESC, outlet
            """,
            (),
        )

    def outlet_names(self) -> list[str]:
        return [
            r[0]
            for r in self.query("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY 1")
        ]

    def store_counts(self) -> tuple[int, int, int]:
        """(articles, events, distinct outlets) as stored."""
        row = self._run(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
            "(SELECT count(DISTINCT outlet) FROM articles)",
            (),
        ).fetchone()
        return (int(row[0]), int(row[1]), int(row[2])) if row else (0, 0, 0)

    def relist(
        self, event_id: str, action: str | None = None, fields: Mapping[str, Any] | None = None
    ) -> None:
        """Set one event of the listed table: `fields` (event, cameo, goldstein, quad_class, source,
        target, src_codes, tgt_codes, modality) replace its coded ones and `action` marks it; with
        neither, it gets its stored fields back, unmarked. The file is never written."""
        if fields is not None:
            names = (
                "event",
                "cameo",
                "goldstein",
                "quad_class",
                "source",
                "target",
                "src_codes",
                "tgt_codes",
                "modality",
            )
            sets = ", ".join(f"{n} = ?" for n in names)
            self._run(
                f"UPDATE {LISTED_EVENTS} SET {sets}, weighed = ?, correction = ? WHERE id = ?",
                [*(fields[n] for n in names), fields["goldstein"] is not None, action, event_id],
            )
        elif action is not None:
            self._run(f"UPDATE {LISTED_EVENTS} SET correction = ? WHERE id = ?", [action, event_id])
        else:
            self._run(
                f"UPDATE {LISTED_EVENTS} SET event = s.event, cameo = s.cameo, goldstein = s.goldstein, "
                "weighed = s.weighed, "
                "quad_class = s.quad_class, source = s.source, target = s.target, src_codes = s.src_codes, "
                "tgt_codes = s.tgt_codes, modality = s.modality, correction = NULL "
                f"FROM ({EVENTS_RELATION}) s WHERE s.id = {LISTED_EVENTS}.id AND {LISTED_EVENTS}.id = ?",
                [event_id],
            )


# Tables of a Parquet dataset; those with columns may be missing (read as empty tables).
_PARQUET_TABLES: dict[str, str | None] = {
    "articles": None,
    "events": None,
    "mentions": "article_id VARCHAR, idx INTEGER, code VARCHAR, sector VARCHAR, text VARCHAR, role VARCHAR",
    "axes": "article_id VARCHAR, name VARCHAR, kind VARCHAR, members VARCHAR[]",
}


def _sql_text(text: str) -> str:
    return text.replace("'", "''")


# == browsing: pages of events, actors and articles (what the web app lists) ========================
# The events relation can be kept as one date-sorted table (`LISTED_EVENTS`, built by
# `Reader.attach(..., listed=True)`) with a `correction` column: each listed event's analyst
# correction (reject, recode, confirm). The browsing reads use that table when the reader has it.

LISTED_EVENTS = "ev_flat"
# The filter value that selects events whose article names no outlet.
UNKNOWN_OUTLET = "(unknown)"
# Sortable columns of the events list: the name a URL may carry -> the column it sorts by.
EVENT_SORTS: dict[str, str] = {
    "date": "e.date",
    "event": "e.event",
    "cameo": "e.cameo",
    "goldstein": "e.goldstein",
    "quad": "e.quad_class",
    "modality": "e.modality",
    "outlet": "e.outlet",
    "confidence": "e.confidence",
    "source": "e.src_codes[1]",
    "target": "e.tgt_codes[1]",
}
DEFAULT_SORT = "-date"
_LISTED_COLUMNS = (
    "e.id, e.article_id, e.idx, e.event, e.cameo, e.goldstein, e.quad_class, e.source, e.target, "
    "e.modality, e.attribution_text, e.attribution_code, e.attribution_kind, e.date, e.date_precision, "
    "e.evidence_start, e.evidence_end, e.evidence_text, e.trigger, e.confidence, e.reciprocal, e.outlet, "
    "e.article_title, e.url, e.correction"
)
# Facets of the events list. One grouped pass counts the facets with one value per event; actors
# and sectors (several per event) take one pass each.
_CONF_BUCKET = (
    "CASE WHEN e.confidence >= 0.9 THEN '0.9' WHEN e.confidence >= 0.7 THEN '0.7' "
    "WHEN e.confidence >= 0.5 THEN '0.5' ELSE '0' END"
)
_SINGLE_FACETS = {
    "event": "e.event",
    "quad": "CAST(e.quad_class AS VARCHAR)",
    "modality": "e.modality",
    "outlet": f"coalesce(e.outlet, '{UNKNOWN_OUTLET}')",
    "year": "CAST(year(e.date) AS VARCHAR)",
    "confidence": _CONF_BUCKET,
}
_MULTI_FACETS = {
    "actor": "SELECT c AS v, count(*) AS n FROM (SELECT DISTINCT e.id, u.c FROM {src} e, "
    "unnest(e.src_codes || e.tgt_codes) AS u(c) WHERE {w}) GROUP BY 1",
    "sector": "SELECT s AS v, count(*) AS n FROM (SELECT DISTINCT e.id, t.s FROM {src} e, "
    "unnest(list_transform(e.source || e.target, lambda x: x.sector)) AS t(s) WHERE {w}) GROUP BY 1",
}
FACETS: tuple[str, ...] = ("event", "quad", "modality", "outlet", "actor", "sector", "confidence", "year")


class Condition(Protocol):
    """A filter of the events relation: an `EventFilter`, or one that adds conditions to it."""

    def where(self, alias: str) -> tuple[str, list[Any]]: ...


def order_by(sort: str | None) -> str:
    """ORDER BY clause for a validated sort key ('date', '-goldstein'); ties broken by id."""
    key = sort or DEFAULT_SORT
    col = EVENT_SORTS[key.lstrip("-")]
    return f"{col} {'DESC' if key.startswith('-') else 'ASC'} NULLS LAST, e.id"


def _dicts(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
