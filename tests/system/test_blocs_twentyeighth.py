"""Thin support said as such (twenty-eighth session, issue 10, system18): an unstable member's explanation gives,
for each tie that holds it in its bloc, the share of the resampled runs in which that tie reads firm, and says when a
tie rests on the fewest articles a firm tie may rest on, so "IGO-EU unstable 12%" reads as "held by one tie: with ARM
on 4 articles (firm in 13% of the runs); 4 articles are the fewest a firm tie rests on"."""

from __future__ import annotations

import json
import re

from realpolitik.cli import main
from realpolitik.store import Store
from realpolitik.system.blocs import blocs
from realpolitik.system.dyads import THIN_BELOW

from .conftest import reported, spec

# Armenia and Russia agree in eight articles; the EU supports Armenia in four, the floor of a firm tie.
CORE_AND_A_THIN_MEMBER = reported([spec("ARM", "RUS", "agree", "2021-01-05", "Outlet A")], 8) + reported(
    [spec("IGO-EU", "ARM", "agree", "2021-03-01", "Outlet B")], 4
)
# The same member held by a tie on six articles: no floor to speak of.
CORE_AND_A_FIRMER_MEMBER = reported([spec("ARM", "RUS", "agree", "2021-01-05", "Outlet A")], 8) + reported(
    [spec("IGO-EU", "ARM", "agree", "2021-03-01", "Outlet B")], 6
)

THIN = re.compile(
    rf"^held by one tie: with ARM on {THIN_BELOW} articles \(firm in (\d+)% of the runs\); "
    rf"{THIN_BELOW} articles are the fewest a firm tie rests on$"
)


def test_a_member_on_a_tie_at_the_floor_is_said_to_rest_on_thin_support(make_db) -> None:
    result = blocs(Store(make_db(CORE_AND_A_THIN_MEMBER), read_only=True))
    assert "IGO-EU" in result.unstable
    found = THIN.match(result.why_unstable("IGO-EU"))
    assert found, result.why_unstable("IGO-EU")
    share = result.firm_share("ARM", "IGO-EU")
    assert share is not None and int(found.group(1)) == round(100 * share)
    # the tie holds in few runs (it is why the member is unstable); the core's tie in nearly all
    assert share < result.stable_at
    assert (result.firm_share("ARM", "RUS") or 0.0) >= result.stable_at
    assert result.firm_share("AZE", "TUR") is None
    out = result.to_dict()
    assert {"a": "ARM", "b": "IGO-EU", "articles": THIN_BELOW, "firm_runs": share} in out["bloc_ties"]


def test_the_blocs_command_says_how_often_the_holding_tie_is_firm(make_db, capsys) -> None:
    db = str(make_db(CORE_AND_A_THIN_MEMBER))
    assert main(["blocs", "--db", db, "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert THIN.match(out["why_unstable"]["IGO-EU"])
    assert all("firm_runs" in t and {"a", "b", "articles"} <= set(t) for t in out["bloc_ties"])
    assert main(["blocs", "--db", db]) == 0
    table = " ".join(capsys.readouterr().out.split())
    assert "articles are the fewest a firm tie rests on" in table


def test_a_tie_above_the_floor_is_not_called_thin(make_db) -> None:
    result = blocs(Store(make_db(CORE_AND_A_FIRMER_MEMBER), read_only=True))
    for actor in result.unstable:
        assert "the fewest a firm tie rests on" not in result.why_unstable(actor)
