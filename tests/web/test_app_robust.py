"""Issue 11 in the web app: links from data are http(s) only, parameters out of range are refused."""

from __future__ import annotations

from dataclasses import replace

import pytest

from realpolitik.store import Store
from realpolitik.web import create_app
from realpolitik.web.app import http_url

from .conftest import Client, _corpus


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("http://example.org", "http://example.org"),
        ("  HTTPS://example.org/x ", "HTTPS://example.org/x"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        (" \x01javascript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("vbscript:msgbox", None),
        ("//example.org/x", None),
        ("/article/x", None),
        ("http:alert", None),
        ("", None),
        (None, None),
        (42, None),
    ],
)
def test_app_http_url_keeps_only_http_links(url: object, shown: str | None) -> None:
    assert http_url(url) == shown


@pytest.fixture(scope="module")
def url_client(tmp_path_factory: pytest.TempPathFactory) -> Client:
    (first, m1, e1), (second, m2, e2), *_ = _corpus()
    path = tmp_path_factory.mktemp("urls") / "urls.duckdb"
    with Store(path) as store:
        store.add_articles(
            [
                replace(first, url="javascript:alert(document.domain)"),
                replace(second, url="https://example.org/b"),
            ]
        )
        store.save_analysis(first.id, m1, e1, first.text)
        store.save_analysis(second.id, m2, e2, second.text)
    return Client(create_app(path))


def test_app_article_page_renders_no_javascript_link(url_client: Client) -> None:
    page = url_client.get("/article/a1ceasefire00001")
    assert page.status_code == 200
    assert "javascript:" not in page.text and ">original</a>" not in page.text
    other = url_client.get("/article/b2shelling000002")
    assert '<a href="https://example.org/b" rel="noopener noreferrer nofollow">original</a>' in other.text


@pytest.mark.parametrize("query", ["min_events=-5", "min_events=0", "min_events=abc"])
def test_app_blocs_rejects_min_events_below_one(url_client: Client, query: str) -> None:
    r = url_client.get(f"/api/blocs?{query}")
    assert r.status_code == 422, r.text
    assert "min_events" in r.text


def test_app_blocs_accepts_a_valid_min_events(url_client: Client) -> None:
    assert url_client.get("/api/blocs?min_events=1").status_code == 200
