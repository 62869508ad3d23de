"""The system model over stored events: dyads over time, signed graph, blocs, balance, axes,
outlet perspectives and what-if, each figure traceable to the events and sentences behind it."""

from __future__ import annotations

from ..store import EventFilter, Reader
from ._events import EvidenceRow, ModelSettings, load_events, net_of, net_score
from .axes import AxisEvidence, AxisSummary, extract_axes, implied_triangles, stored_axes
from .balance import Balance, Triad, balance, structural_balance
from .blocs import Blocs, blocs, blocs_over_time, certain_graph, find_blocs, stable_blocs
from .dyads import (
    DirectedDyad,
    Dyad,
    DyadTrend,
    directed_dyads,
    dyad_evidence,
    dyad_trends,
    dyads,
    trends_from_dyads,
)
from .graph import graph_from_dyads, signed_graph, window_graphs
from .perspectives import Disagreement, OutletActor, OutletDyad, disagreements, outlet_actors, outlet_dyads
from .snapshot import Snapshot, snapshot
from .whatif import Change, WhatIf, parse_change, what_if, what_if_model

__all__ = [
    "AxisEvidence",
    "AxisSummary",
    "Balance",
    "Blocs",
    "Change",
    "DirectedDyad",
    "Disagreement",
    "Dyad",
    "DyadTrend",
    "EventFilter",
    "EvidenceRow",
    "ModelSettings",
    "OutletActor",
    "OutletDyad",
    "Reader",
    "Snapshot",
    "Triad",
    "WhatIf",
    "balance",
    "blocs",
    "blocs_over_time",
    "certain_graph",
    "directed_dyads",
    "disagreements",
    "dyad_evidence",
    "dyad_trends",
    "dyads",
    "extract_axes",
    "find_blocs",
    "graph_from_dyads",
    "implied_triangles",
    "load_events",
    "net_of",
    "net_score",
    "outlet_actors",
    "outlet_dyads",
    "parse_change",
    "signed_graph",
    "snapshot",
    "stable_blocs",
    "stored_axes",
    "structural_balance",
    "trends_from_dyads",
    "what_if",
    "what_if_model",
    "window_graphs",
]
