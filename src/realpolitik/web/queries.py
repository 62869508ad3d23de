"""The database as the web app reads it: a private read-only snapshot of the file, and the pages
it lists (events, actors, articles, search) as JSON-ready dicts.

Every read goes through the store's `Reader`; each function takes the request's cursor.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import tempfile
import threading
import time
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from ..corrections import Overlay
from ..errors import StoreError
from ..store import (
    DEFAULT_SORT,
    EVENT_SORTS,
    FACETS,
    LOCK_WAIT_SECONDS,
    UNKNOWN_OUTLET,
    EventFilter,
    EventOverlay,
    Reader,
)
from ..system.names import claim_of
from ..wording import joint_speakers, who_says

__all__ = [
    "CODE_RE",
    "DEFAULT_SORT",
    "FACETS",
    "SORT_COLUMNS",
    "UNKNOWN_OUTLET",
    "EventFilter",
    "ReadOnlyDB",
    "TableFilter",
    "list_events",
]

log = logging.getLogger("realpolitik.web")

# Codes look like RUS, IGO-UN, XNK; anything else in a filter is a typo or an attack, never a query.
CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{0,31}$")
SORT_COLUMNS = EVENT_SORTS


_RETIRE_AFTER = 600.0  # seconds an old snapshot stays open for requests that began on it


@dataclass(slots=True)
class _Snapshot:
    con: duckdb.DuckDBPyConnection
    signature: tuple[Any, ...]
    files: tuple[str, ...]  # the private copy (and its WAL) this connection reads


def _file_signature(path: str) -> tuple[Any, ...]:
    """What changes when a writer commits: inode, size and mtime of the file and of its WAL."""
    out: list[Any] = []
    for name in (path, path + ".wal"):
        try:
            st = os.stat(name)
            out.append((st.st_ino, st.st_size, st.st_mtime_ns))
        except OSError:
            out.append(None)
    return tuple(out)


class ReadOnlyDB:
    """The database as the app sees it: a private read-only snapshot, renewed when the file changes.

    The server never keeps a lock on the user's file: it takes DuckDB's shared lock only while it
    copies the file (and its WAL) into a private folder, then reads the copy. So `analyze` can
    write while the app runs; at most once per `check_every` seconds a request looks whether the
    file changed and, if so and no writer holds it, switches to a fresh snapshot, so new articles
    appear without a restart. While a writer holds the file the app keeps answering from the last
    snapshot. One connection is shared; each request gets its own cursor.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        overlay: EventOverlay | None = None,
        lock_wait: float = LOCK_WAIT_SECONDS,
        check_every: float = 1.0,
    ):
        self.path = str(path)
        self.overlay = overlay
        self._base_overlay = overlay  # the overlay the events table is built with (later ones are applied)
        self.check_every = check_every
        self._lock = threading.Lock()
        self._refreshing = threading.Lock()
        self._listeners: list[Callable[[], None]] = []
        self._folder = tempfile.mkdtemp(prefix="realpolitik-serve-")
        self._cleanup = weakref.finalize(self, shutil.rmtree, self._folder, True)
        self._count = 0
        self.generation = 0
        self._retired: list[tuple[float, duckdb.DuckDBPyConnection]] = []
        self.stale_reason: str | None = None  # why the last refresh could not happen, if it could not
        try:
            self._snap = self._snapshot(lock_wait)
        except BaseException:
            self._cleanup()
            raise
        self._checked = time.monotonic()

    def on_change(self, listener: Callable[[], None]) -> None:
        """Call `listener()` after every switch to a new snapshot (caches of derived answers)."""
        self._listeners.append(listener)

    def _snapshot(self, wait: float) -> _Snapshot:
        self._count += 1
        copy = os.path.join(self._folder, f"snapshot-{self._count}.duckdb")
        # DuckDB's shared lock keeps writers out while the file is copied, so the copy is consistent;
        # a writer that holds the file makes this wait, then fail with a message naming it.
        holder = Reader.open(self.path, wait=wait)
        try:
            signature = _file_signature(self.path)
            shutil.copyfile(self.path, copy)
            files = [copy]
            if os.path.exists(self.path + ".wal"):
                shutil.copyfile(self.path + ".wal", copy + ".wal")
                files.append(copy + ".wal")
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot copy the database to {self._folder}: {exc}") from exc
        finally:
            holder.close()
        # The copy is read through the store (attached read-only), with the events listed once,
        # newest first, so a request never joins or sorts the whole store; the analyst's correction
        # in force for each listed event is set again on each new snapshot by whoever listens to
        # on_change (see apply_corrections).
        con = Reader.attach(copy, name=self.path, overlay=self._base_overlay, listed=True).con
        return _Snapshot(con, signature, tuple(files))

    def refresh(self, wait: float = 0.0) -> bool:
        """Switch to a new snapshot if the file changed; True if it did. Never raises for a busy file."""
        if not self._refreshing.acquire(blocking=False):
            return False  # another request is already renewing it
        try:
            self._checked = time.monotonic()
            if _file_signature(self.path) == self._snap.signature:
                return False
            try:
                fresh = self._snapshot(wait)
            except StoreError as exc:
                self.stale_reason = str(exc)  # a writer holds it: keep answering from the last snapshot
                log.info("%s", exc)
                return False
            with self._lock:
                old, self._snap = self._snap, fresh
                self.generation += 1
            self.stale_reason = None
            for name in old.files:  # cursors still reading the old copy keep it open until they close
                with contextlib.suppress(OSError):
                    os.unlink(name)
            # Closing a connection closes its cursors: the old one is closed only when no request
            # can still be using it.
            now = time.monotonic()
            self._retired.append((now, old.con))
            while self._retired and now - self._retired[0][0] > _RETIRE_AFTER:
                self._retired.pop(0)[1].close()
            for listener in self._listeners:
                listener()
            return True
        finally:
            self._refreshing.release()

    @property
    def _con(self) -> duckdb.DuckDBPyConnection:
        """The connection of the snapshot in use."""
        return self._snap.con

    def cursor(self) -> duckdb.DuckDBPyConnection:
        if time.monotonic() - self._checked >= self.check_every:
            self.refresh()
        # Creating a cursor touches the shared connection object, so it is serialised.
        with self._lock:
            return self._snap.con.cursor()

    def close(self) -> None:
        self._snap.con.close()
        self._cleanup()


def _reader(cur: duckdb.DuckDBPyConnection) -> Reader:
    """The store's read side over a request's cursor of the snapshot (with its listed events)."""
    return Reader(cur, listed=True)


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


@dataclass(frozen=True, slots=True)
class TableFilter:
    """The store's `EventFilter` plus the facets only the events table offers: quad class, sector,
    a confidence floor and "no outlet named". Its `where` has the same form as the store's."""

    base: EventFilter = field(default_factory=lambda: EventFilter(modalities=None))
    quad: int | None = None
    sector: str | None = None
    min_confidence: float | None = None
    unknown_outlet: bool = False

    @property
    def q(self) -> str | None:
        return self.base.q

    def where(self, alias: str = "e") -> tuple[str, list[Any]]:
        sql, params = self.base.where(alias)
        clauses = [f"({sql})"]
        if self.quad is not None:
            clauses.append(f"{alias}.quad_class = ?")
            params.append(self.quad)
        if self.sector is not None:
            clauses.append(
                f"list_contains(list_transform({alias}.source || {alias}.target, lambda x: x.sector), ?)"
            )
            params.append(self.sector)
        if self.min_confidence is not None:
            clauses.append(f"{alias}.confidence >= ?")
            params.append(self.min_confidence)
        if self.unknown_outlet:
            clauses.append(f"{alias}.outlet IS NULL")
        return " AND ".join(clauses), params


def _event_out(row: dict[str, Any], outlet: str | None = None) -> dict[str, Any]:
    """An event row as the pages and the API give it; `outlet`: the article's, where the row has none (an
    article's own events)."""
    row["date"] = _iso(row["date"])
    text, code, kind = row.pop("attribution_text"), row.pop("attribution_code"), row.pop("attribution_kind")
    # "who": the text as a reader sees it; a bare pronoun ("I", "he") gives way to the actor it was coded to
    row["attribution"] = (
        {
            "text": text,
            "code": code,
            "kind": kind,
            "who": who_says(text, code, kind),
            # the code shown beside who claims it: none for two speakers at once ("both of us"), whom no one
            # actor stands for (the API keeps the coder's `code`)
            "shown_code": None if joint_speakers(text) else code,
        }
        if text
        else None
    )
    # who claims it, in the words of the CLI's `evidence` and the report (`wording.claimed_by`)
    row["claimed_by"] = claim_of(
        text, code, kind, row.get("outlet", outlet), quad_class=row.get("quad_class"),
        sources=[(a.get("text"), a.get("code")) for a in row.get("source") or () if isinstance(a, dict)],
        reciprocal=bool(row.get("reciprocal")), cameo=row.get("cameo"),
    )  # fmt: skip
    return row


def list_events(
    cur: duckdb.DuckDBPyConnection,
    flt: EventFilter | TableFilter,
    *,
    limit: int,
    offset: int,
    sort: str | None = None,
) -> tuple[int, list[dict[str, Any]]]:
    """Return (total matching, one page of events), newest first unless `sort` says otherwise."""
    total, rows = _reader(cur).event_page(flt, limit=limit, offset=offset, sort=sort)
    return total, [_event_out(r) for r in rows]


def list_actors(
    cur: duckdb.DuckDBPyConnection, *, q: str | None, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    """Actors seen in events or mentions, with their counts, most active first."""
    return _reader(cur).actor_page(q=q, limit=limit, offset=offset)


def get_actor(cur: duckdb.DuckDBPyConnection, code: str) -> dict[str, Any] | None:
    """One actor's counts, or None when the code occurs in no event and no mention."""
    events, mentions, articles, name = _reader(cur).actor_counts(code)
    if events == 0 and mentions == 0:
        return None
    return {"code": code, "name": name or code, "events": events, "mentions": mentions, "articles": articles}


def actor_names(cur: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """The most frequent surface form of each actor code, for labels."""
    return _reader(cur).actor_names()


def get_article(cur: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    art = _reader(cur).article(article_id)
    if art is None:
        return None
    art["date"] = _iso(art["date"])
    art["events"] = [_event_out(r, art.get("outlet")) for r in art["events"]]
    return art


_SPACE = re.compile(r"\s")


def snippet(text: str, q: str, *, before: int = 80, width: int = 240) -> str:
    """About `width` characters of `text` from `before` characters ahead of the first `q` (case-insensitive),
    cut at spaces, not inside words ("…idge over the Aras" read as a typo), with its line breaks and runs of
    spaces made one space (a paragraph break left a blank line in the list of hits)."""
    pos = text.lower().find(q.lower())
    start = max(0, pos - before) if pos >= 0 else 0
    end = min(len(text), start + width)
    if start and not text[start - 1].isspace():
        space = _SPACE.search(text, start, pos if pos >= 0 else end)
        start = space.end() if space else start
    if end < len(text) and not text[end].isspace():
        floor = pos + len(q) if pos >= 0 else start
        cut = max((m.start() for m in _SPACE.finditer(text, floor, end)), default=None)
        end = cut if cut is not None else end
    piece = " ".join(text[start:end].split())
    return ("…" if start else "") + piece + ("…" if end < len(text) else "")


def search_articles(
    cur: duckdb.DuckDBPyConnection, q: str, *, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    """Articles whose title or text contains `q` (case-insensitive), with a snippet around it."""
    total, rows = _reader(cur).article_search(q, limit=limit, offset=offset)
    out = []
    for r in rows:
        r["snippet"] = snippet(r.pop("text") or "", q)
        r["date"] = _iso(r["date"])
        out.append(r)
    return total, out


def list_outlets(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Each outlet with its article and event counts and its modality mix (plain counts)."""
    return _reader(cur).outlet_counts()


def date_bounds(cur: duckdb.DuckDBPyConnection) -> tuple[str | None, str | None]:
    lo, hi = _reader(cur).date_bounds()
    return _iso(lo), _iso(hi)


def outlet_names(cur: duckdb.DuckDBPyConnection) -> list[str]:
    return _reader(cur).outlet_names()


def counts(cur: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Articles, events and outlets in the store."""
    articles, events, outlets = _reader(cur).store_counts()
    return {"articles": articles, "events": events, "outlets": outlets}


def event_facets(
    cur: duckdb.DuckDBPyConnection, flt: EventFilter | TableFilter, *, top: int = 25
) -> dict[str, list[tuple[Any, int]]]:
    """For each facet, its values among the events that match `flt`, most frequent first
    (years and confidence steps from the highest down)."""
    return _reader(cur).event_facets(flt, top=top)


def monthly_volume(cur: duckdb.DuckDBPyConnection, flt: EventFilter) -> list[dict[str, Any]]:
    """Events per month with their net tone: (cooperation - conflict) / all, weighting material 2:1, and
    the distinct articles the month rests on (the chart draws a tone on fewer than the headline floor thin)."""
    return [
        {"month": m, "events": n, "net": round(net, 3), "goldstein": gold, "articles": arts}
        for m, n, net, gold, arts in _reader(cur).monthly_volume(flt, places=2)
    ]


# --- corrections ---------------------------------------------------------------------------------


def apply_corrections(cur: duckdb.DuckDBPyConnection, overlay: Overlay, event_ids: Iterable[str]) -> None:
    """Set the listed events to their corrected (or coded) fields.

    The stored file is untouched. Lists keep rejected events, marked in `correction` (reject,
    recode, confirm), so the analyst can see and withdraw a correction; the figures, read through
    the store's overlay, leave them out. An event without a correction gets its coded fields back.
    """
    reader = _reader(cur)
    for event_id in event_ids:
        fix = overlay.get(event_id)
        if fix is None:
            reader.relist(event_id)
            continue
        fields = fix.corrected if fix.action == "recode" else None
        if fields is None:
            reader.relist(event_id, fix.action)
            continue
        codes = {"src_codes": list(fields.source_codes), "tgt_codes": list(fields.target_codes)}
        reader.relist(event_id, fix.action, {**fields.to_dict(), **codes})
