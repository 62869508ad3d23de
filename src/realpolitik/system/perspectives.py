"""Outlet perspectives: how each outlet portrays each dyad and each actor, and where outlets disagree.

A disagreement is a dyad that one outlet reports as cooperative and another as conflictual; the
sentences on each side are returned so a reader can judge the two stories.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..store import EventFilter, goldstein_hundredths, mean_goldstein, weighed_count
from ..wording import plural
from ._events import ConLike, EvidenceRow, ModelSettings, check_window, load_events, net_of, window_label

__all__ = [
    "Disagreement",
    "OutletActor",
    "OutletDyad",
    "OutletSide",
    "disagreements",
    "outlet_actors",
    "outlet_dyads",
]

UNKNOWN_OUTLET = "(unknown outlet)"
# the window the report, the web app and the CLI compare outlets in: the same year, so that a relation that
# changed over time (a 2020 war against 2022 talks) is no disagreement between the outlets reporting each
DISAGREEMENT_WINDOW = "year"


@dataclass(frozen=True, slots=True)
class OutletDyad:
    """One outlet's picture of one unordered pair (a < b)."""

    outlet: str
    a: str
    b: str
    events: int
    net: float  # net cooperation score, as in `Dyad.net`
    goldstein: float
    quad_counts: tuple[int, int, int, int]
    event_ids: tuple[str, ...]
    articles: int = 0  # distinct articles of the outlet giving these events

    def thin(self, floor: int = ModelSettings().min_articles) -> bool:
        """Resting on fewer than `floor` articles of the outlet (the headline floor, 2): one report is
        no picture of how the outlet sees the pair, and is shown as such."""
        return self.articles < floor

    def to_dict(self) -> dict[str, Any]:
        return {
            "outlet": self.outlet,
            "a": self.a,
            "b": self.b,
            "events": self.events,
            "net": self.net,
            "goldstein": self.goldstein,
            "quad_counts": list(self.quad_counts),
            "event_ids": list(self.event_ids),
            "articles": self.articles,
        }


@dataclass(frozen=True, slots=True)
class OutletActor:
    """One outlet's picture of one actor: what others do to it (tone) and what it does."""

    outlet: str
    actor: str
    as_target: int  # events with the actor as target
    tone: float  # mean Goldstein of those events: how the outlet says the actor is treated
    net_as_target: float
    as_source: int  # events with the actor as source
    net_as_source: float  # how the outlet says the actor behaves
    goldstein_as_source: float
    target_articles: int = 0  # distinct articles of the outlet giving the events with the actor as target

    def thin(self, floor: int = ModelSettings().min_articles) -> bool:
        """The tone rests on fewer than `floor` articles of the outlet (the headline floor, 2): one report is
        no picture of how the outlet says the actor is treated, and is shown as such."""
        return self.target_articles < floor

    def to_dict(self) -> dict[str, Any]:
        return {
            "outlet": self.outlet,
            "actor": self.actor,
            "as_target": self.as_target,
            "target_articles": self.target_articles,
            "tone": self.tone,
            "net_as_target": self.net_as_target,
            "as_source": self.as_source,
            "net_as_source": self.net_as_source,
            "goldstein_as_source": self.goldstein_as_source,
        }


@dataclass(frozen=True, slots=True)
class OutletSide:
    """The outlets on one side of a disagreement, with the sentences they rest on."""

    outlets: tuple[str, ...]
    net: float  # net score of the side's events pooled
    events: int
    evidence: tuple[EvidenceRow, ...]
    articles: int = 0  # distinct articles the side's events come from
    # each outlet's own net and events in the disagreement's window (not over the whole record: in a year's
    # disagreement an outlet on the cooperative side showed its whole-record net, negative)
    per_outlet: tuple[tuple[str, float, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "outlets": list(self.outlets),
            "net": self.net,
            "events": self.events,
            "articles": self.articles,
            "evidence": [e.to_dict() for e in self.evidence],
            "per_outlet": [{"outlet": o, "net": n, "events": e} for o, n, e in self.per_outlet],
        }


@dataclass(frozen=True, slots=True)
class Disagreement:
    """A dyad that outlets portray with opposite signs.

    `score` = (cooperative side's pooled net - conflictual side's pooled net) / 2, in (0, 1]: 1 means
    the outlets of one side report pure cooperation and those of the other pure conflict. (Until the
    thirty-fifth session it took the most cooperative and the most conflictual outlet: one outlet's one
    sentence set a score of 1.00 beside a side whose pooled net was -0.18.) The score says how opposite the
    two stories are, not how much they rest on: a disagreement is a finding only when each side rests
    on at least `floor` articles (the headline floor, 2); a thinner one is `thin`, ranked after every
    finding and shown with `thin_note`.
    """

    a: str
    b: str
    score: float
    cooperative: OutletSide
    conflictual: OutletSide
    window: str = "all"  # the window both sides report on, or "all"
    floor: int = ModelSettings().min_articles  # articles each side needs to be a finding

    @property
    def one_sentence(self) -> bool:
        """True when a side rests on a single event: possibly one miscoded sentence."""
        return min(self.cooperative.events, self.conflictual.events) < 2

    @property
    def thin(self) -> bool:
        """True when a side rests on fewer than `floor` articles: one article per side, however many
        events it gives, is one report against another, no finding about the outlets."""
        return min(self.cooperative.articles, self.conflictual.articles) < self.floor

    @property
    def thin_note(self) -> str:
        """What a thin disagreement rests on, in words ("rests on one article a side", "its cooperative
        side rests on one article"); empty for a finding."""
        if not self.thin:
            return ""
        low = [
            (name, s.articles)
            for name, s in (("cooperative", self.cooperative), ("conflictual", self.conflictual))
            if s.articles < self.floor
        ]
        if len(low) == 2:
            n, m = low[0][1], low[1][1]
            return "rests on one article a side" if n == m == 1 else f"rests on {n} and {m} articles"
        name, n = low[0]
        return f"its {name} side rests on {'one article' if n == 1 else plural(n, 'article')}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "window": self.window,
            "score": self.score,
            "one_sentence": self.one_sentence,
            "thin": self.thin,
            "floor": self.floor,
            "cooperative": self.cooperative.to_dict(),
            "conflictual": self.conflictual.to_dict(),
        }


def _mean(xs: Sequence[float | None]) -> float:
    """The mean of the weights given (None: an event without one, left out of the mean)."""
    return mean_goldstein(goldstein_hundredths(xs), weighed_count(xs))


def _by_outlet_pair(rows: Sequence[EvidenceRow]) -> dict[tuple[str, str, str], list[EvidenceRow]]:
    groups: dict[tuple[str, str, str], list[EvidenceRow]] = defaultdict(list)
    for r in rows:
        for a, b in r.undirected_pairs():
            groups[(r.outlet or UNKNOWN_OUTLET, a, b)].append(r)
    return groups


def outlet_dyads(source: ConLike, flt: EventFilter = EventFilter()) -> list[OutletDyad]:
    """Every (outlet, dyad) with its net score, most reported first."""
    rows = load_events(source, flt)
    out = []
    for (outlet, a, b), g in _by_outlet_pair(rows).items():
        quads = [r.quad_class for r in g]
        out.append(
            OutletDyad(
                outlet=outlet,
                a=a,
                b=b,
                events=len(g),
                net=net_of(g, (a, b)),
                goldstein=_mean([r.weight for r in g]),
                quad_counts=(quads.count(1), quads.count(2), quads.count(3), quads.count(4)),
                event_ids=tuple(r.event_id for r in g),
                articles=len({r.article_id for r in g}),
            )
        )
    out.sort(key=lambda d: (-d.events, d.outlet, d.a, d.b))
    return out


def outlet_actors(source: ConLike, flt: EventFilter = EventFilter()) -> list[OutletActor]:
    """Every (outlet, actor): tone toward the actor as target and its portrayed behaviour as source."""
    rows = load_events(source, flt)
    # keyed by event id so an event with several targets counts once per actor
    as_target: dict[tuple[str, str], dict[str, EvidenceRow]] = defaultdict(dict)
    as_source: dict[tuple[str, str], dict[str, EvidenceRow]] = defaultdict(dict)
    for r in rows:
        outlet = r.outlet or UNKNOWN_OUTLET
        for s, t in r.directed_pairs():
            as_source[(outlet, s)][r.event_id] = r
            as_target[(outlet, t)][r.event_id] = r
    wanted = set(flt.actors) or None
    out = []
    for key in sorted(set(as_target) | set(as_source)):
        if wanted is not None and key[1] not in wanted:
            continue
        tg = list(as_target.get(key, {}).values())
        sr = list(as_source.get(key, {}).values())
        out.append(
            OutletActor(
                outlet=key[0],
                actor=key[1],
                as_target=len(tg),
                tone=_mean([r.weight for r in tg]),
                net_as_target=net_of(tg),
                as_source=len(sr),
                net_as_source=net_of(sr),
                goldstein_as_source=_mean([r.weight for r in sr]),
                target_articles=len({r.article_id for r in tg}),
            )
        )
    return out


def disagreements(
    source: ConLike,
    flt: EventFilter = EventFilter(),
    *,
    min_events: int = 1,
    max_evidence: int = 5,
    window: str = "all",
    min_articles: int = ModelSettings().min_articles,
) -> list[Disagreement]:
    """Dyads where some outlet's net is > 0 and another's < 0 in the same window: the findings (each
    side on at least `min_articles` articles) strongest first, then the thin ones strongest first.

    With a window such as "year", only reports on the same period are compared, which keeps a
    change of the relation over time from passing for a disagreement between outlets; "all" (the
    default) compares over the whole period. Outlets with fewer
    than `min_events` events on the dyad in the window are not counted; each side keeps up to
    `max_evidence` sentences (the ones that carry its sign). Articles whose outlet is unknown are
    left out: pooled, they are no one outlet and cannot take a side against one.
    """
    check_window(window)
    rows = [r for r in load_events(source, flt) if r.outlet]
    by_window: dict[str, list[EvidenceRow]] = defaultdict(list)
    for r in rows:
        label = window_label(r.date, window)
        if label is not None:
            by_window[label].append(r)
    per_pair: dict[tuple[str, str, str], dict[str, list[EvidenceRow]]] = defaultdict(dict)
    for label, group in by_window.items():
        for (outlet, a, b), g in _by_outlet_pair(group).items():
            if len(g) >= min_events:
                per_pair[(label, a, b)][outlet] = g
    out = []
    for (label, a, b), by_outlet in per_pair.items():
        nets = {o: net_of(g, (a, b)) for o, g in by_outlet.items()}
        hi, lo = max(nets.values()), min(nets.values())
        if not (hi > 0 > lo):
            continue

        def side(positive: bool, nets: dict[str, float] = nets, by_outlet=by_outlet, a=a, b=b) -> OutletSide:
            outlets = tuple(sorted(o for o, n in nets.items() if (n > 0 if positive else n < 0)))
            pooled = [r for o in outlets for r in by_outlet[o]]
            carrying = [
                r for r in pooled if (r.quad_class in (1, 2)) == positive and r.quad_class in (1, 2, 3, 4)
            ]
            return OutletSide(
                outlets=outlets,
                net=net_of(pooled, (a, b)),
                events=len(pooled),
                evidence=tuple(carrying[:max_evidence]),
                articles=len({r.article_id for r in pooled}),
                per_outlet=tuple(
                    sorted(
                        ((o, nets[o], len(by_outlet[o])) for o in outlets), key=lambda x: (-abs(x[1]), x[0])
                    )
                ),
            )

        cooperative, conflictual = side(True), side(False)
        out.append(
            Disagreement(
                a=a,
                b=b,
                score=round((cooperative.net - conflictual.net) / 2, 4),
                cooperative=cooperative,
                conflictual=conflictual,
                window=label,
                floor=min_articles,
            )
        )
    # a side of one article is one report against another: every finding outranks it, whatever its score
    out.sort(
        key=lambda d: (d.thin, -d.score, -(d.cooperative.events + d.conflictual.events), d.a, d.b, d.window)
    )
    return out
