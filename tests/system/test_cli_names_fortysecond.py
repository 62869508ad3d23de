"""The CLI's titles, tables and summaries name actors as the report does (report42): a pair by name with its
codes on a dimmed line below ("Azerbaijan–Türkiye" / "AZE–TUR"), a member by name with its code beside it
("Azerbaijan (AZE)"), the evidence's title by name with the codes that `--dyad` takes; `--format json` and csv
keep the codes. Before, every human-facing line wrote codes ("Evidence for IRN-AZE")."""

from __future__ import annotations

import json
import re

import pytest

from realpolitik.cli import main

from .conftest import spec
from .test_cli import CERTAIN_CAMPS

KNOWN = ("ARM", "AZE", "TUR", "ISR", "IRN", "RUS", "GEO")
DISAGREEING = [
    spec("RUS", "TUR", "agree", "2022-05-03", "Outlet C"),
    spec("RUS", "TUR", "consult", "2022-05-06", "Outlet C"),
    spec("TUR", "RUS", "accuse", "2022-05-04", "Outlet D"),
    spec("TUR", "RUS", "accuse", "2022-05-08", "Outlet D"),
]
CODE = "|".join(KNOWN)
# where a code may stand: beside its name, "Azerbaijan (AZE)"; heading a parenthesis, "(ARM–AZE; conflictual";
# alone on a pair's line of codes under its names
BESIDE = re.compile(rf"\((?:{CODE})\)|\((?:{CODE})–(?:{CODE})[;)]")
CODE_LINE = re.compile(rf"^\s*(?:{CODE})–(?:{CODE})\s*$")
BARE = re.compile(rf"(?<!\w)(?:{CODE})(?!\w)")
# the synthetic records' sentences are written in codes ("Synthetic test record 3: AZE assault ARM.")
SENTENCE = re.compile(r"Synthetic test record \d+:[^.]*\.")


def bare_codes(out: str) -> list[str]:
    """Every line of `out` that writes a known actor by its bare code."""
    found = []
    for line in out.splitlines():
        if CODE_LINE.match(line):
            continue
        rest = BESIDE.sub("", SENTENCE.sub("", line))
        if BARE.search(rest):
            found.append(line.strip())
    return found


@pytest.mark.parametrize(
    "argv",
    [["dyads"], ["dyads", "--window", "month"], ["blocs"], ["trends"], ["evidence", "--dyad", "ARM:AZE"],
     ["evidence", "--dyad", "Iran:Azerbaijan", "--directed"], ["whatif", "--flip", "AZE:TUR"],
     ["whatif", "--set", "GEO:ARM=1"], ["disagreements", "--window", "all"]],
)  # fmt: skip
@pytest.mark.parametrize("width", [100, 400])
def test_no_cli_title_or_table_shows_a_bare_code(
    make_db, capsys, monkeypatch, argv: list[str], width: int
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    db = str(make_db([*CERTAIN_CAMPS, *DISAGREEING]))
    assert main([*argv, "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.strip()
    if width == 400:  # nothing wraps: every line is one title, one row or one line of codes
        assert bare_codes(out) == [], out
    flat = " ".join(out.split())
    if argv[0] == "evidence":
        assert flat.startswith(
            "Evidence for Armenia–Azerbaijan (ARM–AZE; conflictual"
            if argv[2] == "ARM:AZE"
            else "Evidence for Iran–Azerbaijan (IRN–AZE)"
        ), flat
    if argv == ["dyads"]:
        assert "Azerbaijan–Türkiye" in flat and "AZE–TUR" in flat
    if argv == ["blocs"]:
        assert "Azerbaijan (AZE)" in flat and "Türkiye (TUR)" in flat


def test_bare_codes_finds_a_code_where_a_name_belongs() -> None:
    """The scan itself: a code beside its name or on a pair's line of codes passes, anything else is found."""
    assert bare_codes("Evidence for Iran–Azerbaijan (IRN–AZE; thin)\n  AZE–TUR  \n 1  Azerbaijan (AZE)") == []
    assert bare_codes("Synthetic test record 3: AZE assault ARM.") == []
    assert bare_codes("Evidence for IRN-AZE (thin)\n 1  AZE, TUR") == [
        "Evidence for IRN-AZE (thin)",
        "1  AZE, TUR",
    ]
    assert bare_codes(" AZE–TUR   all  3") == ["AZE–TUR   all  3"]


@pytest.mark.parametrize(
    ("argv", "keys"),
    [(["dyads", "--format", "json"], ("a", "b")), (["trends", "--format", "json"], ("a", "b")),
     (["disagreements", "--window", "all", "--format", "json"], ("a", "b"))],
)  # fmt: skip
def test_json_keeps_the_codes(make_db, capsys, argv: list[str], keys: tuple[str, ...]) -> None:
    db = str(make_db([*CERTAIN_CAMPS, *DISAGREEING]))
    assert main([*argv, "--db", db]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r[k] in KNOWN for r in rows for k in keys)
    assert main(["dyads", "--db", db, "--format", "csv"]) == 0
    assert "\nAZE,TUR," in capsys.readouterr().out


def test_corrections_list_names_who_did_what_to_whom(make_db, capsys, monkeypatch, tmp_path) -> None:
    from .test_cli import CAMPS, _reject

    monkeypatch.setenv("COLUMNS", "400")
    db = str(make_db(CAMPS))
    fixes = tmp_path / "fixes.jsonl"
    _reject(db, fixes, "art0007:0")  # AZE assault ARM
    assert main(["corrections", "list", str(fixes), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "ASSAULT Azerbaijan -> Armenia (asserted)" in out and bare_codes(out) == [], out
    assert main(["corrections", "list", str(fixes), "--db", db, "--format", "json"]) == 0
    assert '"AZE"' in capsys.readouterr().out  # the JSON keeps the codes


@pytest.mark.parametrize("width", [80, 100])
def test_a_pair_of_names_never_breaks_inside_a_name(make_db, capsys, monkeypatch, width: int) -> None:
    """At 80 columns "Armenia–Azerbaijan" broke as "Armenia–Azerbaija" over "n" (the pair column kept 16
    characters); a pair of names joined by a dash is one word of up to 20 characters and keeps its line."""
    monkeypatch.setenv("COLUMNS", str(width))
    # a pair on articles with no named outlet widens the outlets column ("none named"), as on the seeds
    db = str(make_db([*CERTAIN_CAMPS, *(spec("FRA", "RUS", "agree", f"2021-04-0{i}", None) for i in (1, 2))]))
    for argv in (["dyads"], ["trends"]):
        assert main([*argv, "--db", db]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert max(len(line) for line in lines) <= width
        shown = [line.split()[0] for line in lines if "–" in line and line.split()[0].count("–") == 1]
        assert "Armenia–Azerbaijan" in shown and "Azerbaijan–Türkiye" in shown, lines
