"""Figures for the report, drawn with matplotlib (Agg) and returned as inline SVG text.

Text stays text (`svg.fonttype='none'`) and ids are salted per figure, so several figures can share a page.
"""

from __future__ import annotations

import html
import io
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import networkx as nx
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ..timeaxis import stray_early
from .data import DyadView

GREEN = "#1a7f4b"
RED = "#c0392b"
UNCERTAIN = "#b8860b"  # amber, as the report's set-aside and uncertain pills
# an uncertain tie that leans (`Dyad.lean`): a lighter tint of its side's colour, as its pill
LEAN = {"cooperative": "#7fbf9b", "conflictual": "#e0887c"}
GREY = "#8a8f98"
INK = "#1f2933"
QUAD_COLOURS = ("#7fc8a0", "#1a7f4b", "#f0a58f", "#c0392b")
FONT = ["DejaVu Sans", "Helvetica", "Arial", "sans-serif"]

_RC: Any = {  # Any: matplotlib types rc keys as a Literal union
    "svg.fonttype": "none",
    "font.family": "sans-serif",
    "font.sans-serif": FONT,
    "font.size": 9,
    "axes.edgecolor": "#c9ced6",
    "axes.labelcolor": INK,
    "xtick.color": "#52606d",
    "ytick.color": "#52606d",
}


def _to_svg(fig: Figure, salt: str) -> str:
    """Serialise a figure to an <svg> element that scales with its container."""
    buf = io.StringIO()
    with plt.rc_context({"svg.hashsalt": salt}):
        fig.savefig(buf, format="svg", bbox_inches="tight", transparent=True)
    plt.close(fig)
    svg = buf.getvalue()
    svg = svg[svg.index("<svg") :]
    # Width follows the page; the viewBox keeps the aspect ratio.
    svg = re.sub(r'<svg([^>]*?) width="[^"]+" height="[^"]+"', r'<svg\1 width="100%"', svg, count=1)
    svg = re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.S)
    return svg.replace("<svg ", f'<svg role="img" aria-label="{html.escape(salt)}" ', 1)


BLOC_FILLS = ("#dbe7f3", "#fde2c8", "#e4dcf1", "#d7eee9", "#f6d9e4", "#eee8c9", "#e0e0e0")


def _layout(g: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    """Cooperating actors sit close, conflicting ones apart: Kamada-Kawai on signed target distances.

    Distances are capped so that a few long chains do not squeeze the well-connected core together.
    """
    lengths = nx.Graph()
    lengths.add_nodes_from(g.nodes)
    for u, v, data in g.edges(data=True):
        lengths.add_edge(u, v, length=1.0 if data["net"] > 0 else 2.0)
    start = nx.spring_layout(lengths, seed=seed)
    if lengths.number_of_nodes() < 3:
        return {n: (float(x), float(y)) for n, (x, y) in start.items()}
    shortest = dict(nx.shortest_path_length(lengths, weight="length"))
    dist = {u: {v: min(shortest[u].get(v, 3.0), 3.0) for v in lengths.nodes} for u in lengths.nodes}
    pos = nx.kamada_kawai_layout(lengths, dist=dist, pos=start)
    return {n: (float(x), float(y)) for n, (x, y) in pos.items()}


def _spread_labels(
    ax: Any,
    texts: Mapping[str, Any],
    pos: Mapping[str, tuple[float, float]],
    tied: set[frozenset[str]],
    gap: float = 3.0,
    tie_gap: float = 48.0,
) -> dict[str, tuple[float, float]]:
    """Move the labels of `pos` apart until no two boxes overlap (with `gap` pixels between them, and
    `tie_gap` between two actors `tied` by an edge, so the tie shows), inside the axes as they are: each
    overlapping pair is pushed apart by half the overlap each along the axis where it overlaps least, in
    a fixed order (deterministic). Kamada-Kawai put two hubs that share most of their partners on top of
    each other (on the examples Armenia and Azerbaijan, whose 79-event tie then could not be seen).
    Returns the new positions in data coordinates."""
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    half = {}
    for node, t in texts.items():
        t.set_position(pos[node])
        t.draw(renderer)
        box = t.get_bbox_patch().get_window_extent(renderer)
        half[node] = (box.width / 2, box.height / 2)
    xy = {n: [float(v) for v in ax.transData.transform(pos[n])] for n in texts}
    frame = ax.bbox
    nodes = sorted(texts)
    for _ in range(500):
        moved = False
        for i, a in enumerate(nodes):
            for b in nodes[i + 1 :]:
                dx, dy = xy[b][0] - xy[a][0], xy[b][1] - xy[a][1]
                room = tie_gap if frozenset((a, b)) in tied else gap
                ox = half[a][0] + half[b][0] + room - abs(dx)
                oy = half[a][1] + half[b][1] + room - abs(dy)
                if ox <= 0 or oy <= 0:
                    continue
                moved = True
                k, d, o = (0, dx, ox) if ox < oy else (1, dy, oy)
                sign = 1.0 if d > 0 or (d == 0 and a < b) else -1.0
                xy[a][k] -= sign * o / 2
                xy[b][k] += sign * o / 2
        for n in nodes:  # inside the frame, so the picture keeps its scale
            xy[n][0] = min(max(xy[n][0], frame.x0 + half[n][0]), frame.x1 - half[n][0])
            xy[n][1] = min(max(xy[n][1], frame.y0 + half[n][1]), frame.y1 - half[n][1])
        if not moved:
            break
    back = ax.transData.inverted()
    out = {}
    for n in nodes:
        x, y = back.transform(xy[n])
        out[n] = (float(x), float(y))
        texts[n].set_position(out[n])
    return out


# the kinds of tie the network draws, in the key's order: (kind, label, colour, dash pattern in line widths
# (None: solid), opacity); the report writes the key in HTML from these
TIE_KINDS: tuple[tuple[str, str, str, tuple[float, float] | None, float], ...] = (
    ("cooperative", "cooperative (net > 0)", GREEN, None, 1.0),
    ("conflictual", "conflictual (net < 0)", RED, (3, 1.6), 1.0),
    ("uncertain", "uncertain (interval spans 0)", UNCERTAIN, (1, 1.4), 1.0),
    ("leans cooperative", "uncertain, leans cooperative", LEAN["cooperative"], (1, 1.4), 1.0),
    ("leans conflictual", "uncertain, leans conflictual", LEAN["conflictual"], (1, 1.4), 1.0),
    ("not firm", "not firm (thin, or left out of the blocs)", INK, (1, 1.4), 0.35),
)


def tie_kinds(g: nx.Graph) -> list[str]:
    """The kinds of tie (`TIE_KINDS`) among the graph's edges, in the key's order."""
    seen = set()
    for _, _, data in g.edges(data=True):
        if data["uncertain"]:
            seen.add(f"leans {data['lean']}" if data["lean"] else "uncertain")
        elif data["loose"]:
            seen.add("not firm")
        else:
            seen.add("cooperative" if data["net"] > 0 else "conflictual")
    return [kind for kind, *_ in TIE_KINDS if kind in seen]


def network_svg(
    dyads: Sequence[DyadView],
    *,
    blocs: Sequence[Sequence[str]] = (),
    labels: Mapping[str, str] | None = None,
    max_nodes: int = 30,
    seed: int = 7,
    placed: dict[str, tuple[float, float, float, float]] | None = None,
    key: list[str] | None = None,
) -> tuple[str, int, int]:
    """Signed graph of the dyads: green cooperative, red conflictual, width by event count.

    Node fill shows the bloc (if `blocs` is given), label size the actor's events; a node is labelled
    `labels[code]` where given (a name for places, authorities and organisations), else its code.
    Returns (svg, nodes drawn, edges drawn); only the `max_nodes` actors with most events are drawn.
    Labels never overlap (`_spread_labels`); `placed`, when given, receives each label's box in pixels
    (x0, y0, x1, y1), for tests. `key`, when given, receives the kinds of tie drawn, in `TIE_KINDS` order:
    the figure has no key of its own (a key drawn in the picture was cut off on a phone, where the
    picture scrolls sideways); the report writes it in HTML below it, where it wraps.
    """
    labels = labels or {}
    weight: dict[str, int] = {}
    for d in dyads:
        weight[d.a] = weight.get(d.a, 0) + d.events
        weight[d.b] = weight.get(d.b, 0) + d.events
    keep = set(sorted(weight, key=lambda k: (-weight[k], k))[:max_nodes])
    g = nx.Graph()
    for node in sorted(keep):
        g.add_node(node)
    for d in sorted(dyads, key=lambda d: (d.a, d.b)):
        if d.a in keep and d.b in keep and d.net != 0:  # a neutral pair has no sign to draw
            # a reading the blocs leave out: thin, or on 4+ articles whose widened interval reaches zero
            loose = not d.uncertain and (d.thin or not d.firm)
            g.add_edge(d.a, d.b, net=d.net, events=d.events, uncertain=d.uncertain, loose=loose, lean=d.lean)
    g.remove_nodes_from([n for n in list(g.nodes) if g.degree(n) == 0])
    if g.number_of_nodes() == 0:
        return "", 0, 0
    # only real blocs get a colour; an actor alone stays white
    bloc_of = {actor: i for i, bloc in enumerate(b for b in blocs if len(b) > 1) for actor in bloc}
    pos = _layout(g, seed)
    with plt.rc_context(_RC):
        fig, ax = plt.subplots(figsize=(9.0, 6.0))
        # the frame the labels are spread in: the layout's extent with a tenth of it on each side
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        mx, my = 0.1 * ((max(xs) - min(xs)) or 1.0), 0.1 * ((max(ys) - min(ys)) or 1.0)
        ax.set_xlim(min(xs) - mx, max(xs) + mx)
        ax.set_ylim(min(ys) - my, max(ys) + my)
        ax.set_axis_off()
        max_w = max(weight[n] for n in g.nodes)
        texts: dict[str, Any] = {}
        for node in sorted(g.nodes):
            idx = bloc_of.get(node)
            fill = BLOC_FILLS[idx % len(BLOC_FILLS)] if idx is not None else "white"
            texts[node] = ax.text(
                pos[node][0], pos[node][1], labels.get(node, node), ha="center", va="center", color=INK, fontweight="bold",
                fontsize=7.5 + 5.5 * math.sqrt(weight[node] / max_w), zorder=3,
                bbox={"boxstyle": "round,pad=0.35", "fc": fill, "ec": INK, "lw": 0.9},
            )  # fmt: skip
        pos = _spread_labels(ax, texts, pos, {frozenset((u, v)) for u, v in g.edges})
        if placed is not None:
            renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]  # Agg
            for node, t in texts.items():
                t.draw(renderer)
                box = t.get_bbox_patch().get_window_extent(renderer)
                placed[node] = (box.x0, box.y0, box.x1, box.y1)
        max_events = max(data["events"] for _, _, data in g.edges(data=True))
        for u, v, data in sorted(g.edges(data=True), key=lambda e: (e[2]["events"], e[0], e[1])):
            coop = data["net"] > 0
            # an uncertain tie (its interval reaches zero) is drawn grey and dotted, whatever its sign;
            # one that is not firm (thin, or its interval widened to what its articles can support
            # reaches zero: the blocs leave it out) keeps its colour, dotted and faint; an uncertain
            # one that leans (most resampled corpora on one side) is a lighter tint of that side, dotted
            colour = LEAN.get(data["lean"], UNCERTAIN) if data["uncertain"] else (GREEN if coop else RED)
            dotted = data["uncertain"] or data["loose"]
            style = (0, (1, 1.4)) if dotted else ("solid" if coop else (0, (3, 1.6)))
            ax.plot(
                [pos[u][0], pos[v][0]], [pos[u][1], pos[v][1]], color=colour,
                lw=0.8 + 5.0 * math.sqrt(data["events"] / max_events),
                alpha=0.4 if data["loose"] else 0.7,
                linestyle=style, solid_capstyle="round", zorder=1,
            )  # fmt: skip
        if key is not None:
            key[:] = tie_kinds(g)
        return _to_svg(fig, "signed-network"), g.number_of_nodes(), g.number_of_edges()


# the shared axis of the timelines leaves out a thin early tail: months before the first one from which
# at least this share of the events lies, when that shortens the axis by more than half
TIMELINE_KEEP = 0.95


def month_range(dyads: Sequence[DyadView]) -> list[str]:
    """Every month from the first to the last one seen in the dyads' timelines, less a thin early tail.

    A few events dated long before the rest (a background mention dated only to its year, "the 1992
    treaty") stretched the shared axis over decades and pressed every bar into its last few pixels.
    The axis starts at the first month from which `TIMELINE_KEEP` of the events lie, when that cuts
    it by more than half, and after a long empty stretch with few events before it (`timeaxis.stray_early`);
    `months_left_out` says what the panels then leave out.
    """
    counts: dict[str, int] = {}
    for d in dyads:
        for p in d.months:
            counts[p.window] = counts.get(p.window, 0) + sum(p.quad_counts)
    months = sorted(counts)
    if not months:
        return []
    full = _months_between(months[0], months[-1])
    total = sum(counts.values())
    before = 0
    start = months[0]
    for month in months:
        if before + counts[month] > (1 - TIMELINE_KEEP) * total:
            start = month
            break
        before += counts[month]
    axis = (
        _months_between(start, months[-1])
        if len(_months_between(start, months[-1])) * 2 < len(full)
        else full
    )
    # then the dyad page's rule (`timeaxis.stray_early`): the seeds' one event of 2008 beside a record of
    # 2018-2023 was over 5 % of nothing, yet stretched the axis over sixteen years
    cut = stray_early([counts.get(m, 0) for m in axis])
    return axis[cut:]


def months_left_out(dyads: Sequence[DyadView], months: Sequence[str]) -> tuple[int, str | None]:
    """How many events of the dyads' timelines fall before `months` (the shared axis), and the earliest month."""
    if not months:
        return 0, None
    early = [(p.window, sum(p.quad_counts)) for d in dyads for p in d.months if p.window < months[0]]
    return sum(n for _, n in early), min((w for w, _ in early), default=None)


def _months_between(first: str, last: str) -> list[str]:
    """Every month from `first` to `last` (YYYY-MM), both included."""
    y, m = map(int, first.split("-"))
    y1, m1 = map(int, last.split("-"))
    out = []
    while (y, m) <= (y1, m1):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def timeline_svg(dyad: DyadView, months: Sequence[str], *, ylim: float, max_events: int | None = None) -> str:
    """Small multiple: net score per month (bars) over the quad-class counts (stacked), shared axes."""
    if not months or not dyad.months:
        return ""
    index = {m: i for i, m in enumerate(months)}
    with plt.rc_context(_RC):
        fig, (top, bottom) = plt.subplots(
            2, 1, figsize=(4.2, 2.0), sharex=True, gridspec_kw={"height_ratios": [3, 2], "hspace": 0.22}
        )
        shown = [p for p in dyad.months if p.window in index]  # an early tail may lie before the axis
        xs = [index[p.window] for p in shown]
        nets = [p.net for p in shown]
        top.bar(xs, nets, width=0.8, color=[GREEN if n > 0 else RED for n in nets])
        top.axhline(0, color="#9aa5b1", lw=0.6)
        top.set_ylim(-ylim, ylim)
        top.set_yticks([-1, 0, 1], ["−1", "0", "+1"])
        top.set_ylabel("net", fontsize=7)
        bottoms = [0] * len(xs)
        for q in range(4):
            vals = [p.quad_counts[q] for p in shown]
            bottom.bar(xs, vals, width=0.8, bottom=bottoms, color=QUAD_COLOURS[q])
            bottoms = [b + v for b, v in zip(bottoms, vals, strict=True)]
        bottom.set_ylabel("events", fontsize=7)
        if max_events:
            bottom.set_ylim(0, max_events * 1.05)
        bottom.yaxis.set_major_locator(MaxNLocator(nbins=3, integer=True, min_n_ticks=1))
        for ax in (top, bottom):
            ax.spines[["top", "right"]].set_visible(False)
            ax.tick_params(labelsize=6.5, length=2)
        step = max(1, len(months) // 6)
        ticks = list(range(0, len(months), step))
        bottom.set_xticks(ticks, [months[i] for i in ticks])
        bottom.set_xlim(-0.7, len(months) - 0.3)
        return _to_svg(fig, f"timeline {dyad.key}")
