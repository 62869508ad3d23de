"""In-process tests of the web app: every API endpoint, bad parameters, the pages, escaping, read-only.

Requests go through httpx's ASGI transport to the real app over a real DuckDB file.
"""

from __future__ import annotations

import hashlib
import importlib
import re
from pathlib import Path
from typing import Any

import duckdb
import pytest

from realpolitik.web import create_app

from .conftest import XSS, Client

TOKEN = "test-token-0123456789"


def _ids(body: dict[str, Any]) -> list[str]:
    return [e["id"] for e in body["items"]]


# --- /api/events ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "",
            [
                "e5operation00005:0",
                "c3iranwarn00003:0",
                "d4markup0000004:0",
                "a1ceasefire00001:0",
                "b2shelling000002:0",
            ],
        ),
        ("actor=TUR", ["d4markup0000004:0"]),
        ("actor=arm", ["a1ceasefire00001:0", "b2shelling000002:0"]),
        ("dyad=ARM:AZE", ["a1ceasefire00001:0", "b2shelling000002:0"]),
        ("dyad=AZE:ARM", ["a1ceasefire00001:0", "b2shelling000002:0"]),
        ("since=2021-01-01&until=2022-12-31", ["c3iranwarn00003:0", "d4markup0000004:0"]),
        ("modality=hypothetical", ["c3iranwarn00003:0"]),
        ("outlet=Wire%20B", ["c3iranwarn00003:0", "b2shelling000002:0"]),
        ("event=assault", ["e5operation00005:0", "b2shelling000002:0"]),
        ("article=a1ceasefire00001", ["a1ceasefire00001:0"]),
        ("q=shelled", ["b2shelling000002:0"]),
        ("q=100%25", []),
    ],
)
def test_api_events_filters(client: Client, query: str, expected: list[str]) -> None:
    r = client.get(f"/api/events?{query}")
    assert r.status_code == 200, r.text
    body = r.json()
    assert _ids(body) == expected
    assert body["total"] == len(expected)


def test_api_events_paginates_with_total(client: Client) -> None:
    first = client.get("/api/events?limit=2&offset=0").json()
    rest = client.get("/api/events?limit=2&offset=2").json()
    assert first["total"] == rest["total"] == 5
    assert len(first["items"]) == 2
    assert set(_ids(first)).isdisjoint(_ids(rest))


def test_api_events_carry_evidence_marks_and_provenance(client: Client) -> None:
    ev = client.get("/api/events?article=b2shelling000002").json()["items"][0]
    text = ev["evidence_text"]
    marked = {m["kind"]: text[m["start"] : m["end"]] for m in ev["marks"]}
    assert marked == {"source": "Azerbaijani forces", "target": "Stepanakert", "trigger": "shelled"}
    assert ev["attribution"] == {
        "text": "Armenian officials",
        "code": "ARM",
        "kind": "speaker",
        "who": "Armenian officials",  # the text as a reader sees it (a bare pronoun names its actor)
        "shown_code": "ARM",  # the code shown beside it (none for "both of us", report42)
    }
    assert (ev["outlet"], ev["date"], ev["modality"]) == ("Wire B", "2020-10-04", "asserted")


@pytest.mark.parametrize(
    ("query", "status", "needle"),
    [
        ("since=2022-01-01&until=2021-01-01", 400, "before since"),
        ("modality=maybe", 400, "unknown value 'maybe'"),
        ("dyad=ARM", 400, "form A:B"),
        ("dyad=ARM:ARM", 400, "two different actors"),
        ("actor=R%3BDROP", 400, "not an actor code"),
        ("event=HUG", 400, "unknown PLOVER type"),
        ("article=..%2Fetc", 400, "malformed"),
        ("limit=0", 422, "greater than or equal to 1"),
        ("limit=501", 422, "less than or equal to 500"),
        ("offset=-1", 422, "greater than or equal to 0"),
        ("since=yesterday", 422, "date"),
        ("q=a", 422, "at least 2 characters"),
    ],
)
def test_api_events_rejects_bad_parameters(client: Client, query: str, status: int, needle: str) -> None:
    r = client.get(f"/api/events?{query}")
    assert r.status_code == status
    assert needle in str(r.json()["detail"])


# --- /api/dyads, /api/graph, /api/blocs -----------------------------------------------------------
def test_api_dyads_counts_asserted_by_default(client: Client) -> None:
    items = client.get("/api/dyads").json()["items"]
    pairs = {(d["a"], d["b"]): d for d in items}
    # The hypothetical Iranian warning is a claim, not an event that happened: not counted.
    assert ("AZE", "IRN") not in pairs
    assert pairs[("ARM", "AZE")]["quad_counts"] == [1, 0, 0, 1]
    assert pairs[("ARM", "AZE")]["sign"] == -1
    assert pairs[("AZE", "TUR")]["sign"] == 1


@pytest.mark.parametrize(
    ("query", "pairs"),
    [
        ("modality=all", {("ARM", "AZE"), ("AZE", "IRN"), ("AZE", "TUR"), ("AZE", "XNK")}),
        ("modality=hypothetical", {("AZE", "IRN")}),
        ("actor=TUR", {("AZE", "TUR")}),
        ("since=2023-01-01", {("AZE", "XNK")}),
        ("min_events=2", {("ARM", "AZE")}),
    ],
)
def test_api_dyads_filters(client: Client, query: str, pairs: set[tuple[str, str]]) -> None:
    r = client.get(f"/api/dyads?{query}")
    assert r.status_code == 200, r.text
    assert {(d["a"], d["b"]) for d in r.json()["items"]} == pairs


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("modality=sure", 400),
        ("window=fortnight", 400),
        ("until=2020-01-01&since=2021-01-01", 400),
        ("limit=9999", 422),
    ],
)
def test_api_dyads_rejects_bad_parameters(client: Client, query: str, status: int) -> None:
    r = client.get(f"/api/dyads?{query}")
    assert r.status_code == status
    assert r.json()["detail"]


def test_api_dyad_evidence_matches_the_system_counts(client: Client) -> None:
    # Every event the system model counts for a dyad is listed in that dyad's evidence.
    for d in client.get("/api/dyads?modality=all").json()["items"]:
        body = client.get(f"/api/events?dyad={d['a']}:{d['b']}").json()
        assert body["total"] == d["events"], d


def test_api_graph_nodes_edges_and_window(client: Client) -> None:
    g = client.get("/api/graph").json()
    assert {n["id"] for n in g["nodes"]} == {"ARM", "AZE", "TUR", "XNK"}
    assert {(e["a"], e["b"]) for e in g["edges"]} == {("ARM", "AZE"), ("AZE", "TUR"), ("AZE", "XNK")}
    names = {n["id"]: n["label"] for n in g["nodes"]}
    assert names["TUR"] == "Türkiye"
    later = client.get("/api/graph?since=2023-01-01").json()
    assert {n["id"] for n in later["nodes"]} == {"AZE", "XNK"}
    assert client.get("/api/graph?since=2020-01-02&until=2020-01-01").status_code == 400
    top = client.get("/api/graph?max_edges=1").json()
    assert [(e["a"], e["b"]) for e in top["edges"]] == [("ARM", "AZE")]
    assert top["dyads_total"] == 3
    assert client.get("/api/graph?max_edges=0").status_code == 422


def test_api_blocs_leave_ties_resting_on_one_article_out(client: Client) -> None:
    body = client.get("/api/blocs").json()
    # the fixture's Türkiye-Azerbaijan cooperation rests on one article: uncertain, so no bloc tie
    assert body["uncertain_left_out"] >= 1
    assert not any({"AZE", "TUR"} <= set(b) for b in body["blocs"])
    assert not any({"AZE", "ARM"} <= set(b) for b in body["blocs"])
    assert client.get("/api/blocs?modality=nope").status_code == 400


# --- /api/actors, /api/articles, /api/outlets, /api/search ----------------------------------------
def test_api_actors_list_and_search(client: Client) -> None:
    body = client.get("/api/actors").json()
    assert body["items"][0]["code"] == "AZE"  # most events
    assert body["total"] == 6
    found = client.get("/api/actors?q=rkiye").json()["items"]
    assert [a["code"] for a in found] == ["TUR"]


@pytest.mark.parametrize(("code", "status"), [("AZE", 200), ("aze", 200), ("ZZZ", 404), ("A%20B", 400)])
def test_api_actor_detail(client: Client, code: str, status: int) -> None:
    r = client.get(f"/api/actors/{code}")
    assert r.status_code == status
    if status == 200:
        assert {(d["a"], d["b"]) for d in r.json()["dyads"]} >= {("ARM", "AZE"), ("AZE", "TUR")}


def test_api_article_returns_untrusted_text_verbatim_as_json(client: Client) -> None:
    r = client.get("/api/articles/d4markup0000004")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/json")
    art = r.json()
    assert art["text"].startswith(XSS)
    assert [m["code"] for m in art["mentions"]] == ["TUR", "AZE"]
    assert art["events"][0]["event"] == "SUPPORT"


@pytest.mark.parametrize(("article_id", "status"), [("0000000000000000", 404), ("bad%20id!", 400)])
def test_api_article_unknown_or_malformed(client: Client, article_id: str, status: int) -> None:
    r = client.get(f"/api/articles/{article_id}")
    assert r.status_code == status
    assert r.json()["detail"]


def test_api_outlets_show_perspectives_and_disagreement(client: Client) -> None:
    body = client.get("/api/outlets").json()
    assert {o["outlet"]: o["events"] for o in body["items"]} == {"Wire A": 3, "Wire B": 2}
    [dis] = [d for d in body["disagreements"] if (d["a"], d["b"]) == ("ARM", "AZE")]
    assert dis["cooperative"]["outlets"] == ["Wire A"]
    assert dis["conflictual"]["outlets"] == ["Wire B"]


def test_api_search_finds_articles_and_events(client: Client) -> None:
    body = client.get("/api/search?q=ceasefire").json()
    assert [a["id"] for a in body["articles"]["items"]] == ["a1ceasefire00001"]
    assert [e["id"] for e in body["events"]["items"]] == ["a1ceasefire00001:0"]
    assert client.get("/api/search?q=x").status_code == 422
    assert client.get("/api/search").status_code == 422


def test_api_openapi_documents_the_endpoints(client: Client) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/dyads", "/api/actors", "/api/articles/{article_id}", "/api/blocs"):
        assert path in spec["paths"]
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"actor", "dyad", "since", "until", "modality", "outlet", "limit", "offset"} <= params


# --- pages ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "needle"),
    [
        ("/", 'id="graph"'),
        ("/dyad/AZE/ARM", "Dyad"),
        ("/actor/TUR", "Partners"),
        ("/outlets", "Where outlets disagree"),
        ("/article/a1ceasefire00001", "Ceasefire signed"),
        ("/search?q=Azerbaijan", "Articles (4)"),
        ("/docs", "swagger-ui-bundle.js"),
    ],
)
def test_api_pages_render_with_local_assets_only(client: Client, url: str, needle: str) -> None:
    r = client.get(url)
    assert r.status_code == 200
    assert needle in r.text
    assert "default-src 'self'" in r.headers["content-security-policy"]
    # Every script, stylesheet and image comes from this server.
    for ref in re.findall(r'(?:src|href)="([^"]+)"', r.text):
        assert not re.match(r"^(https?:)?//", ref), ref
    assert "<script>" not in r.text  # no inline script at all


@pytest.mark.parametrize(
    "asset", ["/static/app.css", "/static/network.js", "/static/swagger/swagger-ui-bundle.js"]
)
def test_api_static_assets_are_served(client: Client, asset: str) -> None:
    assert client.get(asset).status_code == 200


@pytest.mark.parametrize("url", ["/article/d4markup0000004", "/search?q=markup", "/actor/TUR"])
def test_api_pages_escape_untrusted_text(client: Client, url: str) -> None:
    html = client.get(url).text
    assert "<script>window.__pwned" not in html
    assert "<img src=x" not in html
    if "article" in url or "search" in url:
        assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html


def test_api_dyad_page_highlights_actors_and_trigger(client: Client) -> None:
    html = client.get("/dyad/ARM/AZE").text
    assert '<span class="hl-trigger" title="AGREE (057)">signed</span>' in html
    assert re.search(r'<span class="hl-source"[^>]*>Armenia</span>', html)
    assert 'href="/article/a1ceasefire00001#ev-0"' in html


def test_api_article_page_marks_mentions_and_events(client: Client) -> None:
    html = client.get("/article/a1ceasefire00001").text
    assert 'id="ev-0"' in html
    assert re.search(r'<span class="hl-actor hl-evidence" title="RUS[^"]*">Russia</span>', html)


@pytest.mark.parametrize(
    ("url", "status"), [("/actor/QQQ", 404), ("/article/ffffffffffffffff", 404), ("/dyad/ARM/ARM", 400)]
)
def test_api_pages_answer_bad_paths(client: Client, url: str, status: int) -> None:
    r = client.get(url)
    assert r.status_code == status
    # A page answers with a readable page, not a JSON body.
    assert r.headers["content-type"].startswith("text/html")
    assert 'id="error-detail"' in r.text


def test_api_page_bad_query_is_a_page_and_api_bad_query_is_json(client: Client) -> None:
    page = client.get("/search?q=" + "x" * 300)
    assert page.status_code == 422 and "at most 200 characters" in page.text
    api = client.get("/api/search?q=" + "x" * 300)
    assert api.status_code == 422 and api.json()["detail"][0]["loc"] == ["query", "q"]


# --- safety: read-only database, concurrency, token -----------------------------------------------
def test_api_database_is_opened_read_only(db_path: Path) -> None:
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    app = create_app(db_path)
    c = Client(app)
    for url in ("/api/events", "/api/dyads", "/api/graph", "/outlets", "/article/a1ceasefire00001"):
        assert c.get(url).status_code == 200
    cur = app.state.db.cursor()
    with pytest.raises(duckdb.Error, match="read-only"):
        cur.execute("DELETE FROM store.events")
    with pytest.raises(duckdb.Error):
        cur.execute("INSERT INTO events SELECT * FROM events")
    cur.close()
    app.state.warm.join(timeout=30)
    app.state.db.close()
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_api_concurrent_requests_all_succeed(client: Client) -> None:
    urls = [f"/api/events?limit={n % 5 + 1}&offset={n % 3}" for n in range(24)] + ["/api/graph"] * 4
    responses = client.many(urls)
    assert [r.status_code for r in responses] == [200] * len(urls)


@pytest.mark.parametrize(
    ("headers", "query", "status"),
    [
        ({}, "", 401),
        ({"Authorization": "Bearer wrong-token-000000"}, "", 401),
        ({"Authorization": f"Bearer {TOKEN}"}, "", 200),
        ({}, f"?token={TOKEN}", 200),
    ],
)
def test_api_token_is_required_when_set(
    db_path: Path, headers: dict[str, str], query: str, status: int
) -> None:
    c = Client(create_app(db_path, token=TOKEN))
    r = c.get(f"/api/events{query}", headers=headers)
    assert r.status_code == status
    if status == 401:
        assert "access token required" in r.json()["detail"]
    if query:
        assert "realpolitik_token" in r.headers["set-cookie"]
        assert c.get("/api/events", cookies={"realpolitik_token": TOKEN}).status_code == 200


def test_api_page_with_token_in_url_sets_cookie_and_drops_it(db_path: Path) -> None:
    c = Client(create_app(db_path, token=TOKEN))
    r = c.get(f"/search?q=Baku&token={TOKEN}")
    assert r.status_code == 303
    assert r.headers["location"] == "/search?q=Baku"
    assert "realpolitik_token=" in r.headers["set-cookie"] and "httponly" in r.headers["set-cookie"].lower()
    assert c.get("/search?q=Baku", cookies={"realpolitik_token": TOKEN}).status_code == 200
    assert c.get("/search?q=Baku").status_code == 401


def test_api_blocs_and_actor_page_say_no_split_holds_without_a_conflictual_tie(tmp_path: Path) -> None:
    """Cooperation links everyone and the one pair leaning to conflict rests on one article: /api/blocs
    says no split is supported and why, and an actor's page gives no bloc number as a finding."""
    from tests.system.conftest import spec, write_events

    months = ["2021-01-10", "2021-02-10", "2021-03-10", "2021-04-10", "2021-05-10"]
    specs = [
        spec(a, b, "agree", day, f"Outlet {i % 2}")
        for a, b in [("ARM", "RUS"), ("AZE", "RUS")]
        for i, day in enumerate(months)
    ]
    specs.append(spec("AZE", "ARM", "assault", "2021-06-01"))
    c = Client(create_app(write_events(tmp_path / "coop.duckdb", specs)))
    body = c.get("/api/blocs").json()
    assert body["split_supported"] is False and body["conflict_ties"] == 0
    assert body["verdict"].startswith("The record does not support a split")
    assert [(p["a"], p["b"]) for p in body["uncertain_pairs"]] == [("ARM", "AZE")]
    page = c.get("/actor/ARM").text
    assert "no split into blocs holds up" in page and "bloc 1" not in page


def test_api_cli_and_report_agree_that_two_agreeing_articles_are_thin(tmp_path: Path, capsys) -> None:
    """Two articles of one outlet that agree: /api/dyads, `realpolitik dyads` (JSON and table), the
    blocs and the report all keep the pair's reading (cooperative) and mark it thin, with what two
    articles can say at most (-0.32 to +1.00) beside it; the blocs leave it out and say so; the pair on
    five articles reads cooperative, not thin, everywhere."""
    import json

    from tests.system.conftest import spec, write_events

    from realpolitik.cli import main
    from realpolitik.report import render_report

    specs = [spec("IRN", "RUS", "agree", f"2021-03-{d:02d}") for d in (1, 9)]
    specs += [spec("ARM", "RUS", "agree", f"2021-0{m}-10", f"Outlet {m % 2}") for m in range(1, 6)]
    db = write_events(tmp_path / "thin.duckdb", specs)
    api = {(d["a"], d["b"]): d for d in Client(create_app(db)).get("/api/dyads").json()["items"]}
    assert main(["dyads", "--db", str(db), "--format", "json"]) == 0
    cli = {(d["a"], d["b"]): d for d in json.loads(capsys.readouterr().out)}
    for rows in (api, cli):
        thin, firm = rows[("IRN", "RUS")], rows[("ARM", "RUS")]
        assert (thin["reading"], thin["thin"], thin["ci_low"], thin["net"]) == ("cooperative", True, 1.0, 1.0)
        assert (thin["floor_low"], thin["floor_high"], thin["floor_reading"]) == (-0.3152, 1.0, "uncertain")
        assert (firm["reading"], firm["thin"], firm["floor_reading"]) == ("cooperative", False, "cooperative")
    assert main(["dyads", "--db", str(db)]) == 0
    table = capsys.readouterr().out
    # by name (report42)
    assert re.search(r"Iran–Russia\s.*\+1\.00\.\.\+1\.00\s.*cooperative, thin", table), table
    assert not re.search(r"Armenia–Russia\s.*thin", table), table
    assert main(["blocs", "--db", str(db), "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["blocs"] == [["ARM", "RUS"]] and (found["thin_left_out"], found["left_out"]) == (1, 1)
    assert main(["blocs", "--db", str(db)]) == 0
    said = capsys.readouterr().out
    assert "left out of the blocs: 1 thin (a reading on fewer than 4 articles)" in said
    # no split holds here: the verdict names what is left out, and the line above it does not repeat it
    assert "does not support a split" in said and said.count("left out of the blocs") == 1, said
    html = render_report(db, tmp_path / "thin.html").read_text(encoding="utf-8")
    summary = html.split('id="summary"', 1)[1].split("</section>", 1)[0]
    assert (
        "Most cooperative pair: Armenia–Russia (net +1.00 from 5 events in 5 articles and 2 outlets; interval +1.00 "
        "to +1.00, or +0.13 to +1.00 when widened " in summary
    )
    assert "1 pair reads cooperative or conflictual on fewer than 4 articles: marked thin" in summary
    table = html.split('id="cooperative"', 1)[1].split("</section>", 1)[0]
    assert table.index("ARM–RUS") < table.index("IRN–RUS")  # the thin pair after the others
    assert re.search(
        r'class="pill coop thin"[^>]*−0\.32 to \+1\.00[^>]*>cooperative, thin: 2 articles<', table
    )
    blocs_section = html.split('id="blocs"', 1)[1].split("</section>", 1)[0]
    # no split holds: the verdict box names the tie left out, and the method paragraph does not repeat it
    assert "left out of the blocs: 1 thin (a reading on fewer than 4 articles)" in blocs_section
    assert blocs_section.count("1 thin (a reading on fewer than 4 articles)") == 1, blocs_section


def test_pages_write_a_reciprocal_event_as_the_parties_with_each_other(tmp_path: Path) -> None:
    """ "Armenia and Azerbaijan clashed" has both parties as sources and no target: the tables wrote
    "Armenia, Azerbaijan →" with an arrow into nothing; they now write "(with each other)", and an
    event without a target that is not reciprocal says "(no target)"."""
    from tests.system.conftest import spec, write_events

    db = write_events(
        tmp_path / "recip.duckdb",
        [
            spec("ARM+AZE", "", "assault", "2022-09-13", reciprocal=True),
            spec("TUR", "", "accuse", "2022-09-14"),
        ],
    )
    c = Client(create_app(db))
    items = c.get("/api/events").json()["items"]
    assert sorted(e["reciprocal"] for e in items) == [False, True]
    page = c.get("/events").text
    assert "(with each other)</span>" in page and '→ <span class="muted">(no target)</span>' in page
    assert re.search(r"Azerbaijan.{0,400}\(with each other\)", page, flags=re.S)
    article = c.get("/article/art0000").text
    assert "(with each other)" in article and "→ <" not in article.split("(with each other)")[0][-40:]


def test_dyad_page_says_the_reading_and_its_support(tmp_path: Path) -> None:
    """The dyad page's summary names the reading in words (marked thin for a pair on two articles) and the
    articles it rests on beside the outlets, as the tables do."""
    from tests.system.conftest import spec, write_events

    db = write_events(
        tmp_path / "d.duckdb", [spec("IRN", "RUS", "agree", f"2021-03-{d:02d}") for d in (1, 9)]
    )
    summary = (
        Client(create_app(db)).get("/dyad/IRN/RUS").text.split('id="dyad-summary"', 1)[1].split("</p>", 1)[0]
    )
    assert "interval +1.00 to +1.00: " in summary and ">cooperative, thin: 2 articles</span>" in summary, (
        summary
    )
    assert "at most: −0.32 to +1.00" in summary, summary
    assert "1 outlet, 2 articles" in summary and "(s)" not in summary, summary
    # one pair of brackets at a time: the scale, then the interval and its reading ("...)) (−1 ..." read broken)
    assert "+1.00 (−1 pure conflict … +1 pure cooperation), interval" in re.sub(r"<[^>]+>", "", summary), (
        summary
    )
    assert ")) (" not in re.sub(r"<[^>]+>", "", summary), summary


def test_api_graph_packs_a_separate_pair_beside_the_main_cluster(tmp_path: Path) -> None:
    """A pair tied only to each other (QAT-LBY beside a ring of nine actors): one spring layout of the
    whole graph let it drift off, and the page, scaled to the whole picture, crushed the main cluster
    into a corner with its labels on each other. Each component is laid out on its own and packed in
    rows now: the main cluster spans most of the picture's width and height."""
    from tests.system.conftest import spec, write_events

    ring = ["ARM", "AZE", "GEO", "IRN", "ISR", "RUS", "TUR", "UKR", "USA"]
    specs = [
        spec(a, b, "agree", f"2021-0{1 + i % 9}-10")
        for i, (a, b) in enumerate(zip(ring, ring[1:] + ring[:1], strict=True))
    ]
    specs += [spec("RUS", x, "agree", "2021-03-03") for x in ("ARM", "GEO", "IRN")]
    specs.append(spec("QAT", "LBY", "agree", "2021-05-05"))
    nodes = {
        n["id"]: (n["x"], n["y"])
        for n in Client(create_app(write_events(tmp_path / "g.duckdb", specs)))
        .get("/api/graph")
        .json()["nodes"]
    }
    assert set(nodes) == {*ring, "QAT", "LBY"}
    xs, ys = [x for x, _ in nodes.values()], [y for _, y in nodes.values()]
    main_x = [nodes[c][0] for c in ring]
    main_y = [nodes[c][1] for c in ring]
    assert (max(main_x) - min(main_x)) / (max(xs) - min(xs)) > 0.5
    assert (max(main_y) - min(main_y)) / (max(ys) - min(ys)) > 0.8
    # deterministic: the same store gives the same picture
    again = Client(create_app(tmp_path / "g.duckdb")).get("/api/graph").json()["nodes"]
    assert {n["id"]: (n["x"], n["y"]) for n in again} == nodes


def test_api_and_pages_say_how_far_an_uncertain_pair_leans(tmp_path: Path, capsys) -> None:
    """/api/dyads and /api/graph carry the shares of replicates on each side of zero and the lean,
    the same as `realpolitik dyads --format json`, with every old key; the dyad page, the actor page
    and the network's key say the lean in words, in a lighter tint of its side (a class per side)."""
    import json

    from tests.system.conftest import write_events
    from tests.system.test_dyads import LEANING

    from realpolitik.cli import main

    db = write_events(tmp_path / "leaning.duckdb", LEANING)
    c = Client(create_app(db))
    api = {(d["a"], d["b"]): d for d in c.get("/api/dyads").json()["items"]}
    assert main(["dyads", "--db", str(db), "--format", "json"]) == 0
    cli = {(d["a"], d["b"]): d for d in json.loads(capsys.readouterr().out)}
    for key, row in api.items():
        expected = {k: v for k, v in cli[key].items() if k != "event_ids"}
        assert {k: v for k, v in row.items() if k != "event_ids_count"} == expected
    aze_irn = api[("AZE", "IRN")]
    assert (aze_irn["reading"], aze_irn["lean"], aze_irn["share_conflictual"]) == (
        "uncertain",
        "conflictual",
        0.8838,
    )
    assert (api[("ISR", "USA")]["reading"], api[("ISR", "USA")]["lean"]) == ("cooperative", None)
    edges = {(e["a"], e["b"]): e for e in c.get("/api/graph").json()["edges"]}
    assert (edges[("AZE", "TUR")]["lean"], edges[("AZE", "TUR")]["share_cooperative"]) == (
        "cooperative",
        0.809,
    )
    page = c.get("/dyad/AZE/IRN").text
    assert re.search(
        r'class="small reading-uncertain lean-conflictual"[^>]*>uncertain, leans conflictual \(88\u00a0%\)<',
        page,
    )
    assert "net below zero in 88 % of the resampled corpora, above zero in 9 %" in page
    partners = c.get("/actor/AZE").text
    assert re.search(
        r'class="small reading-uncertain lean-cooperative"[^>]*>uncertain, leans cooperative \(81\u00a0%\)<',
        partners,
    )
    assert re.search(r'class="small reading-cooperative"[^>]*>cooperative<', c.get("/actor/ISR").text)
    assert "uncertain, leaning: at least 75 % of resampled corpora" in c.get("/").text


def test_api_dyads_explain_says_why_a_pair_is_uncertain(tmp_path: Path, capsys) -> None:
    """/api/dyads?explain=true gives every uncertain pair the same line of why as `realpolitik dyads
    --explain --format json` (null for a pair with a reading), with every old key unchanged; without
    `explain` no `why` key appears."""
    import json

    from tests.system.conftest import write_events
    from tests.system.test_dyads import LEANING

    from realpolitik.cli import main

    db = write_events(tmp_path / "leaning.duckdb", LEANING)
    c = Client(create_app(db))
    plain = c.get("/api/dyads").json()["items"]
    explained = c.get("/api/dyads?explain=true").json()["items"]
    assert all("why" not in d for d in plain)
    assert [{k: v for k, v in d.items() if k != "why"} for d in explained] == plain
    assert main(["dyads", "--db", str(db), "--format", "json", "--explain"]) == 0
    cli = {(d["a"], d["b"]): d["why"] for d in json.loads(capsys.readouterr().out)}
    api = {(d["a"], d["b"]): d["why"] for d in explained}
    assert api == cli
    assert api[("AZE", "IRN")] is not None and api[("ISR", "USA")] is None
    text = json.dumps(api[("AZE", "IRN")])
    assert "conflictual" in text and "articles" in text
    # a page of the list is explained on its own rows only
    page = c.get("/api/dyads?explain=true&limit=1&offset=1").json()["items"]
    assert [d["why"] for d in page] == [explained[1]["why"]]


def test_api_graph_edges_say_why_an_uncertain_tie_is_uncertain(tmp_path: Path) -> None:
    """Every edge of /api/graph carries `why`: for an uncertain tie the same line as /api/dyads?explain=true
    and the dyad page (one function, `system.dyads.why_uncertain`), null for a tie with a reading; a graph
    over one event type explains the tie from that type's events only."""
    from tests.system.conftest import write_events
    from tests.system.test_dyads import LEANING

    db = write_events(tmp_path / "leaning.duckdb", LEANING)
    c = Client(create_app(db))
    edges = {(d["a"], d["b"]): d for d in c.get("/api/graph").json()["edges"]}
    explained = {(d["a"], d["b"]): d["why"] for d in c.get("/api/dyads?explain=true").json()["items"]}
    assert {k: d["why"] for k, d in edges.items()} == {k: explained[k] for k in edges}
    assert edges[("AZE", "IRN")]["why"]["text"].startswith(
        "4 conflictual events (most often attacks) in 4 articles"
    )
    assert edges[("ISR", "USA")]["why"] is None
    # the old keys are unchanged beside the new one
    plain = {(d["a"], d["b"]): d for d in c.get("/api/dyads").json()["items"]}
    for k, d in edges.items():
        assert {x: v for x, v in d.items() if x not in ("why", "a_name", "b_name")} == plain[k]


def test_api_graph_why_reads_only_the_events_of_its_uncertain_ties(tmp_path: Path, monkeypatch) -> None:
    """The why lines of /api/graph read the events of the uncertain ties drawn, by their ids, never every
    event in view (memory follows the edges, not the store: issue 10)."""
    from tests.system.conftest import write_events
    from tests.system.test_dyads import LEANING

    D = importlib.import_module("realpolitik.system.dyads")  # the package's `dyads` is the function

    seen: list[Any] = []
    real = D.load_events

    def spy(source: Any, flt: Any = None, *args: Any, **kw: Any) -> Any:
        seen.append(flt)
        return real(source, flt, *args, **kw) if flt is not None else real(source, *args, **kw)

    monkeypatch.setattr(D, "load_events", spy)
    db = write_events(tmp_path / "leaning.duckdb", LEANING)
    edges = Client(create_app(db)).get("/api/graph").json()["edges"]
    uncertain = [d for d in edges if d["reading"] == "uncertain"]
    assert uncertain and all(d["why"] for d in uncertain)
    assert seen and all(f.event_ids is not None for f in seen), seen
    assert sum(len(f.event_ids) for f in seen) == sum(d["events"] for d in uncertain) < len(LEANING)
    # /api/dyads?explain=true reads only the events of the uncertain rows of its page, the same way
    seen.clear()
    page = Client(create_app(db)).get("/api/dyads?explain=true&limit=1").json()["items"]
    assert page[0]["why"] is not None and seen and all(f.event_ids is not None for f in seen), seen
    assert sum(len(f.event_ids) for f in seen) == page[0]["events"]
