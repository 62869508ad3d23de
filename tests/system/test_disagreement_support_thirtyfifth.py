"""A disagreement between outlets rests on articles, not events (thirty-fifth session).

On the seeds the top "outlets disagree" finding (RUS-TUR) had a cooperative side of three events from one
article of one outlet: the old rule counted events (two a side), so one article passed for a finding.
"""

from __future__ import annotations

from pathlib import Path

from realpolitik.store import Store
from realpolitik.system.perspectives import disagreements

from .conftest import Story, table_column, write_stories

# RUS-TUR: one article of "Wire One" gives three cooperative events; two articles of "Wire Two" accuse
ONE_ARTICLE_SIDE: list[Story] = [
    ("Wire One", "2021-03-01", [("RUS", "TUR", "agree"), ("TUR", "RUS", "aid"), ("RUS", "TUR", "consult")]),
    ("Wire Two", "2021-03-02", [("RUS", "TUR", "accuse")]),
    ("Wire Two", "2021-03-03", [("TUR", "RUS", "accuse")]),
]
# ARM-AZE: two articles a side, but a milder gap (one side mixed): a lower score than RUS-TUR's 1.00
TWO_ARTICLES_A_SIDE: list[Story] = [
    ("Wire Three", "2021-04-01", [("ARM", "AZE", "agree")]),
    ("Wire Three", "2021-04-02", [("AZE", "ARM", "agree")]),
    ("Wire Four", "2021-04-03", [("AZE", "ARM", "accuse")]),
    (
        "Wire Four",
        "2021-04-04",
        [("ARM", "AZE", "agree"), ("ARM", "AZE", "accuse"), ("AZE", "ARM", "accuse")],
    ),
]


def test_a_side_of_several_events_from_one_article_is_thin(tmp_path: Path) -> None:
    db = write_stories(tmp_path / "one.duckdb", ONE_ARTICLE_SIDE)
    (d,) = disagreements(Store(db, read_only=True))
    assert (d.a, d.b) == ("RUS", "TUR")
    # three events, so the old event rule passed it; one article, so it is no finding
    assert (d.cooperative.events, d.cooperative.articles) == (3, 1)
    assert (d.conflictual.events, d.conflictual.articles) == (2, 2)
    assert not d.one_sentence
    assert d.thin and d.thin_note == "its cooperative side rests on one article"
    got = d.to_dict()
    assert (got["thin"], got["floor"], got["one_sentence"]) == (True, 2, False)
    assert (got["cooperative"]["articles"], got["conflictual"]["articles"]) == (1, 2)
    # a floor of one article makes it a finding again
    (low,) = disagreements(Store(db, read_only=True), min_articles=1)
    assert not low.thin and low.thin_note == ""


def test_a_finding_outranks_a_thin_disagreement_of_a_higher_score(tmp_path: Path) -> None:
    db = write_stories(tmp_path / "both.duckdb", ONE_ARTICLE_SIDE + TWO_ARTICLES_A_SIDE)
    found = disagreements(Store(db, read_only=True))
    assert [(d.a, d.b, d.thin) for d in found] == [("ARM", "AZE", False), ("RUS", "TUR", True)]
    assert found[0].score < found[1].score


def test_one_article_a_side_says_so(tmp_path: Path) -> None:
    stories: list[Story] = [
        ("Wire One", "2021-03-01", [("RUS", "TUR", "agree"), ("RUS", "TUR", "aid")]),
        ("Wire Two", "2021-03-02", [("RUS", "TUR", "accuse"), ("TUR", "RUS", "threaten")]),
    ]
    (d,) = disagreements(Store(write_stories(tmp_path / "each.duckdb", stories), read_only=True))
    assert d.thin and d.thin_note == "rests on one article a side"


def _both(tmp_path: Path) -> Path:
    return write_stories(tmp_path / "both.duckdb", ONE_ARTICLE_SIDE + TWO_ARTICLES_A_SIDE)


def test_cli_compares_by_year_as_the_report_and_marks_the_thin_one(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    """The CLI listed disagreements by year while the report and the web app compared over the whole record:
    on the seeds it said there was none where the report named one. All three now compare outlets on the same
    year (a relation that changed over time is no disagreement); the CLI's title says so, and each side what
    it rests on."""
    from realpolitik.cli import main

    monkeypatch.setenv("COLUMNS", "240")
    db = str(_both(tmp_path))
    assert main(["disagreements", "--db", db]) == 0
    table = capsys.readouterr().out
    out = " ".join(table.split())
    assert out.startswith("Outlets telling opposite stories within the same year (")
    assert out.index("Armenia–Azerbaijan 2021") < out.index("Russia–Türkiye 2021")
    # (report37: the note wraps inside its narrow column)
    assert "1.00 thin: its cooperative side rests on one article" in table_column(
        table, "disagreement", "cooperative"
    )
    assert "Wire One (net +1.00, 3 events in 1 article)" in out
    assert main(["disagreements", "--db", db, "--format", "json"]) == 0
    import json

    got = json.loads(capsys.readouterr().out)
    assert [(d["a"], d["b"], d["window"], d["thin"]) for d in got] == [
        ("ARM", "AZE", "2021", False),
        ("RUS", "TUR", "2021", True),
    ]


def test_a_change_over_time_is_no_disagreement_anywhere(tmp_path: Path, capsys) -> None:
    """Wire One's cooperation of 2020 and Wire Two's conflict of 2022: the whole record set them against each other
    as outlets disagreeing (the examples' top finding was of this kind); the report, /outlets and the CLI compare
    the same year, and `--window all` still gives the whole record."""
    import json

    from tests.web.conftest import Client

    from realpolitik.cli import main
    from realpolitik.report import render_report
    from realpolitik.web import create_app

    stories: list[Story] = [
        ("Wire One", "2020-03-01", [("ARM", "TUR", "agree")]),
        ("Wire One", "2020-03-02", [("ARM", "TUR", "consult")]),
        ("Wire Two", "2022-03-03", [("ARM", "TUR", "accuse")]),
        ("Wire Two", "2022-03-04", [("TUR", "ARM", "accuse")]),
    ]
    db = write_stories(tmp_path / "years.duckdb", stories)
    html = render_report(db, tmp_path / "r.html").read_text()
    assert "Outlets disagree most" not in html.split('id="summary"', 1)[1].split("</section>", 1)[0]
    assert (
        "No pair is portrayed as cooperative by one outlet and conflictual by another in the same year."
        in html
    )
    client = Client(create_app(db))
    assert client.get("/api/outlets").json()["disagreements"] == []
    assert "No dyad is told in opposite ways by two outlets in the same year." in client.get("/outlets").text
    assert main(["disagreements", "--db", str(db), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["disagreements", "--db", str(db), "--format", "json", "--window", "all"]) == 0
    assert [d["window"] for d in json.loads(capsys.readouterr().out)] == ["all"]


def test_report_headlines_the_finding_and_marks_the_thin_one(tmp_path: Path) -> None:
    from realpolitik.report import render_report

    html = render_report(_both(tmp_path), tmp_path / "r.html").read_text()
    summary = html.split('id="summary"', 1)[1].split("</section>", 1)[0]
    assert "Outlets disagree most on Armenia–Azerbaijan in 2021" in summary
    assert "1 disagreement with a side resting on fewer than 2 articles" in summary
    section = html.split('id="perspectives"', 1)[1].split("</section>", 1)[0]
    assert section.index("Armenia–Azerbaijan in 2021 <span") < section.index("Russia–Türkiye in 2021 <span")
    assert "thin: its cooperative side rests on one article" in section
    assert "3 events in 1 article)" in section


def test_web_outlets_page_marks_the_thin_one(tmp_path: Path) -> None:
    from tests.web.conftest import Client

    from realpolitik.web import create_app

    client = Client(create_app(_both(tmp_path)))
    body = client.get("/outlets").text.split('id="disagreements"', 1)[1]
    assert body.index("/dyad/ARM/AZE") < body.index("/dyad/RUS/TUR")
    assert "thin: its cooperative side rests on one article" in body
    assert "net +1.00, 3 events in 1 article<" in body
    api = client.get("/api/outlets").json()["disagreements"]
    assert [(d["a"], d["thin"], d["cooperative"]["articles"]) for d in api] == [
        ("ARM", False, 2),
        ("RUS", True, 1),
    ]


def test_report_and_web_say_when_no_disagreement_is_a_finding(tmp_path: Path) -> None:
    """On the seeds every disagreement has a side of one article: the lists said so row by row only."""
    from tests.web.conftest import Client

    from realpolitik.report import render_report
    from realpolitik.web import create_app

    db = write_stories(tmp_path / "thin.duckdb", ONE_ARTICLE_SIDE)
    html = render_report(db, tmp_path / "r.html").read_text()
    assert (
        "<b>No finding:</b> each of the 1 disagreement below has a side resting on fewer than 2 articles."
        in html
    )
    body = Client(create_app(db)).get("/outlets").text
    assert (
        "<b>No finding:</b> each of the 1 disagreement below has a side resting on fewer than 2 articles."
        in body
    )
    # with a finding there is no such line
    both = _both(tmp_path)
    assert "No finding:" not in render_report(both, tmp_path / "r2.html").read_text()
    assert "No finding:" not in Client(create_app(both)).get("/outlets").text


def test_the_score_is_the_gap_between_the_two_sides_pooled_nets(tmp_path: Path) -> None:
    """RUS-TUR on the seeds: disagreement 1.00 beside a conflictual side whose pooled net was -0.18, because one
    outlet's single conflict event set the score. The score is now half the gap between the sides as shown."""
    stories: list[Story] = [
        ("Wire One", "2021-03-01", [("RUS", "TUR", "agree")]),
        ("Wire One", "2021-03-02", [("RUS", "TUR", "consult")]),
        # the conflictual side: one outlet with one accusation (-1.00), another mostly cooperative but net negative
        ("Wire Two", "2021-03-03", [("RUS", "TUR", "accuse")]),
        (
            "Wire Three",
            "2021-03-04",
            [("RUS", "TUR", "agree"), ("RUS", "TUR", "accuse"), ("TUR", "RUS", "accuse")],
        ),
    ]
    (d,) = disagreements(Store(write_stories(tmp_path / "pooled.duckdb", stories), read_only=True))
    assert d.conflictual.outlets == ("Wire Three", "Wire Two")
    assert d.cooperative.net == 1.0 and d.conflictual.net == -0.5
    assert d.score == 0.75  # not 1.00, the gap between Wire One and Wire Two alone
