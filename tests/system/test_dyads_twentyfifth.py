"""Who stands for a state in the dyads (twenty-fifth session): a party coded with a state's code and a
sector outside the state (rebels, gunmen, protesters, the opposition) is not the state; a deed done to
a country's people is one of its relations, one done to its rebels or opposition is not. Real parses
into real DuckDB stores, and hand-built events for the cases the parse does not reach."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.config import Settings
from realpolitik.pipeline import analyze
from realpolitik.store import Reader
from realpolitik.system import dyad_evidence, dyads, load_events
from synthetic_records import one_event_store as _store

# The project's own sentences about real events of 2019 and 2021, one article each.
_ARTICLES = {
    "idlib.txt": (
        "Strikes Continue in Idlib",
        "Beirut, 20 June 2019",
        "Russian warplanes struck Syrian rebels in Idlib province on Wednesday, a monitoring group said.",
    ),
    "avivim.txt": (
        "Fire on the Lebanese Border",
        "Beirut, 2 September 2019",
        "Hezbollah fighters fired anti-tank missiles at an Israeli army post on Sunday.",
    ),
    "tbilisi.txt": (
        "Protests in Tbilisi",
        "Tbilisi, 22 June 2019",
        "Thousands of Georgian protesters denounced Russia outside the parliament in Tbilisi on Thursday.\n\n"
        "Russia banned flights to Georgia on Friday.",
    ),
    "detainees.txt": (
        "Detainees Handed Over",
        "Baku, 13 June 2021",
        "Azerbaijan handed over 15 Armenian detainees to Armenia on Saturday in exchange for maps of minefields.",
    ),
}


@pytest.fixture(scope="module")
def parsed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sectors")
    for name, (title, dateline, body) in _ARTICLES.items():
        (folder / name).write_text(
            f"{title}\n\n{dateline}\nTest Outlet\nBy Test Writer\n\n{body}\n", encoding="utf-8"
        )
    db = folder / "s.duckdb"
    analyze(sorted(folder.glob("*.txt")), db, Settings(), progress=False)
    return db


def _coded(db: Path) -> dict[str, tuple[list[tuple[str, str | None]], list[tuple[str, str | None]]]]:
    with Reader.open(db) as reader:
        return {
            e["evidence_text"].split()[0]: (
                [(a["code"], a["sector"]) for a in e["source"]],
                [(a["code"], a["sector"]) for a in e["target"]],
            )
            for e in reader.events()
        }


def test_non_state_parties_of_a_state_code_do_not_make_its_dyads(parsed: Path) -> None:
    coded = _coded(parsed)
    # what the coder gives (the premise of the rule): the state's code with a sector
    assert coded["Russian"] == ([("RUS", "MIL")], [("SYR", "REB")])
    assert coded["Hezbollah"] == ([("LBN", "REB")], [("ISR", "MIL")])
    assert coded["Thousands"] == ([("GEO", "CVL")], [("RUS", None)])
    assert coded["Russia"] == ([("RUS", None)], [("GEO", None)])
    assert coded["Azerbaijan"] == ([("AZE", None)], [("ARM", "CVL")])
    with Reader.open(parsed) as reader:
        found = {(d.a, d.b): d for d in dyads(reader, window="all")}
        # Russia striking Syria's rebels is no Russian attack on Syria; Hezbollah is not Lebanon
        assert ("RUS", "SYR") not in found and ("ISR", "LBN") not in found
        # Georgian protesters are not Georgia: the pair rests on Russia's flight ban alone
        assert found[("GEO", "RUS")].events == 1 and found[("GEO", "RUS")].quad_counts == (0, 0, 0, 1)
        # a deed done to a country's people (detainees handed to Armenia) is one of its relations
        assert found[("ARM", "AZE")].events == 1
        # the evidence behind a dyad is what it counts; the events stay in the store
        (ban,) = dyad_evidence(reader, "GEO", "RUS")
        assert ban.evidence_text.startswith("Russia banned")
        assert len(load_events(reader)) == 5


def test_named_groups_keep_their_sector_and_reciprocal_parties_must_each_stand_for_a_state(
    tmp_path: Path,
) -> None:
    db = _store(
        tmp_path / "h.duckdb",
        [
            ([("IMG-ISIS", "REB")], [("IRQ", "MIL")], False),  # a named group is its own actor
            ([("ARM", "CVL"), ("AZE", "MIL")], [], True),  # villagers and soldiers "clashed": no state pair
            ([("ARM", "MIL"), ("AZE", "MIL")], [], True),  # two armies clashed
            ([("TUR", "MIL")], [("SYR", "REB"), ("SYR", "GOV")], False),  # one mention of Syria is its state
            ([("RUS", "BUS")], [("UKR", None)], False),  # a company is not its state
            ([("IRN", "GOV"), ("IRN", "REB")], [("AZE", "OPP")], False),  # done to the opposition only
        ],
    )
    with Reader.open(db) as reader:
        found = {(d.a, d.b): d.events for d in dyads(reader, window="all")}
        assert found == {("IMG-ISIS", "IRQ"): 1, ("ARM", "AZE"): 1, ("SYR", "TUR"): 1}
        # the Python rule (evidence, per-outlet views) pairs exactly what the DuckDB aggregate counts
        rows = load_events(reader)
        pairs = {p for r in rows for p in r.undirected_pairs()}
        assert pairs == set(found)
        assert [len(r.undirected_pairs()) for r in rows] == [1, 0, 1, 1, 0, 0]
