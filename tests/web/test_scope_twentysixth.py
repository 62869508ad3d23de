"""A page's summary says what it counts (twenty-sixth session): the dyad and actor pages' figures, timeline and
partners table, and the search page's list of articles, are the whole record, while the filters of the events table
below narrow the list only. With a filter set, a line under the summary says so and names the filters; with none,
no line. Real DuckDB store."""

from __future__ import annotations

import html
import re

import pytest

from .conftest import Client


def _note(page: str) -> str | None:
    found = re.search(r'<p class="muted small" id="scope-note">(.*?)</p>', page, re.S)
    return html.unescape(found.group(1)) if found else None


@pytest.mark.parametrize(
    ("url", "counted", "listed"),
    [
        (
            "/dyad/ARM/AZE?since=2021-01-01",
            "These figures and the timeline count",
            "1 filter set below (since: ",
        ),
        ("/actor/AZE?outlet=Wire%20B&modality=asserted", "the partners table count", "2 filters set below ("),
        (
            "/search?q=Azerbaijan&outlet=Wire%20B",
            "These articles are searched in",
            "1 filter set below (outlet: ",
        ),
    ],
)
def test_scope_a_filtered_page_says_its_summary_is_the_whole_record(
    client: Client, url: str, counted: str, listed: str
) -> None:
    r = client.get(url)
    assert r.status_code == 200
    note = _note(r.text)
    assert note is not None and counted in note and "the whole record" in note and listed in note, note
    assert "Wire B" in note or "since: 2021-01-01" in note
    bare = client.get(url.split("&", 1)[0] if url.startswith("/search") else url.split("?", 1)[0])
    assert _note(bare.text) is None
