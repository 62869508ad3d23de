"""Every evidence row says who claims it, in one wording in the CLI's `evidence`, the report and the web app
(report41: `evidence --dyad Iran:Azerbaijan` on the seeds showed an Iranian adviser's doubt about Azerbaijan's and
Turkey's aims as "(the outlet)", as if the outlet itself had said it)."""

from __future__ import annotations

import html as htmllib
import json
import re
from pathlib import Path

import pytest

from realpolitik.cli import main
from realpolitik.records import Article, Attribution, Event, EventActor
from realpolitik.report import render_report
from realpolitik.store import Store
from realpolitik.wording import claimed_by

OUTLET = "Caucasus Monitor"
# Text written for these tests, the facts real: Ali Akbar Velayati's July 2023 article on the Syunik route, and
# Azerbaijan's strikes on Jermuk and other towns inside Armenia on 13 September 2022, which Armenia's defence
# ministry reported.
QUESTIONS = "Ali Akbar Velayati questioned the intentions of Azerbaijan on the Syunik route in July 2023."
REPORTED = "Azerbaijani forces shelled Jermuk on 13 September 2022, the Armenian defence ministry said."
OWN = "Azerbaijani forces struck Jermuk and other towns inside Armenia on 13 September 2022."
# (in October 2021 Iranian officials objected to what they called an Israeli presence in Azerbaijan)
OBJECTED = "Iranian officials accused Azerbaijan of hosting Israeli forces in October 2021."
# (Iran's military drills near the Azerbaijani border in October 2021 drew accusations from both capitals)
MUTUAL = "Iran and Azerbaijan traded accusations over military drills near their border in October 2021."
# who claims each, as every evidence row must say it
EXPECTED = {
    QUESTIONS: f"Ali Akbar Velayati (the source, as {OUTLET} reports)",
    REPORTED: "the Armenian defence ministry (speaker)",
    OWN: f"{OUTLET} (outlet's own account)",
    MUTUAL: f"{OUTLET} (outlet's own account)",  # reciprocal: the outlet's account of both sides
    OBJECTED: f"Iran (the source, as {OUTLET} reports)",  # the mention "Iranian" names no one
}


def _event(
    text: str, sentence: str, kind: tuple[str, str, float, int], src: tuple[str, str], tgt: str, day: str,
    attribution: Attribution | None = None, more: tuple[tuple[str, str], ...] = (),
) -> Event:  # fmt: skip
    start = text.index(sentence)
    event, cameo, goldstein, quad = kind
    return Event(
        event=event, cameo=cameo, goldstein=goldstein, quad_class=quad,
        source=tuple(EventActor(c, "GOV", t) for c, t in (src, *more)),
        target=(EventActor(tgt, None, tgt),) if tgt else (), reciprocal=bool(more),
        modality="asserted", attribution=attribution, date=day, date_precision="day",
        evidence_start=start, evidence_end=start + len(sentence),
    )  # fmt: skip


@pytest.fixture(scope="module")
def claims_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("claims") / "claims.duckdb"
    # article ids are content hashes (hex) where the web app reads them
    a1, a2, a3, a4, a5, a6 = (f"{i:016x}" for i in range(0xA1, 0xA7))
    texts = {a1: QUESTIONS, a2: REPORTED, a3: OWN, a4: QUESTIONS + " " + OWN, a5: MUTUAL, a6: OBJECTED}
    days = {
        a1: "2023-07-21",
        a2: "2022-09-13",
        a3: "2022-09-14",
        a4: "2023-07-22",
        a5: "2021-10-05",
        a6: "2021-10-06",
    }
    assault = ("ASSAULT", "195", -10.0, 4)
    events = {
        a1: [_event(QUESTIONS, QUESTIONS, ("ACCUSE", "112", -2.0, 3), ("IRN", "Ali Akbar Velayati"), "AZE",
                      "2023-07-21")],
        a2: [_event(REPORTED, REPORTED, assault, ("AZE", "Azerbaijani forces"), "ARM", "2022-09-13",
                      Attribution("the Armenian defence ministry", "ARM", "GOV", "speaker"))],
        a3: [_event(OWN, OWN, assault, ("AZE", "Azerbaijani forces"), "ARM", "2022-09-13")],
        a4: [_event(texts[a4], QUESTIONS, ("ACCUSE", "112", -2.0, 3), ("IRN", "Ali Akbar Velayati"), "AZE",
                      "2023-07-21"),
               _event(texts[a4], OWN, assault, ("AZE", "Azerbaijani forces"), "ARM", "2022-09-13")],
        a5: [_event(MUTUAL, MUTUAL, ("ACCUSE", "112", -2.0, 3), ("IRN", "Iran"), "", "2021-10-05",
                    more=(("AZE", "Azerbaijan"),))],
        a6: [_event(OBJECTED, OBJECTED, ("ACCUSE", "112", -2.0, 3), ("IRN", "Iranian"), "AZE", "2021-10-06")],
    }  # fmt: skip
    with Store(db) as store:
        for aid, text in texts.items():
            art = Article(
                id=aid, source=f"corpus/{aid}.txt", start_line=1, end_line=1, title=f"Report {aid}",
                date=days[aid], author=None, outlet=OUTLET, language="en", text=text,
            )  # fmt: skip
            store.add_articles([art])
            store.save_analysis(aid, [], events[aid], text, [])
    return db


@pytest.mark.parametrize(
    ("args", "kwargs", "said"),
    [
        (("the ministry", "ARM", "speaker", "Wire"), {}, "the ministry (speaker)"),
        (("he", "RUS", "speaker", "Wire"), {"name": "Russia"}, "Russia (“he”) (speaker)"),
        (("Dr Anna Reyes", None, "expert", "Wire"), {}, "Dr Anna Reyes (expert)"),
        (("TASS", None, "outlet", "Wire"), {}, "TASS (outlet cited)"),
        (("MODERATOR", None, "role", "Wire"), {}, "the moderator (“MODERATOR”)"),
        # a verbal attack nobody is said to report: its source's claim, which the outlet reports
        ((None, None, None, "Wire"), {"quad_class": 3, "sources": [("Velayati", "IRN")]},
         "Velayati (the source, as Wire reports)"),
        ((None, None, None, None), {"quad_class": 3, "sources": [("they", "TUR"), ("they", "AZE")],
                                    "source_names": ["Türkiye", "Azerbaijan"]},
         "Türkiye and Azerbaijan (the sources, as an unknown outlet reports)"),
        # a mutual accusation (or a dispute the coder read as one) is the outlet's account of both sides
        ((None, None, None, "Wire"), {"quad_class": 3, "sources": [("Armenia", "ARM"), ("Azerbaijan", "AZE")],
                                      "reciprocal": True}, "Wire (outlet's own account)"),
        # a deed told with no speaker: the outlet's own account
        ((None, None, None, "Wire"), {"quad_class": 4, "sources": [("troops", "AZE")]}, "Wire (outlet's own account)"),
        ((None, None, None, None), {"quad_class": 1}, "unknown outlet (outlet's own account)"),
    ],
)  # fmt: skip
def test_claimed_by_names_the_speaker_the_source_or_the_outlet(
    args: tuple[str | None, ...], kwargs: dict[str, object], said: str
) -> None:
    assert claimed_by(*args, **kwargs) == said  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "code", "shown"),
    [("Velayati", "IRN", "Velayati"), ("Iranian", "IRN", None), ("Iranians", "IRN", None),
     ("Ankara", "TUR", "Ankara"), ("Iranian", "TUR", "Iranian"), (None, "IRN", None)],
)  # fmt: skip
def test_an_adjective_names_no_speaker(text: str | None, code: str, shown: str | None) -> None:
    """(report41) "Iranian experts have expressed frustration" is coded with the source mention "Iranian": the
    claimant is then written as the actor, "Iran (the source, ...)", not "Iranian (the source, ...)"."""
    from realpolitik.system.names import speaker_text

    assert speaker_text(text, code) == shown
    said = claimed_by(None, None, None, "Wire", quad_class=3, sources=[(shown, code)], source_names=["Iran"])
    assert said == f"{shown or 'Iran'} (the source, as Wire reports)"


def test_evidence_cli_says_who_claims_each_row(claims_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evidence", "--db", str(claims_db), "--dyad", "Iran:Azerbaijan", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {(r["evidence_text"], r["claimed_by"]) for r in rows} == {
        (QUESTIONS, EXPECTED[QUESTIONS]),
        (MUTUAL, EXPECTED[MUTUAL]),
        (OBJECTED, EXPECTED[OBJECTED]),
    }
    assert main(["evidence", "--db", str(claims_db), "--dyad", "ARM:AZE", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["claimed_by"] for r in rows} == {EXPECTED[REPORTED], EXPECTED[OWN]}
    assert all(r["attribution"] is None for r in rows if r["claimed_by"] == EXPECTED[OWN])
    for dyad in ("IRN:AZE", "ARM:AZE"):
        assert main(["evidence", "--db", str(claims_db), "--dyad", dyad]) == 0
        out = " ".join(capsys.readouterr().out.split())
        assert "claimed by" in out and "(the outlet)" not in out
        for sentence, who in EXPECTED.items():
            if (sentence in (QUESTIONS, MUTUAL, OBJECTED)) == (dyad == "IRN:AZE"):
                assert who in out, (who, out)


def test_report_and_web_app_say_who_claims_as_the_cli_does(claims_db: Path, tmp_path: Path) -> None:
    from tests.web.conftest import Client

    from realpolitik.web import create_app

    page = render_report(claims_db, tmp_path / "claims.html").read_text(encoding="utf-8")
    quotes = re.findall(r'<div class="quote[^"]*">\s*<q>(.*?)</q>(.*?)</div>', page, flags=re.S)
    assert quotes
    for sentence, meta in quotes:
        meta = " ".join(htmllib.unescape(re.sub(r"<[^>]+>", " ", meta)).split())
        assert f"claimed by {EXPECTED[htmllib.unescape(sentence)]}" in meta, meta
    client = Client(create_app(claims_db))
    for a, b in (("AZE", "IRN"), ("ARM", "AZE")):
        body = client.get(f"/dyad/{a}/{b}").text
        rows = re.findall(
            r'<td class="sentence">(.*?)</td>.*?<td class="attr[^"]*">(.*?)</td>', body, flags=re.S
        )
        assert rows, body[:2000]
        for sentence, cell in rows:
            text = " ".join(htmllib.unescape(re.sub(r"<[^>]+>", "", sentence)).split())
            shown = " ".join(
                htmllib.unescape(re.sub(r'<span class="code">[^<]*</span>|<[^>]+>', " ", cell)).split()
            )
            assert shown == EXPECTED[text], (text, shown)
    events = client.get("/api/events?actor=IRN").json()
    listed = events["items"]
    assert listed and {(e["evidence_text"], e["claimed_by"]) for e in listed} == {
        (QUESTIONS, EXPECTED[QUESTIONS]),
        (MUTUAL, EXPECTED[MUTUAL]),
        (OBJECTED, EXPECTED[OBJECTED]),
    }
    article = client.get(f"/article/{0xA2:016x}").text
    assert f'<td class="attr">{htmllib.escape(EXPECTED[REPORTED])}</td>' in article.replace("&#34;", '"')
