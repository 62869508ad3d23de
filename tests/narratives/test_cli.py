"""`analyze` stores frames (idempotently) and `realpolitik narratives` reads them: the JSON contract."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from realpolitik.config import Settings
from realpolitik.pipeline import analyze
from realpolitik.store import Store

CORPUS = [
    {
        "title": "The empire strikes back",
        "date": "2022-03-02",
        "outlet": "Northern Review",
        "text": (
            "The columnist argues that the Kremlin is assembling a USSR 2.0 from breakaway regions. "
            "Moscow wants the former Soviet republics back in its sphere of influence, he writes. "
            "In his view every neighbour that hosts Russian troops becomes a hostage of the Kremlin."
        ),
    },
    {
        "title": "A patron in retreat",
        "date": "2022-03-20",
        "outlet": "Southern Gazette",
        "text": (
            "Bogged down in Ukraine, Russia no longer has the strength to police its southern flank. "
            "The editorial says Moscow is losing influence across the Caucasus. "
            "Its allies have noticed that the Kremlin failed to protect them when it mattered."
        ),
    },
    {
        "title": "Weather",
        "date": "2022-03-21",
        "outlet": "Southern Gazette",
        "text": "Rain is expected in the capital on Tuesday. Temperatures will stay mild until the weekend.",
    },
]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "realpolitik", *args], capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("narr")
    corpus = root / "opinion.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in CORPUS), encoding="utf-8")
    path = root / "n.duckdb"
    analyze([corpus], path, Settings(), progress=False)
    return path


def _frames(db: Path) -> list[tuple[str, str, float]]:
    with Store(db, read_only=True) as store:
        return store.con.execute("SELECT article_id, frame, score FROM frames ORDER BY ALL").fetchall()


def test_cli_narratives_json_contract(db: Path) -> None:
    res = _run("narratives", "--db", str(db), "--format", "json")
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert {"articles", "outlets"} <= set(out)
    by_title = {a["title"]: a for a in out["articles"]}
    assert set(by_title) == {"The empire strikes back", "A patron in retreat", "Weather"}
    for art in out["articles"]:
        assert {"article_id", "source", "start_line", "title", "outlet", "date", "frames"} <= set(art)
        scores = [f["score"] for f in art["frames"]]
        assert scores == sorted(scores, reverse=True)
        for f in art["frames"]:
            assert f["sentences"] and all(s["text"] for s in f["sentences"])
    assert by_title["The empire strikes back"]["frames"][0]["frame"] == "russian_imperial_restoration"
    assert by_title["A patron in retreat"]["frames"][0]["frame"] == "russian_decline"
    assert by_title["Weather"]["frames"] == []
    gazette = next(o for o in out["outlets"] if o["outlet"] == "Southern Gazette")
    assert gazette["articles"] == 2 and gazette["frames"]["russian_decline"]["share"] == 0.5
    [opp] = [
        o for o in out["oppositions"] if o["frames"] == ["russian_imperial_restoration", "russian_decline"]
    ]
    assert opp["window"] == "2022-03"
    assert [s["outlets"] for s in opp["sides"]] == [["Northern Review"], ["Southern Gazette"]]


def test_cli_narratives_filters_and_jsonl_export(db: Path) -> None:
    res = _run("narratives", "--db", str(db), "--frame", "russian_decline", "--format", "jsonl")
    assert res.returncode == 0, res.stderr
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert [x["title"] for x in lines] == ["A patron in retreat"]
    res = _run("narratives", "--db", str(db), "--outlet", "Northern Review", "--format", "json")
    assert [a["outlet"] for a in json.loads(res.stdout)["articles"]] == ["Northern Review"]
    table = _run("narratives", "--db", str(db))
    assert table.returncode == 0 and "Russia is weak and failing its allies" in table.stdout


def test_cli_narratives_table_names_each_frame_as_the_report_does(db: Path) -> None:
    """The tables wrote the pack's ids (russian_imperial_restoration) where the report and the web app write
    the frame's name (thirty-fourth session); `--format json` keeps the ids."""
    table = subprocess.run(
        [sys.executable, "-m", "realpolitik", "narratives", "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "COLUMNS": "220"},
    )
    assert table.returncode == 0, table.stderr
    for name in ("Moscow rebuilds its empire", "Russia is weak and failing its allies"):
        assert name in table.stdout
    assert not re.search(r"\b(russian_imperial_restoration|russian_decline)\b", table.stdout), table.stdout
    as_json = json.loads(_run("narratives", "--db", str(db), "--format", "json").stdout)
    assert {f["frame"] for a in as_json["articles"] for f in a["frames"]} >= {"russian_decline"}


def test_cli_narratives_unknown_frame_or_outlet_exits_2(db: Path) -> None:
    res = _run("narratives", "--db", str(db), "--frame", "russian_rise")
    assert res.returncode == 2 and "russian_decline" in res.stderr
    res = _run("narratives", "--db", str(db), "--outlet", "Nowhere Times")
    assert res.returncode == 2 and "Northern Review" in res.stderr


def test_cli_analyze_rerun_keeps_frames_and_new_pack_redetects(db: Path, tmp_path: Path) -> None:
    before = _frames(db)
    corpus = db.parent / "opinion.jsonl"
    analyze([corpus], db, Settings(), progress=False)
    assert _frames(db) == before
    # a user pack with one frame: every stored article is read again with it
    pack = tmp_path / "mine.json"
    pack.write_text(
        json.dumps(
            {
                "name": "mine",
                "frames": [
                    {
                        "id": "rain",
                        "name": "Rain",
                        "definition": "It rains.",
                        "actors": [],
                        "cues": [{"id": "rain", "all": [["rain"]], "weight": 0.9}],
                        "examples": ["Rain is expected."],
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    res = _run("analyze", str(corpus), "--db", str(db), "--quiet", "--narratives", str(pack))
    assert res.returncode == 0, res.stderr
    assert {f for _, f, _ in _frames(db)} == {"rain"}
    res = _run("narratives", "--db", str(db), "--narratives", str(pack), "--format", "json")
    assert [a["title"] for a in json.loads(res.stdout)["articles"] if a["frames"]] == ["Weather"]
    # back to the starter pack
    analyze([corpus], db, Settings(), progress=False)
    assert _frames(db) == before


def test_cli_bad_pack_names_the_file(tmp_path: Path, db: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"frames": [{"id": "x"}]}', encoding="utf-8")
    res = _run("narratives", "--db", str(db), "--narratives", str(bad))
    assert res.returncode == 2 and str(bad) in res.stderr and "frame 'x'" in res.stderr


def test_cli_report_section_shows_frames_with_evidence(db: Path, tmp_path: Path) -> None:
    from realpolitik.report import render_report

    html = render_report(db, tmp_path / "r.html").read_text(encoding="utf-8")
    assert 'id="narratives"' in html and "Narratives: which story each outlet tells" in html
    assert "Moscow rebuilds its empire" in html and "Russia is weak and failing its allies" in html
    assert "the Kremlin is assembling a USSR 2.0" in html  # an evidence sentence
    assert "Opposite stories about the same actors" in html and "Northern Review" in html


def test_cli_web_narratives_page_and_api(db: Path) -> None:
    import asyncio

    import httpx

    from realpolitik.web import create_app

    app = create_app(db)

    async def fetch(url: str, **params: str) -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.get(url, params=params)

    def get(url: str, **params: str) -> httpx.Response:
        return asyncio.run(fetch(url, **params))

    page = get("/narratives")
    assert page.status_code == 200
    assert "Southern Gazette" in page.text and "2022-03" in page.text
    assert "Moscow is losing influence across the Caucasus" in page.text  # a cell opens its sentences
    assert 'href="/narratives"' in get("/outlets").text  # the nav links to the page
    api = get("/api/narratives", frame="russian_decline").json()
    assert [a["title"] for a in api["articles"]] == ["A patron in retreat"]
    assert get("/narratives", frame="nope").status_code == 400
    assert get("/narratives", window="decade").status_code == 400


def test_cli_analyze_without_narratives_then_with_them(tmp_path: Path, db: Path) -> None:
    corpus = db.parent / "opinion.jsonl"
    fresh = tmp_path / "off.duckdb"
    analyze([corpus], fresh, Settings(narratives="off"), progress=False)
    res = _run("narratives", "--db", str(fresh))
    assert res.returncode == 2 and "analyze" in res.stderr
    analyze([corpus], fresh, Settings(), progress=False)  # reads the coded articles for frames only
    assert _frames(fresh) == _frames(db)


def test_cli_analyze_on_worker_processes_stores_the_same_frames(tmp_path: Path, db: Path) -> None:
    corpus = db.parent / "opinion.jsonl"
    pooled = tmp_path / "pool.duckdb"
    analyze([corpus], pooled, Settings(n_process=2), progress=False)
    assert _frames(pooled) == _frames(db)
