"""What-if: flipping or setting a dyad's sign changes blocs and balance as expected."""

from __future__ import annotations

import pytest

from realpolitik.errors import InputError
from realpolitik.store import Store
from realpolitik.system.graph import signed_graph
from realpolitik.system.whatif import Change, parse_change, what_if

from .conftest import reported, spec

COOPETITION = [spec("RUS", "ARM", "aid"), spec("RUS", "AZE", "agree"), spec("AZE", "ARM", "assault")]


def test_whatif_flip_resolves_unbalanced_triad(make_db) -> None:
    g = signed_graph(Store(make_db(COOPETITION), read_only=True))
    result = what_if(g, [Change("ARM", "AZE")])
    assert result.balance_before.balance == 0.0
    assert result.balance_after.balance == 1.0
    assert result.resolved_unbalanced == (("ARM", "AZE", "RUS"),)
    assert result.applied == (("ARM", "AZE", -1, 1),)
    assert result.blocs_after.blocs == (("ARM", "AZE", "RUS"),)
    # the stored graph is untouched
    assert g.edges["ARM", "AZE"]["sign"] == -1


def test_whatif_set_negative_splits_a_bloc(make_db) -> None:
    db = make_db([spec("AZE", "TUR", "agree"), spec("TUR", "ISR", "aid"), spec("ISR", "AZE", "aid")])
    g = signed_graph(Store(db, read_only=True))
    result = what_if(g, [parse_change("TUR:ISR=-1")])
    assert result.balance_after.balance == 0.0
    assert result.new_unbalanced == (("AZE", "ISR", "TUR"),)
    assert len(result.blocs_before.blocs) == 1
    assert result.to_dict()["after"]["unbalanced_triads"] == [["AZE", "ISR", "TUR"]]


@pytest.mark.parametrize(
    ("text", "flip", "expected"),
    [("RUS:TUR", True, Change("RUS", "TUR")), ("RUS:TUR=-1", False, Change("RUS", "TUR", -1)),
     ("ARM:AZE=1", False, Change("ARM", "AZE", 1))],
)  # fmt: skip
def test_whatif_parse_change(text: str, flip: bool, expected: Change) -> None:
    assert parse_change(text, flip=flip) == expected


@pytest.mark.parametrize("text", ["RUS", "RUS:RUS", "RUS:TUR=2", "RUS:TUR=x", ":TUR"])
def test_whatif_parse_change_rejects(text: str) -> None:
    with pytest.raises(InputError):
        parse_change(text)


def test_whatif_flip_of_missing_tie_is_an_error(make_db) -> None:
    g = signed_graph(Store(make_db(COOPETITION), read_only=True))
    with pytest.raises(InputError, match="no signed tie"):
        what_if(g, [Change("TUR", "ARM")])


# Six articles per tie, so every tie has a sign; ARM-IRN rests on one article and stays uncertain.
CERTAIN = [*reported([
    spec("AZE", "TUR", "agree", "2021-01-05"), spec("TUR", "AZE", "aid", "2021-01-16"),
    spec("ISR", "AZE", "aid", "2021-02-07"), spec("AZE", "ISR", "agree", "2021-02-18"),
    spec("AZE", "ARM", "assault", "2021-03-05"), spec("ARM", "AZE", "assault", "2021-03-16"),
    spec("RUS", "ARM", "aid", "2021-04-04"), spec("ARM", "RUS", "agree", "2021-04-17"),
], 3), spec("ARM", "IRN", "agree", "2021-03-02")]  # fmt: skip


def test_whatif_model_before_is_what_blocs_reports(make_db) -> None:
    from realpolitik.system.blocs import blocs
    from realpolitik.system.whatif import what_if_model

    db = Store(make_db(CERTAIN), read_only=True)
    result = what_if_model(db, [Change("AZE", "ARM", 1)])
    assert result.blocs_before.blocs == blocs(db).blocs == (("AZE", "ISR", "TUR"), ("ARM", "RUS"))
    # the uncertain ARM-IRN tie is in the full graph, so the full graph's partition keeps IRN
    assert "IRN" in signed_graph(db) and all("IRN" not in b for b in result.blocs_before.blocs)
    assert result.applied == (("AZE", "ARM", -1, 1),)


def test_whatif_model_flip_of_an_uncertain_tie_says_so(make_db) -> None:
    from realpolitik.system.whatif import what_if_model

    db = Store(make_db(CERTAIN), read_only=True)
    with pytest.raises(InputError, match="ARM and IRN is uncertain") as info:
        what_if_model(db, [Change("ARM", "IRN")])
    assert "--set ARM:IRN=1" in str(info.value)
    # setting it gives it the analyst's sign
    assert what_if_model(db, [Change("ARM", "IRN", 1)]).applied == (("ARM", "IRN", 0, 1),)


def test_whatif_model_says_why_an_uncertain_tie_starts_at_zero(make_db) -> None:
    """`--set ARM:IRN=1` printed "+0 -> +1" with no word of why the tie was 0: each change now names
    the tie as the record reads it, and says that the blocs leave an uncertain tie out."""
    from realpolitik.system.whatif import what_if_model

    db = Store(make_db(CERTAIN), read_only=True)
    result = what_if_model(db, [Change("ARM", "IRN", 1), Change("AZE", "ARM", 1), Change("GEO", "ARM", 1)])
    assert result.base == "blocs"
    weighs_one = " (a tie set where the start has none weighs 1, as a tie on one article would)"
    assert result.describe(0) == (
        "ARM-IRN: uncertain in the record (net +1.00, interval -1.00 to +1.00, thin: 1 article), "
        "so left out of the blocs (0): +0 -> +1" + weighs_one
    )
    assert result.describe(1).startswith("AZE-ARM: conflictual in the record (net -1.00, interval -1.00 to ")
    assert result.describe(1).endswith(", 6 articles): -1 -> +1")
    assert result.describe(2) == "GEO-ARM: no event ties them in the record: +0 -> +1" + weighs_one
    out = result.to_dict()
    assert out["applied"][0] == {"a": "ARM", "b": "IRN", "before": 0, "after": 1}  # the old keys only
    assert out["record"][0]["reading"] == "uncertain" and out["record"][0]["articles"] == 1
    assert out["record"][0]["thin"] is True and out["record"][0]["set_weight"] == 1.0
    assert "set_weight" not in out["record"][1]
    assert out["record"][2] == {
        "a": "GEO",
        "b": "ARM",
        "reading": "none",
        "net": 0.0,
        "ci_low": 0.0,
        "ci_high": 0.0,
        "articles": 0,
        "set_weight": 1.0,
    }
    assert out["base"] == "blocs"


def test_whatif_model_with_uncertain_starts_from_every_tie(make_db) -> None:
    """With `with_uncertain` the uncertain ARM-IRN tie enters with its net's sign, so it can be flipped,
    and IRN stands in a bloc before any change, which `blocs` does not show."""
    from realpolitik.system.whatif import what_if_model

    db = Store(make_db(CERTAIN), read_only=True)
    result = what_if_model(db, [Change("ARM", "IRN")], with_uncertain=True)
    assert result.base == "all" and result.applied == (("ARM", "IRN", 1, -1),)
    assert any("IRN" in b for b in result.blocs_before.blocs if len(b) > 1)
    assert result.describe(0).startswith("ARM-IRN: uncertain in the record (net +1.00") and (
        "left out" not in result.describe(0) and "weighs 1" not in result.describe(0)
    )


def test_whatif_model_says_a_thin_tie_with_a_reading_is_left_out(make_db) -> None:
    """ARM-IRN on two agreeing articles reads cooperative, but thin: blocs leave it out, so whatif
    starts it at 0 and says why in words (the reading, its support, the floor interval), and a flip of
    it is refused as for an uncertain tie."""
    from realpolitik.system.whatif import what_if_model

    db = Store(
        make_db([*CERTAIN[:-1], *reported([spec("ARM", "IRN", "agree", "2021-03-02")], 2)]), read_only=True
    )
    result = what_if_model(db, [Change("ARM", "IRN", -1)])
    assert result.describe(0) == (
        "ARM-IRN: cooperative in the record (net +1.00, interval +1.00 to +1.00, thin: 2 articles); with the "
        "floor -0.32 to +1.00, too few articles for the blocs, so left out (0): +0 -> -1 (a tie set where the "
        "start has none weighs 1, as a tie on one article would)"
    )
    record = result.to_dict()["record"][0]
    assert (record["reading"], record["thin"], record["floor_reading"]) == ("cooperative", True, "uncertain")
    with pytest.raises(InputError, match="reads cooperative, thin: 2 articles"):
        what_if_model(db, [Change("ARM", "IRN")])
