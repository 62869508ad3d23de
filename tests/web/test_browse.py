"""In-process tests of the analyst's pages: the events table (facets, sort, paging, exports),
permalink state, GraphML, the monthly overview and names beside codes.

Requests go through httpx's ASGI transport to the real app over the hand-built DuckDB file.
"""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from realpolitik.web import create_app
from realpolitik.web.browse import BadFilter, parse_state
from realpolitik.web.names import Names, actor_label

from .conftest import Client

ALL_IDS = {
    "a1ceasefire00001:0",
    "b2shelling000002:0",
    "c3iranwarn00003:0",
    "d4markup0000004:0",
    "e5operation00005:0",
}


def _row_ids(html: str, table: str = "events") -> list[str]:
    body = html.split(f'id="{table}"', 1)[1].split("</table>", 1)[0]
    return re.findall(r'data-event-id="([^"]+)"', body)


def _csv_ids(text: str) -> list[str]:
    return [r["id"] for r in csv.DictReader(io.StringIO(text))]


def test_browse_events_page_lists_every_event_with_facet_counts(client: Client) -> None:
    r = client.get("/events")
    assert r.status_code == 200
    assert set(_row_ids(r.text)) == ALL_IDS
    # Facet counts over the whole store: two material-conflict events, three from Wire A.
    quad = r.text.split('id="facet-quad"', 1)[1].split("</details>", 1)[0]
    assert re.search(r"material conflict</a> <span class=\"count\">2</span>", quad)
    outlet = r.text.split('id="facet-outlet"', 1)[1].split("</details>", 1)[0]
    assert re.search(r"Wire A</a> <span class=\"count\">3</span>", outlet)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("quad=4", {"b2shelling000002:0", "e5operation00005:0"}),
        ("event=ASSAULT&outlet=Wire%20B", {"b2shelling000002:0"}),
        ("modality=hypothetical", {"c3iranwarn00003:0"}),
        ("sector=MIL", {"b2shelling000002:0"}),
        ("actor=XNK", {"e5operation00005:0"}),
        ("dyad=AZE:ARM", {"a1ceasefire00001:0", "b2shelling000002:0"}),
        ("since=2021-01-01&until=2022-12-31", {"c3iranwarn00003:0", "d4markup0000004:0"}),
        ("q=ceasefire", {"a1ceasefire00001:0"}),
        ("min_confidence=0.5", ALL_IDS),
    ],
)
def test_browse_events_page_filters(client: Client, query: str, expected: set[str]) -> None:
    r = client.get(f"/events?{query}")
    assert r.status_code == 200
    assert set(_row_ids(r.text)) == expected


def test_browse_events_sort_and_paging_cover_every_row_once(client: Client) -> None:
    seen: list[str] = []
    for page in (1, 2, 3):
        r = client.get(f"/events?sort=goldstein&size=2&page={page}")
        assert r.status_code == 200
        seen += _row_ids(r.text)
    assert set(seen) == ALL_IDS and len(seen) == 5
    # Ascending Goldstein: the two -10 events first, the +8 agreement last.
    assert set(seen[:2]) == {"b2shelling000002:0", "e5operation00005:0"}
    assert seen[-1] == "a1ceasefire00001:0"
    r = client.get("/events?sort=goldstein&size=2&page=2")
    assert "3–4 of 5" in r.text and 'rel="next"' in r.text and 'rel="prev"' in r.text


def test_browse_events_csv_and_json_are_exactly_the_page_shown(client: Client) -> None:
    query = "sort=-date&size=2&page=2&outlet=Wire%20A"
    shown = _row_ids(client.get(f"/events?{query}").text)
    assert len(shown) == 1  # Wire A has three events: page 2 of size 2 holds the third
    r = client.get(f"/events.csv?{query}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    assert _csv_ids(r.text) == shown
    j = client.get(f"/events.json?{query}").json()
    assert [e["id"] for e in j["items"]] == shown and j["total"] == 3 and j["offset"] == 2
    assert j["filters"] == {"outlet": "Wire A"}
    everything = client.get(f"/events.csv?{query}&all=1")
    assert _csv_ids(everything.text) == ["e5operation00005:0", "d4markup0000004:0", "a1ceasefire00001:0"]


def test_browse_csv_carries_names_beside_codes(client: Client) -> None:
    rows = list(csv.DictReader(io.StringIO(client.get("/events.csv?actor=XNK").text)))
    assert rows[0]["target"] == "XNK" and rows[0]["target_names"] == "Karabakh authorities"
    assert rows[0]["source_names"] == "Azerbaijan"


@pytest.mark.parametrize(
    ("query", "needle"),
    [
        ("quad=7", "outside 1..4"),
        ("event=BOMB", "unknown PLOVER type"),
        ("sort=color", "unknown column"),
        ("since=2023-01-01&until=2022-01-01", "before since"),
        ("modality=maybe", "unknown value"),
        ("page=0", "outside"),
        ("dyad=ARM", "A:B"),
        ("min_confidence=2", "outside 0..1"),
    ],
)
def test_browse_bad_filter_is_a_400_page_naming_it(client: Client, query: str, needle: str) -> None:
    r = client.get(f"/events?{query}")
    assert r.status_code == 400
    assert needle in r.text
    assert client.get(f"/events.csv?{query}").status_code == 400


def test_browse_links_keep_the_state_in_the_url() -> None:
    state = parse_state({"quad": "4", "sort": "goldstein", "page": "3", "size": "25"})
    # A new filter resets the page but keeps the rest; paging keeps every filter.
    assert state.url(outlet="Wire B") == "/events?quad=4&outlet=Wire+B&sort=goldstein&size=25"
    assert state.url(page=4) == "/events?quad=4&sort=goldstein&page=4&size=25"
    assert state.sort_url("goldstein") == "/events?quad=4&sort=-goldstein&size=25"
    assert state.export_url("csv") == "/events.csv?quad=4&sort=goldstein&page=3&size=25"
    fixed = parse_state({"page": "2"}, fixed={"actor": "ARM"}, base="/actor/ARM")
    assert fixed.url(page=3) == "/actor/ARM?page=3"
    assert fixed.export_url("json").startswith("/events.json?actor=ARM")
    with pytest.raises(BadFilter, match="size"):
        parse_state({"size": "100000"})


def test_browse_actor_page_pages_its_events(client: Client) -> None:
    first = client.get("/actor/AZE?size=2")
    second = client.get("/actor/AZE?size=2&page=2")
    assert first.status_code == second.status_code == 200
    a, b = _row_ids(first.text, "evidence"), _row_ids(second.text, "evidence")
    assert len(a) == 2 and len(b) == 2 and not set(a) & set(b)
    assert "1–2 of 5" in first.text
    assert '<a href="/actor/AZE?page=2&amp;size=2" rel="next">' in first.text
    # The partners' sort order survives paging and filtering the table below it.
    sorted_first = client.get("/actor/AZE?size=2&psort=net").text
    assert '<a href="/actor/AZE?page=2&amp;size=2&amp;psort=net" rel="next">' in sorted_first


@pytest.mark.parametrize(
    ("psort", "first"),
    [("-events", "ARM"), ("partner", "ARM"), ("-partner", "TUR"), ("net", "XNK")],
)
def test_browse_actor_page_sorts_partners(client: Client, psort: str, first: str) -> None:
    r = client.get(f"/actor/AZE?psort={psort}")
    assert r.status_code == 200
    body = r.text.split('id="partners"', 1)[1].split("</tbody>", 1)[0]
    partners = re.findall(r'<tr><td><a class="actor" href="/actor/([A-Z-]+)"', body)
    assert partners[0] == first, partners


def test_browse_pages_show_names_beside_codes(client: Client) -> None:
    r = client.get("/dyad/AZE/XNK")
    assert "Karabakh authorities" in r.text and "Azerbaijan" in r.text
    r = client.get("/actor/AZE")
    # One label form for every partner: name, then code.
    assert re.search(r'href="/actor/TUR"[^>]*>Türkiye <span class="code">TUR</span>', r.text)
    assert re.search(r'href="/actor/ARM"[^>]*>Armenia <span class="code">ARM</span>', r.text)


def test_browse_search_highlights_the_term_in_articles_and_events(client: Client) -> None:
    r = client.get("/search?q=Ceasefire")
    assert r.status_code == 200
    assert '<span class="hl-match" title="search term">Ceasefire</span>' in r.text
    assert '<span class="hl-match" title="search term">ceasefire</span>' in r.text


def test_browse_outlets_page_sorts(client: Client) -> None:
    asc = client.get("/outlets?sort=outlet").text
    desc = client.get("/outlets?sort=-outlet").text
    assert asc.index(">Wire A<") < asc.index(">Wire B<")
    assert desc.index(">Wire B<") < desc.index(">Wire A<")
    assert client.get("/outlets?sort=colour").status_code == 400


def test_browse_network_page_renders_the_url_state(client: Client) -> None:
    r = client.get("/?since=2021-01-01&min_events=2&modality=all")
    assert r.status_code == 200
    assert 'name="since" value="2021-01-01"' in r.text
    assert 'name="min_events" value="2"' in r.text
    assert '<option value="all" selected>' in r.text
    assert '<script src="/static/cytoscape.min.js"></script>' in r.text
    assert client.get("/?since=2023-01-01&until=2021-01-01").status_code == 400


def test_browse_graphml_has_names_blocs_and_dyad_figures(client: Client) -> None:
    r = client.get("/api/graph.graphml")
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.fromstring(r.text)
    keys = {k.get("id"): k.get("attr.name") for k in root.findall("g:key", ns)}
    nodes = {}
    for n in root.findall("g:graph/g:node", ns):
        nodes[n.get("id")] = {keys[d.get("key")]: d.text for d in n.findall("g:data", ns)}
    assert set(nodes) == {"ARM", "AZE", "TUR", "XNK"}
    assert nodes["XNK"]["name"] == "Karabakh authorities" and nodes["ARM"]["name"] == "Armenia"
    assert all("bloc" in v for v in nodes.values())
    edges = root.findall("g:graph/g:edge", ns)
    assert len(edges) == 3
    window = client.get("/api/graph.graphml?since=2023-01-01")
    assert window.text.count("<edge ") == 1


def test_browse_timeline_counts_months_and_tone(client: Client) -> None:
    items = client.get("/api/timeline").json()["items"]
    by_month = {m["month"]: m for m in items}
    # Asserted events only by default: the hypothetical Iranian warning is not counted.
    assert set(by_month) == {"2020-10", "2020-11", "2021-06", "2023-09"}
    assert by_month["2020-10"]["net"] == -1.0 and by_month["2020-11"]["net"] == 1.0
    every = {m["month"] for m in client.get("/api/timeline?modality=all").json()["items"]}
    assert "2022-10" in every


def test_browse_unknown_outlet_reads_as_words() -> None:
    from realpolitik.web.browse import facet_label

    assert facet_label("outlet", "(unknown)", Names(), {}) == "unknown outlet"
    assert facet_label("quad", 3, Names(), {3: "verbal conflict"}) == "verbal conflict"


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("ARM", "Armenia"),
        ("IGO-CSTO", "CSTO"),
        ("XNK", "Karabakh authorities"),
        ("RUS", "Russia"),
        ("IGO-UN", "United Nations"),
        ("ZZZNOTACODE", "ZZZNOTACODE"),
    ],
)
def test_names_actor_label(code: str, label: str) -> None:
    assert actor_label(code) == label


def test_names_fall_back_to_how_the_texts_name_a_code() -> None:
    names = Names({"XQQ": "the Qq side"})
    assert names["XQQ"] == "the Qq side" and names.get("ARM") == "Armenia"


@pytest.mark.parametrize(
    ("query", "pairs"),
    [
        ("", {("ARM", "AZE"), ("AZE", "TUR"), ("AZE", "XNK")}),
        ("outlet=Wire%20B", {("ARM", "AZE")}),
        ("event=ASSAULT", {("ARM", "AZE"), ("AZE", "XNK")}),
        ("event=support", {("AZE", "TUR")}),
    ],
)
def test_browse_graph_facets_outlet_and_event_type(
    client: Client, query: str, pairs: set[tuple[str, str]]
) -> None:
    g = client.get(f"/api/graph?{query}").json()
    assert {(e["a"], e["b"]) for e in g["edges"]} == pairs
    gml = client.get(f"/api/graph.graphml?{query}").text
    assert gml.count("<edge ") == len(pairs)
    assert client.get("/api/graph?event=BOMB").status_code == 400


def test_browse_network_page_lists_facets_with_counts(client: Client) -> None:
    r = client.get("/?event=ASSAULT&outlet=Wire%20B")
    assert '<option value="ASSAULT" selected>ASSAULT (2)</option>' in r.text
    assert '<option value="Wire B" selected>Wire B (1 event)</option>' in r.text


def test_browse_outlets_disagreement_counts_one_event_in_the_singular(client: Client) -> None:
    # Each side of a disagreement says how many events it rests on: "1 event", not "1 events".
    body = client.get("/outlets").text.split('id="disagreements"', 1)[1]
    counts = re.findall(r"net [+-]\d\.\d\d, (\d+) (events?) in \d+ articles?<", body)
    assert counts and ("1", "event") in counts, counts
    assert all((n == "1") == (word == "event") for n, word in counts), counts


def test_browse_network_outlet_facet_says_its_counts_are_events(client: Client) -> None:
    # "Regional Monitor (69)" on the example corpus read as 69 articles (of 63); the count is of events.
    select = client.get("/").text.split('id="facet-outlet"', 1)[1].split("</select>", 1)[0]
    options = re.findall(r'<option value="([^"]+)" [^>]*>([^<]*)</option>', select)
    assert options, select
    for value, label in options:
        n = re.fullmatch(re.escape(value) + r" \((\d+) (events?)\)", label)
        assert n and (n.group(1) == "1") == (n.group(2) == "event"), label


def test_browse_outlets_disagreement_quotes_a_sentence_once(tmp_path: Path) -> None:
    """Two events coded from one sentence (a threat and an attack) are two events on the conflictual side,
    but one sentence to read: the side quotes it once (on the seeds The Cradle's side quoted 'By exerting
    pressure on Ankara ...' twice in a row)."""
    from realpolitik.records import Article
    from realpolitik.store import Store

    from .conftest import _event

    coop = "Synthetic test record: ARM AGREE AZE."
    conf = "Synthetic test record: AZE THREATEN and ASSAULT ARM."
    arm, aze = ("Armenia", "ARM", "GOV"), ("Azerbaijan", "AZE", "GOV")
    db = tmp_path / "one_sentence.duckdb"
    with Store(db) as store:
        a = Article("f1coop0000000001", "a.txt", 1, 1, "Coop", "2021-03-01", None, "Outlet A", "en", coop)
        b = Article("f2conf0000000002", "b.txt", 1, 1, "Conf", "2021-03-02", None, "Outlet B", "en", conf)
        store.add_articles([a, b])
        store.save_analysis(
            a.id, [], [_event(coop, coop, "AGREE", "057", 8.0, 1, [arm], [aze], "AGREE", "2021-03-01")], coop
        )
        store.save_analysis(
            b.id,
            [],
            [
                _event(conf, conf, "THREATEN", "138", -7.0, 3, [aze], [arm], "THREATEN", "2021-03-02"),
                _event(conf, conf, "ASSAULT", "190", -10.0, 4, [aze], [arm], "ASSAULT", "2021-03-02"),
            ],
            conf,
        )
    body = Client(create_app(db)).get("/outlets").text.split('id="disagreements"', 1)[1]
    assert "net −1.00, 2 events" in body  # both events count (a minus sign, as the report)
    assert body.count(conf) == 1, body


def test_browse_pages_write_a_negative_number_with_a_minus_sign(client: Client) -> None:
    """A signed number a user reads on a page is written as the offline report writes it ("−1.00", U+2212),
    never with a hyphen; the JSON the pages are built from keeps plain ASCII numbers."""
    import re

    for path in ["/dyad/ARM/AZE", "/actor/AZE", "/events", "/outlets"]:
        body = client.get(path).text
        assert not re.search(r"[\s>(\[]-\d\.\d", body), (
            path,
            re.findall(r".{40}[\s>(\[]-\d\.\d.{10}", body)[:3],
        )
    assert "−" in client.get("/dyad/ARM/AZE").text.split('id="dyad-summary"', 1)[1].split("</p>", 1)[0]
