"""`realpolitik axes` says what the events say of a named alignment in the report's words, over the firm pairs
only (report41: on the seeds it wrote "all pairs cooperate" for the "Ankara–Moscow–Baku axis", two of whose
three pairs read uncertain, where the report says "cooperation on uncertain or thin pairs only")."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.cli import main
from realpolitik.records import Article
from realpolitik.store import Store
from realpolitik.system.axes import AxisSummary

from .conftest import spec, write_events

TIES = (("AZE", "RUS", 1), ("AZE", "TUR", 1), ("RUS", "TUR", 1))


@pytest.mark.parametrize(
    ("ties", "supported", "uncertain", "holds", "said"),
    [
        (TIES, True, (), True, "every pair cooperates"),
        ((("ARM", "AZE", -1),), False, (), False, "some pair in conflict"),
        (TIES, True, (("AZE", "RUS"), ("RUS", "TUR")), None, "cooperation on uncertain or thin pairs only"),
        ((("ARM", "AZE", -1),), False, (("ARM", "AZE"),), None, "conflict on uncertain or thin pairs only"),
        ((("AZE", "RUS", 1), ("AZE", "TUR", 0)), None, (), None, "partly attested"),
        ((("AZE", "RUS", 0),), None, (), None, "no events on it"),
    ],
)
def test_axis_events_say_reads_the_firm_pairs_only(
    ties: tuple[tuple[str, str, int], ...],
    supported: bool | None,
    uncertain: tuple[tuple[str, str], ...],
    holds: bool | None,
    said: str,
) -> None:
    axis = AxisSummary(
        kind="axis", members=("AZE", "RUS", "TUR"), names=("axis",), mentions=1, articles=1, outlets=(),
        first_date=None, last_date=None, evidence=(), event_ties=ties, supported=supported,
        uncertain_ties=uncertain, holds=holds,
    )  # fmt: skip
    assert axis.events_say == said


def test_cli_axes_and_report_agree_on_an_axis_resting_on_uncertain_pairs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from realpolitik.report import render_report

    monkeypatch.setenv("COLUMNS", "200")
    days = ["2021-01-10", "2021-02-10", "2021-03-10", "2021-04-10", "2021-05-10"]
    # AZE-TUR cooperate in five articles (firm); AZE-RUS and RUS-TUR in one each (no reading)
    specs = [spec("AZE", "TUR", "agree", day, f"Outlet {i % 2}") for i, day in enumerate(days)]
    specs += [spec("AZE", "RUS", "agree", "2021-01-12"), spec("RUS", "TUR", "agree", "2021-01-13")]
    db = write_events(tmp_path / "axis.duckdb", specs)
    text = "Synthetic test record: an axis of AZE, RUS and TUR is named here."
    with Store(db) as store:
        art = Article("ax000001", "in/ax.txt", 1, 1, "Story", "2021-03-01", None, "Outlet A", "en", text)
        store.add_articles([art])
        axis = {"name": "Ankara–Moscow–Baku axis", "kind": "axis", "members": ["AZE", "RUS", "TUR"],
                "evidence_start": 0, "evidence_end": len(text), "evidence_text": text}  # fmt: skip
        store.save_analysis(art.id, [], [], text, [axis])
    assert main(["axes", "--db", str(db)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "cooperation on uncertain or thin pairs only" in out, out
    assert "all pairs cooperate" not in out and "every pair cooperates" not in out
    page = " ".join(render_report(db, tmp_path / "axis.html").read_text(encoding="utf-8").split())
    assert "cooperation on uncertain or thin pairs only</span>" in page
