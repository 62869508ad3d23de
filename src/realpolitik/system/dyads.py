"""Dyads over time: per pair of actors and time window, what kind of relation the events describe.

Undirected pairs (a < b) feed the graph; directed detail, trends and the evidence rows behind any
figure are available too. Only asserted events count unless other modalities are asked for.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from ..errors import InputError
from ..resample import fewest_certain
from ..store import EventFilter, PairAggregate, Reader, goldstein_hundredths, mean_goldstein, weighed_count
from ..timeaxis import stray_early, stray_gap
from ._events import (
    ConLike,
    EvidenceRow,
    ModelSettings,
    check_window,
    lean_of,
    load_events,
    net_of,
    reading_of,
    window_bounds,
    window_label,
    window_ordinal,
)

__all__ = [
    "DirectedDyad",
    "Dyad",
    "DyadTrend",
    "EvidenceRow",
    "Why",
    "directed_dyads",
    "dyad_evidence",
    "dyad_trends",
    "dyads",
    "explain_dyads",
    "why_uncertain",
]


# the share of replicates on one side that makes an uncertain pair lean: `ModelSettings.lean`
LEAN_AT = ModelSettings().lean


@dataclass(frozen=True, slots=True)
class Dyad(PairAggregate):
    """The relation of an unordered pair (a < b) in one window ("all" = the whole period); its
    fields are those of `store.PairAggregate` (declared once there), read straight from DuckDB.

    `net` is the net cooperation score in [-1, 1] (see `net_score`): verbal cooperation +1,
    material cooperation +2, verbal conflict -1, material conflict -2, summed over the pair's
    events and divided by the sum of the magnitudes. Sign > 0 cooperative, < 0 conflictual.
    Each distinct event (event type, quad class, date, acting side; across articles and outlets, a background
    mention dated only to its year or month folded into the dated report it names) counts once in
    `net`, and an event among k > 2 actors weighs 1/(k-1) per pair (see `event_keys`, `net_of`);
    `events` counts every coded report.

    `ci_low`..`ci_high` is the interval of `net` over bootstrap replicates that resample the
    pair's articles (not its events, so one article restating a claim ten times stays one
    draw); a pair on fewer articles than the headline floor (`ModelSettings.min_articles`, 2)
    gets -1..+1. `reading` is `uncertain` when that interval reaches zero, else `cooperative` or
    `conflictual`.

    `floor_low`..`floor_high` is the same interval widened to what the number of articles can
    support (`resample.small_sample_floor`: two agreeing articles give -0.32..+1.00, and fewer
    than 4 can never exclude zero at 95 %). A pair on fewer than 4 articles is `thin`: it keeps
    the sign its interval gives, but it says so everywhere ("conflictual, thin: 2 articles"),
    and only `firm` ties, whose floor interval excludes zero, build blocs.

    `share_conflictual` and `share_cooperative` are the shares of those same replicates whose net
    is below and above zero (None on fewer articles than the headline floor: not resampled). An
    uncertain pair with at least `lean_at` (`ModelSettings.lean`, 0.75) of them on one side `lean`s
    that way, which is said beside its reading ("uncertain, leans conflictual (87 %)") and is
    never a reading: blocs, headlines and trends read `reading` and `firm` only.
    """

    lean_at: float = LEAN_AT  # `ModelSettings.lean`: `dyads` sets it from the settings given

    @property
    def sign(self) -> int:
        return (self.net > 0) - (self.net < 0)

    @property
    def reading(self) -> str:
        return reading_of(self.ci_low, self.ci_high)

    @property
    def uncertain(self) -> bool:
        return self.reading == "uncertain"

    @property
    def thin(self) -> bool:
        """Resting on fewer articles than a certain reading under the floor needs (4 at 95 %)."""
        return self.articles < THIN_BELOW

    @property
    def floor_reading(self) -> str:
        """The reading of the floor interval: what the pair says once its few articles are
        weighed as few (uncertain on fewer than 4 articles whatever they say)."""
        return reading_of(self.floor_low, self.floor_high)

    @property
    def firm(self) -> bool:
        """Certain under the floor (its floor interval excludes zero, so it is signed and not
        thin): the ties blocs, balance and alignments are built from."""
        return self.floor_reading != "uncertain"

    @property
    def lean(self) -> str | None:
        """The side an uncertain pair leans to (`conflictual` or `cooperative`) when at least
        `lean_at` of its replicates fall there; None for a firm reading or a pair leaning less."""
        return lean_of(self.reading, self.share_conflictual, self.share_cooperative, self.lean_at)

    @property
    def lean_share(self) -> float | None:
        """The share of replicates on the side the pair leans to (None without a lean)."""
        if self.lean is None:
            return None
        return self.share_conflictual if self.lean == "conflictual" else self.share_cooperative

    @property
    def lean_text(self) -> str:
        """The lean in words ("leans conflictual (87 %)"); empty without one."""
        share = self.lean_share
        if self.lean is None or share is None:
            return ""
        return f"leans {self.lean} ({percent(share, self.lean_at)})"

    @property
    def reading_text(self) -> str:
        """The reading in words: `reading`, an uncertain pair's lean ("uncertain, leans
        conflictual (87 %)"), and for a thin pair its support as well ("conflictual, thin: 2
        articles")."""
        text = self.reading + (f", {self.lean_text}" if self.lean_text else "")
        if not self.thin:
            return text
        return f"{text}, thin: {self.articles} article{'s' if self.articles != 1 else ''}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "window": self.window,
            "events": self.events,
            "quad_counts": list(self.quad_counts),
            "goldstein": self.goldstein,
            "net": self.net,
            "sign": self.sign,
            "outlets": self.outlets,
            "articles": self.articles,
            "outlet_names": list(self.outlet_names),
            "first_date": self.first_date,
            "last_date": self.last_date,
            "event_ids": list(self.event_ids),
            "ci_low": self.ci_low,
            "ci_high": self.ci_high,
            "reading": self.reading,
            "thin": self.thin,
            "floor_low": self.floor_low,
            "floor_high": self.floor_high,
            "floor_reading": self.floor_reading,
            "share_conflictual": self.share_conflictual,
            "share_cooperative": self.share_cooperative,
            "lean": self.lean,
        }


def _whole_percent(share: float, against: float | None = None) -> int:
    """`share` in whole percent, rounded half up as the web app's script does (never 100 short of all
    of them, nor 0 above none). Given `against`, the threshold the text holds the share up to (the
    0.75 of a lean, the 0.8 of a stable bloc membership), the figure never lands on the other side of
    it: a share of 0.745 under "fewer than 75 %" is written 74 %, not 75 %."""
    pc = math.floor(100 * share + 0.5)
    if pc == 100 and share < 1:
        pc = 99
    elif pc == 0 and share > 0:
        pc = 1
    if against is not None:
        bar = 100 * against
        if share < against and pc >= bar:
            pc = math.ceil(bar) - 1
        elif share >= against and pc < bar:
            pc = math.ceil(bar)
    return pc


def percent(share: float, against: float | None = None) -> str:
    """A share of replicates as the CLI, report and web app write it: "87 %" (`_whole_percent`; given
    `against`, on the same side of that threshold as the share)."""
    return f"{_whole_percent(share, against)} %"


def _rest(x: float, y: float, against: float | None = None) -> str:
    """The smaller share `y` of a pair of shares `x` + `y` <= 1 as `percent` writes it, never so rounded
    that the two add up to more than 100 % ("78 %" and "22 %" for 0.775 and 0.225, not "23 %"); `x` as
    `percent(x, against)` writes it."""
    shown, pc = _whole_percent(x, against), _whole_percent(y)
    if pc + shown > 100:
        pc = max(100 - shown, 1 if y > 0 else 0)
    return f"{pc} %"


# fewer articles than this cannot give a certain reading under the floor (4 at 95 %): thin
THIN_BELOW = fewest_certain(ModelSettings().level)


@dataclass(frozen=True, slots=True)
class DirectedDyad:
    """What `source` did or said to `target` in one window; a reciprocal event counts both ways."""

    source: str
    target: str
    window: str
    events: int
    quad_counts: tuple[int, int, int, int]
    goldstein: float
    net: float
    outlets: int
    articles: int
    event_ids: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "window": self.window,
            "events": self.events,
            "quad_counts": list(self.quad_counts),
            "goldstein": self.goldstein,
            "net": self.net,
            "outlets": self.outlets,
            "articles": self.articles,
            "event_ids": list(self.event_ids),
        }


@dataclass(frozen=True, slots=True)
class DyadTrend:
    """How a pair's net score moved across windows.

    `slope` is the least-squares slope of net per window step (gaps between windows count);
    `first_sign` and `last_sign` are the signs of the first and last window.

    `shift` names a change of sign with the floor of the headlines (twenty-fifth session): it compares
    the first and last `supported` windows, those resting on at least `min_articles` articles
    (`ModelSettings.min_articles`, 2) whose reading is not uncertain, as a headline pair must. With two
    or more of them it is "cooperation->conflict", "conflict->cooperation" or "stable"; a pair seen in
    several windows of which fewer than two are supported is "too few articles" (a turn between
    windows of one event each is no trend); one window only is "single window". `shift_from` and
    `shift_to` are the two windows the shift compares (None without two), and `support` gives each
    window's articles and reading, beside `points`.

    `stray` leading points are a few stray early events left off the trend by the rule the time axes
    use (`timeaxis.stray_early`: "the 1992 treaty" in a 2022 article, dated to its year, made FRA-RUS
    run from 1992): they stay in `points` (every figure keeps its windows) but the shift, the slope and
    the signs read the `kept` ones only, and `shift_text` says what was left off.
    """

    a: str
    b: str
    window: str  # the window unit: month, quarter, ...
    points: tuple[tuple[str, float, int], ...]  # (window label, net, events), in time order
    slope: float
    first_sign: int
    last_sign: int
    # "cooperation->conflict", "conflict->cooperation", "stable", "too few articles", "single window"
    shift: str
    support: tuple[tuple[int, str], ...] = ()  # per point: (articles, reading)
    min_articles: int = 2  # the floor a window needs to count for `shift`
    shift_from: str | None = None  # the first and last supported windows (what `shift` compares)
    shift_to: str | None = None
    stray: int = 0  # leading points left off the trend as stray early events (`timeaxis.stray_early`)

    @property
    def kept(self) -> tuple[tuple[str, float, int], ...]:
        """The points the trend reads: all but the `stray` early ones."""
        return self.points[self.stray :]

    @property
    def supported(self) -> tuple[str, ...]:
        """The windows that meet the floor (at least `min_articles` articles, reading not uncertain)."""
        return tuple(
            w for (w, _, _), (n, reading) in zip(self.kept, self.support[self.stray :], strict=True)
            if n >= self.min_articles and reading != "uncertain"
        )  # fmt: skip

    @property
    def unsettled(self) -> tuple[str, ...]:
        """The windows that rest on enough articles (`min_articles`) but read uncertain: what keeps a pair
        reported in many articles from a trend is then its mixed record, not a lack of articles."""
        return tuple(
            w for (w, _, _), (n, reading) in zip(self.kept, self.support[self.stray :], strict=True)
            if n >= self.min_articles and reading == "uncertain"
        )  # fmt: skip

    @property
    def left_off_text(self) -> str:
        """What the trend leaves off ("left off: 3 events of 1992-Q1, 27 years before the rest"), or ""."""
        if not self.stray:
            return ""
        early = self.points[: self.stray]
        events = sum(e for _, _, e in early)
        span = early[0][0] if len(early) == 1 else f"{early[0][0]} to {early[-1][0]}"
        years = int(self.kept[0][0][:4]) - int(early[-1][0][:4])
        when = f", {years} years before the rest" if years >= 2 else ""
        return f"left off: {events} stray early event{'s' if events != 1 else ''} of {span}{when}"

    @property
    def left_off_short(self) -> str:
        """`left_off_text` for a narrow cell ("1992-01 left off: 3 stray events"), or ""."""
        if not self.stray:
            return ""
        early = self.points[: self.stray]
        events = sum(e for _, _, e in early)
        span = early[0][0] if len(early) == 1 else f"{early[0][0]} to {early[-1][0]}"
        return f"{span} left off: {events} stray event{'s' if events != 1 else ''}"

    @property
    def shift_text(self) -> str:
        """The shift with what it rests on ("cooperation->conflict, 2021-01 (2 articles) to 2021-04 (3
        articles)"; "too few articles: 1 of 3 windows on 2 or more articles with a reading")."""
        text = self._shift_text()
        return f"{text}; {self.left_off_text}" if self.stray else text

    def _shift_text(self) -> str:
        arts = {w: n for (w, _, _), (n, _) in zip(self.points, self.support, strict=True)}
        if self.shift_from is not None and self.shift_to is not None:
            return (
                f"{self.shift}, {self.shift_from} ({_articles(arts[self.shift_from])}) to "
                f"{self.shift_to} ({_articles(arts[self.shift_to])})"
            )
        if self.shift == "too few articles" and self.unsettled:
            # ARM-AZE on the examples: six years of 2 to 11 articles each, every one mixed
            thin = len(self.kept) - len(self.supported) - len(self.unsettled)
            fewer = f", {thin} on fewer than {_articles(self.min_articles)}" if thin else ""
            return (
                f"no trend: {len(self.supported)} of {len(self.kept)} windows with a reading "
                f"({len(self.unsettled)} on {self.min_articles} or more articles read uncertain{fewer})"
            )
        if self.shift == "too few articles":
            return (
                f"too few articles: {len(self.supported)} of {len(self.kept)} windows on "
                f"{self.min_articles} or more articles with a reading"
            )
        return self.shift

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "window": self.window,
            "points": [
                {"window": w, "net": n, "events": e, "articles": k, "reading": r}
                for (w, n, e), (k, r) in zip(self.points, self.support, strict=True)
            ],
            "slope": self.slope,
            "first_sign": self.first_sign,
            "last_sign": self.last_sign,
            "shift": self.shift,
            "shift_from": self.shift_from,
            "shift_to": self.shift_to,
            "min_articles": self.min_articles,
            "left_off": [w for w, _, _ in self.points[: self.stray]],
        }


def _articles(n: int) -> str:
    return f"{n} article{'s' if n != 1 else ''}"


def _sign(x: float) -> int:
    return (x > 0) - (x < 0)


def _summary(rows: Sequence[EvidenceRow], pair: tuple[str, str] | None = None) -> dict[str, Any]:
    quads = [r.quad_class for r in rows]
    counts = tuple(sum(1 for q in quads if q == k) for k in (1, 2, 3, 4))
    outlets = sorted({r.outlet for r in rows if r.outlet})
    dates = sorted(r.date for r in rows if r.date)
    return {
        "events": len(rows),
        "quad_counts": counts,
        "goldstein": mean_goldstein(
            goldstein_hundredths(r.weight for r in rows), weighed_count(r.weight for r in rows)
        ),
        "net": net_of(rows, pair),
        "outlets": len(outlets),
        "outlet_names": tuple(outlets),
        "articles": len({r.article_id for r in rows}),
        "first_date": dates[0] if dates else None,
        "last_date": dates[-1] if dates else None,
        "event_ids": tuple(r.event_id for r in rows),
    }


def _keep_pair(a: str, b: str, actors: Sequence[str]) -> bool:
    return not actors or a in actors or b in actors


def dyads(
    source: ConLike,
    flt: EventFilter = EventFilter(),
    *,
    window: str = "month",
    min_events: int = 1,
    settings: ModelSettings = ModelSettings(),
    with_ids: bool = True,
) -> list[Dyad]:
    """Undirected dyads per window (window="all" for the whole period), sorted by window then size.

    Computed as DuckDB aggregates (memory grows with the number of pairs, not of events), each
    with its support and bootstrap interval. With actors in `flt`, only their pairs are kept.
    """
    check_window(window)
    found = Reader.of(source).pair_aggregates(
        flt, window=window, runs=settings.runs, seed=settings.seed, level=settings.level,
        with_ids=with_ids, min_events=min_events, min_articles=settings.min_articles, record=Dyad,
    )  # fmt: skip
    kept = [p for p in found if _keep_pair(p.a, p.b, flt.actors)]
    if settings.lean != LEAN_AT:  # the record's default is the settings' default
        kept = [replace(p, lean_at=settings.lean) for p in kept]
    return kept


def directed_dyads(
    source: ConLike, flt: EventFilter = EventFilter(), *, window: str = "month"
) -> list[DirectedDyad]:
    """Directed detail: what each source did to each target, per window."""
    check_window(window)
    rows = load_events(source, flt)
    groups: dict[tuple[str, str, str], list[EvidenceRow]] = defaultdict(list)
    for row in rows:
        label = window_label(row.date, window)
        if label is None:
            continue
        for s, t in row.directed_pairs():
            if _keep_pair(s, t, flt.actors):
                groups[(s, t, label)].append(row)
    out = []
    for (s, t, w), g in groups.items():
        summ = _summary(g, (s, t))
        out.append(
            DirectedDyad(
                source=s,
                target=t,
                window=w,
                events=summ["events"],
                quad_counts=summ["quad_counts"],
                goldstein=summ["goldstein"],
                net=summ["net"],
                outlets=summ["outlets"],
                articles=summ["articles"],
                event_ids=summ["event_ids"],
            )
        )
    out.sort(key=lambda d: (d.window, -d.events, d.source, d.target))
    return out


def _slope(xs: Sequence[float], ys: Sequence[float]) -> float:
    n = len(xs)
    if n < 2:
        return 0.0
    mx = sum(xs) / n
    my = sum(ys) / n
    den = sum((x - mx) ** 2 for x in xs)
    if den == 0:
        return 0.0
    return round(sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den, 4)


def dyad_trends(
    source: ConLike,
    flt: EventFilter = EventFilter(),
    *,
    window: str = "month",
    settings: ModelSettings = ModelSettings(),
) -> list[DyadTrend]:
    """One trend per pair over its windows, pairs that changed sign first, then steepest slope."""
    if window == "all":
        raise InputError("a trend needs a time window", hint="use day, week, month, quarter or year")
    per_window = dyads(source, flt, window=window, settings=settings, with_ids=False)
    return trends_from_dyads(per_window, window=window, min_articles=settings.min_articles)


def _stray_windows(ds: Sequence[Dyad], window: str) -> int:
    """How many of a pair's first windows (in time order) hold stray early events the trend leaves off: the
    time axes' rule (`timeaxis.stray_early`) over the pair's events per window, empty windows counted,
    with its two-year stretch measured in windows of this unit."""
    if len(ds) < 2:
        return 0
    start = window_ordinal(ds[0].window, window)
    counts = [0] * (window_ordinal(ds[-1].window, window) - start + 1)
    for d in ds:
        counts[window_ordinal(d.window, window) - start] += d.events
    cut = stray_early(counts, stray_gap(window))
    return sum(1 for d in ds if window_ordinal(d.window, window) - start < cut)


def trends_from_dyads(per_window: Iterable[Dyad], *, window: str, min_articles: int = 2) -> list[DyadTrend]:
    """Trends from dyads already grouped by `window` (as `dyads` gives them); a window counts for the
    shift with at least `min_articles` articles and a reading that is not uncertain (`DyadTrend`)."""
    if window == "all":
        raise InputError("a trend needs a time window", hint="use day, week, month, quarter or year")
    series: dict[tuple[str, str], list[Dyad]] = defaultdict(list)
    for d in per_window:
        series[(d.a, d.b)].append(d)
    out: list[DyadTrend] = []
    for (a, b), every in series.items():
        every.sort(key=lambda d: window_ordinal(d.window, window))
        stray = _stray_windows(every, window)
        ds = every[stray:]
        xs = [float(window_ordinal(d.window, window)) for d in ds]
        ys = [d.net for d in ds]
        first, last = _sign(ys[0]), _sign(ys[-1])
        held = [d for d in ds if d.articles >= min_articles and not d.uncertain]
        ends: tuple[str | None, str | None] = (None, None)
        if len(ds) == 1:
            shift = "single window"
        elif len(held) < 2:
            shift = "too few articles"
        else:
            ends = (held[0].window, held[-1].window)
            s0, s1 = held[0].sign, held[-1].sign
            if s0 > 0 and s1 < 0:
                shift = "cooperation->conflict"
            elif s0 < 0 and s1 > 0:
                shift = "conflict->cooperation"
            else:
                shift = "stable"
        out.append(
            DyadTrend(
                a=a,
                b=b,
                window=window,
                points=tuple((d.window, d.net, d.events) for d in every),
                slope=_slope(xs, ys),
                first_sign=first,
                last_sign=last,
                shift=shift,
                support=tuple((d.articles, d.reading) for d in every),
                min_articles=min_articles,
                shift_from=ends[0],
                shift_to=ends[1],
                stray=stray,
            )
        )
    out.sort(
        key=lambda t: (
            t.shift not in ("cooperation->conflict", "conflict->cooperation"),
            -abs(t.slope),
            t.a,
            t.b,
        )
    )
    return out


def dyad_evidence(
    source: ConLike,
    a: str,
    b: str,
    *,
    window: str | None = None,
    window_unit: str = "month",
    directed: bool = False,
    flt: EventFilter = EventFilter(),
) -> list[EvidenceRow]:
    """The events (with outlet, date, modality and sentence) behind a dyad, optionally one window.

    With `directed=True` only events where `a` acts on `b` are returned. `window` is a label such
    as "2021-06" in units of `window_unit`; `flt` narrows further (modalities, dates, outlet).
    """
    if window is not None and window != "all":
        check_window(window_unit)
        since, until = window_bounds(window, window_unit)
        flt = flt.but(since=date.fromisoformat(since), until=date.fromisoformat(until))
    rows = load_events(source, flt.but(dyad=(a, b)))
    out = []
    for row in rows:
        pairs = row.directed_pairs() if directed else row.undirected_pairs()
        key = (a, b) if directed or a < b else (b, a)
        if key in pairs:
            out.append(row)
    return out


# what the reader is told an event type is, in the line that says why a pair reads uncertain
_KIND = {
    "AGREE": "agreements",
    "CONSULT": "talks",
    "SUPPORT": "support",
    "CONCEDE": "concessions",
    "COOPERATE": "cooperation",
    "AID": "aid",
    "RETREAT": "withdrawals",
    "REQUEST": "requests",
    "ACCUSE": "accusations",
    "REJECT": "rejections",
    "THREATEN": "threats",
    "PROTEST": "protests",
    "SANCTION": "sanctions",
    "MOBILIZE": "mobilisation",
    "COERCE": "coercion",
    "ASSAULT": "attacks",
}


@dataclass(frozen=True, slots=True)
class Why:
    """Why an uncertain pair reads uncertain, from its events (`why_uncertain`): how many cooperative
    (quad classes 1-2) and conflictual (3-4) reports it has and in how many articles, how many articles
    give one side only (resampling its articles draws more or fewer of those, which is what moves the
    interval across zero), the commonest kind of event on each side, and the line that says it all."""

    cooperative_events: int
    conflictual_events: int
    cooperative_articles: int  # articles with at least one cooperative report of the pair
    conflictual_articles: int
    only_cooperative: int  # articles whose reports of the pair are all cooperative
    only_conflictual: int
    articles: int
    outlets: int
    cooperative_kind: str  # the commonest event type on that side, in words ("talks"); "" without one
    conflictual_kind: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "cooperative_events": self.cooperative_events,
            "conflictual_events": self.conflictual_events,
            "cooperative_articles": self.cooperative_articles,
            "conflictual_articles": self.conflictual_articles,
            "only_cooperative_articles": self.only_cooperative,
            "only_conflictual_articles": self.only_conflictual,
            "articles": self.articles,
            "outlets": self.outlets,
            "cooperative_kind": self.cooperative_kind,
            "conflictual_kind": self.conflictual_kind,
            "text": self.text,
        }


def _commonest(rows: Sequence[EvidenceRow], conflictual: bool) -> str:
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        counts[r.event] += 1
    if not counts:
        return ""
    top = min(counts, key=lambda k: (-counts[k], k))
    if top == "REQUEST":  # a request coded conflictual is a demand
        return "demands" if conflictual else "appeals"
    return _KIND.get(top, top.lower())


def _side(n: int, word: str, kind: str, arts: int) -> str:
    what = f"{n} {word} event{'s' if n != 1 else ''}"
    if kind:
        what += f" (most often {kind})" if n > 1 else f" ({kind})"
    return f"{what} in {_articles(arts)}"


def why_uncertain(
    d: Dyad, rows: Sequence[EvidenceRow], *, level: float = ModelSettings().level
) -> Why | None:
    """Why `d` reads uncertain, in one line, from `rows`: the pair's events in its window (as
    `dyad_evidence` gives them, filtered as the dyads were). None when `d` has a reading.

    The line names both sides, the heavier first, with their reports and articles ("36 conflictual
    events (most often attacks) in 18 articles beside 41 cooperative events (most often talks) in 22
    articles"), the pair's articles and outlets, the share of the net score's weight conflict carries
    ((1 - net) / 2: material events weigh double, one deed reported many times counts once), and what
    moves the interval across zero: the articles that give one side only, which a resample of the
    articles draws more or fewer of, and the share of resampled corpora below zero beside the share a
    reading needs ((1 + `level`) / 2). A pair on fewer articles than the headline floor is not
    resampled, and says so.
    """
    if not d.uncertain:
        return None
    coop = [r for r in rows if r.quad_class in (1, 2)]
    conf = [r for r in rows if r.quad_class in (3, 4)]
    per_article: dict[str, set[bool]] = defaultdict(set)
    for r in rows:
        if r.quad_class in (1, 2, 3, 4):
            per_article[r.article_id].add(r.quad_class <= 2)
    only_coop = sum(1 for s in per_article.values() if s == {True})
    only_conf = sum(1 for s in per_article.values() if s == {False})
    coop_arts = sum(1 for s in per_article.values() if True in s)
    conf_arts = sum(1 for s in per_article.values() if False in s)
    articles = len({r.article_id for r in rows}) if rows else d.articles
    outlets = len({r.outlet for r in rows if r.outlet}) if rows else d.outlets
    ck, fk = _commonest(coop, False), _commonest(conf, True)
    sides = [(len(conf), "conflictual", fk, conf_arts), (len(coop), "cooperative", ck, coop_arts)]
    if d.net > 0:
        sides.reverse()
    told = " beside ".join(_side(*s) for s in sides if s[0]) or "no cooperative or conflictual event"
    named = f"{outlets} outlet{'s' if outlets != 1 else ''}" if outlets else "no named outlet"
    where = f"{_articles(articles)} from {named}" if outlets else f"{_articles(articles)}, {named}"
    if d.share_conflictual is None or d.share_cooperative is None:
        moves = "too few articles to resample, so the interval is −1 to +1"
    elif not coop or not conf:
        moves = "one side only, yet its net is too near zero to exclude it"
    else:
        if d.net == 0:
            weight = "each side carries half the weight"
        else:
            heavier, share = ("conflict", (1 - d.net) / 2) if d.net < 0 else ("cooperation", (1 + d.net) / 2)
            weight = f"{heavier} carries {percent(share)} of the weight"
        shares = [("below", d.share_conflictual), ("above", d.share_cooperative)]
        if d.share_cooperative > d.share_conflictual:
            shares.reverse()
        (first, x), (second, y) = shares
        moves = (
            f"{weight}; {_articles(only_conf)} give{'s' if only_conf == 1 else ''} only conflict, {only_coop} only "
            f"cooperation: resampled, the net falls {first} zero in {percent(x, d.lean_at)} of draws and {second} "
            f"in {_rest(x, y, d.lean_at)}, short of the {100 * (1 + level) / 2:g} % a reading needs"
        )
    text = f"{told}; {where}; {moves}"
    return Why(
        cooperative_events=len(coop),
        conflictual_events=len(conf),
        cooperative_articles=coop_arts,
        conflictual_articles=conf_arts,
        only_cooperative=only_coop,
        only_conflictual=only_conf,
        articles=articles,
        outlets=outlets,
        cooperative_kind=ck,
        conflictual_kind=fk,
        text=text,
    )


def explain_dyads(
    source: ConLike,
    found: Sequence[Dyad],
    flt: EventFilter = EventFilter(),
    *,
    window: str = "all",
    level: float = ModelSettings().level,
) -> dict[tuple[str, str, str], Why]:
    """`why_uncertain` for every uncertain dyad of `found` (computed by `dyads` with `flt` and
    `window`), keyed by (a, b, window label): the events are read once, with the same filter, and
    only the uncertain dyads' own events (by their ids) when every one of them carries its ids, so
    memory follows the pairs explained, not the store."""
    wanted = {(d.a, d.b, d.window): d for d in found if d.uncertain}
    if not wanted:
        return {}
    check_window(window)
    if flt.event_ids is None and all(d.event_ids for d in wanted.values()):
        flt = flt.but(event_ids=tuple(sorted({i for d in wanted.values() for i in d.event_ids})))
    pairs = {(a, b) for a, b, _ in wanted}
    rows: dict[tuple[str, str, str], list[EvidenceRow]] = defaultdict(list)
    for row in load_events(source, flt):
        for key in row.undirected_pairs():
            if key not in pairs:
                continue
            label = window_label(row.date, window)
            if label is not None and (*key, label) in wanted:
                rows[(*key, label)].append(row)
    out = {}
    for k, d in wanted.items():
        why = why_uncertain(d, rows.get(k, []), level=level)
        if why is not None:
            out[k] = why
    return out
