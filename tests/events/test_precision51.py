"""Deeds of the background that are no news, fifty-first session (issue 9, precision51; probes
benchmarks/probes/precision51-1.json).

- a deed told in the past perfect in a relative clause or a clause of time or cause ("a church that troops had
  besieged", "nine years after they had beaten Bayern Munich") is earlier than the news, its background: it never
  takes the news's place, and a sentence whose main clause has no reading codes none (`deeds.earlier_deed`); a deed
  in the past perfect in the main clause is the news all the same;
- a deed named in what an inquiry looks into ("an inquiry into how Britain had gone to war", "an investigation into
  whether X had shot protesters") is no event beside the inquiry, as a deed named in what a judgement judges is not
  (data clauses.json `judging_roots` gains 09).

Sentences written for these tests (true statements about real events), coded through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, check_first, no_event


@pytest.mark.parametrize(
    "text",
    [
        # (was COERCE 191, the siege of the relative clause)
        "Thousands of pilgrims prayed at the Church of the Nativity in Bethlehem at Christmas in 2015, a church that "
        "Israeli troops had besieged for 39 days in 2002.",
        # (was ASSAULT 182, the defeat of the clause of time)
        "Chelsea beat Manchester City 1-0 in the Champions League final in Porto on 29 May 2021, nine years after they "
        "had beaten Bayern Munich in the final in Munich.",
        # (was ASSAULT 1823, the killings of the relative clause on the place)
        "Survivors laid flowers on 11 July 2015 at the memorial in Srebrenica, the town where Bosnian Serb forces had "
        "killed some 8,000 Muslim men and boys in 1995.",
    ],
)
def test_precision51_past_perfect_background_is_no_news(code: Code, text: str) -> None:
    no_event(code, text)


def test_precision51_past_perfect_main_clause_is_the_news(code: Code) -> None:
    # (the past perfect of the main clause is untouched)
    check_first(
        code, "By 30 April 1975 North Vietnamese troops had taken Saigon.", "ASSAULT", "190", "VNM", ""
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # (was ASSAULT 190 beside the inquiry: the war the inquiry looks into)
        (
            "Gordon Brown set up an inquiry on 15 June 2009 into how Britain had gone to war in Iraq alongside the "
            "United States in 2003.",
            "ASSAULT",
        ),
        # (was ASSAULT 193 beside the investigation: the shooting it looks into)
        (
            "The prosecutor of the International Criminal Court opened an investigation on 3 March 2011 into whether "
            "Muammar Gaddafi's forces had shot protesters in Libya.",
            "ASSAULT",
        ),
    ],
)
def test_precision51_what_an_inquiry_looks_into_is_no_news(code: Code, text: str, kind: str) -> None:
    # an inquiry (CAMEO 09) names what it looks into, as a judgement names what it judges (data clauses.json
    # `judging_roots`): the inquiry is the news, and the deed it looks into is no event beside it
    events = no_event(code, text, kind)
    assert [e.event for e in events] == ["ACCUSE"], events
