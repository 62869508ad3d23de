"""The CLI tables as a reader sees them at a terminal's width (report37, issue 10).

- `dyads`: an uncertain pair that leans wrote "(86 %)", and the table broke the cell at that space, "(86" on one
  line and "%)" on the next; the share is written "(86%)" in the cell.
- `disagreements`: the disagreement column (a figure, and for a thin finding a short note) took as much width as
  each of the sentence columns; it wraps at a narrow width, and the sides and the sentences keep the room.
"""

from __future__ import annotations

import re

import pytest

from .conftest import spec

# ARM-AZE: conflict in most articles, cooperation in a few: an interval across zero that leans conflictual
LEANING = [
    *(spec("AZE", "ARM", "accuse", f"2021-03-{d:02d}", f"Outlet {'AB'[d % 2]}") for d in range(1, 8)),
    *(spec("ARM", "AZE", "consult", f"2021-04-{d:02d}", "Outlet A") for d in (2, 4)),
]
# the same year told two ways: Outlet C cooperation (two articles), Outlet D conflict (two articles)
DISAGREEING = [
    spec("RUS", "TUR", "agree", "2022-05-03", "Outlet C"),
    spec("RUS", "TUR", "consult", "2022-05-06", "Outlet C"),
    spec("TUR", "RUS", "accuse", "2022-05-04", "Outlet D"),
    spec("TUR", "RUS", "accuse", "2022-05-08", "Outlet D"),
]


@pytest.mark.parametrize("width", [80, 100, 120])
def test_a_leaning_pairs_share_stays_in_one_piece(make_db, capsys, monkeypatch, width: int) -> None:
    from realpolitik.cli import main

    db = make_db(LEANING)
    monkeypatch.setenv("COLUMNS", str(width))
    assert main(["dyads", "--db", str(db)]) == 0
    table = capsys.readouterr().out
    assert re.search(r"\(\d+%\)", table), table  # before: "(87" and "%)" on two lines at 80 and 100 columns
    assert not re.search(r"\(\d+\s*$", table, re.M), table


def test_the_disagreement_column_is_narrow(make_db, capsys, monkeypatch) -> None:
    from realpolitik.cli import main

    db = make_db(DISAGREEING)
    monkeypatch.setenv("COLUMNS", "120")
    assert main(["disagreements", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = next(line for line in lines if line.lstrip().startswith("dyad"))
    # the figure's column ends a few characters after its header; before it was as wide as a sentence's
    gap = header.index("cooperative") - header.index("disagreement")
    assert len("disagreement") < gap <= 16, header
    row = next(line for line in lines if line.lstrip().startswith("Russia–Türkiye"))
    assert re.search(r"Russia–Türkiye\s+2022\s+\d\.\d\d\s+Outlet C", row), row


@pytest.mark.parametrize("width", [80, 100, 110])
def test_a_code_pair_is_never_cut(make_db, capsys, monkeypatch, width: int) -> None:
    """A pair with an organisation's code and its name below ("IGO-NATO–RUS" / "NATO") was cut where the table
    was squeezed: "IGO-NATO–RU" over "S" on the seeds at 110 columns. The longest word of a column keeps its
    width; the names below the codes wrap at their spaces."""
    from realpolitik.cli import main

    db = make_db(
        [
            *LEANING,
            spec("IGO-NATO", "RUS", "accuse", "2022-02-01", None),  # no outlet: "none named"
            spec("AZE", "XDN", "agree", "2022-02-02", None),
            spec("AZE", "XNK", "accuse"),
        ]
    )
    monkeypatch.setenv("COLUMNS", str(width))
    assert main(["dyads", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "IGO-NATO–RUS" in out and "AZE–XNK" in out, out
