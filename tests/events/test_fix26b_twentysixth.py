"""Court findings that are no judgement on a party, twenty-sixth session (issue 9, fix26b: review26 D1-D3, D5),
checked on sentences written for these tests (true statements about real events) through the real pipeline.

- A finding that a party is NOT liable, guilty or responsible, or did not break the law, is an acquittal, no
  judgement against it: no 116.
- "Responsible for" a duty ("for cutting its emissions", "for protecting future generations") is a competence, not
  culpability; "responsible for" a deed or a harm ("for killing", "for the harassment of") stays a judgement (116).
- A claimant that "failed to prove its case" lost its case; it is not found in the wrong for an unlawful act.
- "Quash" said of putting down a bid or a challenge by force is no rejection of a legal act (120); a court that
  quashes a conviction or an appeal still rejects it.
"""

from __future__ import annotations

import pytest

from .helpers import Code, some_event


@pytest.mark.parametrize(
    "text",
    [
        # (a finding of no liability is no judgement)
        "The International Court of Justice found in 2015 that Serbia was not responsible for genocide in Croatia.",
        "The appeals chamber of the Yugoslav tribunal ruled in 2013 that Momcilo Perisic was not guilty of aiding the"
        " crimes of Bosnian Serb forces.",
        "The International Court of Justice ruled in February 2007 that Serbia was not responsible for the genocide at"
        " Srebrenica.",
        # (responsible for a duty is no judgement)
        "A Dutch court ruled in May 2021 that Shell was responsible for cutting its carbon emissions by 45 percent by"
        " 2030.",
        "Germany's Constitutional Court ruled in 2021 that the government was responsible for protecting future"
        " generations from climate change.",
    ],
)
def test_no_liability_found_or_duty_held_is_no_judgement(code: Code, text: str) -> None:
    assert [e for e in code(text) if e.cameo == "116"] == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        pytest.param(
            "The European Court of Human Rights found in 2021 that Russia was responsible for killing Alexander"
            " Litvinenko.",
            "RUS",
            id="responsible_for_a_killing",
        ),
        pytest.param(
            "The International Court of Justice ruled in 2007 that Serbia had failed to prevent the genocide at"
            " Srebrenica.",
            "SRB",
            id="a_duty_not_done",
        ),
    ],
)
def test_a_deed_or_a_duty_not_done_a_party_is_held_to_stays_a_judgement(
    code: Code, text: str, target: str
) -> None:
    some_event(code, text, "ACCUSE", "116", None, target)


def test_a_case_not_proved_is_no_judgement(code: Code) -> None:
    text = "The International Court of Justice found in 2015 that Croatia had failed to prove its case against Serbia."
    assert [e for e in code(text) if e.cameo == "116"] == []


def test_a_bid_put_down_is_no_rejection(code: Code) -> None:
    text = "Security forces in Gabon quashed a bid by mutinous soldiers to seize power in January 2019."
    assert [e for e in code(text) if e.cameo == "120"] == []


def test_a_conviction_quashed_by_a_court_is_rejected(code: Code) -> None:
    text = "Italy's highest court quashed the murder conviction of Amanda Knox in March 2015."
    some_event(code, text, "REJECT", "120", None, None)
