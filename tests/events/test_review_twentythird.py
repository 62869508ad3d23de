"""The twenty-third session's review of the court readings (issue 9): a court's "must" is a judgement (116) only when
the court also finds the party in the wrong; a ruling that only says what must be done stays the court's demand."""

from __future__ import annotations

from .helpers import Code, no_cameo


def test_a_ruling_that_only_says_what_must_be_done_stays_a_demand(code: Code) -> None:
    no_cameo(
        code,
        "Pakistan's Supreme Court ruled on 1 March 2023 that elections to the Punjab assembly must be held within "
        "ninety days of its dissolution.",
        "116",
    )


def test_a_finding_of_a_breach_coordinated_with_must_is_still_a_judgement(code: Code) -> None:
    events = code(
        "The International Court of Justice found in July 2004 that the barrier Israel was building in the West Bank "
        "breached international law and must be dismantled."
    )
    assert any(e.cameo == "116" for e in events), events
    assert all(e.event != "REQUEST" for e in events), events


def test_a_crossing_closed_on_a_border_keeps_the_neighbour(code: Code) -> None:
    events = code(
        "Pakistan closed the Torkham crossing on its border with Afghanistan in February 2017 after a bombing at a "
        "shrine in Sindh province."
    )
    assert any("AFG" in {a.code for a in e.target} for e in events if e.source), events


def test_a_finding_whose_verb_the_parser_made_a_noun_is_still_a_judgement(code: Code) -> None:
    # (the parser hangs "breaches" on "law" as a noun here)
    events = code(
        "The International Court of Justice ruled in July 2004 that the barrier Israel is building in the occupied "
        "West Bank breaches international law and must be torn down."
    )
    assert any(e.cameo == "116" for e in events), events
