"""Exports of the stored events and graph: PLOVER JSONL, GDELT-style TSV, GraphML and Parquet.

Event exports keep every modality by default and carry it in each record, so a hypothetical or
denied event is never passed off as a fact; the graph export counts asserted events only.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import networkx as nx

from ..errors import InputError, StoreError
from ..records import MODALITIES
from ._events import ASSERTED, ConLike, check_modalities, connection
from .graph import signed_graph

__all__ = ["EXPORT_FORMATS", "GDELT_COLUMNS", "export"]

EXPORT_FORMATS: tuple[str, ...] = ("plover-jsonl", "gdelt-tsv", "graphml", "parquet")

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1Type1Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2Type1Code",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "SOURCEURL",
    "Outlet",
    "ArticleID",
    "PLOVER",
    "Modality",
)

_EVENT_SQL = """
    SELECT e.id, e.article_id, CAST(COALESCE(e.date, a.date) AS VARCHAR) AS date, e.date_precision,
           e.event, e.cameo, e.goldstein, e.quad_class, e.source, e.target, e.modality,
           e.attribution_text, e.attribution_code, e.attribution_kind, e.trigger, e.evidence_text,
           e.confidence, e.reciprocal, a.outlet, a.url, a.title, a.source AS source_path, a.language
    FROM events e LEFT JOIN articles a ON a.id = e.article_id
    WHERE e.modality IN (SELECT unnest(?))
      AND (CAST(? AS DATE) IS NULL OR COALESCE(e.date, a.date) >= CAST(? AS DATE))
      AND (CAST(? AS DATE) IS NULL OR COALESCE(e.date, a.date) <= CAST(? AS DATE))
    ORDER BY COALESCE(e.date, a.date) NULLS LAST, e.article_id, e.idx
"""


def _rows(
    con: duckdb.DuckDBPyConnection, mods: Sequence[str], since: str | None, until: str | None
) -> list[dict[str, Any]]:
    try:
        cur = con.execute(_EVENT_SQL, [list(mods), since, since, until, until])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    except duckdb.Error as exc:
        raise StoreError(f"cannot read events for export: {exc}") from exc


def _plover(r: dict[str, Any]) -> dict[str, Any]:
    def actors(xs: Any) -> list[dict[str, Any]]:
        return [
            {"actorText": x.get("text"), "code": x.get("code"), "sector": x.get("sector")} for x in xs or ()
        ]

    return {
        "id": r["id"],
        "date": r["date"],
        "datePrecision": r["date_precision"],
        "event": r["event"],
        "cameo": r["cameo"],
        "goldstein": r["goldstein"],
        "quadClass": r["quad_class"],
        "source": actors(r["source"]),
        "target": actors(r["target"]),
        "modality": r["modality"],
        "reciprocal": bool(r["reciprocal"]),
        "attribution": (
            {"text": r["attribution_text"], "code": r["attribution_code"], "kind": r["attribution_kind"]}
            if r["attribution_text"]
            else None
        ),
        "eventText": r["trigger"],
        "text": r["evidence_text"],
        "confidence": r["confidence"],
        "publication": r["outlet"],
        "url": r["url"],
        "title": r["title"],
        "articleId": r["article_id"],
        "language": r["language"],
    }


def _gdelt_rows(r: dict[str, Any]) -> list[list[Any]]:
    """One row per (source, target) pair, as GDELT has a single actor on each side."""
    sources = list(r["source"] or ()) or [None]
    targets = list(r["target"] or ()) or [None]
    cameo = r["cameo"] or ""
    out = []
    k = 0
    for s in sources:
        for t in targets:
            if s is not None and t is not None and s.get("code") == t.get("code"):
                continue
            row = [f"{r['id']}:{k}", (r["date"] or "").replace("-", "")]
            for a in (s, t):
                if a is None:
                    row += ["", "", "", ""]
                else:
                    code, sector = a.get("code") or "", a.get("sector") or ""
                    row += [f"{code}{sector}", a.get("text") or "", code, sector]
            row += [
                cameo,
                cameo[:3],
                cameo[:2],
                r["quad_class"],
                r["goldstein"],
                r["url"] or "",
                r["outlet"] or "",
                r["article_id"],
                r["event"],
                r["modality"],
            ]
            out.append(row)
            k += 1
    return out


def export(
    source: ConLike,
    fmt: str,
    output: str | Path,
    *,
    modalities: Sequence[str] | None = None,
    since: str | None = None,
    until: str | None = None,
) -> int:
    """Write the stored events (or, for graphml, the signed graph) to `output`; return rows/edges written.

    `modalities=None` exports every modality for the event formats and asserted events only for
    the graph.
    """
    if fmt not in EXPORT_FORMATS:
        raise InputError(f"unknown export format '{fmt}'", hint=f"use one of {', '.join(EXPORT_FORMATS)}")
    for bound in (since, until):
        if bound is not None and not _is_date(bound):
            raise InputError(f"bad date {bound!r}", hint="give dates as YYYY-MM-DD")
    out = Path(output)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the folder for {out}: {exc}", path=str(out)) from exc
    con = connection(source)
    if fmt == "graphml":
        g = signed_graph(source, since=since, until=until, modalities=modalities or ASSERTED)
        nx.write_graphml(g, str(out))
        return g.number_of_edges()
    mods = check_modalities(modalities) if modalities is not None else MODALITIES
    if fmt == "parquet":
        # COPY takes no bound parameter for the file name; quotes are doubled so any path works.
        target = str(out).replace("'", "''")
        query = _EVENT_SQL.replace("?", "{}").format(
            "[" + ", ".join("'" + m.replace("'", "''") + "'" for m in mods) + "]",
            *([f"'{since}'" if since else "NULL"] * 2),
            *([f"'{until}'" if until else "NULL"] * 2),
        )
        try:
            con.execute(f"COPY ({query}) TO '{target}' (FORMAT parquet)")
            row = con.execute(f"SELECT count(*) FROM read_parquet('{target}')").fetchone()
        except duckdb.Error as exc:
            raise StoreError(f"cannot write {out}: {exc}") from exc
        return int(row[0]) if row else 0
    rows = _rows(con, mods, since, until)
    try:
        with out.open("w", encoding="utf-8", newline="") as fh:
            if fmt == "plover-jsonl":
                for r in rows:
                    fh.write(json.dumps(_plover(r), ensure_ascii=False) + "\n")
                return len(rows)
            writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
            writer.writerow(GDELT_COLUMNS)
            n = 0
            for r in rows:
                for line in _gdelt_rows(r):
                    writer.writerow(line)
                    n += 1
            return n
    except OSError as exc:
        raise InputError(f"cannot write the export: {exc}", path=str(out)) from exc


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True
