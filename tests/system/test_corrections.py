"""Corrections: validated against the stored event, kept in their own file, applied to every figure."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from realpolitik.actors.names import actor_index
from realpolitik.corrections import (
    CorrectionError,
    CorrectionLog,
    build_overlay,
    event_codes,
    export_gold,
    load_overlay,
    make_correction,
    stored_event,
)
from realpolitik.records import Article, Event, EventActor
from realpolitik.store import Store
from realpolitik.system._events import Corrected
from realpolitik.system.dyads import dyads
from realpolitik.system.graph import signed_graph

from .conftest import spec

EVENTS = [
    spec("ARM", "AZE", "assault", "2021-03-05", "Outlet A"),  # art0000:0
    spec("ARM", "AZE", "agree", "2021-03-06", "Outlet B"),  # art0001:0
    spec("RUS", "ARM", "aid", "2021-03-04", "Outlet A"),  # art0002:0
    spec("AZE", "TUR", "consult", "2021-03-07", "Outlet A", "hypothetical"),  # art0003:0
]


def _con(path: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(path), read_only=True)


def _correct(con: duckdb.DuckDBPyConnection, log: CorrectionLog, event_id: str, **body: object) -> None:
    ev = stored_event(con, event_id)
    assert ev is not None
    log.append(make_correction(ev, body, actor_index(event_codes(con))))


def _pair(rows, a: str, b: str):  # type: ignore[no-untyped-def]
    return next((d for d in rows if (d.a, d.b) == (a, b)), None)


def test_corrections_reject_and_recode_change_the_dyads(make_db, tmp_path: Path) -> None:
    con = _con(make_db(EVENTS))
    log = CorrectionLog(tmp_path / "c.jsonl")
    before = _pair(dyads(con, window="all"), "ARM", "AZE")
    assert before is not None and before.events == 2 and before.net == pytest.approx(-1 / 3, abs=1e-4)
    _correct(con, log, "art0000:0", action="reject", note="the sentence reports a drill, no attack")
    overlay = load_overlay(con, log.path)
    after = _pair(dyads(Corrected(con, overlay), window="all"), "ARM", "AZE")
    assert after is not None and after.events == 1 and after.net == 1.0
    assert overlay.applied == 1 and "corrections applied (1: 1 rejected, 0 recoded)" in overlay.summary()
    # recode the remaining agreement into an accusation: the pair turns conflictual
    _correct(con, log, "art0001:0", action="recode", event="ACCUSE")
    rows = dyads(Corrected(con, load_overlay(con, log.path)), window="all")
    recoded = _pair(rows, "ARM", "AZE")
    assert recoded is not None and recoded.quad_counts == (0, 0, 1, 0) and recoded.net == -1.0
    # the database itself is unchanged
    assert _pair(dyads(con, window="all"), "ARM", "AZE") == before


def test_corrections_recode_actors_and_modality(make_db, tmp_path: Path) -> None:
    con = _con(make_db(EVENTS))
    log = CorrectionLog(tmp_path / "c.jsonl")
    # a hypothetical event made asserted now counts; a recoded target moves the event to another pair
    _correct(con, log, "art0003:0", action="recode", modality="asserted")
    _correct(con, log, "art0002:0", action="recode", target=["Azerbaijan"], event="190")
    source = Corrected(con, load_overlay(con, log.path))
    pairs = {(d.a, d.b): d for d in dyads(source, window="all")}
    assert ("AZE", "TUR") in pairs and ("ARM", "RUS") not in pairs
    assert pairs[("AZE", "RUS")].quad_counts == (0, 0, 0, 1)
    graph = signed_graph(source)
    assert graph.edges["AZE", "RUS"]["sign"] == -1


def test_corrections_restore_withdraws_and_latest_wins(make_db, tmp_path: Path) -> None:
    con = _con(make_db(EVENTS))
    log = CorrectionLog(tmp_path / "c.jsonl")
    _correct(con, log, "art0000:0", action="reject")
    _correct(con, log, "art0000:0", action="restore")
    assert load_overlay(con, log.path).by_event == {}
    _correct(con, log, "art0000:0", action="recode", event="THREATEN")
    _correct(con, log, "art0000:0", action="confirm")
    overlay = load_overlay(con, log.path)
    assert overlay.by_event["art0000:0"].action == "confirm" and overlay.applied == 0 and overlay.total == 4


def _one_article(path: Path, events: list[tuple[str, str, str]]) -> Path:
    """One article of two sentences; `events` as (sentence number, plover, target code)."""
    sentences = ["Synthetic record one: ARM and AZE.", "Synthetic record two: ARM and RUS."]
    text = " ".join(sentences)
    with Store(path) as store:
        art = Article("artkeep000000001", "in.txt", 1, 1, "T", "2021-05-01", None, "Outlet", "en", text)
        store.add_articles([art])
        evs = []
        for number, plover, tgt in events:
            sentence = sentences[int(number)]
            start = text.index(sentence)
            cameo, gold, quad = {"ASSAULT": ("190", -10.0, 4), "AGREE": ("057", 8.0, 1)}[plover]
            evs.append(
                Event(plover, cameo, gold, quad, (EventActor("ARM", "GOV", "ARM"),), (EventActor(tgt, "GOV", tgt),),
                      "asserted", None, "2021-05-01", "day", start, start + len(sentence))
            )  # fmt: skip
        store.save_analysis(art.id, [], evs, text)
    return path


def test_corrections_survive_a_reanalysis_that_renumbers_events(tmp_path: Path) -> None:
    first = _one_article(tmp_path / "first.duckdb", [("1", "ASSAULT", "RUS")])
    log = CorrectionLog(tmp_path / "c.jsonl")
    with _con(first) as con:
        _correct(con, log, "artkeep000000001:0", action="reject")
    # re-analysis: a new event in the first sentence shifts the corrected one to index 1
    again = _one_article(tmp_path / "again.duckdb", [("0", "AGREE", "AZE"), ("1", "ASSAULT", "RUS")])
    with _con(again) as con:
        overlay = load_overlay(con, log.path)
        assert list(overlay.by_event) == ["artkeep000000001:1"] and not overlay.unmatched
    # the coder now codes that sentence differently: the judgement no longer applies, and says so
    changed = _one_article(tmp_path / "changed.duckdb", [("1", "AGREE", "RUS")])
    with _con(changed) as con:
        overlay = load_overlay(con, log.path)
        assert overlay.by_event == {} and len(overlay.unmatched) == 1
        assert "1 no longer match a stored event" in overlay.summary()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"action": "delete"}, "action: expected one of reject, recode, confirm, restore"),
        ({"action": "recode"}, "a recode needs at least one of"),
        ({"action": "recode", "event": "ATTACK"}, "event: unknown event type 'ATTACK'"),
        ({"action": "recode", "event": "999"}, "event: unknown CAMEO code '999'"),
        ({"action": "recode", "event": "010"}, "has no PLOVER type"),
        ({"action": "recode", "modality": "likely"}, "modality: unknown value 'likely'"),
        ({"action": "recode", "source": ["Atlantis"]}, "source: unknown actor 'Atlantis'"),
        ({"action": "recode", "target": "Rusia"}, "did you mean"),
        ({"action": "recode", "source": []}, "needs at least one source actor"),
        ({"action": "recode", "event": "ASSAULT"}, "the recode changes nothing"),
        ({"action": "reject", "event": "AGREE"}, "only a recode sets fields"),
        ({"action": "reject", "colour": "red"}, "unknown field(s) colour"),
        ({"action": "reject", "note": 5}, "note: expected text"),
    ],
)
def test_corrections_requests_are_validated(make_db, body: dict[str, object], message: str) -> None:
    con = _con(make_db(EVENTS))
    ev = stored_event(con, "art0000:0")
    assert ev is not None
    with pytest.raises(CorrectionError) as err:
        make_correction(ev, body, actor_index())
    assert message in str(err.value)


def test_corrections_event_type_gets_its_cameo_code_and_weights(make_db) -> None:
    con = _con(make_db(EVENTS))
    ev = stored_event(con, "art0000:0")
    assert ev is not None
    c = make_correction(ev, {"action": "recode", "event": "aid", "source": "Russia,ARM"}, actor_index())
    assert c.corrected is not None
    assert (c.corrected.event, c.corrected.cameo, c.corrected.quad_class) == ("AID", "07", 2)
    assert c.corrected.source_codes == ("RUS", "ARM") and c.corrected.source[1].sector == "GOV"
    # a CAMEO code sets the type it belongs to
    c = make_correction(ev, {"action": "recode", "event": "112"}, actor_index())
    assert c.corrected is not None and (c.corrected.event, c.corrected.quad_class) == ("ACCUSE", 3)


def test_corrections_unreadable_line_is_named_and_skipped(make_db, tmp_path: Path) -> None:
    con = _con(make_db(EVENTS))
    log = CorrectionLog(tmp_path / "c.jsonl")
    _correct(con, log, "art0000:0", action="reject")
    with log.path.open("a", encoding="utf-8") as handle:
        handle.write("{not json\n")
        handle.write(json.dumps({"action": "reject"}) + "\n")
    _correct(con, log, "art0001:0", action="reject")
    overlay = load_overlay(con, log.path)
    assert sorted(overlay.by_event) == ["art0000:0", "art0001:0"]
    assert [p.split(": ")[0] for p in overlay.problems] == [f"{log.path}:2", f"{log.path}:3"]


def test_corrections_missing_file_is_an_input_error(tmp_path: Path, make_db) -> None:
    con = _con(make_db(EVENTS))
    with pytest.raises(Exception, match="no such corrections file"):
        load_overlay(con, tmp_path / "nope.jsonl")
    assert build_overlay(con, []).summary().startswith("corrections applied (0")


def test_corrections_export_gold_records(make_db, tmp_path: Path) -> None:
    con = _con(make_db([*EVENTS, spec("ARM+AZE", "", "agree", "2021-04-01", reciprocal=True)]))
    log = CorrectionLog(tmp_path / "c.jsonl")
    _correct(con, log, "art0000:0", action="reject")
    _correct(con, log, "art0001:0", action="recode", event="ACCUSE", target=["RUS"])
    _correct(con, log, "art0004:0", action="confirm")
    _correct(con, log, "art0002:0", action="recode", source=["RUS", "ARM"], target=[])
    done = export_gold(con, log.path, tmp_path / "gold.json")
    assert (done.records, done.rejected, done.unmatched) == (4, 1, 0)
    records = {r["event_id"]: r for r in json.loads((tmp_path / "gold.json").read_text())["records"]}
    rejected, recoded, confirmed = records["art0000:0"], records["art0001:0"], records["art0004:0"]
    assert rejected["event"] == "" and rejected["source"] == []
    assert recoded["event"] == "ACCUSE" and [a["code"] for a in recoded["target"]] == ["RUS"]
    assert recoded["text"].startswith("Synthetic test record 1") and recoded["date"] == "2021-03-06"
    # a reciprocal event keeps the markup the shared scorer reads as "acting on each other"
    assert [a["code"] for a in confirmed["source"]] == ["ARM", "AZE"] and confirmed["target"] == []
    assert "SRC/TAR" in confirmed["textInfo"]["markup"]
    # parties all on one side of an event the coder did not mark reciprocal are sources only, as
    # the model reads them (not each other's targets)
    together = records["art0002:0"]
    assert [a["code"] for a in together["source"]] == ["RUS", "ARM"] and together["target"] == []
    assert "SRC/TAR" not in together["textInfo"]["markup"]
    assert not together["text"].endswith((" ", "\n"))
