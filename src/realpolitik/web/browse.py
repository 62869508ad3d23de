"""The browsable events table shared by the events, actor, dyad and search pages: filters from the URL,
facets with counts, sorting, paging, and CSV/JSON of exactly the rows shown.

Every bit of state lives in the query string, so a URL reproduces the view (a permalink).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlencode

import duckdb

from ..records import MODALITIES, PLOVER_TYPES
from . import queries as Q
from .highlight import evidence_marks, match_marks, segments
from .names import Names

PAGE_SIZES = (25, 50, 100, 200, 500)
DEFAULT_SIZE = 50
# Filters a URL may carry; with sort, page and size these are the whole state of an events table.
FILTER_KEYS = (
    "actor",
    "dyad",
    "since",
    "until",
    "event",
    "quad",
    "modality",
    "outlet",
    "sector",
    "min_confidence",
    "q",
)
STATE_KEYS = (*FILTER_KEYS, "sort", "page", "size")
CONFIDENCE_STEPS = ("0.9", "0.7", "0.5")
CSV_COLUMNS = (
    "id",
    "date",
    "event",
    "cameo",
    "goldstein",
    "quad_class",
    "source",
    "source_names",
    "target",
    "target_names",
    "modality",
    "attribution",
    "claimed_by",
    "confidence",
    "outlet",
    "article_id",
    "article_title",
    "trigger",
    "evidence_text",
)


class BadFilter(ValueError):
    """A filter value in the URL that cannot be used; the message says which and what is allowed."""


def _code(value: str, name: str) -> str:
    code = value.strip().upper()
    if not Q.CODE_RE.match(code):
        raise BadFilter(
            f"{name}: '{value}' is not an actor code (letters, digits and '-', e.g. RUS or IGO-UN)"
        )
    return code


def _date(value: str, name: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadFilter(f"{name}: '{value}' is not a date (expected YYYY-MM-DD)") from None


def _int(value: str, name: str, lo: int, hi: int) -> int:
    try:
        n = int(value)
    except ValueError:
        raise BadFilter(f"{name}: '{value}' is not a whole number") from None
    if not lo <= n <= hi:
        raise BadFilter(f"{name}: {n} is outside {lo}..{hi}")
    return n


@dataclass(frozen=True, slots=True)
class TableState:
    """The validated state of an events table: raw URL values plus the filter they make."""

    values: dict[str, str]  # every state key given in the URL, as given (validated)
    flt: Q.TableFilter
    sort: str
    page: int
    size: int
    fixed: tuple[str, ...] = ()  # keys the page's path fixes (the actor page's actor): not in its URLs
    base: str = "/events"
    kept: tuple[str, ...] = ()  # keys in the URL that are not removable filters here (search's q)
    other: tuple[tuple[str, str], ...] = ()  # the page's own state beside the table (actor's psort)

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size

    def url(self, path: str | None = None, **changes: str | int | None) -> str:
        """This view's URL with some keys changed (None removes a key); page resets on a filter change."""
        vals = dict(self.values)
        if any(k in FILTER_KEYS or k in ("sort", "size") for k in changes) and "page" not in changes:
            vals.pop("page", None)
        for k, v in changes.items():
            if v is None or v == "":
                vals.pop(k, None)
            else:
                vals[k] = str(v)
        for k in self.fixed:
            vals.pop(k, None)
        ordered = [(k, vals[k]) for k in STATE_KEYS if k in vals] + list(self.other)
        target = path or self.base
        return target + ("?" + urlencode(ordered) if ordered else "")

    def export_url(self, fmt: str, *, everything: bool = False) -> str:
        """CSV/JSON of the rows shown (this page, in this order), or of every matching row."""
        vals = {k: v for k, v in self.values.items() if k not in ("page", "size")}
        if not everything:
            vals.update(page=str(self.page), size=str(self.size))
        ordered = [(k, vals[k]) for k in STATE_KEYS if k in vals]
        if everything:
            ordered.append(("all", "1"))
        return f"/events.{fmt}?" + urlencode(ordered)

    def sort_url(self, column: str) -> str:
        """Clicking a header sorts by it; clicking the sorted header again flips the order."""
        if self.sort == column:
            return self.url(sort="-" + column)
        if self.sort == "-" + column:
            return self.url(sort=column)
        return self.url(sort="-" + column if column in ("date", "goldstein", "confidence") else column)

    def sort_mark(self, column: str) -> str:
        return " ▲" if self.sort == column else (" ▼" if self.sort == "-" + column else "")

    def active(self) -> list[tuple[str, str]]:
        """The filters a user set (not the fixed ones), for the 'remove' chips."""
        return [
            (k, self.values[k])
            for k in FILTER_KEYS
            if k in self.values and k not in self.fixed and k not in self.kept
        ]

    def cleared(self) -> dict[str, None]:
        """Changes that remove every removable filter."""
        return {k: None for k, _ in self.active()}


def _table_filter(kw: dict[str, Any]) -> Q.TableFilter:
    """The store's EventFilter (every modality unless one is picked) plus the table-only facets."""
    outlet = kw.pop("outlet", None)
    extra = {k: kw.pop(k) for k in ("quad", "sector", "min_confidence") if k in kw}
    actor = kw.pop("actor", None)
    modality = kw.pop("modality", None)
    base = Q.EventFilter(
        modalities=(modality,) if modality else None,
        actors=(actor,) if actor else (),
        outlet=None if outlet == Q.UNKNOWN_OUTLET else outlet,
        **kw,
    )
    return Q.TableFilter(base=base, unknown_outlet=outlet == Q.UNKNOWN_OUTLET, **extra)


def parse_state(
    params: Mapping[str, str],
    *,
    fixed: Mapping[str, str] | None = None,
    base: str = "/events",
    default_size: int = DEFAULT_SIZE,
    kept: tuple[str, ...] = (),
    other: tuple[str, ...] = (),
) -> TableState:
    """Validate the table state in a query string (plus values the page fixes) into a TableState."""
    raw = {k: v.strip() for k, v in params.items() if k in STATE_KEYS and v.strip()}
    raw.update(fixed or {})
    vals: dict[str, str] = {}
    kw: dict[str, Any] = {}
    if "actor" in raw:
        kw["actor"] = vals["actor"] = _code(raw["actor"], "actor")
    if "dyad" in raw:
        parts = raw["dyad"].split(":")
        if len(parts) != 2 or not all(parts):
            raise BadFilter(f"dyad: '{raw['dyad']}' is not of the form A:B (for example ARM:AZE)")
        a, b = (_code(p, "dyad") for p in parts)
        if a == b:
            raise BadFilter(f"dyad: both sides are '{a}'; a dyad needs two different actors")
        kw["dyad"] = (a, b)
        vals["dyad"] = f"{a}:{b}"
    for key in ("since", "until"):
        if key in raw:
            kw[key] = _date(raw[key], key)
            vals[key] = kw[key].isoformat()
    if kw.get("since") and kw.get("until") and kw["until"] < kw["since"]:
        raise BadFilter(
            f"until ({kw['until']}) is before since ({kw['since']}); swap them or widen the window"
        )
    if "event" in raw:
        ev = raw["event"].upper()
        if ev not in PLOVER_TYPES:
            raise BadFilter(
                f"event: unknown PLOVER type '{raw['event']}' (expected one of: {', '.join(PLOVER_TYPES)})"
            )
        kw["event"] = vals["event"] = ev
    if "quad" in raw:
        kw["quad"] = _int(raw["quad"], "quad", 1, 4)
        vals["quad"] = str(kw["quad"])
    if "modality" in raw:
        if raw["modality"] not in MODALITIES:
            raise BadFilter(
                f"modality: unknown value '{raw['modality']}' (expected one of: {', '.join(MODALITIES)})"
            )
        kw["modality"] = vals["modality"] = raw["modality"]
    if "outlet" in raw:
        kw["outlet"] = vals["outlet"] = raw["outlet"][:200]
    if "sector" in raw:
        sector = raw["sector"].upper()
        if not sector.isalpha() or len(sector) > 8:
            raise BadFilter(f"sector: '{raw['sector']}' is not a sector code (e.g. GOV, MIL, REB)")
        kw["sector"] = vals["sector"] = sector
    if "min_confidence" in raw:
        try:
            conf = float(raw["min_confidence"])
        except ValueError:
            raise BadFilter(
                f"min_confidence: '{raw['min_confidence']}' is not a number between 0 and 1"
            ) from None
        if not 0.0 <= conf <= 1.0:
            raise BadFilter(f"min_confidence: {conf} is outside 0..1")
        kw["min_confidence"] = conf
        vals["min_confidence"] = raw["min_confidence"]
    if "q" in raw:
        if len(raw["q"]) < 2:
            raise BadFilter("q: type at least two characters to search the evidence")
        kw["q"] = vals["q"] = raw["q"][:200]
    sort = raw.get("sort", Q.DEFAULT_SORT)
    if sort.lstrip("-") not in Q.SORT_COLUMNS:
        raise BadFilter(
            f"sort: unknown column '{sort}' (expected one of: {', '.join(Q.SORT_COLUMNS)}, '-' first for descending)"
        )
    if "sort" in raw:
        vals["sort"] = sort
    page = _int(raw["page"], "page", 1, 1_000_000) if "page" in raw else 1
    if "page" in raw:
        vals["page"] = str(page)
    size = _int(raw["size"], "size", 1, max(PAGE_SIZES)) if "size" in raw else default_size
    if "size" in raw:
        vals["size"] = str(size)
    return TableState(
        values=vals,
        flt=_table_filter(kw),
        sort=sort,
        page=page,
        size=size,
        fixed=tuple(fixed or ()),
        base=base,
        kept=kept,
        other=tuple((k, params[k]) for k in other if params.get(k)),
    )


@dataclass(slots=True)
class TablePage:
    """One page of an events table with everything its template shows."""

    state: TableState
    total: int
    rows: list[dict[str, Any]]
    facets: dict[str, list[tuple[Any, int]]] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.state.size))

    @property
    def first(self) -> int:
        return self.state.offset + 1 if self.rows else 0

    @property
    def last(self) -> int:
        return self.state.offset + len(self.rows)


def with_segments(event: dict[str, Any], q: str | None = None) -> dict[str, Any]:
    """An event row with its evidence sentence cut into highlighted segments (actors, trigger, term)."""
    text = event.get("evidence_text") or ""
    marks = evidence_marks(event) + match_marks(text, q)
    return {**event, "segments": segments(text, marks)}


def load_page(cur: duckdb.DuckDBPyConnection, state: TableState, *, facets: bool = True) -> TablePage:
    total, rows = Q.list_events(cur, state.flt, limit=state.size, offset=state.offset, sort=state.sort)
    shown = [with_segments(r, state.flt.q) for r in rows]
    return TablePage(state, total, shown, Q.event_facets(cur, state.flt) if facets else {})


def export_rows(
    cur: duckdb.DuckDBPyConnection, state: TableState, *, everything: bool, cap: int = 100_000
) -> tuple[int, list[dict[str, Any]]]:
    """The rows an export carries: the page shown, or every matching row (at most `cap`)."""
    if everything:
        return Q.list_events(cur, state.flt, limit=cap, offset=0, sort=state.sort)
    return Q.list_events(cur, state.flt, limit=state.size, offset=state.offset, sort=state.sort)


def _flat(e: dict[str, Any], names: Names) -> dict[str, Any]:
    att = e.get("attribution")
    return {
        "id": e["id"],
        "date": e["date"],
        "event": e["event"],
        "cameo": e["cameo"],
        "goldstein": e["goldstein"],
        "quad_class": e["quad_class"],
        "source": "+".join(a["code"] for a in e["source"]),
        "source_names": "+".join(names[a["code"]] for a in e["source"]),
        "target": "+".join(a["code"] for a in e["target"]),
        "target_names": "+".join(names[a["code"]] for a in e["target"]),
        "modality": e["modality"],
        "attribution": att["text"] if att else "",
        "claimed_by": e.get("claimed_by", ""),
        "confidence": e["confidence"],
        "outlet": e["outlet"] or "",
        "article_id": e["article_id"],
        "article_title": e["article_title"] or "",
        "trigger": e["trigger"] or "",
        "evidence_text": e["evidence_text"] or "",
    }


def to_csv(rows: list[dict[str, Any]], names: Names) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    w.writeheader()
    for e in rows:
        w.writerow(_flat(e, names))
    return buf.getvalue()


def to_json(rows: list[dict[str, Any]], names: Names, state: TableState, total: int, everything: bool) -> str:
    items = []
    for e in rows:
        item = {k: v for k, v in e.items() if k not in ("segments",)}
        for side in ("source", "target"):
            item[side] = [{**a, "name": names[a["code"]]} for a in e[side]]
        items.append(item)
    body = {
        "filters": {k: v for k, v in state.values.items() if k in FILTER_KEYS},
        "sort": state.sort,
        "total": total,
        "offset": 0 if everything else state.offset,
        "count": len(items),
        "items": items,
    }
    return json.dumps(body, ensure_ascii=False, indent=1)


def facet_label(name: str, value: Any, names: Names, quad_names: Mapping[int, str]) -> str:
    """How a facet value reads on the page."""
    if name == "actor":
        return f"{names[value]} ({value})" if names[value] != value else str(value)
    if name == "quad":
        return quad_names.get(int(value), str(value))
    if name == "outlet" and value == Q.UNKNOWN_OUTLET:
        return "unknown outlet"
    if name == "confidence":
        return f"≥ {value}" if value != "0" else "< 0.5"
    return str(value)


def facet_link(state: TableState, name: str, value: Any) -> str:
    """The URL that adds (or, for year, sets a window for) this facet value."""
    if name == "year":
        return state.url(since=f"{value}-01-01", until=f"{value}-12-31")
    if name == "confidence":
        return state.url(min_confidence=value)
    return state.url(**{name: str(value)})
