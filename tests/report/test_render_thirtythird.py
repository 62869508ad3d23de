"""The offline report as a reader sees it (thirty-third session)."""

from __future__ import annotations

import re
from pathlib import Path

from realpolitik.records import Article, Event, EventActor
from realpolitik.report import render_report
from realpolitik.store import Store


def _write(path: Path, rows: list[tuple[str, str, bool, str, str | None]]) -> Path:
    """One article per (source, target, cooperative, date, outlet): a labelled synthetic record, not news."""
    with Store(path) as store:
        for i, (src, tgt, coop, day, outlet) in enumerate(rows):
            text = f"Synthetic test record {i}: {src} {'agrees with' if coop else 'accuses'} {tgt}."
            art = Article(
                id=f"a{i:03d}", source=f"in/{i}.txt", start_line=1, end_line=1, title=f"Story {i}", date=day,
                author=None, outlet=outlet, language="en", text=text,
            )  # fmt: skip
            store.add_articles([art])
            ev = Event(
                event="AGREE" if coop else "ACCUSE", cameo="057" if coop else "112",
                goldstein=8.0 if coop else -2.0, quad_class=1 if coop else 3,
                source=(EventActor(src, "GOV", src),), target=(EventActor(tgt, "GOV", tgt),),
                modality="asserted", attribution=None, date=day, date_precision="day",
                evidence_start=0, evidence_end=len(text),
            )  # fmt: skip
            store.save_analysis(art.id, [], [ev], text)
    return path


def _rows(html: str, section: str) -> list[list[str]]:
    """The first cell of each body row of each matrix in a section."""
    start = html.index(f'<section id="{section}">')
    part = html[start : html.index("</section>", start)]
    tables = re.findall(r"<table class=\"matrix\">(.*?)</table>", part, re.S)
    return [re.findall(r"<tr><td>([^<]*)</td>", t) for t in tables]


def test_report_perspectives_list_named_outlets_first(tmp_path: Path) -> None:
    """The outlet-perspectives and tone matrices listed "unknown outlet" first (its data key "(unknown
    outlet)" sorts before letters), above the named outlets a reader looks for, and never said what the row
    holds. Named outlets now come first, the unknown bucket last, and the note says it pools every article
    whose outlet could not be found."""
    rows: list[tuple[str, str, bool, str, str | None]] = []
    for k, outlet in enumerate(["Zeta Wire", None, "Alpha Post", None, "Zeta Wire", "Alpha Post"]):
        day = f"2021-03-{k + 1:02d}"
        rows += [("ARM", "AZE", False, day, outlet), ("RUS", "TUR", True, day, outlet)]
    db = _write(tmp_path / "outlets.duckdb", rows)
    html = render_report(db, tmp_path / "report.html").read_text(encoding="utf-8")
    matrices = _rows(html, "perspectives")
    assert len(matrices) == 2, matrices
    for rows in matrices:
        assert rows == ["Alpha Post", "Zeta Wire", "unknown outlet"], rows
    start = html.index('<section id="perspectives">')
    note = " ".join(html[start : html.index("</table>", start)].split())
    assert "pools every article whose outlet could not be found" in note


def test_report_tone_matrix_marks_a_cell_on_one_article_thin(tmp_path: Path) -> None:
    """The tone matrix drew a cell resting on one article of the outlet ("−10.0 (1)") in the same bold red
    or green as one resting on twenty, where the perspectives matrix beside it marks such a cell faint and
    italic. It now marks it the same way and says in its title what it rests on."""
    rows: list[tuple[str, str, bool, str, str | None]] = [
        ("ARM", "AZE", False, "2021-03-01", "Alpha Post"),
        ("ARM", "AZE", False, "2021-03-02", "Alpha Post"),
        ("RUS", "TUR", True, "2021-03-03", "Alpha Post"),
    ]
    db = _write(tmp_path / "tone.duckdb", rows)
    html = render_report(db, tmp_path / "report.html").read_text(encoding="utf-8")
    start = html.index("<h3>Tone toward the most-targeted actors</h3>")
    part = html[start : html.index("</table>", start)]
    cells = {title: cls for cls, title in re.findall(r'<td class="cell ([^"]*)" title="([^"]*)"', part)}
    assert cells["2 events in 2 articles"].strip() == "neg", cells
    assert cells["1 event in 1 article: too few to say how the outlet says the actor is treated"].endswith(
        " thin"
    ), cells
    assert "faint and italic" in " ".join(part.split())
