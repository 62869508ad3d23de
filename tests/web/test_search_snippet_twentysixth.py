"""Search hits quote whole words on one line (twenty-sixth session): the snippet around a search term was cut at a
fixed 80 characters before it and 240 long, so it began and ended inside words ("…idge over the Aras", "…s were
widely read") and kept the article's paragraph breaks as blank lines in the list of hits. It now starts and ends at
spaces and makes line breaks single spaces. A real DuckDB store, the search page and /api/search."""

from __future__ import annotations

import html
import re
from pathlib import Path

from realpolitik.records import Article
from realpolitik.store import Store
from realpolitik.web import create_app

from .conftest import Client

_TEXT = (
    "Workers from both countries began laying the foundations of a road bridge over the Aras river this week, "
    "officials said, as part of a route between mainland Azerbaijan and its Nakhchivan exclave.\n\n"
    "The two governments agreed on the route after months of talks, and the bridge is meant to open to lorries "
    "and buses within two years, according to the ministries of transport of both countries."
)


def test_search_snippet_cuts_at_spaces_and_keeps_no_line_breaks() -> None:
    from realpolitik.web.queries import snippet

    cut = snippet(_TEXT, "Nakhchivan")
    assert cut.startswith("…") and cut.endswith("…")
    assert cut[1:].split()[0] in _TEXT.split() and cut[:-1].split()[-1] in _TEXT.split(), cut
    assert "\n" not in cut and "  " not in cut and "Nakhchivan exclave. The two governments" in cut
    assert snippet("A short text.", "short") == "A short text."


def test_search_page_and_api_show_the_whole_word_snippet(tmp_path: Path) -> None:
    db = tmp_path / "search.duckdb"
    with Store(db) as store:
        store.add_articles(
            [Article("h1bridge00000001", "b.txt", 1, 9, "A Bridge", "2023-10-10", None, "Wire", "en", _TEXT)]
        )
    client = Client(create_app(db))
    page = client.get("/search?q=Nakhchivan").text
    shown = re.search(r'<span class="snippet">(.*?)</span></li>', page, re.S)
    assert shown is not None
    words = html.unescape(re.sub(r"<[^>]+>", "", shown.group(1)))
    assert "\n" not in words and words.startswith("…") and words.split()[0][1:] in _TEXT.split(), words
    assert words.split()[-1][:-1] in _TEXT.split(), words
    api = client.get("/api/search?q=Nakhchivan").json()["articles"]["items"]
    assert [a["snippet"] for a in api] == [words]
