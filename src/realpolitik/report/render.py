"""Build the analyst's HTML report from a realpolitik DuckDB: one self-contained offline file.

Every figure comes from `realpolitik.system` (dyads, signed graph, blocs, balance); plots are inline SVG.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import networkx as nx
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from ..errors import RealpolitikError, StoreError
from ..store import EventFilter, Reader
from ..system._events import ModelSettings, load_events
from ..system.axes import implied_triangles, stored_axes
from ..system.blocs import certain_graph
from ..system.dyads import THIN_BELOW, explain_dyads, percent
from ..system.dyads import Dyad as SystemDyad
from ..system.dyads import dyads as system_dyads
from ..system.names import GRAPH_LABEL_MAX, actor_label, graph_label, needs_name
from ..system.perspectives import outlet_actors
from ..system.snapshot import Snapshot, snapshot
from ..wording import outlet_name, outlet_order, plural, signed, unbroken
from . import plots
from .data import (
    NON_ASSERTED,
    QUAD_NAMES,
    Axis,
    BlocsView,
    Corpus,
    DisagreementView,
    DyadView,
    Evidence,
    LeftOut,
    Perspectives,
    ReportData,
    SideOutlet,
    SideView,
    TriadView,
    evidence_from_rows,
    read_corpus,
    read_modalities,
)

TEMPLATES = Path(__file__).parent / "templates"
TOP_DYADS = 8
TIMELINES = 4
TRENDS = {
    "cooperation->conflict": "turned conflictual",
    "conflict->cooperation": "turned cooperative",
    "single window": "one month only",
    # fewer than two months on the headline floor (2 articles, a reading): no turn, and no slope either;
    # the cell says how many months held ("sparse: 1 of 12 months"), in a word that fits the column
    "too few articles": "sparse",
}


def _strength(d: DyadView) -> float:
    # the system graph's edge weight: net scaled by (1 + ln events), so well-attested pairs rank first
    return d.net * (1.0 + math.log(max(d.events, 1)))


def _evidence(con: Reader, ids: list[str], limit: int) -> list[Evidence]:
    """Sentences behind some events; when they disagree in sign, both sides are shown."""
    if not ids:
        return []
    rows = load_events(con, EventFilter(event_ids=tuple(ids), modalities=None))
    coop = [r for r in rows if r.quad_class in (1, 2)]
    conf = [r for r in rows if r.quad_class not in (1, 2)]
    if not coop or not conf:
        return evidence_from_rows(rows, limit=limit)
    major, minor = (coop, conf) if len(coop) >= len(conf) else (conf, coop)
    few = max(1, limit * len(minor) // len(rows))
    picked = evidence_from_rows(major, limit=limit - few) + evidence_from_rows(minor, limit=few)
    return sorted(picked, key=lambda e: (e.date or "", e.event_id), reverse=True)


def _dyads(con: Reader, snap: Snapshot) -> list[DyadView]:
    """Whole-period dyads of the snapshot with their monthly timeline, trend and the set-aside
    events of each pair."""
    by_month, whole, settings = snap.monthly, snap.whole, snap.settings
    months: dict[tuple[str, str], list[SystemDyad]] = defaultdict(list)
    for m in by_month:
        months[(m.a, m.b)].append(m)
    trends = {(t.a, t.b): t for t in snap.trends}
    aside = {
        (d.a, d.b): list(d.event_ids)
        for d in system_dyads(con, EventFilter(modalities=NON_ASSERTED), window="all", settings=settings)
    }
    # an uncertain pair says why, in one line (`system.dyads.why_uncertain`)
    whys = explain_dyads(con, whole, snap.flt, window="all", level=settings.level)
    out = []
    for d in whole:
        trend = trends.get((d.a, d.b))
        label = None
        if trend is not None:
            label = TRENDS.get(trend.shift) or (
                "warming" if trend.slope > 0 else ("cooling" if trend.slope < 0 else "steady")
            )
            if trend.shift_from is not None and trend.shift != "stable":
                # a turn says which months it compares (each on the headline floor of articles)
                label = f"{label} ({trend.shift_from} to {trend.shift_to})"
            elif trend.shift == "too few articles" and 2 * len(trend.unsettled) >= len(trend.kept):
                # most months have articles enough and read uncertain: a mixed record, not a sparse one
                label = f"mixed: {len(trend.supported)} of {len(trend.kept)} months read"
            elif trend.shift == "too few articles":
                # its basis: how many of the pair's months rest on the floor (a trend compares two)
                label = f"{label}: {len(trend.supported)} of {len(trend.kept)} months"
            if trend.stray:
                label = f"{label}; {trend.left_off_short}"
        out.append(
            DyadView(
                dyad=d,
                trend=label,
                months=sorted(months.get((d.a, d.b), []), key=lambda p: p.window),
                set_aside_ids=aside.get((d.a, d.b), []),
                why=w.text if (w := whys.get((d.a, d.b, d.window))) is not None else "",
            )
        )
    return out


def _blocs(con: Reader, snap: Snapshot, graph_dyads: dict[str, DyadView]) -> BlocsView:
    full = snap.graph
    graph = certain_graph(full)
    if full.number_of_edges() == 0:
        return BlocsView(note="No signed ties, so there are no blocs or triads to find.")
    if graph.number_of_edges() == 0:
        return BlocsView(
            note="No signed tie holds up under resampling, so there are no blocs or triads to find."
        )
    out = BlocsView(found=snap.blocs, balanced=snap.balance)
    for t in snap.balance.unbalanced:
        triad = TriadView(t)
        for x, y, _ in triad.edges:
            d = graph_dyads.get(f"{x}–{y}")
            triad.evidence[f"{x}–{y}"] = _evidence(con, list(d.event_ids), 2) if d else []
        out.unbalanced.append(triad)
    return out


def _perspectives(con: Reader, snap: Snapshot, dyads: list[DyadView]) -> Perspectives:
    top = [d.key for d in sorted(dyads, key=lambda d: (-d.events, d.key))[:10]]
    p = Perspectives(dyads=top)
    views = {(od.outlet, f"{od.a}–{od.b}"): od for od in snap.outlet_dyads}
    p.cells = {k: v for k, v in views.items() if k[1] in top}
    # named outlets first, the unknown bucket last
    p.outlets = sorted({o for o, _ in p.cells}, key=outlet_order)
    for dis in snap.disagreements:
        sides = []
        for side in (dis.cooperative, dis.conflictual):
            # each outlet's figures in the disagreement's window (a year), not its whole record's
            outlets = [SideOutlet(o, n, e) for o, n, e in side.per_outlet]
            sides.append(SideView(side, outlets, evidence_from_rows(side.evidence, 3)))
        p.disagreements.append(DisagreementView(dis, *sides))
    # tone toward the most-targeted actors, per outlet
    tones = [t for t in outlet_actors(con, snap.flt) if t.as_target]
    totals: dict[str, int] = defaultdict(int)
    for t in tones:
        totals[t.actor] += t.as_target
    p.actors = sorted(totals, key=lambda a: (-totals[a], a))[:10]
    p.tone = {(t.outlet, t.actor): t for t in tones if t.actor in p.actors}
    p.tone_outlets = sorted({o for o, _ in p.tone}, key=outlet_order)
    return p


def _axes(con: Reader, graph: nx.Graph) -> list[Axis]:
    out = []
    for ax in stored_axes(con, graph=graph, max_evidence=5):
        evidence = [
            Evidence(
                event_id="",
                sentence=" ".join(e.evidence_text.split()),
                outlet=e.outlet,
                date=e.date,
                modality="named",
                attribution=None,
                attribution_kind=None,
                event="",
                cameo="",
                goldstein=0.0,
                quad_class=0,
                source="",
                target="",
                title=None,
                path="",
                line=None,
            )
            for e in ax.evidence
        ]
        out.append(
            Axis(
                name=ax.names[0] if ax.names else ax.kind,
                names=list(ax.names),
                kind=ax.kind,
                members=list(ax.members),
                mentions=ax.mentions,
                outlets=list(ax.outlets),
                articles=ax.articles,
                evidence=evidence,
                ties=list(ax.event_ties),
                supported=ax.supported,
                uncertain_ties=list(ax.uncertain_ties),
                holds=ax.holds,
            )
        )
    return out


def _names(side: SideView, shown: int = 2) -> str:
    names = [v.outlet for v in side.outlets]
    if len(names) <= shown:
        return " and ".join(names)
    return f"{', '.join(names[:shown])} and {len(names) - shown} more"


def _network_label(code: str, names: dict[str, str]) -> str:
    """An actor's label in the network figure: its name, as the web app's network writes it (a reader new to
    the codes reads "Azerbaijan", not AZE); a name too long for one line of a node on two lines, broken at the
    space nearest its middle; one too long for that too by `graph_label`'s short form (ICJ)."""
    name = actor_label(code, names)
    if len(name) <= GRAPH_LABEL_MAX:
        return name
    spaces = [i for i, ch in enumerate(name) if ch == " "]
    if spaces:
        cut = min(spaces, key=lambda i: abs(len(name) - 2 * i))
        if max(cut, len(name) - cut - 1) <= GRAPH_LABEL_MAX:
            return name[:cut] + "\n" + name[cut + 1 :]
    return graph_label(code, names)


def _summary(r: ReportData) -> list[str]:
    c, m = r.corpus, r.modalities
    out = []
    span = f", dated {c.first_date} to {c.last_date}" if c.first_date else ""
    langs = ", ".join(lang for lang, _ in c.languages) or "none"
    unnamed = f", {c.without_outlet} without a named outlet" if c.without_outlet else ""
    # "from 0 outlets, 5 without a named outlet" read as if no article came from anywhere
    sources = (
        f" from {plural(c.named_outlets, 'outlet')}{unnamed}"
        if c.named_outlets or not c.articles
        else ", none naming its outlet"
    )
    out.append(
        f"Read {plural(c.articles, 'article')}{sources} "
        f"(languages: {langs}){span}; "
        f"{plural(len(c.skipped), 'input')} skipped and {plural(len(c.duplicates), 'near-duplicate')} set aside."
    )
    out.append(
        f"Coded {plural(m.total, 'event')}; the {m.asserted} asserted ones are the basis of every figure below. "
        f"{m.set_aside} negated, hypothetical, normative or intended events were set aside, not counted."
    )
    for label, items in (("cooperative", r.cooperative), ("conflictual", r.conflictual)):
        if items:
            d = items[0]
            # (one pair of brackets: the parts are parted by semicolons, never "(... (+0.61 to +1.00 when ...))")
            out.append(
                f"Most {label} pair: {r.pair(d.a, d.b)} (net {signed(d.net)} from {plural(d.events, 'event')} in "
                f"{plural(d.articles, 'article')} and {plural(d.outlets, 'outlet') if d.outlets else 'no named outlet'}"
                f"; interval {signed(d.ci_low)} to {signed(d.ci_high)}{_allowing(d)}"
                f"{'; thin: so few articles say little' if d.thin else ''})."
            )
    leaning = [d for d in r.dyads if d.uncertain and d.net < 0 and d.articles >= r.left_out.floor]
    if not r.conflictual and leaning:
        # say why no conflictual pair is named: those leaning to conflict do not hold up; how far the
        # most leaning of them lean is said, as a share of resampled corpora, never as a reading
        out.append(
            f"No pair reads conflictual: the {plural(len(leaning), 'pair')} leaning to conflict on at least "
            f"{plural(r.left_out.floor, 'article')} "
            f"{'has an interval that reaches' if len(leaning) == 1 else 'have intervals that reach'} zero (uncertain)"
            f"{_leans([d for d in r.leaning_conflictual if not d.thin], r)}."
        )
    b = r.blocs
    if b.available and b.blocs and not b.split_supported:
        verdict = b.verdict()  # a sentence of its own in the blocs section; here it goes on after a colon
        out.append(r.named(f"Blocs: {verdict[:1].lower()}{verdict[1:]}"))
    elif b.available and b.blocs:
        if not b.groups:
            text = "No two actors form a bloc"
        elif len(b.groups) == 1:
            # one bloc is no "largest"; the actors the conflict sets apart stand alone, as section 7 says
            text = f"One bloc: {', '.join(map(r.name, b.groups[0]))}"
            if b.alone:
                text += f"; on their own: {', '.join(map(r.name, b.alone))}"
        else:
            text = f"{plural(len(b.groups), 'bloc')}, the largest {', '.join(map(r.name, b.groups[0]))}"
        if b.triads:
            text += f"; {b.balance:.0%} of {plural(b.triads, 'closed triad')} {'is' if b.triads == 1 else 'are'} balanced"
        if b.unbalanced:
            text += f"; unbalanced: {r.named(b.unbalanced[0].triad.description)}"
        members = [m for g in b.groups for m in g]
        if members and b.runs and not set(members) - set(b.unstable):
            # every membership comes and goes with the articles drawn: the grouping itself is no finding
            text += (
                f"; no member stays with its bloc in {b.stable_at:.0%} of the resampled runs, so the grouping "
                "does not hold up"
            )
        elif b.unstable:
            text += f"; unstable under resampling: {', '.join(map(r.name, b.unstable))}"
        out.append(text + ".")
    # the alignment headline too rests on at least the floor of articles
    named = [a for a in r.axes if a.articles >= r.left_out.floor]
    if named:
        a = named[0]
        out.append(
            f"Most-named alignment: “{a.name}” ({', '.join(map(r.name, a.members))}), named {plural(a.mentions, 'time')} "
            f"in {plural(a.articles, 'article')} from "
            f"{plural(len(a.outlets), 'named outlet') if a.outlets else 'no named outlet'}."
        )
    solid = [d for d in r.perspectives.disagreements if not d.thin]
    if solid:
        dis = solid[0]
        out.append(
            f"Outlets disagree most on {r.pair(dis.found.a, dis.found.b)}"
            + (f" in {dis.found.window}" if dis.found.window != "all" else "")
            + f": {_names(dis.cooperative)} "
            f"{'reports' if len(dis.cooperative.outlets) == 1 else 'report'} it as cooperative "
            f"(net {signed(dis.cooperative.net)}), {_names(dis.conflictual)} as conflictual "
            f"(net {signed(dis.conflictual.net)})."
        )
    lo = r.left_out
    if lo.total:
        # only the kinds of finding that were left out ("0 disagreements with a side ..." said nothing)
        kinds = [
            (lo.thin, f"{plural(lo.thin, 'pair')} resting on fewer than {plural(lo.pair_floor, 'article')} "
             "(too few for any reading)"),
            (lo.uncertain, f"{plural(lo.uncertain, 'pair')} on more whose interval spans zero (uncertain)"),
            (lo.thin_disagreements, f"{plural(lo.thin_disagreements, 'disagreement')} with a side resting on "
             f"fewer than {plural(lo.floor, 'article')}"),
            (lo.alignments, f"{plural(lo.alignments, 'alignment')} named in fewer than {plural(lo.floor, 'article')}"),
        ]  # fmt: skip
        said = [text for n, text in kinds if n]
        listed = ", ".join(said[:-1]) + " and " + said[-1] if len(said) > 1 else "".join(said)
        out.append(f"Left out of these headlines for thin support: {listed}.")
    if lo.thin_readings:
        out.append(
            f"{plural(lo.thin_readings, 'pair')} {'reads' if lo.thin_readings == 1 else 'read'} cooperative or "
            f"conflictual on fewer than {plural(lo.thin_below, 'article')}: marked thin wherever "
            f"{'it is' if lo.thin_readings == 1 else 'they are'} named, and left out of the blocs."
        )
    return out


def _leans(pairs: list[DyadView], r: ReportData, shown: int = 3) -> str:
    """How far the most leaning uncertain pairs (all leaning one way) lean, as a clause: "; Azerbaijan–Iran
    leans conflictual in 90 % of resampled corpora and Armenia–Azerbaijan in 86 %, short of a reading"; empty
    without any."""
    if not pairs:
        return ""
    head, *rest = pairs[:shown]
    text = f"{r.pair(head.a, head.b)} leans {head.lean} in {percent(head.lean_share or 0.0)} of resampled corpora"
    others = [f"{r.pair(d.a, d.b)} in {percent(d.lean_share or 0.0)}" for d in rest]
    if others:
        text += (", " + ", ".join(others[:-1]) if others[:-1] else "") + f" and {others[-1]}"
    return f"; {text}, short of a reading"


def _allowing(d: DyadView) -> str:
    """What the pair's few articles can support, where it is wider than its interval (a few articles
    that agree give a bootstrap interval of no width), as a clause after the interval: ", or +0.35 to
    +1.00 when widened to what 8 articles can support"."""
    if (d.floor_low, d.floor_high) == (d.ci_low, d.ci_high):
        return ""
    return (
        f", or {signed(d.floor_low)} to {signed(d.floor_high)} when widened to what "
        f"{plural(d.articles, 'article')} can support"
    )


def _default_title(c: Corpus) -> str:
    if c.first_date and c.last_date:
        span = (
            f"{c.first_date:%B %Y}"
            if c.first_date.strftime("%Y%m") == c.last_date.strftime("%Y%m")
            else (f"{c.first_date:%B %Y} to {c.last_date:%B %Y}")
        )
        return f"Relations in {plural(c.articles, 'article')}, {span}"
    return f"Relations in {plural(c.articles, 'article')}"


def build_report_data(
    db: str | Path,
    *,
    title: str | None = None,
    settings: ModelSettings = ModelSettings(),
    corrections: str | Path | None = None,
) -> ReportData:
    """Read the store and the system model into a `ReportData` (no HTML).

    `corrections`: the analyst's corrections file; every figure then applies it, and says so.
    """
    path = Path(db)
    con = Reader.open(path)
    applied: str | None = None
    try:
        if corrections is not None:
            from ..corrections import load_overlay
            from ..system._events import Corrected

            overlay = load_overlay(con.con, corrections)
            con.overlay = Corrected(con.con, overlay)
            applied = f"{overlay.summary()} from {Path(corrections).name}"
        corpus = read_corpus(con)
        modalities = read_modalities(con)
        snap = snapshot(con, settings=settings)
        graph = snap.graph
        dyads = _dyads(con, snap)
        floor = settings.min_articles

        def headline(d: DyadView, reading: str) -> bool:
            return d.reading == reading and d.articles >= floor

        # a thin pair (a reading on fewer than 4 articles) is shown, marked thin, after the others
        coop = sorted(
            (d for d in dyads if headline(d, "cooperative")), key=lambda d: (d.thin, -_strength(d), d.key)
        )
        conf = sorted(
            (d for d in dyads if headline(d, "conflictual")), key=lambda d: (d.thin, _strength(d), d.key)
        )
        coop, conf = coop[:TOP_DYADS], conf[:TOP_DYADS]

        def leaning(side: str) -> list[DyadView]:
            # uncertain pairs that lean (no reading: said beside the headlines, never among them)
            found = (d for d in dyads if d.lean == side and d.articles >= floor)
            return sorted(found, key=lambda d: (-(d.lean_share or 0.0), d.key))

        perspectives = _perspectives(con, snap, dyads)
        axes = _axes(con, graph)
        # below the headline floor a pair reads uncertain whatever it says: counted once, as thin; a
        # reading on at least the floor but fewer than THIN_BELOW articles is named, marked thin
        left_out = LeftOut(
            floor=floor,
            pair_floor=floor,
            thin=sum(1 for d in dyads if d.articles < floor),
            uncertain=sum(1 for d in dyads if d.uncertain and d.articles >= floor),
            thin_readings=sum(1 for d in dyads if not d.uncertain and d.thin),
            thin_below=THIN_BELOW,
            thin_disagreements=sum(1 for d in perspectives.disagreements if d.thin),
            alignments=sum(1 for a in axes if a.articles < floor),
        )
        for d in coop + conf:
            d.evidence = _evidence(con, list(d.event_ids), 5)
            d.set_aside = _evidence(con, d.set_aside_ids, 4)
        # small multiples for the strongest few of each sign, on one shared set of axes
        multiples = coop[:TIMELINES] + conf[:TIMELINES]
        months = plots.month_range(multiples)
        early = plots.months_left_out(multiples, months)
        # (events with no date, neither their own nor their article's, have no month to be drawn in)
        undated = sum(
            max(0, sum(d.quad_counts) - sum(sum(p.quad_counts) for p in d.months)) for d in multiples
        )
        peak = max((sum(p.quad_counts) for d in multiples for p in d.months), default=1)
        for d in multiples:
            d.timeline_svg = plots.timeline_svg(d, months, ylim=1.05, max_events=peak)
        blocs = _blocs(con, snap, {d.key: d for d in dyads})
        # places, authorities and organisations are named (a bare XNK or IGO-CSTO says nothing)
        codes = sorted({c for d in dyads for c in (d.a, d.b)})
        labels = {c: actor_label(c, snap.names) for c in codes if needs_name(c)}
        drawn: list[str] = []
        network, n_nodes, n_edges = plots.network_svg(
            dyads, blocs=blocs.blocs, labels={c: _network_label(c, snap.names) for c in codes}, key=drawn
        )
        data = ReportData(
            title=title or _default_title(corpus),
            db_path=str(path),
            generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            corpus=corpus,
            modalities=modalities,
            dyads=dyads,
            cooperative=coop,
            conflictual=conf,
            blocs=blocs,
            axes=axes,
            # a triangle is a finding only where all three ties hold up under resampling
            implied_triangles=implied_triangles(certain_graph(graph)),
            perspectives=perspectives,
            left_out=left_out,
            names=snap.names,
            labels=labels,
            network_svg=network,
            network_key=[
                {"label": label, "colour": colour, "dash": dash, "opacity": opacity}
                for kind, label, colour, dash, opacity in plots.TIE_KINDS
                if kind in drawn
            ],
            network_nodes=n_nodes,
            network_edges=n_edges,
            timeline_left_out=early,
            timeline_undated=undated,
            source_note="realpolitik.system",
            corrections=applied,
            leaning_cooperative=leaning("cooperative"),
            leaning_conflictual=leaning("conflictual"),
            uncertain_even=sorted(
                (d for d in dyads if d.uncertain and d.lean is None and d.articles >= floor),
                key=lambda d: (-d.articles, d.key),
            ),
            lean_at=settings.lean,
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
    env.filters["signed"] = signed
    env.filters["unbroken"] = unbroken  # "97.5 %" never broken over two lines of a page
    env.filters["svg"] = (
        Markup  # only our own matplotlib output goes through this; matplotlib escapes its text
    )
    env.filters["pct"] = lambda x, total: f"{100 * x / total:.0f}%" if total else "0%"
    env.filters["share"] = percent  # a share of resampled corpora: "87 %"
    env.filters["outlet"] = outlet_name  # "unknown outlet", as the web app and the CLI write it
    return env


def _narratives(db: str | Path) -> dict[str, object] | None:
    """The narratives section's data (frames per outlet, evidence, oppositions), None without frames."""
    from ..narratives import load_pack
    from ..narratives.model import view

    reader = Reader.open(Path(db))
    try:
        return view(reader, load_pack())
    finally:
        reader.close()


def render_report(
    db: str | Path, out: str | Path, *, title: str | None = None, corrections: str | Path | None = None
) -> Path:
    """Write the report for the database `db` to `out` (one self-contained HTML file); return its path.

    With `corrections` (the analyst's corrections file) every figure applies them and the report says so.
    """
    data = build_report_data(db, title=title, corrections=corrections)
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    html = (
        _environment()
        .get_template("report.html.j2")
        .render(
            r=data,
            css=Markup(css),
            quad_names=QUAD_NAMES,
            non_asserted=NON_ASSERTED,
            bloc_fills=plots.BLOC_FILLS,
            n=_narratives(db),
        )
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
