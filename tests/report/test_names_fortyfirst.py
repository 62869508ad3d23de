"""The report names actors as the web app does: by name in its headlines, tables, timelines, blocs and network,
with the codes beside them only where a table needs them to be exact (report41: "Most cooperative pair: AZE–TUR"
sent a reader new to the codes to look them up)."""

from __future__ import annotations

import html as htmllib
import re
from pathlib import Path

import pytest

from realpolitik.report.render import _network_label, build_report_data, render_report

# states, an authority and an organisation: each has a name a reader knows it by
NAMED = {"ARM": "Armenia", "AZE": "Azerbaijan", "TUR": "Türkiye", "XNK": "Karabakh authorities"}


@pytest.fixture(scope="module")
def named_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """AZE and TUR agree in five articles, AZE attacks ARM in five, AZE and XNK fight in five (two outlets):
    a cooperative and a conflictual headline pair, one bloc with actors standing alone, three timelines."""
    from tests.system.conftest import spec, write_events

    months = ["2021-01-10", "2021-02-10", "2021-03-10", "2021-04-10", "2021-05-10"]
    specs = [spec("AZE", "TUR", "agree", day, f"Outlet {i % 2}") for i, day in enumerate(months)]
    specs += [spec("AZE", "ARM", "assault", day, f"Outlet {i % 2}") for i, day in enumerate(months)]
    specs += [spec("XNK", "AZE", "assault", day, f"Outlet {i % 2}") for i, day in enumerate(months)]
    return write_events(tmp_path_factory.mktemp("names") / "named.duckdb", specs)


def _bare_codes(text: str) -> list[str]:
    """The codes of named actors that `text` shows bare (as a word of their own)."""
    return [c for c in NAMED if re.search(rf"(?<![\w-]){re.escape(c)}(?![\w-])", text)]


def _shown(fragment: str) -> str:
    """What a reader reads of an HTML fragment, leaving out the codes written beside a name on purpose
    (`<span class="code">`, `<div class="meta code">`) and tooltips."""
    fragment = re.sub(r'<(span|div) class="(?:meta )?code">[^<]*</\1>', "", fragment)
    return " ".join(htmllib.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def test_report_headlines_name_actors_never_by_a_bare_code(named_db: Path) -> None:
    data = build_report_data(named_db)
    assert data.cooperative and data.conflictual, "the fixture lost a headline pair"
    for line in data.summary:
        assert _bare_codes(line) == [], line
    summary = " ".join(data.summary)
    assert "Most cooperative pair: Azerbaijan–Türkiye (net +1.00" in summary, summary
    assert "Most conflictual pair: Azerbaijan–Karabakh authorities" in summary or (
        "Most conflictual pair: Armenia–Azerbaijan" in summary
    ), summary


def test_report_tables_timelines_and_blocs_name_actors_with_codes_beside_them(
    named_db: Path, tmp_path: Path
) -> None:
    page = render_report(named_db, tmp_path / "named.html").read_text(encoding="utf-8")
    summary = page[page.index('<section class="summary"') : page.index('<div class="kpis">')]
    assert _bare_codes(_shown(summary)) == []
    cells = re.findall(r'<td class="pair">(.*?)</td>', page, flags=re.S)
    assert len(cells) >= 2
    for cell in cells:
        assert _bare_codes(_shown(cell)) == [], cell
        # the codes stay below the names, where a table needs them to be exact (dyads --actor, exports)
        assert re.search(r'<div class="meta code">[A-Z-]+–[A-Z-]+</div>', cell), cell
    assert '<span class="nm">Azerbaijan–</span><wbr><span class="nm">Türkiye</span>' in page
    heads = re.findall(r'<div class="multiple"><h4>(.*?)<span', page, flags=re.S)
    assert heads and all(_bare_codes(_shown(h)) == [] for h in heads), heads
    blocs = page[page.index('<section id="blocs"') : page.index('<section id="axes"')]
    members = re.findall(r'<div class="bloc"[^>]*>(.*?)</div>', blocs, flags=re.S)
    assert members and all(_bare_codes(_shown(m)) == [] for m in members), members
    assert 'Azerbaijan <span class="code">AZE</span>' in blocs
    # the network draws every actor by name, as the web app's does
    labels = {htmllib.unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", page)}
    assert {"Armenia", "Azerbaijan", "Türkiye", "Karabakh authorities"} <= labels, labels
    assert not labels & set(NAMED), labels


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("AZE", "Azerbaijan"),
        ("XNK", "Karabakh authorities"),  # 20 characters: one line
        ("XLN", "Luhansk People's\nRepublic"),  # longer: two lines, broken nearest the middle
        ("IGO-ICJ", "International\nCourt of Justice"),
    ],
)
def test_network_label_is_the_name_on_at_most_two_lines(code: str, label: str) -> None:
    assert _network_label(code, {}) == label


def test_network_caption_counts_the_pairs_it_does_not_draw(tmp_path: Path) -> None:
    """The seeds' report said "Signed graph of 27 actors and 40 pairs" beside "41 actor pairs" and the web app's
    "41 dyads": a pair whose events net to exactly zero has no sign and is not drawn; the caption now says so."""
    from tests.system.conftest import spec, write_events

    days = ["2021-01-10", "2021-02-10", "2021-03-10", "2021-04-10", "2021-05-10"]
    specs = [spec("AZE", "TUR", "agree", day, f"Outlet {i % 2}") for i, day in enumerate(days)]
    specs += [spec("ARM", "RUS", "agree", "2021-01-11"), spec("RUS", "ARM", "accuse", "2021-02-11")]
    db = write_events(tmp_path / "neutral.duckdb", specs)
    data = build_report_data(db)
    assert len(data.dyads) == 2 and data.network_edges == 1
    page = " ".join(render_report(db, tmp_path / "neutral.html").read_text(encoding="utf-8").split())
    assert (
        "Signed graph of 2 actors and 1 pair (asserted events); 1 of the 2 pairs is not drawn (its events net "
        "to exactly zero: no sign to draw)."
    ) in page
