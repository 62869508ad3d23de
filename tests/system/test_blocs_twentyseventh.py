"""What holds an unstable member in its bloc (twenty-seventh session, issue 10, system17): the blocs name, for each
member whose stability is below the mark, the firm ties that keep it in its bloc and how few articles each rests
on, and the actor of another bloc it often shares a bloc with in the runs, so "IGO-EU unstable 12%" reads as
"held by one tie: with ARM on 4 articles" (a tie at the floor of a firm tie falls out of most resampled runs)."""

from __future__ import annotations

import json

from realpolitik.cli import main
from realpolitik.store import Store
from realpolitik.system.blocs import blocs

from .conftest import reported, spec

# Armenia and Russia agree in eight articles; the EU supports Armenia in four, the floor of a firm tie.
CORE_AND_A_THIN_MEMBER = reported([spec("ARM", "RUS", "agree", "2021-01-05", "Outlet A")], 8) + reported(
    [spec("IGO-EU", "ARM", "agree", "2021-03-01", "Outlet B")], 4
)


def test_an_unstable_member_says_what_holds_it(make_db) -> None:
    result = blocs(Store(make_db(CORE_AND_A_THIN_MEMBER), read_only=True))
    assert set(result.blocs) == {("ARM", "IGO-EU", "RUS")}
    assert "IGO-EU" in result.unstable and "RUS" not in result.unstable
    assert result.held_by("IGO-EU") == [("ARM", 4)]
    assert result.held_by("ARM") == [("RUS", 8), ("IGO-EU", 4)]
    assert result.why_unstable("IGO-EU").startswith("held by one tie: with ARM on 4 articles")
    assert result.why_unstable("RUS") == ""
    out = result.to_dict()
    assert {"a": "ARM", "b": "IGO-EU", "articles": 4} in [
        {k: t[k] for k in ("a", "b", "articles")} for t in out["bloc_ties"]
    ]
    assert out["why_unstable"]["IGO-EU"].startswith("held by one tie: with ARM on 4 articles")


def test_the_blocs_command_shows_why_a_member_is_unstable(make_db, capsys) -> None:
    db = str(make_db(CORE_AND_A_THIN_MEMBER))
    assert main(["blocs", "--db", db, "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["why_unstable"]["IGO-EU"].startswith("held by one tie: with ARM on 4 articles")
    assert {"stability", "unstable", "co_membership"} <= set(out)  # the old keys stay
    assert main(["blocs", "--db", db]) == 0
    table = " ".join(capsys.readouterr().out.split())
    # the table by name (report42), the JSON in codes
    assert "held by one tie: with Armenia on 4 articles" in table
