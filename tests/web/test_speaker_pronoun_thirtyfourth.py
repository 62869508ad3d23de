"""Who says it, when the text names the speaker only by a pronoun (thirty-fourth session).

A transcript's "I think we both agree ..." is attributed to its speaker, "I", coded to the speaker's
country. The web tables wrote "according to I", the network page's evidence "per I", the CLI's evidence
"I", the report "according to I": a pronoun alone names nobody. It is now written as the actor it was coded
to, the pronoun kept in quotes ("France (“I”)"), or "an unnamed speaker (“he”)" when it was coded to no one.
Hand-written synthetic records."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from realpolitik.records import Article, Attribution
from realpolitik.store import Store
from realpolitik.web import create_app
from realpolitik.wording import who_says

from .conftest import Client, _event

FRA, RUS = ("France", "FRA", "GOV"), ("Russia", "RUS", "GOV")


def _db(path: Path) -> Path:
    said = [("I", "FRA"), ("he", None), ("President Macron", "FRA")]
    with Store(path) as store:
        for i, (who, code) in enumerate(said):
            text = f"Synthetic test record {i}: France and Russia agree."
            art = Article(
                f"p{i:015d}", f"{i}.txt", 1, 1, "Talks", f"2022-02-0{i + 1}", None, "Wire", "en", text
            )
            store.add_articles([art])
            ev = _event(
                text, text, "AGREE", "030", 4.0, 1, [FRA], [RUS], "agree", art.date or "",
                attribution=Attribution(who, code, None, "speaker"),
            )  # fmt: skip
            store.save_analysis(art.id, [], [ev], text)
    return path


def test_who_says_writes_a_pronoun_as_the_actor_it_was_coded_to() -> None:
    assert who_says("I", "FRA", "speaker", "France") == "France (“I”)"
    assert who_says("They", "RUS", "speaker") == "RUS (“They”)"
    assert who_says("he", None, "speaker") == "an unnamed speaker (“he”)"
    # two speakers at once, whatever they were coded to (report42)
    assert who_says("Both of\xa0us", "IGO-NATO", "expert") == "both speakers (“Both of us”)"
    assert who_says("President Macron", "FRA", "speaker", "France") == "President Macron"
    assert who_says("Iris", "FRA") == "Iris" and who_says(None) == ""


def test_web_tables_and_api_say_who_a_pronoun_is(tmp_path: Path) -> None:
    client = Client(create_app(_db(tmp_path / "p.duckdb")))
    html = client.get("/events").text
    cells = [c.split("</td>", 1)[0].split("<span", 1)[0].strip() for c in html.split('<td class="attr">')[1:]]
    # (report41) each says what kind of claimant it is, as the CLI's evidence and the report do
    assert sorted(cells) == sorted(
        ["President Macron (speaker)", "an unnamed speaker (“he”)", "France (“I”) (speaker)"]
    ), cells
    items = client.get("/api/events").json()["items"]
    got = {e["attribution"]["text"]: e["attribution"]["who"] for e in items}
    assert got == {
        "I": "FRA (“I”)",
        "he": "an unnamed speaker (“he”)",
        "President Macron": "President Macron",
    }
    article = client.get("/article/p000000000000000").text
    assert "France (“I”)" in article and '<td class="attr">I<' not in article


def test_cli_evidence_says_who_a_pronoun_is(tmp_path: Path) -> None:
    db = _db(tmp_path / "p.duckdb")
    res = subprocess.run(
        [sys.executable, "-m", "realpolitik", "evidence", "--db", str(db), "--dyad", "FRA:RUS", "--format", "json"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert res.returncode == 0, res.stderr
    table = subprocess.run(
        [sys.executable, "-m", "realpolitik", "evidence", "--db", str(db), "--dyad", "FRA:RUS"],
        capture_output=True, text=True, check=False, env={**os.environ, "COLUMNS": "220"},
    )  # fmt: skip
    # (report41) by the actor's name, as the web app writes it
    assert "France (“I”) (speaker)" in table.stdout and "an unnamed speaker (“he”)" in table.stdout, (
        table.stdout
    )
    said = {e["attribution"] for e in json.loads(res.stdout)}
    assert said == {"I", "he", "President Macron"}  # the JSON keeps the attribution's own text


def test_report_quotes_say_who_a_pronoun_is(tmp_path: Path) -> None:
    from realpolitik.report import render_report

    html = render_report(_db(tmp_path / "p.duckdb"), tmp_path / "r.html").read_text(encoding="utf-8")
    assert "claimed by France (“I”) (speaker)" in html and "claimed by an unnamed speaker (“he”)" in html
    assert "claimed by I " not in html and "claimed by he " not in html
