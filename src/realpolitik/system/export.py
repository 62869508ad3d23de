"""Exports of the stored events and graph: PLOVER JSONL, GDELT-style TSV, GraphML and Parquet.

Event exports keep every modality by default and carry it in each record, so a hypothetical or
denied event is never passed off as a fact, and who claims each event in the words of the evidence rows
(`EvidenceRow.claimed_by`: the attributed speaker, the source of an accusation, threat or demand said, or the
outlet's own account), so a claim is never passed off as the outlet's account; the graph export counts
asserted events only.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import InputError, StoreError
from ..store import EventFilter, Reader
from ._events import ConLike, evidence_row
from .blocs import blocs
from .graph import signed_graph
from .names import Names

__all__ = ["EXPORT_FORMATS", "GDELT_COLUMNS", "export", "graphml_text"]

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
    "ClaimedBy",  # after the columns of earlier versions, which users read by position
)


def _claimed_by(r: dict[str, Any]) -> str:
    """Who claims an event, a row of the events relation (`Reader.events`), as its evidence row says it."""
    return evidence_row(r).claimed_by


def _rows(reader: Reader, flt: EventFilter) -> Iterator[dict[str, Any]]:
    for r in reader.events(flt):
        day = r["date"]
        yield {
            **r,
            "date": day.isoformat() if day is not None else None,
            "title": r["article_title"],
            "claimed_by": _claimed_by(r),
        }


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
        "claimed_by": r["claimed_by"],
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
                r["claimed_by"],
            ]
            out.append(row)
            k += 1
    return out


def graphml_text(
    g: nx.Graph, names: Mapping[str, str] | None = None, bloc_of: Callable[[str], int | None] | None = None
) -> str:
    """The signed graph as GraphML, the one writer of `export --format graphml` and the web's
    /api/graph.graphml: each node carries its code, display name, events and bloc (-1 in none), each
    edge every figure `graph_from_dyads` gives it (sign, net, weight, events, q1..q4, goldstein,
    outlets, articles, window, the interval and its reading, the floor and its reading, thin)."""
    out = nx.Graph()
    for n in sorted(g.nodes):
        bloc = bloc_of(n) if bloc_of is not None else None
        out.add_node(
            n,
            code=n,
            name=names[n] if names is not None else n,
            events=int(g.nodes[n]["events"]),
            bloc=-1 if bloc is None else bloc,
        )
    for u, v, data in g.edges(data=True):
        out.add_edge(u, v, **data)
    return "\n".join(nx.generate_graphml(out)) + "\n"


def export(source: ConLike, fmt: str, output: str | Path, flt: EventFilter | None = None) -> int:
    """Write the stored events (or, for graphml, the signed graph) to `output`; return rows/edges written.

    Without a filter, the event formats export every modality and the graph asserted events only.
    """
    if fmt not in EXPORT_FORMATS:
        raise InputError(f"unknown export format '{fmt}'", hint=f"use one of {', '.join(EXPORT_FORMATS)}")
    out = Path(output)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the folder for {out}: {exc}", path=str(out)) from exc
    reader = Reader.of(source)
    if fmt == "graphml":
        flt = flt or EventFilter()
        g = signed_graph(reader, flt)
        found = blocs(reader, flt) if len(g) else None
        text = graphml_text(g, Names(reader.actor_names()), found.bloc_of if found else None)
        try:
            out.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot write the export: {exc}", path=str(out)) from exc
        return g.number_of_edges()
    flt = flt or EventFilter(modalities=None)
    if fmt == "parquet":  # a folder: the store's tables as a dataset partitioned by month
        try:
            return reader.write_dataset(flt, out, {"claimed_by": _claimed_by})
        except StoreError as exc:
            raise StoreError(f"cannot write {out}: {exc}") from exc
    try:
        with out.open("w", encoding="utf-8", newline="") as fh:
            n = 0
            if fmt == "plover-jsonl":
                for r in _rows(reader, flt):
                    fh.write(json.dumps(_plover(r), ensure_ascii=False) + "\n")
                    n += 1
                return n
            writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
            writer.writerow(GDELT_COLUMNS)
            for r in _rows(reader, flt):
                for line in _gdelt_rows(r):
                    writer.writerow(line)
                    n += 1
            return n
    except OSError as exc:
        raise InputError(f"cannot write the export: {exc}", path=str(out)) from exc
