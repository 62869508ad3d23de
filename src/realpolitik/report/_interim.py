"""INTERIM: outlet perspectives and disagreements, until `realpolitik.system.perspectives` lands.

Built only from the system module's own functions (events per outlet grouped into dyads); delete once
the system engineer's perspectives module exists and `render.py` calls it instead.
"""

from __future__ import annotations

import duckdb

from ..system._events import load_events
from ..system.dyads import Dyad, dyads_from_events


def interim_outlet_dyads(con: duckdb.DuckDBPyConnection) -> dict[str, list[Dyad]]:
    """INTERIM. Per outlet, its asserted events grouped into whole-period dyads (system definitions)."""
    by_outlet: dict[str, list] = {}
    for row in load_events(con):
        by_outlet.setdefault(row.outlet or "(unknown outlet)", []).append(row)
    return {o: dyads_from_events(rows, window="all") for o, rows in sorted(by_outlet.items())}
