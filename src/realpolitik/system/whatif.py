"""What-if: set or flip the sign of a dyad and see how blocs and balance change.

Works on a copy of the signed graph; the stored events are never touched. `what_if_model` starts
from the graph bloc detection uses (only firm ties; uncertain and thin ones are left out, sign 0), so
its "before" is what `blocs` says; with `with_uncertain=True` it starts from the full signed graph
instead, every tie with the sign of its net score, the uncertain and thin ones included. Each change
names the tie as the record reads it (`WhatIf.record`), so "+0 -> +1" on an uncertain or thin tie
says why it was 0, and one on a pair no event ties says that the tie set there weighs 1.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import networkx as nx

from ..errors import InputError
from ..store import EventFilter
from ._events import ConLike, ModelSettings, reading_of
from .balance import Balance, structural_balance
from .blocs import DEFAULT_SEED, Blocs, certain_graph, find_blocs
from .dyads import THIN_BELOW
from .graph import signed_graph

__all__ = ["Change", "WhatIf", "parse_change", "what_if", "what_if_model"]


@dataclass(frozen=True, slots=True)
class Change:
    """Set the a-b tie to `sign` (+1, -1 or 0), or flip its current sign when `sign` is None."""

    a: str
    b: str
    sign: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "sign": self.sign, "flip": self.sign is None}


@dataclass(frozen=True, slots=True)
class WhatIf:
    """Blocs and balance before and after the changes, and what moved."""

    changes: tuple[Change, ...]
    applied: tuple[tuple[str, str, int, int], ...]  # (a, b, sign before, sign after)
    blocs_before: Blocs
    blocs_after: Blocs
    balance_before: Balance
    balance_after: Balance
    moved: tuple[str, ...]  # actors whose bloc companions changed
    new_unbalanced: tuple[tuple[str, str, str], ...]
    resolved_unbalanced: tuple[tuple[str, str, str], ...]
    # what the graph started from: "blocs" (the firm ties `blocs` uses; the others are 0) or "all"
    base: str = "blocs"
    # per applied change, the tie as the record reads it: (reading, net, ci_low, ci_high, articles,
    # floor_low, floor_high), reading "none" where the texts tie the pair by no event (JSON: `record`,
    # beside `applied`)
    record: tuple[tuple[str, float, float, float, int, float, float], ...] = ()

    def describe(self, i: int) -> str:
        """The i-th applied change in words: the pair, how the record reads its tie, the signs."""
        a, b, s0, s1 = self.applied[i]
        reading, net, low, high, articles, flo, fhi = (
            self.record[i] if i < len(self.record) else ("", 0.0, 0.0, 0.0, 0, -1.0, 1.0)
        )
        if reading == "none":
            said = "no event ties them in the record"
        elif not reading:
            said = ""
        else:
            support = f"{articles} article{'s' if articles != 1 else ''}"
            thin = articles < THIN_BELOW
            said = (
                f"{reading} in the record (net {net:+.2f}, interval {low:+.2f} to {high:+.2f}, "
                f"{'thin: ' if thin else ''}{support})"
            )
            firm = reading_of(flo, fhi) != "uncertain"
            if self.base == "blocs" and not firm:
                if reading == "uncertain":
                    said += ", so left out of the blocs (0)"
                else:
                    said += (
                        f"; with the floor {flo:+.2f} to {fhi:+.2f}, too "
                        f"{'few articles' if thin else 'weak'} for the blocs, so left out (0)"
                    )
        out = f"{a}-{b}: {said + ': ' if said else ''}{s0:+d} -> {s1:+d}"
        if s0 == 0 and s1:
            # a tie the start graph lacks (or has as 0) carries no evidence: `what_if` gives it weight 1
            out += " (a tie set where the start has none weighs 1, as a tie on one article would)"
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "changes": [c.to_dict() for c in self.changes],
            "applied": [{"a": a, "b": b, "before": s0, "after": s1} for a, b, s0, s1 in self.applied],
            "base": self.base,
            "record": [self._record_dict(i) for i in range(min(len(self.applied), len(self.record)))],
            "before": {
                "blocs": [list(b) for b in self.blocs_before.blocs],
                "balance": self.balance_before.balance,
                "unbalanced_triads": [list(t.nodes) for t in self.balance_before.unbalanced],
            },
            "after": {
                "blocs": [list(b) for b in self.blocs_after.blocs],
                "balance": self.balance_after.balance,
                "unbalanced_triads": [list(t.nodes) for t in self.balance_after.unbalanced],
            },
            "moved": list(self.moved),
            "new_unbalanced": [list(t) for t in self.new_unbalanced],
            "resolved_unbalanced": [list(t) for t in self.resolved_unbalanced],
        }

    def _record_dict(self, i: int) -> dict[str, Any]:
        a, b, s0, s1 = self.applied[i]
        reading, net, low, high, articles, flo, fhi = self.record[i]
        out: dict[str, Any] = {
            "a": a,
            "b": b,
            "reading": reading,
            "net": net,
            "ci_low": low,
            "ci_high": high,
            "articles": articles,
        }
        if not s0 and s1:
            # a tie the start graph lacks (or has as 0) carries no evidence: it weighs 1 (`tie_strength`)
            out["set_weight"] = 1.0
        if reading != "none":
            out.update(
                thin=articles < THIN_BELOW,
                floor_low=flo,
                floor_high=fhi,
                floor_reading=reading_of(flo, fhi),
            )
        return out


def parse_change(text: str, *, flip: bool = False) -> Change:
    """Parse "A:B" (flip) or "A:B=-1" / "A:B=+1" / "A:B=0" (set) into a Change."""
    pair, _, value = text.partition("=")
    a, sep, b = pair.partition(":")
    a, b = a.strip(), b.strip()
    if not sep or not a or not b or a == b:
        raise InputError(f"cannot read the dyad {text!r}", hint="write two actor codes as A:B, e.g. RUS:TUR")
    if flip or not value:
        if value:
            raise InputError(f"{text!r}: a flip takes no value", hint="use --flip A:B or --set A:B=-1")
        return Change(a, b, None)
    try:
        sign = int(value.strip())
    except ValueError as exc:
        raise InputError(f"{text!r}: the sign must be -1, 0 or 1") from exc
    if sign not in (-1, 0, 1):
        raise InputError(f"{text!r}: the sign must be -1, 0 or 1")
    return Change(a, b, sign)


def _companions(b: Blocs) -> dict[str, frozenset[str]]:
    return {n: frozenset(bloc) - {n} for bloc in b.blocs for n in bloc}


def what_if(graph: nx.Graph, changes: Sequence[Change], *, seed: int = DEFAULT_SEED) -> WhatIf:
    """Apply sign changes to a copy of `graph` and compare blocs and balance before and after.

    Flipping a missing tie is an error; setting one adds a tie of weight +-1 (it carries no evidence
    of its own, so the partition weighs it as a tie on one article, `blocs.tie_strength`).
    """
    after = graph.copy()
    applied = []
    for c in changes:
        before_sign = int(after.edges[c.a, c.b]["sign"]) if after.has_edge(c.a, c.b) else 0
        if c.sign is None:
            if not after.has_edge(c.a, c.b) or before_sign == 0:
                raise InputError(
                    f"there is no signed tie between {c.a} and {c.b} to flip",
                    hint="use --set A:B=1 or A:B=-1 to create one, or check the codes with `realpolitik dyads`",
                )
            new_sign = -before_sign
        else:
            new_sign = c.sign
        if after.has_edge(c.a, c.b):
            data = after.edges[c.a, c.b]
            magnitude = abs(float(data.get("weight", 1.0))) or 1.0
            data.update(
                sign=new_sign, weight=new_sign * magnitude, net=new_sign * abs(float(data.get("net", 1.0)))
            )
        else:
            after.add_edge(c.a, c.b, sign=new_sign, weight=float(new_sign), net=float(new_sign), events=0)
        applied.append((c.a, c.b, before_sign, new_sign))
    blocs_before, blocs_after = find_blocs(graph, seed=seed), find_blocs(after, seed=seed)
    bal_before, bal_after = structural_balance(graph), structural_balance(after)
    comp_before, comp_after = _companions(blocs_before), _companions(blocs_after)
    moved = tuple(sorted(n for n in comp_after if comp_before.get(n, frozenset()) != comp_after[n]))
    unb_before = {t.nodes for t in bal_before.unbalanced}
    unb_after = {t.nodes for t in bal_after.unbalanced}
    return WhatIf(
        changes=tuple(changes),
        applied=tuple(applied),
        blocs_before=blocs_before,
        blocs_after=blocs_after,
        balance_before=bal_before,
        balance_after=bal_after,
        moved=moved,
        new_unbalanced=tuple(sorted(unb_after - unb_before)),
        resolved_unbalanced=tuple(sorted(unb_before - unb_after)),
    )


def what_if_model(
    source: ConLike,
    changes: Sequence[Change],
    flt: EventFilter = EventFilter(),
    *,
    min_events: int = 1,
    settings: ModelSettings = ModelSettings(),
    with_uncertain: bool = False,
) -> WhatIf:
    """`what_if` on the graph bloc detection uses: the firm whole-period ties (certain under the
    floor, `Dyad.firm`), partitioned with `settings.seed`, so "before" shows the blocs and balance
    that `blocs` reports. Flipping a tie that is not firm is an error (blocs give it no sign);
    setting one gives it the analyst's sign. With `with_uncertain`, the start is the full signed graph: every
    tie with the sign of its net score, uncertain or not (then "before" is not what `blocs` says,
    and an uncertain tie can be flipped)."""
    full = signed_graph(source, flt, min_events=min_events, settings=settings)
    graph = full if with_uncertain else certain_graph(full)
    record = []
    for c in changes:
        if full.has_edge(c.a, c.b):
            d = full.edges[c.a, c.b]
            record.append(
                (
                    str(d["reading"]),
                    float(d["net"]),
                    float(d["ci_low"]),
                    float(d["ci_high"]),
                    int(d.get("articles", 0)),
                    float(d.get("floor_low", d["ci_low"])),
                    float(d.get("floor_high", d["ci_high"])),
                )
            )
        else:
            record.append(("none", 0.0, 0.0, 0.0, 0, -1.0, 1.0))
        if with_uncertain:
            continue
        if c.sign is None and full.has_edge(c.a, c.b) and not graph.has_edge(c.a, c.b):
            d = full.edges[c.a, c.b]
            if d["reading"] == "uncertain":
                why = (
                    f"is uncertain (net {d['net']:+.2f}, interval {d['ci_low']:+.2f} to {d['ci_high']:+.2f})"
                )
            else:
                arts = int(d.get("articles", 0))
                why = (
                    f"reads {d['reading']}{f', thin: {arts} articles' if arts < THIN_BELOW else ''} "
                    f"(net {d['net']:+.2f}), but its interval with the floor reaches zero "
                    f"({float(d['floor_low']):+.2f} to {float(d['floor_high']):+.2f})"
                )
            raise InputError(
                f"the tie between {c.a} and {c.b} {why}, so blocs leave it out and it has no sign to flip",
                hint=f"give it a sign with --set {c.a}:{c.b}=1 or --set {c.a}:{c.b}=-1, "
                "or start from every tie with --with-uncertain",
            )
    found = what_if(graph, changes, seed=settings.seed)
    return replace(found, base="all" if with_uncertain else "blocs", record=tuple(record))
