"""Read-only queries the web app runs against the DuckDB store: events, actors, articles, search.

Every function takes a DuckDB cursor (one per request) and returns plain JSON-ready dicts.
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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from ..corrections import Overlay
from ..errors import StoreError
from ..store import (
    EVENTS_RELATION,
    LOCK_WAIT_SECONDS,
    EventFilter,
    EventOverlay,
    Reader,
    connect,
    like_escape,
)

__all__ = ["CODE_RE", "EventFilter", "ReadOnlyDB", "TableFilter", "list_events"]

log = logging.getLogger("realpolitik.web")

# Codes look like RUS, IGO-UN, XNK; anything else in a filter is a typo or an attack, never a query.
CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{0,31}$")
# The filter value that selects events whose article names no outlet.
UNKNOWN_OUTLET = "(unknown)"


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
        if not Path(self.path).is_file():
            raise StoreError(
                f"{self.path}: no such database file (run `realpolitik analyze ... --db FILE` first)"
            )
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
        holder = connect(self.path, read_only=True, wait=wait)
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
        try:
            # The copy is attached READ_ONLY to an in-memory database: nothing can write it, and the
            # app keeps one flattened, date-sorted copy of the events for fast listing.
            con = duckdb.connect(":memory:")
            con.execute("ATTACH ? AS store (READ_ONLY)", [copy])
            for table in ("meta", "runs", "articles", "skipped", "mentions", "events", "axes"):
                con.execute(f"CREATE VIEW {table} AS SELECT * FROM store.{table}")
            for table in ("narrative_runs", "frames", "frame_sentences"):  # present once narratives ran
                found = con.execute(
                    "SELECT count(*) FROM information_schema.tables WHERE table_catalog = 'store' "
                    "AND table_name = ?",
                    [table],
                ).fetchone()
                if found and found[0]:
                    con.execute(f"CREATE VIEW {table} AS SELECT * FROM store.{table}")
            # Events joined once with their article through the store's read side (so an overlay
            # such as corrections applies), newest first: the table the events list, filters and
            # search read, so a request never joins or sorts the whole store.
            rel, params = Reader(con, overlay=self._base_overlay).relation()
            con.execute(
                f"CREATE TABLE ev_flat AS SELECT * FROM ({rel}) ORDER BY date DESC NULLS LAST, id", params
            )
            # the analyst's correction in force for each listed event (see apply_corrections; the
            # corrections are applied again to each new snapshot by whoever listens to on_change)
            con.execute("ALTER TABLE ev_flat ADD COLUMN correction VARCHAR")
        except duckdb.Error as exc:
            raise StoreError(
                f"{self.path}: cannot read the database: {exc} (is it a realpolitik database?)"
            ) from exc
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


def _rows(cur: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    res = cur.execute(sql, list(params))
    names = [d[0] for d in res.description]
    return [dict(zip(names, row, strict=True)) for row in res.fetchall()]


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


_EVENT_SELECT = """
SELECT e.id, e.article_id, e.idx, e.event, e.cameo, e.goldstein, e.quad_class,
       e.source, e.target, e.modality, e.attribution_text, e.attribution_code, e.attribution_kind,
       e.date, e.date_precision, e.evidence_start, e.evidence_end, e.evidence_text,
       e.trigger, e.confidence, e.reciprocal, e.outlet, e.article_title, e.url, e.correction
FROM ev_flat e
"""


def _event_out(row: dict[str, Any]) -> dict[str, Any]:
    row["date"] = _iso(row["date"])
    row["attribution"] = (
        {
            "text": row.pop("attribution_text"),
            "code": row.pop("attribution_code"),
            "kind": row.pop("attribution_kind"),
        }
        if row.get("attribution_text")
        else None
    )
    row.pop("attribution_text", None)
    row.pop("attribution_code", None)
    row.pop("attribution_kind", None)
    return row


# Sortable columns of the events table: the name a URL may carry -> the SQL it sorts by.
SORT_COLUMNS: dict[str, str] = {
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


def order_by(sort: str | None) -> str:
    """ORDER BY clause for a validated sort key ('date', '-goldstein'); ties broken by id."""
    key = sort or DEFAULT_SORT
    desc = key.startswith("-")
    col = SORT_COLUMNS[key.lstrip("-")]
    return f"{col} {'DESC' if desc else 'ASC'} NULLS LAST, e.id"


def list_events(
    cur: duckdb.DuckDBPyConnection,
    flt: EventFilter | TableFilter,
    *,
    limit: int,
    offset: int,
    sort: str | None = None,
) -> tuple[int, list[dict[str, Any]]]:
    """Return (total matching, one page of events), newest first unless `sort` says otherwise."""
    where, params = flt.where("e")
    total_row = cur.execute(f"SELECT count(*) FROM ev_flat e WHERE {where}", params).fetchone()
    total = int(total_row[0]) if total_row else 0
    rows = _rows(
        cur,
        f"{_EVENT_SELECT} WHERE {where} ORDER BY {order_by(sort)} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return total, [_event_out(r) for r in rows]


def list_actors(
    cur: duckdb.DuckDBPyConnection, *, q: str | None, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    """Actors seen in events or mentions, with their counts, most active first."""
    sql = """
    WITH ev AS (
        SELECT code, count(*) AS events FROM (
            SELECT DISTINCT e.id, u.code FROM ev_flat e, unnest(e.src_codes || e.tgt_codes) AS u(code)
        ) GROUP BY code
    ), me AS (
        SELECT code, count(*) AS mentions, count(DISTINCT article_id) AS articles,
               mode(text) AS name
        FROM mentions GROUP BY code
    )
    SELECT coalesce(ev.code, me.code) AS code, coalesce(me.name, coalesce(ev.code, me.code)) AS name,
           coalesce(ev.events, 0) AS events, coalesce(me.mentions, 0) AS mentions,
           coalesce(me.articles, 0) AS articles
    FROM ev FULL OUTER JOIN me ON ev.code = me.code
    """
    params: list[Any] = []
    outer = f"SELECT * FROM ({sql})"
    if q:
        outer += " WHERE code ILIKE ? ESCAPE '\\' OR name ILIKE ? ESCAPE '\\'"
        params += [f"%{like_escape(q)}%"] * 2
    total_row = cur.execute(f"SELECT count(*) FROM ({outer})", params).fetchone()
    total = int(total_row[0]) if total_row else 0
    rows = _rows(
        cur, f"{outer} ORDER BY events DESC, mentions DESC, code LIMIT ? OFFSET ?", [*params, limit, offset]
    )
    return total, rows


def get_actor(cur: duckdb.DuckDBPyConnection, code: str) -> dict[str, Any] | None:
    """One actor's counts, or None when the code occurs in no event and no mention."""
    row = cur.execute(
        """SELECT (SELECT count(*) FROM ev_flat e
                    WHERE list_contains(e.src_codes, $1) OR list_contains(e.tgt_codes, $1)),
                   (SELECT count(*) FROM mentions WHERE code = $1),
                   (SELECT count(DISTINCT article_id) FROM mentions WHERE code = $1),
                   (SELECT mode(text) FROM mentions WHERE code = $1)""",
        [code],
    ).fetchone()
    if row is None or (row[0] == 0 and row[1] == 0):
        return None
    return {"code": code, "name": row[3] or code, "events": row[0], "mentions": row[1], "articles": row[2]}


def actor_names(cur: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """The most frequent surface form of each actor code, for labels."""
    return {r[0]: r[1] for r in cur.execute("SELECT code, mode(text) FROM mentions GROUP BY code").fetchall()}


def get_article(cur: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    rows = _rows(
        cur,
        "SELECT id, source, start_line, end_line, title, date, author, outlet, language, url, text, "
        "duplicate_of FROM articles WHERE id = ?",
        [article_id],
    )
    if not rows:
        return None
    art = rows[0]
    art["date"] = _iso(art["date"])
    art["mentions"] = _rows(
        cur,
        'SELECT idx, start_char AS start, end_char AS "end", text, code, sector, kb_id, why, confidence '
        "FROM mentions WHERE article_id = ? ORDER BY start_char",
        [article_id],
    )
    art["events"] = [
        _event_out(r)
        for r in _rows(cur, f"{_EVENT_SELECT} WHERE e.article_id = ? ORDER BY e.idx", [article_id])
    ]
    return art


def search_articles(
    cur: duckdb.DuckDBPyConnection, q: str, *, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    """Articles whose title or text contains `q` (case-insensitive), with a snippet around it."""
    pattern = f"%{like_escape(q)}%"
    where = "(title ILIKE ? ESCAPE '\\' OR text ILIKE ? ESCAPE '\\')"
    total_row = cur.execute(f"SELECT count(*) FROM articles WHERE {where}", [pattern, pattern]).fetchone()
    total = int(total_row[0]) if total_row else 0
    rows = _rows(
        cur,
        f"SELECT id, title, date, outlet, text FROM articles WHERE {where} "
        "ORDER BY date DESC NULLS LAST, id LIMIT ? OFFSET ?",
        [pattern, pattern, limit, offset],
    )
    out = []
    for r in rows:
        text = r.pop("text") or ""
        pos = text.lower().find(q.lower())
        start = max(0, pos - 80) if pos >= 0 else 0
        r["snippet"] = (
            ("…" if start else "") + text[start : start + 240] + ("…" if start + 240 < len(text) else "")
        )
        r["date"] = _iso(r["date"])
        out.append(r)
    return total, out


def list_outlets(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Each outlet with its article and event counts and its modality mix (plain counts)."""
    rows = _rows(
        cur,
        """
        SELECT coalesce(a.outlet, '(unknown)') AS outlet, count(DISTINCT a.id) AS articles,
               count(e.id) AS events,
               count(e.id) FILTER (WHERE e.modality = 'asserted') AS asserted,
               count(e.id) FILTER (WHERE e.modality <> 'asserted') AS not_asserted
        FROM articles a LEFT JOIN events e ON e.article_id = a.id
        GROUP BY 1 ORDER BY events DESC, outlet
        """,
    )
    return rows


def date_bounds(cur: duckdb.DuckDBPyConnection) -> tuple[str | None, str | None]:
    row = cur.execute("SELECT min(date), max(date) FROM ev_flat").fetchone()
    if not row:
        return None, None
    return _iso(row[0]), _iso(row[1])


def outlet_names(cur: duckdb.DuckDBPyConnection) -> list[str]:
    return [
        r[0]
        for r in cur.execute(
            "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY 1"
        ).fetchall()
    ]


# Facets of the events table. One grouped pass counts the facets with one value per event; actors
# and sectors (several per event) take one pass each.
_CONF_BUCKET = (
    "CASE WHEN e.confidence >= 0.9 THEN '0.9' WHEN e.confidence >= 0.7 THEN '0.7' "
    "WHEN e.confidence >= 0.5 THEN '0.5' ELSE '0' END"
)
_SINGLE = {
    "event": "e.event",
    "quad": "CAST(e.quad_class AS VARCHAR)",
    "modality": "e.modality",
    "outlet": f"coalesce(e.outlet, '{UNKNOWN_OUTLET}')",
    "year": "CAST(year(e.date) AS VARCHAR)",
    "confidence": _CONF_BUCKET,
}
_MULTI = {
    "actor": "SELECT c AS v, count(*) AS n FROM (SELECT DISTINCT e.id, u.c FROM ev_flat e, "
    "unnest(e.src_codes || e.tgt_codes) AS u(c) WHERE {w}) GROUP BY 1",
    "sector": "SELECT s AS v, count(*) AS n FROM (SELECT DISTINCT e.id, t.s FROM ev_flat e, "
    "unnest(list_transform(e.source || e.target, lambda x: x.sector)) AS t(s) WHERE {w}) GROUP BY 1",
}
FACETS: tuple[str, ...] = ("event", "quad", "modality", "outlet", "actor", "sector", "confidence", "year")


def event_facets(
    cur: duckdb.DuckDBPyConnection, flt: EventFilter | TableFilter, *, top: int = 25
) -> dict[str, list[tuple[Any, int]]]:
    """For each facet, its values among the events that match `flt`, most frequent first
    (years and confidence steps from the highest down)."""
    where, params = flt.where("e")
    cols = ", ".join(f"{sql} AS {name}" for name, sql in _SINGLE.items())
    sets = ", ".join(f"({name})" for name in _SINGLE)
    rows = cur.execute(
        f"SELECT {', '.join(_SINGLE)}, count(*) AS n FROM (SELECT {cols} FROM ev_flat e WHERE {where}) "
        f"GROUP BY GROUPING SETS ({sets})",
        params,
    ).fetchall()
    out: dict[str, list[tuple[Any, int]]] = {name: [] for name in FACETS}
    names = list(_SINGLE)
    for row in rows:
        for i, name in enumerate(names):
            if row[i] is not None:
                value: Any = int(row[i]) if name == "quad" else row[i]
                out[name].append((value, int(row[-1])))
                break
    for name in _SINGLE:
        if name in ("year", "confidence"):
            out[name].sort(key=lambda vn: str(vn[0]), reverse=True)
        else:
            out[name].sort(key=lambda vn: (-vn[1], str(vn[0])))
        out[name] = out[name][:top]
    for name, sql in _MULTI.items():
        found = cur.execute(f"{sql.format(w=where)} ORDER BY n DESC, v LIMIT ?", [*params, top]).fetchall()
        out[name] = [(r[0], int(r[1])) for r in found if r[0] is not None]
    return out


def monthly_volume(cur: duckdb.DuckDBPyConnection, flt: EventFilter) -> list[dict[str, Any]]:
    """Events per month with their net tone: (cooperation - conflict) / all, weighting material 2:1."""
    where, params = flt.where("e")
    rows = cur.execute(
        f"""SELECT strftime(e.date, '%Y-%m') AS month, count(*) AS events,
               sum(CASE e.quad_class WHEN 1 THEN 1 WHEN 2 THEN 2 WHEN 3 THEN -1 WHEN 4 THEN -2 ELSE 0 END)
               / nullif(sum(CASE WHEN e.quad_class IN (2, 4) THEN 2 ELSE 1 END), 0) AS net,
               avg(e.goldstein) AS goldstein
            FROM ev_flat e WHERE {where} AND e.date IS NOT NULL GROUP BY 1 ORDER BY 1""",
        params,
    ).fetchall()
    return [
        {
            "month": r[0],
            "events": int(r[1]),
            "net": round(float(r[2] or 0.0), 3),
            "goldstein": round(float(r[3] or 0.0), 2),
        }
        for r in rows
    ]


# --- corrections ---------------------------------------------------------------------------------


def apply_corrections(cur: duckdb.DuckDBPyConnection, overlay: Overlay, event_ids: Iterable[str]) -> None:
    """Set the listed events of the in-memory events table to their corrected (or coded) fields.

    The stored file is untouched. Lists keep rejected events, marked in `correction` (reject,
    recode, confirm), so the analyst can see and withdraw a correction; the figures, read through
    the store's overlay, leave them out. An event without a correction gets its coded fields back.
    """
    for event_id in event_ids:
        fix = overlay.get(event_id)
        if fix is None:
            cur.execute(
                "UPDATE ev_flat SET event = s.event, cameo = s.cameo, goldstein = s.goldstein, "
                "quad_class = s.quad_class, source = s.source, target = s.target, src_codes = s.src_codes, "
                "tgt_codes = s.tgt_codes, modality = s.modality, correction = NULL "
                f"FROM ({EVENTS_RELATION}) s WHERE s.id = ev_flat.id AND ev_flat.id = ?",
                [event_id],
            )
            continue
        fields = fix.corrected if fix.action == "recode" else None
        if fields is None:
            cur.execute("UPDATE ev_flat SET correction = ? WHERE id = ?", [fix.action, event_id])
            continue
        cur.execute(
            "UPDATE ev_flat SET event = ?, cameo = ?, goldstein = ?, quad_class = ?, source = ?, target = ?, "
            "src_codes = ?, tgt_codes = ?, modality = ?, correction = ? WHERE id = ?",
            [
                fields.event,
                fields.cameo,
                fields.goldstein,
                fields.quad_class,
                [a.to_dict() for a in fields.source],
                [a.to_dict() for a in fields.target],
                list(fields.source_codes),
                list(fields.target_codes),
                fields.modality,
                fix.action,
                event_id,
            ],
        )
