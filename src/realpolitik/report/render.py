"""Build the analyst's HTML report from a realpolitik DuckDB: one self-contained offline file.

Every figure comes from `realpolitik.system` (dyads, signed graph, blocs, balance); plots are inline SVG.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import duckdb
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from ..errors import RealpolitikError, StoreError
from ..system import dyads as sysdyads
from ..system._events import load_events
from ..system.balance import structural_balance
from ..system.blocs import find_blocs
from ..system.graph import signed_graph
from . import plots
from ._interim import interim_outlet_dyads
from .data import (
    NON_ASSERTED,
    QUAD_NAMES,
    Blocs,
    Disagreement,
    Dyad,
    Evidence,
    MonthPoint,
    OutletView,
    Perspectives,
    ReportData,
    Triad,
    evidence_from_rows,
    read_axes,
    read_corpus,
    read_modalities,
)

TEMPLATES = Path(__file__).parent / "templates"
TOP_DYADS = 8
TRENDS = {
    "cooperation->conflict": "turned conflictual",
    "conflict->cooperation": "turned cooperative",
    "single window": "one month only",
}


def _strength(d: Dyad) -> float:
    # the system graph's edge weight: net scaled by (1 + ln events), so well-attested pairs rank first
    return d.net * (1.0 + math.log(max(d.events, 1)))


def _evidence(con: duckdb.DuckDBPyConnection, ids: list[str], limit: int) -> list[Evidence]:
    if not ids:
        return []
    return evidence_from_rows(load_events(con, event_ids=ids, modalities=None), limit=limit)


def _dyads(con: duckdb.DuckDBPyConnection) -> list[Dyad]:
    """Whole-period dyads with their monthly timeline, trend and the set-aside events of each pair."""
    months: dict[tuple[str, str], list[MonthPoint]] = defaultdict(list)
    for m in sysdyads.dyads(con, window="month"):
        months[(m.a, m.b)].append(MonthPoint(m.window, m.net, m.quad_counts))
    trends = {(t.a, t.b): t for t in sysdyads.dyad_trends(con, window="month")}
    aside = {
        (d.a, d.b): list(d.event_ids) for d in sysdyads.dyads(con, window="all", modalities=NON_ASSERTED)
    }
    out = []
    for d in sysdyads.dyads(con, window="all"):
        trend = trends.get((d.a, d.b))
        label = None
        if trend is not None:
            label = TRENDS.get(trend.shift) or (
                "warming" if trend.slope > 0 else ("cooling" if trend.slope < 0 else "steady")
            )
        out.append(
            Dyad(
                a=d.a,
                b=d.b,
                events=d.events,
                net=d.net,
                mean_goldstein=d.goldstein,
                quad_counts=d.quad_counts,
                outlets=d.outlets,
                articles=d.articles,
                trend=label,
                months=sorted(months.get((d.a, d.b), []), key=lambda p: p.month),
                event_ids=list(d.event_ids),
                set_aside_ids=aside.get((d.a, d.b), []),
            )
        )
    return out


def _blocs(con: duckdb.DuckDBPyConnection, graph_dyads: dict[str, Dyad]) -> Blocs:
    graph = signed_graph(con)
    if graph.number_of_edges() == 0:
        return Blocs(available=False, note="No signed ties, so there are no blocs or triads to find.")
    found = find_blocs(graph)
    bal = structural_balance(graph)
    out = Blocs(
        available=True,
        blocs=[list(b) for b in found.blocs],
        balance=bal.balance,
        triads=bal.triads,
        frustration=found.frustration,
        frustrated_edges=list(found.frustrated_edges),
    )
    for t in bal.unbalanced:
        a, b, c = t.nodes
        edges = [(a, b, t.signs[0]), (a, c, t.signs[1]), (b, c, t.signs[2])]
        triad = Triad(members=t.nodes, signs=edges, description=t.description)
        for x, y, _ in edges:
            d = graph_dyads.get(f"{x}–{y}")
            triad.evidence[f"{x}–{y}"] = _evidence(con, d.event_ids, 2) if d else []
        out.unbalanced.append(triad)
    return out


def _perspectives(con: duckdb.DuckDBPyConnection, dyads: list[Dyad]) -> Perspectives:
    top = [d.key for d in sorted(dyads, key=lambda d: (-d.events, d.key))[:10]]
    p = Perspectives(dyads=top)
    by_dyad: dict[str, list[OutletView]] = defaultdict(list)
    for outlet, items in interim_outlet_dyads(con).items():
        for d in items:
            key = f"{d.a}–{d.b}"
            view = OutletView(outlet=outlet, dyad=key, events=d.events, net=d.net)
            by_dyad[key].append(view)
            if key in top:
                p.cells[(outlet, key)] = view
            view.evidence = _evidence(con, list(d.event_ids), 2)
    p.outlets = sorted({o for o, _ in p.cells})
    for key, views in by_dyad.items():
        pos = sorted((v for v in views if v.net > 0), key=lambda v: (-v.net, v.outlet))
        neg = sorted((v for v in views if v.net < 0), key=lambda v: (v.net, v.outlet))
        if pos and neg:
            p.disagreements.append(Disagreement(key, pos, neg, spread=pos[0].net - neg[0].net))
    p.disagreements.sort(key=lambda d: (-d.spread, -sum(v.events for v in d.positive + d.negative), d.dyad))
    return p


def _signed(x: float) -> str:
    return f"{x:+.2f}".replace("-", "−")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _summary(r: ReportData) -> list[str]:
    c, m = r.corpus, r.modalities
    out = []
    span = f", dated {c.first_date} to {c.last_date}" if c.first_date else ""
    langs = ", ".join(lang for lang, _ in c.languages) or "none"
    out.append(
        f"Read {_plural(c.articles, 'article')} from {_plural(len(c.outlets), 'outlet')} (languages: {langs}){span}; "
        f"{_plural(len(c.skipped), 'input')} skipped and {_plural(len(c.duplicates), 'near-duplicate')} set aside."
    )
    out.append(
        f"Coded {_plural(m.total, 'event')}; the {m.asserted} asserted ones are the basis of every figure below. "
        f"{m.set_aside} negated, hypothetical, normative or intended events were set aside, not counted."
    )
    for label, items in (("cooperative", r.cooperative), ("conflictual", r.conflictual)):
        if items:
            d = items[0]
            out.append(
                f"Most {label} pair: {d.key} (net {_signed(d.net)} from {_plural(d.events, 'event')} "
                f"in {_plural(d.outlets, 'outlet')})."
            )
    b = r.blocs
    if b.available and b.blocs:
        text = f"{_plural(len(b.blocs), 'bloc')}, the largest {', '.join(b.blocs[0])}"
        if b.triads:
            text += f"; {b.balance:.0%} of {_plural(b.triads, 'closed triad')} are balanced"
        if b.unbalanced:
            text += f"; unbalanced: {b.unbalanced[0].description}"
        out.append(text + ".")
    if r.axes:
        a = r.axes[0]
        out.append(
            f"Most-named alignment: “{a.name}” ({', '.join(a.members)}), named {_plural(a.mentions, 'time')} "
            f"in {_plural(len(a.outlets), 'outlet')}."
        )
    if r.perspectives.disagreements:
        dis = r.perspectives.disagreements[0]
        out.append(
            f"Outlets disagree most on {dis.dyad}: {dis.positive[0].outlet} net {_signed(dis.positive[0].net)} "
            f"vs {dis.negative[0].outlet} net {_signed(dis.negative[0].net)}."
        )
    return out


def build_report_data(db: str | Path, *, title: str | None = None) -> ReportData:
    """Read the store and the system model into a `ReportData` (no HTML)."""
    path = Path(db)
    if not path.is_file():
        raise StoreError(f"{path}: no such database (run `realpolitik analyze PATH --db {path}` first)")
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        raise StoreError(
            f"{path}: cannot open the database: {exc} (is another process writing to it?)"
        ) from exc
    try:
        corpus = read_corpus(con)
        modalities = read_modalities(con)
        dyads = _dyads(con)
        coop = sorted((d for d in dyads if d.net > 0), key=lambda d: (-_strength(d), d.key))[:TOP_DYADS]
        conf = sorted((d for d in dyads if d.net < 0), key=lambda d: (_strength(d), d.key))[:TOP_DYADS]
        shown = coop + conf
        months = plots.month_range(shown)
        for d in shown:
            d.evidence = _evidence(con, d.event_ids, 5)
            d.set_aside = _evidence(con, d.set_aside_ids, 4)
            d.timeline_svg = plots.timeline_svg(d, months, ylim=1.05)
        network, n_nodes, n_edges = plots.network_svg(dyads)
        data = ReportData(
            title=title or f"realpolitik report: {path.stem}",
            db_path=str(path),
            generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            corpus=corpus,
            modalities=modalities,
            dyads=dyads,
            cooperative=coop,
            conflictual=conf,
            blocs=_blocs(con, {d.key: d for d in dyads}),
            axes=read_axes(con),
            perspectives=_perspectives(con, dyads),
            network_svg=network,
            network_nodes=n_nodes,
            network_edges=n_edges,
            source_note="realpolitik.system",
        )
    except duckdb.Error as exc:
        raise StoreError(
            f"{path}: cannot read the analysis tables: {exc} (is it a realpolitik database?)"
        ) from exc
    finally:
        con.close()
    data.summary = _summary(data)
    return data


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["signed"] = _signed
    env.filters["svg"] = (
        Markup  # only our own matplotlib output goes through this; matplotlib escapes its text
    )
    env.filters["pct"] = lambda x, total: f"{100 * x / total:.0f}%" if total else "0%"
    return env


def render_report(db: str | Path, out: str | Path, *, title: str | None = None) -> Path:
    """Write the report for the database `db` to `out` (one self-contained HTML file); return its path."""
    data = build_report_data(db, title=title)
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    html = (
        _environment()
        .get_template("report.html.j2")
        .render(r=data, css=Markup(css), quad_names=QUAD_NAMES, non_asserted=NON_ASSERTED)
    )
    target = Path(out)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise RealpolitikError(
            f"{target}: cannot write the report: {exc} (check the folder is writable)"
        ) from exc
    return target
