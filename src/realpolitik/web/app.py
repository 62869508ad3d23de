"""The FastAPI application: the JSON API under /api/, the HTML pages and the locally served assets.

`create_app(db_path, token=None)` opens the database read-only; every request gets its own cursor.
"""

from __future__ import annotations

import copy
import hmac
import json
import re
import threading
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit

import duckdb
import jinja2
import networkx as nx
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__
from ..actors.names import ActorIndex, actor_index
from ..corrections import (
    EMPTY,
    CorrectionError,
    CorrectionLog,
    Overlay,
    actor_indexes,
    build_overlay,
    make_correction,
    stored_event,
)
from ..errors import InputError, StoreError
from ..records import MODALITIES, PLOVER_TYPES, shown_date
from ..store import Reader
from ..system.blocs import Blocs
from ..system.dyads import Dyad, percent
from ..system.export import graphml_text
from ..system.graph import graph_from_dyads
from ..timeaxis import stray_early
from ..wording import outlet_name, signed, unbroken, who_says
from . import browse as B
from . import queries as Q
from .highlight import article_marks, evidence_marks, match_marks, segments
from .model import Scope, SystemView
from .names import Names

HERE = Path(__file__).parent
QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
MAX_LIMIT = 500
FACET_TITLES = {
    "event": "Event type",
    "quad": "Quad class",
    "modality": "Modality",
    "outlet": "Outlet",
    "actor": "Actor",
    "sector": "Sector",
    "confidence": "Confidence",
    "year": "Year",
}
PARTNER_COLUMNS = (
    ("partner", "Partner"),
    ("events", "Events"),
    ("q1", "Verbal coop."),
    ("q2", "Material coop."),
    ("q3", "Verbal conflict"),
    ("q4", "Material conflict"),
    ("net", "Net cooperation"),
    ("goldstein", "Mean Goldstein"),
    ("outlets", "Outlets"),
)
OUTLET_COLUMNS = (
    ("outlet", "Outlet"),
    ("articles", "Articles"),
    ("events", "Events"),
    ("asserted", "Asserted"),
    ("not_asserted", "Other modality"),
)
ARTICLE_ID_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
# An actor code (RUS, IGO-UN) or a name of the knowledge base (Russia, the Kremlin, Türkiye).
ACTOR_RE = re.compile(r"^[\w][\w .'’-]{0,63}$")

# Pages and API share one policy: only this origin's scripts, no inline script, so an article
# text that slipped past escaping still could not run.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)


def _cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """One cursor per request, closed when the response is done."""
    cur = request.app.state.db.cursor()
    try:
        yield cur
    finally:
        cur.close()


Cur = Annotated[duckdb.DuckDBPyConnection, Depends(_cursor)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size, 1..{MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip")]
Since = Annotated[date | None, Query(description="first day, YYYY-MM-DD")]
Until = Annotated[date | None, Query(description="last day, YYYY-MM-DD")]
GraphOutlet = Annotated[str | None, Query(max_length=200, description="only the events this outlet reports")]
GraphEvent = Annotated[str | None, Query(max_length=20, description="only this PLOVER event type")]
Modality = Annotated[
    list[str] | None,
    Query(description="modalities that count (repeatable); default asserted only, 'all' for every one"),
]


def _bad(message: str) -> HTTPException:
    return HTTPException(status_code=400, detail=message)


def _code(value: str, name: str) -> str:
    code = value.strip().upper()
    if not Q.CODE_RE.match(code):
        raise _bad(
            f"{name}: '{value}' is not an actor code (expected letters, digits and '-', e.g. RUS or IGO-UN)"
        )
    return code


def _window(since: date | None, until: date | None) -> None:
    if since and until and until < since:
        raise _bad(f"until ({until}) is before since ({since}); swap them or widen the window")


def _modality(value: str | None) -> str | None:
    if value is None:
        return None
    if value not in MODALITIES:
        raise _bad(f"modality: unknown value '{value}' (expected one of: {', '.join(MODALITIES)})")
    return value


def _event_type(value: str | None) -> str | None:
    if value is None:
        return None
    up = value.upper()
    if up not in PLOVER_TYPES:
        raise _bad(f"event: unknown PLOVER type '{value}' (expected one of: {', '.join(PLOVER_TYPES)})")
    return up


def _article_id(value: str) -> str:
    if not ARTICLE_ID_RE.match(value):
        raise _bad(f"article id '{value}' is malformed (expected the hex content hash shown in /api/events)")
    return value


_C0_AND_SPACE = "".join(map(chr, range(33)))


def http_url(value: object) -> str | None:
    """`value` if it is an http(s) URL with a host, else None: links built from data go nowhere else.

    Browsers ignore leading blanks and control characters and embedded tabs or newlines in a
    scheme, so the check reads the URL the way a browser would.
    """
    if not isinstance(value, str):
        return None
    probe = "".join(ch for ch in value.strip(_C0_AND_SPACE) if ch not in "\t\n\r")
    scheme, sep, rest = probe.partition(":")
    if not sep or scheme.lower() not in ("http", "https") or not rest.startswith("//") or len(rest) < 3:
        return None
    return value.strip()


def _with_marks(event: dict[str, Any]) -> dict[str, Any]:
    event["marks"] = [m.to_dict() for m in evidence_marks(event)]
    return event


def _modalities(values: list[str] | None) -> tuple[str, ...] | None:
    """`modality` list for the system model: default asserted only, 'all' for every modality."""
    if not values:
        return ("asserted",)
    if values == ["all"]:
        return None
    for v in values:
        _modality(v)
    return tuple(values)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _without_ids(out: dict[str, Any]) -> dict[str, Any]:
    # event ids can run into the thousands; the evidence is one /api/events?dyad= call away.
    out["event_ids_count"] = len(out.pop("event_ids"))
    return out


def _dyad_out(d: Dyad) -> dict[str, Any]:
    return _without_ids(d.to_dict())


@dataclass(frozen=True, slots=True)
class GraphQuery:
    """The graph in view, as /api/graph and /api/graph.graphml both take it (validated)."""

    since: date | None
    until: date | None
    modalities: tuple[str, ...] | None
    min_events: int
    max_edges: int
    outlet: str | None
    event: str | None


def _graph_query(
    since: Since = None,
    until: Until = None,
    modality: Modality = None,
    min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    max_edges: Annotated[int, Query(ge=1, le=5000, description="keep the most reported dyads")] = 400,
    outlet: GraphOutlet = None,
    event: GraphEvent = None,
) -> GraphQuery:
    _window(since, until)
    return GraphQuery(since, until, _modalities(modality), min_events, max_edges, outlet, _event_type(event))


def _graph_in_view(
    view: SystemView, gq: GraphQuery
) -> tuple[tuple[Dyad, ...], list[Dyad], nx.Graph, Blocs | None]:
    """Every dyad in view, the ones drawn (the most reported), their signed graph and its blocs."""
    since, until, modalities, min_events = _iso(gq.since), _iso(gq.until), gq.modalities, gq.min_events
    outlet, event = gq.outlet, gq.event
    everything = view.dyads("all", since, until, None, modalities, min_events, outlet, event)
    # A readable picture keeps the most reported dyads; the API and pages still list them all.
    items = sorted(everything, key=lambda d: (-d.events, d.a, d.b))[: gq.max_edges]
    g = graph_from_dyads(items, min_events=min_events)
    found = view.blocs(Scope(since, until, modalities, min_events, outlet, event)) if len(g) else None
    return everything, items, g, found


def _graph(view: SystemView, names: Names, gq: GraphQuery) -> dict[str, Any]:
    """Nodes with a deterministic layout, signed edges and blocs, all from the system model
    (optionally over one outlet's reports or one event type only)."""
    modalities, outlet, event = gq.modalities, gq.outlet, gq.event
    everything, items, g, found = _graph_in_view(view, gq)
    # Layout by event volume only: the sign is shown by colour, not by distance.
    layout = nx.Graph()
    layout.add_nodes_from(g.nodes)
    layout.add_weighted_edges_from((u, v, 1.0 + e["events"] ** 0.5) for u, v, e in g.edges(data=True))
    pos = _packed_layout(layout)
    nodes = [
        {
            "id": n,
            "label": names[n],
            "events": int(g.nodes[n]["events"]),
            "x": float(pos[n][0]),
            "y": float(pos[n][1]),
            "bloc": found.bloc_of(n) if found else None,
            # share of resampled runs that keep the actor in its bloc (None when not measured)
            "stability": found.stability_of(n) if found else None,
        }
        for n in sorted(g.nodes)
    ]
    blocs = found.to_dict() if found else None
    if blocs is not None:
        blocs["names"] = [[names[c] for c in members] for members in blocs["blocs"]]
    # an uncertain tie says why, in the same line as the dyad page and `realpolitik dyads --explain`
    scope = Scope(_iso(gq.since), _iso(gq.until), modalities, gq.min_events, outlet, event)
    whys = view.whys(scope, tuple(sorted((d.a, d.b) for d in items if d.uncertain)))

    def edge(d: Dyad) -> dict[str, Any]:
        why = whys.get((d.a, d.b))
        return {
            **_dyad_out(d),
            "a_name": names[d.a],
            "b_name": names[d.b],
            "why": why.to_dict() if why else None,
        }

    return {
        "nodes": nodes,
        "edges": [edge(d) for d in items],
        "blocs": blocs,
        "modalities": list(modalities) if modalities else "all",
        "outlet": outlet,
        "event": event,
        "dyads_total": len(everything),
    }


def _packed_layout(layout: nx.Graph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """A deterministic spring layout of each connected component on its own, the components packed in
    rows (largest first, each in a square whose side grows with the root of its size, rows about one
    and a half times as wide as the largest component, the page's shape). One spring layout of the
    whole graph let a small component (two actors tied only to each other) drift far off, and scaling
    the picture to the page then crushed the main cluster into a corner with its labels overlapping."""
    comps = sorted((sorted(c) for c in nx.connected_components(layout)), key=lambda c: (-len(c), c[0]))
    if not comps:
        return {}
    sides = [len(c) ** 0.5 for c in comps]
    gap = 0.6
    row_width = 1.5 * sides[0] + gap  # the page is about one and a half times as wide as it is high
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for comp, side in zip(comps, sides, strict=True):
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        sub = layout.subgraph(comp)
        if len(comp) == 1:
            local = {comp[0]: (0.5, 0.5)}
        else:
            # Kamada-Kawai (graph distance) spreads hubs and their leaves evenly where a spring
            # layout piles the leaves of the busiest actors on each other; it starts from the seeded
            # spring layout, so it is deterministic
            start = nx.spring_layout(sub, seed=seed, weight="weight")
            raw = nx.kamada_kawai_layout(sub, pos=start, weight=None) if len(comp) > 2 else start
            xs = [float(v[0]) for v in raw.values()]
            ys = [float(v[1]) for v in raw.values()]
            span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
            local = {
                n: ((float(v[0]) - min(xs)) / span, (float(v[1]) - min(ys)) / span) for n, v in raw.items()
            }
        for n, (lx, ly) in local.items():
            out[n] = (x + lx * side, y + ly * side)
        x += side + gap
        row_height = max(row_height, side)
    return out


InView = Annotated[GraphQuery, Depends(_graph_query)]


def create_app(
    db_path: str | Path,
    *,
    token: str | None = None,
    allowed_hosts: Sequence[str] | None = None,
    corrections: str | Path | None = None,
    token_label: str = "token",
) -> FastAPI:
    """Build the app over the DuckDB file at `db_path`, opened read-only.

    `token`: every request must carry it. `allowed_hosts`: Host header values to accept (the
    server passes the loopback names, so a web page that rebinds its own domain to 127.0.0.1
    cannot read the API through the user's browser). `corrections`: the JSONL file the analyst's
    corrections are appended to (None: corrections are read-only off); with a token, each is
    signed with `token_label`.
    """
    db = Q.ReadOnlyDB(db_path)
    app = FastAPI(
        title="realpolitik",
        version=__version__,
        description="API over a realpolitik database (opened read-only): events with their evidence, dyads, "
        "actors, articles, blocs; the analyst's corrections go to their own file.",
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(_known_query_params)],
    )
    app.state.db = db
    view = SystemView(db)
    app.state.view = view
    fixes = CorrectionsState(db, view, corrections, user=token_label if token else None)
    app.state.corrections = fixes
    app.state.warm = view.warm()
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True, undefined=jinja2.StrictUndefined
    )
    first = db.cursor()
    try:
        names = Names(Q.actor_names(first))
    finally:
        first.close()
    app.state.names = names

    def renew_names() -> None:  # a new snapshot of the file may name new actors
        cur = db._con.cursor()
        try:
            names.from_texts = Q.actor_names(cur)
            names.clear()
        finally:
            cur.close()

    db.on_change(renew_names)
    env.globals.update(
        quad_names=QUAD_NAMES,
        modalities=MODALITIES,
        names=names,
        page_sizes=B.PAGE_SIZES,
        facet_order=Q.FACETS,
        facet_titles=FACET_TITLES,
        facet_label=lambda name, value: B.facet_label(name, value, names, QUAD_NAMES),
        facet_link=B.facet_link,
        unknown_outlet=Q.UNKNOWN_OUTLET,
        corrections=fixes,
        plover_types=PLOVER_TYPES,
        shown_date=shown_date,
        lean_at=view.settings.lean,  # an uncertain pair with this share of replicates on one side leans
        who_says=who_says,  # a speaker named only by a pronoun ("I") is written as the actor it was coded to
        floor=view.settings.min_articles,  # a figure on fewer articles is thin (the headline floor)
    )
    env.filters["http_url"] = http_url
    env.filters["share"] = percent  # a share of resampled corpora: "87 %"
    env.filters["unbroken"] = unbroken  # "97.5 %" never broken over two lines of a page
    env.filters["signed"] = signed  # a signed number as a user reads it: "−0.43", as the report writes it
    env.filters["one_per_sentence"] = one_per_sentence
    env.filters["outlet"] = outlet_name  # "unknown outlet", as the report and the CLI write it
    templates = Jinja2Templates(env=env)

    import swagger_ui_bundle

    if allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.mount("/static/swagger", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="swagger")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        # Pages answer with a page, the API (and anything that asks for JSON) with JSON.
        if request.url.path.startswith(("/api/", "/openapi", "/static/")):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return templates.TemplateResponse(
            request,
            "error.html",
            {"status": exc.status_code, "detail": str(exc.detail)},
            status_code=exc.status_code,
        )

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": jsonable_encoder(exc.errors())}, status_code=422)
        text = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        return templates.TemplateResponse(
            request, "error.html", {"status": 422, "detail": text}, status_code=422
        )

    @app.exception_handler(B.BadFilter)
    async def bad_filter(request: Request, exc: B.BadFilter) -> Response:
        return await http_error(request, StarletteHTTPException(400, str(exc)))

    @app.exception_handler(InputError)
    async def input_error(request: Request, exc: InputError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=500)

    @app.middleware("http")
    async def guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        set_cookie = False
        if token is not None:
            given = request.headers.get("authorization", "")
            supplied = given[7:] if given.lower().startswith("bearer ") else None
            if supplied is None:
                supplied = request.query_params.get("token")
                set_cookie = supplied is not None
            if supplied is None:
                supplied = request.cookies.get("realpolitik_token")
            if supplied is None or not hmac.compare_digest(supplied.encode(), token.encode()):
                return JSONResponse(
                    {
                        "detail": "access token required: send 'Authorization: Bearer <token>' or open the app with ?token=<token>"
                    },
                    status_code=401,
                )
        if set_cookie and not request.url.path.startswith("/api/"):
            # A page opened with ?token= : keep the token in a cookie and drop it from the address bar.
            rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
            target = request.url.path + ("?" + urlencode(rest) if rest else "")
            response: Response = RedirectResponse(target, status_code=303)
        else:
            response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        if set_cookie and token is not None:
            response.set_cookie("realpolitik_token", token, httponly=True, samesite="strict")
        return response

    # --- API --------------------------------------------------------------------------------------
    @app.get("/api/events", tags=["api"], summary="Events with their evidence, filtered and paginated")
    def api_events(
        cur: Cur,
        actor: Annotated[
            str | None, Query(max_length=32, description="actor code on either side, e.g. RUS")
        ] = None,
        dyad: Annotated[
            str | None, Query(max_length=65, description="A:B, either direction, e.g. ARM:AZE")
        ] = None,
        since: Since = None,
        until: Until = None,
        modality: Annotated[str | None, Query(description=f"one of {', '.join(MODALITIES)}")] = None,
        outlet: Annotated[str | None, Query(max_length=200)] = None,
        event: Annotated[str | None, Query(max_length=20, description="PLOVER type, e.g. ASSAULT")] = None,
        article: Annotated[str | None, Query(max_length=64, description="article id")] = None,
        q: Annotated[
            str | None, Query(min_length=2, max_length=200, description="text in the evidence sentence")
        ] = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> JSONResponse:
        _window(since, until)
        mod = _modality(modality)
        flt = Q.EventFilter(
            actors=(fixes.actor(actor, "actor"),) if actor else (),
            dyad=fixes.dyad(dyad, "dyad") if dyad else None,
            since=since,
            until=until,
            modalities=(mod,) if mod else None,
            outlet=outlet,
            event=_event_type(event),
            article_id=_article_id(article) if article else None,
            q=q,
        )
        total, rows = Q.list_events(cur, flt, limit=limit, offset=offset)
        body = {"total": total, "limit": limit, "offset": offset, "items": [_with_marks(r) for r in rows]}
        # The rows are already plain JSON values; skipping FastAPI's generic encoder halves the cost.
        return JSONResponse(body)

    @app.get("/api/dyads", tags=["api"], summary="Dyads with event counts and net cooperation")
    def api_dyads(
        cur: Cur,
        since: Since = None,
        until: Until = None,
        actor: Annotated[str | None, Query(max_length=32)] = None,
        modality: Modality = None,
        window: Annotated[str, Query(description="all, year, quarter, month, week or day")] = "all",
        min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
        limit: Limit = 100,
        offset: Offset = 0,
        explain: Annotated[
            bool, Query(description="add `why`: the one line saying why an uncertain pair is uncertain")
        ] = False,
    ) -> dict[str, Any]:
        _window(since, until)
        code = fixes.actor(actor, "actor") if actor else None
        mods = _modalities(modality)
        rows = view.dyads(window, _iso(since), _iso(until), code, mods, min_events)
        page = rows[offset : offset + limit]
        items = [_dyad_out(d) for d in page]
        if explain:
            # the same line as `realpolitik dyads --explain` (null for a pair with a reading)
            whys = view.explain(page, window, _iso(since), _iso(until), code, mods)
            for d, item in zip(page, items, strict=True):
                why = whys.get((d.a, d.b, d.window))
                item["why"] = why.to_dict() if why is not None else None
        return {
            "total": len(rows),
            "limit": limit,
            "offset": offset,
            "items": items,
            "corrections": fixes.status(),
        }

    @app.get("/api/actors", tags=["api"], summary="Actors with their event and mention counts")
    def api_actors(
        cur: Cur,
        q: Annotated[str | None, Query(max_length=100, description="part of a code or name")] = None,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        total, rows = Q.list_actors(cur, q=q, limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "items": rows}

    @app.get("/api/actors/{code}", tags=["api"], summary="One actor: counts and partners")
    def api_actor(cur: Cur, code: str) -> dict[str, Any]:
        c = _code(code, "actor")
        found = Q.get_actor(cur, c)
        if found is None:
            raise HTTPException(404, f"actor '{c}' does not occur in this database")
        partners = view.dyads("all", None, None, c, None, 1)
        return {**found, "dyads": [_dyad_out(d) for d in partners]}

    @app.get("/api/articles/{article_id}", tags=["api"], summary="One article with its mentions and events")
    def api_article(cur: Cur, article_id: str) -> dict[str, Any]:
        art = Q.get_article(cur, _article_id(article_id))
        if art is None:
            raise HTTPException(404, f"no article with id '{article_id}'")
        art["events"] = [_with_marks(e) for e in art["events"]]
        return art

    @app.get("/api/blocs", tags=["api"], summary="Blocs of the signed graph (structural balance partition)")
    def api_blocs(
        cur: Cur,
        since: Since = None,
        until: Until = None,
        modality: Modality = None,
        min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    ) -> dict[str, Any]:
        _window(since, until)
        scope = Scope(_iso(since), _iso(until), _modalities(modality), min_events)
        out = view.blocs(scope).to_dict()
        bal = view.balance(scope)
        # the same balance as CLI `blocs` and the report: firm ties only (`system.balance.model_balance`)
        return {
            **out,
            "balance": bal.balance,
            "triads": bal.triads,
            "unbalanced_triads": [list(t.nodes) for t in bal.unbalanced],
            "unbalanced": [t.description for t in bal.unbalanced],
            "corrections": fixes.status(),
        }

    @app.get("/api/graph", tags=["api"], summary="Signed actor graph with a layout, for the network page")
    def api_graph(cur: Cur, gq: InView) -> dict[str, Any]:
        return {**_graph(view, names, gq), "corrections": fixes.status()}

    @app.get(
        "/api/graph.graphml",
        tags=["api"],
        summary="The graph in view as GraphML (actor names, blocs and dyad figures as attributes)",
        response_class=PlainTextResponse,
    )
    def api_graphml(gq: InView) -> Response:
        _, _, g, found = _graph_in_view(view, gq)
        stem = f"realpolitik-graph-{_iso(gq.since) or 'start'}-{_iso(gq.until) or 'end'}"
        return Response(
            graphml_text(g, names, found.bloc_of if found else None),
            media_type="application/graphml+xml",
            headers={"Content-Disposition": f'attachment; filename="{stem}.graphml"'},
        )

    @app.get("/api/timeline", tags=["api"], summary="Events per month with their net tone (overview chart)")
    def api_timeline(
        cur: Cur, modality: Modality = None, outlet: GraphOutlet = None, event: GraphEvent = None
    ) -> dict[str, Any]:
        flt = Q.EventFilter(modalities=_modalities(modality), outlet=outlet, event=_event_type(event))
        # a month's tone resting on fewer articles than the headline floor is thin: one event reads +1 or -1
        floor = view.settings.min_articles
        return {
            "items": [{**m, "thin": m["articles"] < floor} for m in Q.monthly_volume(cur, flt)],
            "floor": floor,
        }

    @app.get("/api/outlets", tags=["api"], summary="Outlets, their perspective and where they disagree")
    def api_outlets(cur: Cur) -> dict[str, Any]:
        return {
            "items": Q.list_outlets(cur),
            "perspectives": [_without_ids(d.to_dict()) for d in view.outlet_dyads()],
            "disagreements": [d.to_dict() for d in view.disagreements()],
        }

    @app.get("/api/search", tags=["api"], summary="Search article texts and event evidence")
    def api_search(
        cur: Cur,
        q: Annotated[str, Query(min_length=2, max_length=200)],
        limit: Limit = 20,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        n_art, arts = Q.search_articles(cur, q, limit=limit, offset=offset)
        n_ev, evs = Q.list_events(cur, Q.EventFilter(modalities=None, q=q), limit=limit, offset=offset)
        return {
            "articles": {"total": n_art, "items": arts},
            "events": {"total": n_ev, "items": [_with_marks(e) for e in evs]},
        }

    _corrections_api(app, fixes)

    # --- pages ------------------------------------------------------------------------------------
    def page(request: Request, name: str, **ctx: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, ctx)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def network_page(
        request: Request,
        cur: Cur,
        since: Since = None,
        until: Until = None,
        min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
        modality: Annotated[str, Query(pattern="^(asserted|all)$")] = "asserted",
        outlet: GraphOutlet = None,
        event: GraphEvent = None,
    ) -> HTMLResponse:
        # The script reads the same query string (plus actor= or dyad=), so a shared URL is the view.
        _window(since, until)
        lo, hi = Q.date_bounds(cur)
        counted = Q.EventFilter(modalities=None if modality == "all" else ("asserted",))
        facets = Q.event_facets(cur, counted, top=60)
        return page(
            request,
            "network.html",
            lo=lo,
            hi=hi,
            since=_iso(since),
            until=_iso(until),
            min_events=min_events,
            modality=modality,
            outlet=outlet,
            event=_event_type(event),
            event_facet=facets["event"],
            outlet_facet=facets["outlet"],
            counts=Q.counts(cur),
        )

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, cur: Cur) -> HTMLResponse:
        state = B.parse_state(request.query_params)
        return page(request, "events.html", tp=B.load_page(cur, state))

    def export(request: Request, cur: duckdb.DuckDBPyConnection, fmt: str) -> Response:
        params = request.query_params
        everything = params.get("all") == "1"
        state = B.parse_state(params)
        total, rows = B.export_rows(cur, state, everything=everything)
        stem = "realpolitik-events" + ("" if everything else f"-page{state.page}")
        disposition = {"Content-Disposition": f'attachment; filename="{stem}.{fmt}"'}
        if fmt == "csv":
            return Response(B.to_csv(rows, names), media_type="text/csv; charset=utf-8", headers=disposition)
        return Response(
            B.to_json(rows, names, state, total, everything),
            media_type="application/json",
            headers=disposition,
        )

    @app.get("/events.csv", include_in_schema=False)
    def events_csv(request: Request, cur: Cur) -> Response:
        return export(request, cur, "csv")

    @app.get("/events.json", include_in_schema=False)
    def events_json(request: Request, cur: Cur) -> Response:
        return export(request, cur, "json")

    @app.get("/dyad/{a}/{b}", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(request: Request, cur: Cur, a: str, b: str) -> HTMLResponse:
        pa, pb = sorted(fixes.dyad(f"{a}:{b}", "dyad"))
        if Q.list_events(cur, Q.EventFilter(modalities=None, dyad=(pa, pb)), limit=1, offset=0)[0] == 0:
            raise HTTPException(404, f"no event links {pa} and {pb} in this database")
        state = B.parse_state(request.query_params, fixed={"dyad": f"{pa}:{pb}"}, base=f"/dyad/{pa}/{pb}")
        monthly = list(view.pair("month", pa, pb))
        overall = list(view.pair("all", pa, pb))
        # (an event with no date, nor its article one, has no month: the page counts it under the axis, where
        # "3 asserted events" above a chart of one read as two lost)
        undated = sum(overall[0].quad_counts) - sum(sum(d.quad_counts) for d in monthly) if overall else 0
        return page(
            request,
            "dyad.html",
            a=pa,
            b=pb,
            tp=B.load_page(cur, state),
            overall=overall[0] if overall else None,
            why=view.why(pa, pb),
            timeline=_timeline_bars(monthly),
            undated=max(0, undated),
        )

    @app.get("/actor/{code}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(
        request: Request,
        cur: Cur,
        code: str,
        psort: Annotated[str, Query(max_length=20)] = "-events",
    ) -> HTMLResponse:
        c = _code(code, "actor")
        found = Q.get_actor(cur, c)
        if found is None:
            raise HTTPException(404, f"actor '{c}' does not occur in this database")
        key = psort.lstrip("-")
        if key not in dict(PARTNER_COLUMNS):
            raise _bad(
                f"psort: unknown column '{psort}' (expected one of: {', '.join(dict(PARTNER_COLUMNS))})"
            )
        partners = sorted(
            view.dyads("all", None, None, c),
            key=lambda d: _partner_key(d, c, key, names),
            reverse=psort.startswith("-"),
        )
        state = B.parse_state(request.query_params, fixed={"actor": c}, base=f"/actor/{c}", other=("psort",))
        blocs = view.blocs(Scope())

        def partner_sort_url(col: str) -> str:
            flip = col if psort == "-" + col else "-" + col
            here = replace(state, other=())
            return here.url() + ("&" if "?" in here.url() else "?") + urlencode({"psort": flip})

        return page(
            request,
            "actor.html",
            code=c,
            actor=found,
            partners=partners,
            partner_columns=PARTNER_COLUMNS,
            partner_sort_url=partner_sort_url,
            psort=psort,
            bloc=blocs.bloc_of(c),
            bloc_stability=blocs.stability_percent(c),  # whole percent, on the side of stable_at it is on
            # with no conflictual tie holding up, a bloc number is no finding: say so instead
            bloc_verdict=blocs.verdict(),
            tp=B.load_page(cur, state),
        )

    @app.get("/outlets", response_class=HTMLResponse, include_in_schema=False)
    def outlets_page(
        request: Request, cur: Cur, sort: Annotated[str, Query(max_length=20)] = "-events"
    ) -> HTMLResponse:
        key = sort.lstrip("-")
        if key not in dict(OUTLET_COLUMNS):
            raise _bad(f"sort: unknown column '{sort}' (expected one of: {', '.join(dict(OUTLET_COLUMNS))})")
        # keyed by the outlet as a reader sees it: the store's rows say "(unknown)" where the perspectives say
        # "(unknown outlet)", so the unknown bucket's picture (which the report shows) was never found
        per_outlet: dict[object, list[Any]] = {}
        for d in view.outlet_dyads():
            per_outlet.setdefault(outlet_name(d.outlet), []).append(d)
        rows = Q.list_outlets(cur)
        rows.sort(
            key=lambda o: (str(o[key]).lower(),) if key == "outlet" else (o[key],),
            reverse=sort.startswith("-"),
        )

        def sort_url(col: str) -> str:
            flip = col if sort == "-" + col else "-" + col
            return "/outlets?" + urlencode({"sort": flip})

        return page(
            request,
            "outlets.html",
            outlets=rows,
            outlet_columns=OUTLET_COLUMNS,
            sort=sort,
            sort_url=sort_url,
            perspectives={o: v[:8] for o, v in per_outlet.items()},
            floor=view.settings.min_articles,  # an outlet's picture of a pair on fewer articles is thin
            disagreements=view.disagreements()[:50],
        )

    # -- narratives (issue 14): frames by outlet over time, each cell opening its sentences ----------
    def _narratives(cur: duckdb.DuckDBPyConnection, frame: str, window: str) -> Any:
        from ..narratives import load_pack
        from ..narratives.model import view as narrative_view
        from ..store import Reader

        if window not in ("month", "quarter", "year"):
            raise _bad(f"window: expected month, quarter or year, not '{window}'")
        pack = load_pack()
        if frame and frame not in pack.frame_index:
            raise _bad(f"frame: unknown frame '{frame}' (expected one of: {', '.join(pack.ids)})")
        reader = Reader(cur, path=str(db_path))
        return pack, narrative_view(reader, pack, unit=window)

    @app.get(
        "/api/narratives", tags=["api"], summary="Frames per article with their sentences, and per outlet"
    )
    def api_narratives(
        cur: Cur,
        frame: Annotated[str, Query(max_length=64)] = "",
        window: Annotated[str, Query(max_length=10)] = "month",
    ) -> dict[str, Any]:
        _pack, data = _narratives(cur, frame, window)
        if data is None:
            raise HTTPException(404, "this database holds no narrative frames (run analyze again)")
        keep = {"pack", "articles", "outlets", "oppositions", "events"}
        out = {k: v for k, v in data.items() if k in keep}
        if frame:
            out["articles"] = [a for a in out["articles"] if any(f["frame"] == frame for f in a["frames"])]
        return out

    @app.get("/narratives", response_class=HTMLResponse, include_in_schema=False)
    def narratives_page(
        request: Request,
        cur: Cur,
        frame: Annotated[str, Query(max_length=64)] = "",
        window: Annotated[str, Query(max_length=10)] = "",
    ) -> HTMLResponse:
        from ..narratives.model import fitting_unit, grid

        # no window asked for: the finest that puts the record in a few columns (a month over forty months of
        # articles gave forty columns, most of them off the screen)
        chosen = not window
        window = window or "month"
        pack, data = _narratives(cur, frame, window)
        if chosen and data is not None and fitting_unit(data["articles"]) != window:
            window = fitting_unit(data["articles"])
            pack, data = _narratives(cur, frame, window)
        return page(
            request,
            "narratives.html",
            data=data,
            grid=grid(data["articles"], window) if data is not None else None,
            frames=pack.frames,
            frame=frame,
            unit=window,
            unit_chosen=chosen,  # the window was chosen to fit, not asked for: the page says so
            names={f.id: f.name for f in pack.frames},
            definitions={f.id: f.definition for f in pack.frames},
            floor=view.settings.min_articles,  # a share of fewer articles is not given as a share
        )

    @app.get("/article/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, cur: Cur, article_id: str) -> HTMLResponse:
        art = Q.get_article(cur, _article_id(article_id))
        if art is None:
            raise HTTPException(404, f"no article with id '{article_id}'")
        anchors = [
            (e["evidence_start"], f"ev-{e['idx']}") for e in art["events"] if e["evidence_start"] is not None
        ]
        segs = segments(art["text"] or "", article_marks(art), anchors)
        return page(request, "article.html", art=art, segs=segs)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(
        request: Request,
        cur: Cur,
        q: Annotated[str, Query(max_length=200)] = "",
        apage: Annotated[int, Query(ge=1, le=100_000)] = 1,
    ) -> HTMLResponse:
        arts: list[dict[str, Any]] = []
        n_art = 0
        asize = 20
        term = q.strip()
        tp = None
        if len(term) >= 2:
            n_art, arts = Q.search_articles(cur, term, limit=asize, offset=(apage - 1) * asize)
            for art in arts:
                art["title_segments"] = segments(art["title"] or "", match_marks(art["title"] or "", term))
                art["snippet_segments"] = segments(art["snippet"], match_marks(art["snippet"], term))
            state = B.parse_state(request.query_params, base="/search", kept=("q",), other=("apage",))
            tp = B.load_page(cur, state)

        def search_url(**changes: Any) -> str:
            vals = {k: v for k, v in request.query_params.items() if k in (*B.STATE_KEYS, "apage")}
            vals.update({k: str(v) for k, v in changes.items()})
            return "/search?" + urlencode(vals)

        return page(
            request,
            "search.html",
            q=q,
            arts=arts,
            n_art=n_art,
            apage=apage,
            asize=asize,
            tp=tp,
            search_url=search_url,
        )

    @app.get("/openapi-3.0.json", include_in_schema=False)
    def openapi_30() -> dict[str, Any]:
        # The bundled Swagger UI (4.x) reads OpenAPI 3.0 only; /openapi.json stays the 3.1 original.
        return openapi_as_30(app.openapi())

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page(request: Request) -> HTMLResponse:
        return page(request, "docs.html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return RedirectResponse("/static/swagger/favicon-32x32.png")

    return app


def _to_30(node: Any) -> Any:
    if isinstance(node, list):
        return [_to_30(x) for x in node]
    if not isinstance(node, dict):
        return node
    out = {k: _to_30(v) for k, v in node.items()}
    variants = out.get("anyOf")
    if isinstance(variants, list) and {"type": "null"} in variants:
        rest = [v for v in variants if v != {"type": "null"}]
        del out["anyOf"]
        if len(rest) == 1:
            out.update(rest[0])
        else:
            out["anyOf"] = rest
        out["nullable"] = True
    if "examples" in out and isinstance(out["examples"], list):
        out["example"] = out.pop("examples")[0] if out["examples"] else None
    return out


def openapi_as_30(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of an OpenAPI 3.1 document in 3.0 form (nullable instead of anyOf with null)."""
    converted = _to_30(copy.deepcopy(spec))
    converted["openapi"] = "3.0.3"
    return dict(converted)


def _partner_key(d: Dyad, code: str, key: str, names: Names) -> Any:
    if key == "partner":
        return names[d.b if d.a == code else d.a].lower()
    if key.startswith("q"):
        return d.quad_counts[int(key[1]) - 1]
    return getattr(d, key)


def one_per_sentence(rows: Iterable[Any]) -> list[Any]:
    """Evidence rows with one per sentence of an article: two events coded from one sentence quote it
    once, while the same words in two articles (two outlets, or a story run twice) keep a line and a
    link each. Jinja's unique by text merged these, case-insensitively, under the first one's outlet."""
    seen: set[tuple[str, str]] = set()
    out = []
    for r in rows:
        key = (r.article_id, r.evidence_text)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _timeline_bars(monthly: list[Dyad]) -> dict[str, Any]:
    """Stacked monthly bars on a true time axis (empty months included) for an inline SVG that takes
    the width of the page: each month's position and width are shares of the plot (`x`, `w`, percent),
    so the whole period fits a phone as well as a desktop, and at most `MAX_TIMELINE_LABELS` labels
    are written, so they never overlap at the narrowest width (a phone, about 300 px of plot).
    `width` is the natural width in pixels (34 px a month at most, as before): wider screens do not
    stretch a short period. A few stray early events are left off the axis (`timeaxis.stray_early`) and counted in
    `hidden`, as the home page's overview does."""
    by_month = {d.window: d.quad_counts for d in monthly}
    if not by_month:
        return {"months": [], "peak": 0, "bar": 0, "width": 0, "ticks": [], "hidden": None}
    first, last = min(by_month), max(by_month)
    y, m = (int(x) for x in first.split("-"))
    labels = []
    while f"{y}-{m:02d}" <= last:
        labels.append(f"{y}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    events = [sum(by_month.get(lab, (0, 0, 0, 0))) for lab in labels]
    cut = stray_early(events)
    hidden = None
    if cut:
        last_hidden = max(i for i in range(cut) if events[i])
        gap = cut - 1 - last_hidden  # the empty months between them and the axis
        hidden = {
            "events": sum(events[:cut]),
            "from": labels[0],
            "to": labels[last_hidden],
            "gap": gap,
            "gap_text": f"{gap} months"
            if gap < 24
            else f"{'more than ' if gap % 12 else ''}{gap // 12} years",
        }
        labels = labels[cut:]
        by_month = {lab: c for lab, c in by_month.items() if lab >= labels[0]}
    n = len(labels)
    bar = max(3.0, min(34.0, 1100.0 / n))
    shown = _timeline_labels(labels)
    months: list[dict[str, Any]] = [
        {
            "month": lab,
            "counts": dict(zip((1, 2, 3, 4), by_month.get(lab, (0, 0, 0, 0)), strict=True)),
            "label": shown.get(lab, ""),
            "x": round(100.0 * i / n, 3),
            "w": round(100.0 / n * (0.9 if n < 40 else 0.75), 3),
        }
        for i, lab in enumerate(labels)
    ]
    peak = max(sum(c) for c in by_month.values())
    step = max(1, -(-peak // 4))
    ticks = list(range(0, peak + 1, step))
    if ticks[-1] != peak:
        ticks.append(peak)
    return {
        "months": months, "peak": peak, "bar": bar, "width": round(n * bar + 20), "ticks": ticks, "hidden": hidden
    }  # fmt: skip


MAX_TIMELINE_LABELS = 8  # about 300 px of plot on a phone, 36 px a label


def _timeline_labels(months: list[str]) -> dict[str, str]:
    """Which months of a timeline carry a label, and what it says: every month ("21-06") when there are
    few, else every k-th month, or every k-th January ("2021") over more than two years, k chosen so no
    more than `MAX_TIMELINE_LABELS` are written; the first month is labelled with its year when the first
    label chosen is far enough from it not to collide."""
    n = len(months)
    if n <= MAX_TIMELINE_LABELS:
        return {lab: lab[2:] for lab in months}
    if n <= 24:
        k = -(-n // MAX_TIMELINE_LABELS)
        return {lab: lab[2:] for i, lab in enumerate(months) if i % k == 0}
    januaries = [i for i, lab in enumerate(months) if lab.endswith("-01")]
    k = -(-(len(januaries) + 1) // MAX_TIMELINE_LABELS)
    out = {months[i]: months[i][:4] for i in januaries[::k]}
    if not januaries or januaries[0] >= n / MAX_TIMELINE_LABELS:
        out[months[0]] = months[0][:4]
    return out


# --- validation of query parameters ----------------------------------------------------------------


def _query_names(dependant: Any) -> set[str]:
    names = {f.alias for f in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def _known_query_params(request: Request) -> None:
    """Unknown query parameters of an API call are an error, not silently ignored (?format=csv)."""
    if not request.url.path.startswith("/api/"):
        return
    dependant = getattr(request.scope.get("route"), "dependant", None)
    if dependant is None:
        return
    allowed = _query_names(dependant)
    unknown = sorted(set(request.query_params) - allowed - {"token"})
    if unknown:
        raise HTTPException(
            400,
            f"unknown query parameter(s): {', '.join(unknown)}; {request.url.path} takes "
            + (", ".join(sorted(allowed)) if allowed else "no query parameters"),
        )


# --- corrections ---------------------------------------------------------------------------------------

CSRF_HEADER = "X-Realpolitik"


def _known_codes(cur: duckdb.DuckDBPyConnection) -> frozenset[str]:
    """Codes a request may name: those of stored events, and (unlike the CLI, whose filters would
    only come out empty) those the texts mention, which have their own actor pages."""
    reader = Reader(cur)
    return reader.actor_codes() | frozenset(reader.actor_names())


class CorrectionsState:
    """The corrections file of a served database, the overlay in force and the actor names.

    Writes are serialised; after each one the overlay is rebuilt from the file, the in-memory
    events table updated and the system model's cache dropped, so every figure shows it.
    """

    def __init__(self, db: Q.ReadOnlyDB, view: SystemView, path: str | Path | None, *, user: str | None):
        self.db = db
        self.view = view
        self.user = user
        self.log = CorrectionLog(path) if path is not None else None
        self.lock = threading.Lock()
        self.overlay: Overlay = EMPTY
        self._stored_codes: frozenset[str] = frozenset()
        self.present: ActorIndex = actor_index(())
        self.anywhere: ActorIndex = actor_index()
        cur = db.cursor()
        try:
            self._stored_codes = _known_codes(cur)
            self.reload(cur)
        finally:
            cur.close()
        db.on_change(self.renewed)

    def renewed(self) -> None:
        """The server switched to a new snapshot of the file: its events table needs the corrections again."""
        with self.lock:
            cur = self.db._con.cursor()  # not db.cursor(), which may look for a newer snapshot itself
            try:
                self._stored_codes = _known_codes(cur)
                self.overlay = EMPTY
                self.reload(cur)
            finally:
                cur.close()

    @property
    def enabled(self) -> bool:
        return self.log is not None

    def status(self) -> dict[str, Any] | None:
        """What the figures say about corrections: None when the app runs without a corrections file."""
        return self.overlay.to_dict() if self.enabled else None

    def reload(self, cur: duckdb.DuckDBPyConnection) -> Overlay:
        old = self.overlay
        if self.log is not None:
            loaded = self.log.read()
            new = build_overlay(cur, loaded.corrections, loaded.problems)
        else:
            new = EMPTY
        changed = {i for i in set(old.by_event) | set(new.by_event) if old.get(i) != new.get(i)}
        Q.apply_corrections(cur, new, sorted(changed))
        # corrections may name any actor of the knowledge base, or one stored under a project code
        self.present, self.anywhere = actor_indexes(self._stored_codes, new)
        self.overlay = new
        self.view.set_overlay(new if self.enabled else None)
        return new

    def actor(self, value: str, name: str) -> str:
        """An actor code or name of this database; 404 with "did you mean" when it is unknown."""
        if not ACTOR_RE.match(value.strip()):
            raise _bad(
                f"{name}: '{value}' is not an actor code (letters, digits and '-', e.g. RUS or IGO-UN) "
                "or name (e.g. Russia)"
            )
        try:
            return self.present.resolve(value, what=name)
        except InputError as exc:
            raise HTTPException(404, str(exc)) from exc

    def dyad(self, value: str, name: str) -> tuple[str, str]:
        parts = value.split(":")
        if len(parts) != 2 or not all(p.strip() for p in parts):
            raise _bad(f"{name}: '{value}' is not of the form A:B (for example ARM:AZE)")
        a, b = (self.actor(p, name) for p in parts)
        if a == b:
            raise _bad(f"{name}: both sides are '{a}'; a dyad needs two different actors")
        return a, b

    def correct(self, body: dict[str, Any]) -> dict[str, Any]:
        if self.log is None:
            raise HTTPException(
                409,
                "corrections are off: start the app with `realpolitik serve --db FILE --corrections "
                "CORRECTIONS.jsonl` to record them (the database itself is never written)",
            )
        event_id = body.get("event_id")
        if not isinstance(event_id, str) or not event_id or len(event_id) > 80:
            raise _bad("event_id: expected the id of an event, as /api/events gives it (e.g. 3f2a...:0)")
        cur = self.db.cursor()
        try:
            ev = stored_event(cur, event_id)
            if ev is None:
                raise HTTPException(404, f"event_id: no event with id '{event_id}' in this database")
            fields = {k: v for k, v in body.items() if k != "event_id"}
            with self.lock:
                try:
                    made = make_correction(ev, fields, self.anywhere, user=self.user)
                except CorrectionError as exc:
                    raise HTTPException(exc.status, str(exc)) from exc
                self.log.append(made)
                overlay = self.reload(cur)
        finally:
            cur.close()
        applies = sorted(i for i, c in overlay.by_event.items() if c.id == made.id)
        return {**made.to_dict(), "applies_to": applies, "corrections": overlay.to_dict()}

    def listing(self) -> dict[str, Any]:
        overlay = self.overlay
        return {
            "enabled": self.enabled,
            **overlay.to_dict(),
            "items": [{**c.to_dict(), "applies_to": eid} for eid, c in sorted(overlay.by_event.items())],
            "unmatched_items": [c.to_dict() for c in overlay.unmatched],
            "problems": list(overlay.problems),
        }


def _same_origin_write(request: Request) -> None:
    """Refuse a write a foreign web page could have sent through the user's browser.

    A custom header cannot be sent cross-origin without a CORS preflight the app never grants,
    and browsers name the page's origin on every POST; both are checked.
    """
    if request.headers.get(CSRF_HEADER) is None:
        raise HTTPException(
            403, f"a write needs the header '{CSRF_HEADER}: 1' (sent by the app's own pages and scripts)"
        )
    claimed = request.headers.get("origin") or request.headers.get("referer")
    if claimed and claimed != "null":
        parts = urlsplit(claimed)
        if parts.netloc.lower() != request.headers.get("host", "").lower() or parts.scheme not in (
            "http",
            "https",
        ):
            raise HTTPException(
                403, f"cross-origin write refused: the request comes from {parts.scheme}://{parts.netloc}"
            )
    elif claimed == "null":
        raise HTTPException(403, "cross-origin write refused: the request comes from an opaque origin")
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/json":
        raise HTTPException(415, "send the correction as JSON (Content-Type: application/json)")


def _corrections_api(app: FastAPI, fixes: CorrectionsState) -> None:
    @app.post(
        "/api/corrections",
        tags=["api"],
        status_code=201,
        summary="Correct an event: reject it or recode its type, source, target or modality",
        description='Body: {"event_id", "action": "reject" | "recode" | "confirm" | "restore", '
        '"event"?, "source"?, "target"?, "modality"?, "note"?}. Needs the app started with '
        f"--corrections, the header '{CSRF_HEADER}: 1' and a same-origin request; the database is never written.",
    )
    async def api_correct(request: Request) -> JSONResponse:
        _same_origin_write(request)
        raw = await request.body()
        if len(raw) > 20_000:
            raise HTTPException(413, "the correction is too large (at most 20,000 bytes)")
        try:
            body = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise _bad(f"the body is not JSON: {exc}") from exc
        if not isinstance(body, dict):
            raise _bad('the body must be a JSON object such as {"event_id": "...", "action": "reject"}')
        out = await run_in_threadpool(fixes.correct, body)
        return JSONResponse(out, status_code=201)

    @app.get("/api/corrections", tags=["api"], summary="The corrections in force, one per event")
    def api_corrections() -> dict[str, Any]:
        return fixes.listing()
