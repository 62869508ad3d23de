"""The FastAPI application: the JSON API under /api/, the HTML pages and the locally served assets.

`create_app(db_path, token=None)` opens the database read-only; every request gets its own cursor.
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Awaitable, Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import duckdb
import jinja2
import networkx as nx
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from .. import __version__
from ..records import MODALITIES, PLOVER_TYPES
from . import queries as Q
from .highlight import article_marks, evidence_marks, segments

HERE = Path(__file__).parent
QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
MAX_LIMIT = 500
ARTICLE_ID_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")

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


def _bad(message: str) -> HTTPException:
    return HTTPException(status_code=400, detail=message)


def _code(value: str, name: str) -> str:
    code = value.strip().upper()
    if not Q.CODE_RE.match(code):
        raise _bad(
            f"{name}: '{value}' is not an actor code (expected letters, digits and '-', e.g. RUS or IGO-UN)"
        )
    return code


def _dyad(value: str) -> tuple[str, str]:
    parts = value.split(":")
    if len(parts) != 2 or not all(parts):
        raise _bad(f"dyad: '{value}' is not of the form A:B (for example ARM:AZE)")
    a, b = (_code(p, "dyad") for p in parts)
    if a == b:
        raise _bad(f"dyad: both sides are '{a}'; a dyad needs two different actors")
    return a, b


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


def _with_marks(event: dict[str, Any]) -> dict[str, Any]:
    event["marks"] = [m.to_dict() for m in evidence_marks(event)]
    return event


def _graph(
    cur: duckdb.DuckDBPyConnection, since: date | None, until: date | None, min_events: int
) -> dict[str, Any]:
    """Nodes with a deterministic layout and signed edges for the network page."""
    dyads = [d for d in Q.interim_dyads(cur, since=since, until=until) if d["events"] >= min_events]
    names = Q.actor_names(cur)
    g = nx.Graph()
    for d in dyads:
        g.add_edge(d["a_code"], d["b_code"], weight=1.0 + d["events"] ** 0.5)
    pos: dict[str, Any] = nx.spring_layout(g, seed=7, weight="weight") if len(g) else {}
    degree: dict[str, int] = {}
    for d in dyads:
        for c in (d["a_code"], d["b_code"]):
            degree[c] = degree.get(c, 0) + d["events"]
    blocs = _blocs_from(dyads)
    bloc_of = {m: i for i, b in enumerate(blocs) for m in b["members"]}
    nodes = [
        {
            "id": n,
            "label": names.get(n, n),
            "events": degree.get(n, 0),
            "x": float(pos[n][0]),
            "y": float(pos[n][1]),
            "bloc": bloc_of.get(n),
        }
        for n in sorted(g.nodes)
    ]
    return {"nodes": nodes, "edges": dyads, "since": since, "until": until}


# --- INTERIM: replace with realpolitik.system.blocs once it lands -------------------------------
def _blocs_from(dyads: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Connected groups over net-cooperative dyads (asserted events only): a placeholder for blocs."""
    g = nx.Graph()
    for d in dyads:
        if d["asserted"] and d["net"] > 0:
            g.add_edge(d["a_code"], d["b_code"])
    comps = sorted((sorted(c) for c in nx.connected_components(g) if len(c) > 1), key=lambda c: (-len(c), c))
    return [
        {"id": i, "members": c, "method": "interim: connected components of net-cooperative dyads"}
        for i, c in enumerate(comps)
    ]


# --- end INTERIM ---------------------------------------------------------------------------------


def _disagreements(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Dyads that one outlet reports as net cooperative and another as net conflictual."""
    by_dyad: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in rows:
        by_dyad.setdefault((r["a_code"], r["b_code"]), []).append(r)
    out = []
    for (a, b), per in by_dyad.items():
        pos = [p for p in per if p["mean_goldstein"] > 0]
        neg = [p for p in per if p["mean_goldstein"] < 0]
        if pos and neg:
            spread = max(p["mean_goldstein"] for p in per) - min(p["mean_goldstein"] for p in per)
            out.append({"a_code": a, "b_code": b, "spread": spread, "outlets": per})
    return sorted(out, key=lambda d: -d["spread"])


def create_app(db_path: str | Path, *, token: str | None = None) -> FastAPI:
    """Build the app over the DuckDB file at `db_path`, opened read-only."""
    db = Q.ReadOnlyDB(db_path)
    app = FastAPI(
        title="realpolitik",
        version=__version__,
        description="Read-only API over a realpolitik database: events with their evidence, dyads, actors, articles, blocs.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.db = db
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True, undefined=jinja2.StrictUndefined
    )
    env.globals.update(quad_names=QUAD_NAMES, modalities=MODALITIES)
    templates = Jinja2Templates(env=env)

    import swagger_ui_bundle

    app.mount("/static/swagger", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="swagger")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

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
    ) -> dict[str, Any]:
        _window(since, until)
        flt = Q.EventFilter(
            actor=_code(actor, "actor") if actor else None,
            dyad=_dyad(dyad) if dyad else None,
            since=since,
            until=until,
            modality=_modality(modality),
            outlet=outlet,
            event=_event_type(event),
            article_id=_article_id(article) if article else None,
            q=q,
        )
        total, rows = Q.list_events(cur, flt, limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "items": [_with_marks(r) for r in rows]}

    @app.get("/api/dyads", tags=["api"], summary="Dyads with event counts and net cooperation")
    def api_dyads(
        cur: Cur,
        since: Since = None,
        until: Until = None,
        actor: Annotated[str | None, Query(max_length=32)] = None,
        min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        _window(since, until)
        code = _code(actor, "actor") if actor else None
        rows = [
            d
            for d in Q.interim_dyads(cur, since=since, until=until)
            if d["events"] >= min_events and (code is None or code in (d["a_code"], d["b_code"]))
        ]
        return {"total": len(rows), "limit": limit, "offset": offset, "items": rows[offset : offset + limit]}

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
        _, found = Q.list_actors(cur, q=None, limit=MAX_LIMIT * 100, offset=0)
        match = [a for a in found if a["code"] == c]
        if not match:
            raise HTTPException(404, f"actor '{c}' does not occur in this database")
        partners = [d for d in Q.interim_dyads(cur) if c in (d["a_code"], d["b_code"])]
        return {**match[0], "dyads": partners}

    @app.get("/api/articles/{article_id}", tags=["api"], summary="One article with its mentions and events")
    def api_article(cur: Cur, article_id: str) -> dict[str, Any]:
        art = Q.get_article(cur, _article_id(article_id))
        if art is None:
            raise HTTPException(404, f"no article with id '{article_id}'")
        art["events"] = [_with_marks(e) for e in art["events"]]
        return art

    @app.get("/api/blocs", tags=["api"], summary="Groups of actors bound by net cooperation")
    def api_blocs(cur: Cur, since: Since = None, until: Until = None) -> dict[str, Any]:
        _window(since, until)
        return {"items": _blocs_from(Q.interim_dyads(cur, since=since, until=until))}

    @app.get("/api/graph", tags=["api"], summary="Signed actor graph with a layout, for the network page")
    def api_graph(
        cur: Cur,
        since: Since = None,
        until: Until = None,
        min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    ) -> dict[str, Any]:
        _window(since, until)
        return _graph(cur, since, until, min_events)

    @app.get("/api/outlets", tags=["api"], summary="Outlets, their perspective and where they disagree")
    def api_outlets(cur: Cur) -> dict[str, Any]:
        return {"items": Q.list_outlets(cur), "disagreements": _disagreements(Q.interim_outlet_dyads(cur))}

    @app.get("/api/search", tags=["api"], summary="Search article texts and event evidence")
    def api_search(
        cur: Cur,
        q: Annotated[str, Query(min_length=2, max_length=200)],
        limit: Limit = 20,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        n_art, arts = Q.search_articles(cur, q, limit=limit, offset=offset)
        n_ev, evs = Q.list_events(cur, Q.EventFilter(q=q), limit=limit, offset=offset)
        return {
            "articles": {"total": n_art, "items": arts},
            "events": {"total": n_ev, "items": [_with_marks(e) for e in evs]},
        }

    # --- pages ------------------------------------------------------------------------------------
    def page(request: Request, name: str, **ctx: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, ctx)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, cur: Cur) -> HTMLResponse:
        lo, hi = Q.date_bounds(cur)
        return page(request, "network.html", lo=lo, hi=hi, counts=_counts(cur))

    @app.get("/dyad/{a}/{b}", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(request: Request, cur: Cur, a: str, b: str) -> HTMLResponse:
        pa, pb = _dyad(f"{a}:{b}")
        _, events = Q.list_events(cur, Q.EventFilter(dyad=(pa, pb)), limit=MAX_LIMIT, offset=0)
        names = Q.actor_names(cur)
        rows = [{**e, "segments": segments(e["evidence_text"] or "", evidence_marks(e))} for e in events]
        tl = Q.timeline(cur, pa, pb)
        return page(request, "dyad.html", a=pa, b=pb, names=names, events=rows, timeline=_timeline_bars(tl))

    @app.get("/actor/{code}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, cur: Cur, code: str) -> HTMLResponse:
        c = _code(code, "actor")
        partners = [d for d in Q.interim_dyads(cur) if c in (d["a_code"], d["b_code"])]
        total, events = Q.list_events(cur, Q.EventFilter(actor=c), limit=50, offset=0)
        rows = [{**e, "segments": segments(e["evidence_text"] or "", evidence_marks(e))} for e in events]
        names = Q.actor_names(cur)
        if not partners and not total and c not in names:
            raise HTTPException(404, f"actor '{c}' does not occur in this database")
        return page(request, "actor.html", code=c, names=names, partners=partners, events=rows, total=total)

    @app.get("/outlets", response_class=HTMLResponse, include_in_schema=False)
    def outlets_page(request: Request, cur: Cur) -> HTMLResponse:
        return page(
            request,
            "outlets.html",
            outlets=Q.list_outlets(cur),
            disagreements=_disagreements(Q.interim_outlet_dyads(cur))[:50],
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
        request: Request, cur: Cur, q: Annotated[str, Query(max_length=200)] = ""
    ) -> HTMLResponse:
        arts: list[dict[str, Any]] = []
        evs: list[dict[str, Any]] = []
        n_art = n_ev = 0
        if len(q.strip()) >= 2:
            n_art, arts = Q.search_articles(cur, q.strip(), limit=50, offset=0)
            n_ev, raw = Q.list_events(cur, Q.EventFilter(q=q.strip()), limit=50, offset=0)
            evs = [{**e, "segments": segments(e["evidence_text"] or "", evidence_marks(e))} for e in raw]
        return page(request, "search.html", q=q, arts=arts, evs=evs, n_art=n_art, n_ev=n_ev)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page(request: Request) -> HTMLResponse:
        return page(request, "docs.html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return RedirectResponse("/static/swagger/favicon-32x32.png")

    return app


def _counts(cur: duckdb.DuckDBPyConnection) -> dict[str, int]:
    row = cur.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
        "(SELECT count(DISTINCT outlet) FROM articles)"
    ).fetchone()
    return {"articles": row[0], "events": row[1], "outlets": row[2]} if row else {}


def _timeline_bars(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Stacked monthly bars (one colour per quad class) as plain numbers for an inline SVG."""
    months = sorted({r["month"] for r in rows})
    per = {m: {q: 0 for q in QUAD_NAMES} for m in months}
    for r in rows:
        per[r["month"]][r["quad_class"]] = r["n"]
    peak = max((sum(v.values()) for v in per.values()), default=0)
    return {"months": [{"month": m, "counts": per[m]} for m in months], "peak": peak}
