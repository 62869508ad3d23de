"""The store's narrative tables: frames per article, the sentences that express them, and reads.

Kept beside store.py (the store owns it; no SQL elsewhere) so the frames can change without
touching the event tables. Saving an article's frames replaces them in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

import duckdb

from .store import Store, _among, _insert_rows, _literal

if TYPE_CHECKING:
    from .narratives.detect import Detection
    from .narratives.pack import Pack

SCHEMA = """
CREATE TABLE IF NOT EXISTS narrative_runs (
    article_id VARCHAR, pack VARCHAR, digest VARCHAR, detected_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS frames (
    article_id VARCHAR, frame VARCHAR, rank INTEGER, score DOUBLE
);
CREATE TABLE IF NOT EXISTS frame_sentences (
    article_id VARCHAR, frame VARCHAR, score DOUBLE, cue VARCHAR, matched VARCHAR,
    start_char INTEGER, end_char INTEGER, text VARCHAR, actors VARCHAR[], evidence BOOLEAN
);
"""


class Readable(Protocol):
    """What the reads need: a `Store` or the store's `Reader`."""

    con: duckdb.DuckDBPyConnection
    path: str


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def ensure_schema(store: Store) -> None:
    """Create the narrative tables if missing (a database from before narratives gains them)."""
    store.con.execute(SCHEMA)  # unkeyed; a writer's open already rebuilt older keyed tables (store.drop_keys)


def has_frames(store: Readable) -> bool:
    """Whether the database holds narrative tables at all (older databases do not)."""
    row = store.con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'narrative_runs' "
        "AND table_catalog = current_database() AND table_schema = current_schema()"
    ).fetchone()
    return bool(row and row[0])


def save_frames(
    store: Store, article_id: str, detection: Detection | None, *, pack: Pack | None = None
) -> None:
    """Replace one article's frames and sentence hits, marked with the pack that found them.

    `detection=None` records that the article has none under `pack` (an uncoded language).
    """
    name, digest = (detection.pack, detection.digest) if detection is not None else ("", "")
    if pack is not None:
        name, digest = pack.name, pack.digest
    if not digest:
        raise ValueError("save_frames needs a detection or the pack")
    with store.transaction() as con:
        _write_frames(con, [(article_id, detection)], {article_id: (name, digest)})


def save_many_frames(store: Store, detections: Sequence[tuple[str, Detection]]) -> None:
    """`save_frames` for several articles in one transaction, with a few statements for all of them."""
    if detections:
        with store.transaction() as con:
            _write_frames(con, detections, {aid: (d.pack, d.digest) for aid, d in detections})


def _write_frames(
    con: duckdb.DuckDBPyConnection,
    detections: Sequence[tuple[str, Detection | None]],
    packs: dict[str, tuple[str, str]],
) -> None:
    # The three tables are written together, here only: articles without a narrative_runs row (found
    # by a semi-join on its article ids) have nothing to replace. The DELETEs, which scan frame_sentences (no
    # index on article_id), are issued only for the others, so saving new articles' frames does not
    # grow with the store.
    known = con.execute(
        f"SELECT article_id FROM narrative_runs {_among('narrative_runs.article_id')}",
        [list(packs)],
    ).fetchall()
    if known:
        replaced = ", ".join(_literal(row[0]) for row in known)
        for table in ("frames", "frame_sentences", "narrative_runs"):
            con.execute(f"DELETE FROM {table} WHERE article_id IN ({replaced})")
    now = _now()
    _insert_rows(con, "narrative_runs", [[aid, name, digest, now] for aid, (name, digest) in packs.items()])
    found = [(aid, d) for aid, d in detections if d is not None]
    _insert_rows(
        con, "frames", [[aid, f.frame, i, f.score] for aid, d in found for i, f in enumerate(d.frames)]
    )
    rows: list[list[Any]] = []
    for aid, detection in found:
        evidence = {(f.frame, s.start) for f in detection.frames for s in f.sentences}
        rows.extend(
            [
                aid,
                h.frame,
                h.score,
                h.cue,
                h.matched,
                h.start,
                h.end,
                h.text,
                list(h.actors),
                (h.frame, h.start) in evidence,
            ]
            for h in detection.hits
        )
    _insert_rows(con, "frame_sentences", rows)


def stale_article_ids(store: Readable, digest: str) -> list[str]:
    """Coded articles whose frames were never detected, or detected with another pack."""
    rows = store.con.execute(
        "SELECT a.id FROM articles a LEFT JOIN narrative_runs n ON n.article_id = a.id "
        "WHERE a.coded_at IS NOT NULL AND a.duplicate_of IS NULL "
        "AND (n.digest IS NULL OR n.digest <> ?) ORDER BY a.source, a.start_line",
        [digest],
    ).fetchall()
    return [r[0] for r in rows]


def stored_pack_names(store: Readable) -> list[str]:
    rows = store.con.execute("SELECT DISTINCT pack FROM narrative_runs ORDER BY pack").fetchall()
    return [r[0] for r in rows]


def article_frames(
    store: Readable, *, outlet: str | None = None, frame: str | None = None
) -> list[dict[str, Any]]:
    """Every analysed article (optionally of one outlet, or carrying one frame) with its frames.

    Each frame carries its evidence sentences, best first. Articles come in date order.
    """
    where = ["n.article_id IS NOT NULL"]
    params: list[Any] = []
    if outlet is not None:
        where.append("coalesce(a.outlet, '') = ?")
        params.append(outlet)
    if frame is not None:
        where.append("EXISTS (SELECT 1 FROM frames f WHERE f.article_id = a.id AND f.frame = ?)")
        params.append(frame)
    rows = store.con.execute(
        "SELECT a.id, a.source, a.start_line, a.title, a.outlet, a.date FROM articles a "
        "JOIN narrative_runs n ON n.article_id = a.id WHERE "
        + " AND ".join(where)
        + " ORDER BY a.date NULLS LAST, a.source, a.start_line",
        params,
    ).fetchall()
    ids = [r[0] for r in rows]
    frames: dict[str, list[tuple[str, float]]] = {}
    sentences: dict[tuple[str, str], list[dict[str, Any]]] = {}
    if ids:
        for aid, fid, score in store.con.execute(
            "SELECT article_id, frame, score FROM frames WHERE list_contains(?, article_id) "
            "ORDER BY article_id, rank",
            [ids],
        ).fetchall():
            frames.setdefault(aid, []).append((fid, score))
        for aid, fid, score, cue, matched, start, end, text, actors in store.con.execute(
            "SELECT article_id, frame, score, cue, matched, start_char, end_char, text, actors "
            "FROM frame_sentences WHERE evidence AND list_contains(?, article_id) "
            "ORDER BY article_id, frame, score DESC, start_char",
            [ids],
        ).fetchall():
            sentences.setdefault((aid, fid), []).append(
                {
                    "text": text,
                    "score": score,
                    "cue": cue,
                    "matched": matched,
                    "start": start,
                    "end": end,
                    "actors": list(actors or []),
                }
            )
    out = []
    for aid, source, start_line, title, art_outlet, day in rows:
        out.append(
            {
                "article_id": aid,
                "source": source,
                "start_line": start_line,
                "title": title,
                "outlet": art_outlet,
                "date": day.isoformat() if day is not None else None,
                "frames": [
                    {"frame": fid, "score": score, "sentences": sentences.get((aid, fid), [])}
                    for fid, score in frames.get(aid, [])
                ],
            }
        )
    return out


def frame_hits(store: Readable, frames: Sequence[str]) -> list[dict[str, Any]]:
    """Evidence sentences of the given frames with their article's outlet and date."""
    rows = store.con.execute(
        "SELECT s.article_id, a.outlet, a.date, a.title, s.frame, s.score, s.text, s.actors "
        "FROM frame_sentences s JOIN articles a ON a.id = s.article_id "
        "JOIN frames f ON f.article_id = s.article_id AND f.frame = s.frame "
        "WHERE s.evidence AND list_contains(?, s.frame) ORDER BY a.date NULLS LAST, s.score DESC",
        [list(frames)],
    ).fetchall()
    names = ("article_id", "outlet", "date", "title", "frame", "score", "text", "actors")
    return [dict(zip(names, r, strict=True)) for r in rows]


def _check_sql(
    article_ids: Sequence[str], actors: Sequence[str], partners: Sequence[str], quad_classes: Sequence[int]
) -> tuple[str, list[Any]]:
    """The FROM/WHERE of the asserted events of these articles between `actors` and `partners`."""
    sql = (
        "FROM events WHERE list_contains(?, article_id) AND modality = 'asserted' "
        "AND list_contains(?, quad_class) AND ("
        "(len(list_intersect(list_transform(source, lambda x: x.code), ?)) > 0 "
        " AND len(list_intersect(list_transform(target, lambda x: x.code), ?)) > 0) OR "
        "(len(list_intersect(list_transform(source, lambda x: x.code), ?)) > 0 "
        " AND len(list_intersect(list_transform(target, lambda x: x.code), ?)) > 0))"
    )
    params: list[Any] = [
        list(article_ids),
        list(quad_classes),
        list(actors),
        list(partners),
        list(partners),
        list(actors),
    ]
    return sql, params


_EXAMPLE_KEYS = ("article_id", "cameo", "event", "date", "evidence")


def events_between(
    store: Readable,
    article_ids: Sequence[str],
    actors: Sequence[str],
    partners: Sequence[str],
    quad_classes: Sequence[int],
    *,
    limit: int = 3,
) -> tuple[int, list[dict[str, Any]]]:
    """Asserted events of these articles between `actors` and `partners` (either direction).

    Returns the count and up to `limit` examples (cameo, date, evidence sentence), earliest first.
    """
    if not article_ids:
        return 0, []
    sql, params = _check_sql(article_ids, actors, partners, quad_classes)
    row = store.con.execute("SELECT count(*) " + sql, params).fetchone()
    examples = store.con.execute(
        "SELECT article_id, cameo, event, date, evidence_text "
        + sql
        + " ORDER BY date NULLS LAST, article_id, idx LIMIT ?",
        [*params, limit],
    ).fetchall()
    return int(row[0]) if row else 0, [dict(zip(_EXAMPLE_KEYS, r, strict=True)) for r in examples]


def events_between_by_article(
    store: Readable,
    article_ids: Sequence[str],
    actors: Sequence[str],
    partners: Sequence[str],
    quad_classes: Sequence[int],
    *,
    limit: int = 3,
) -> dict[str, tuple[int, list[dict[str, Any]]]]:
    """`events_between` for each article at once, in one query: per article that has such events, their
    count and its first `limit` examples in the same order (date, article, index).

    The count and examples of any group of these articles follow from these (`merge_between`), so a page
    that sets events beside the frames of every outlet asks the database once per check, not twice per
    outlet and check (72 queries on the example corpus, most of the page's time). Memory is bounded by
    `limit` rows per article, not by the number of events.
    """
    if not article_ids:
        return {}
    sql, params = _check_sql(article_ids, actors, partners, quad_classes)
    rows = store.con.execute(
        "SELECT article_id, cameo, event, date, evidence_text, n FROM ("
        "SELECT article_id, cameo, event, date, evidence_text, idx, count(*) OVER (PARTITION BY article_id) AS n, "
        "row_number() OVER (PARTITION BY article_id ORDER BY date NULLS LAST, idx) AS k "
        + sql
        + ") WHERE k <= ? ORDER BY date NULLS LAST, article_id, idx",
        [*params, limit],
    ).fetchall()
    out: dict[str, tuple[int, list[dict[str, Any]]]] = {}
    for *values, n in rows:
        _, examples = out.setdefault(values[0], (int(n), []))
        examples.append(dict(zip(_EXAMPLE_KEYS, values, strict=True)))
    return out


def merge_between(
    per_article: dict[str, tuple[int, list[dict[str, Any]]]], article_ids: Sequence[str], *, limit: int = 3
) -> tuple[int, list[dict[str, Any]]]:
    """What `events_between` gives for `article_ids`, from `events_between_by_article` over a superset."""
    found = [per_article[a] for a in dict.fromkeys(article_ids) if a in per_article]
    examples = sorted(
        (e for _, ex in found for e in ex),
        key=lambda e: (e["date"] is None, e["date"] or 0, e["article_id"]),
    )
    return sum(n for n, _ in found), examples[:limit]
