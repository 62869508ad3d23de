"""Second reading of the fifty-first session's coder changes (review51): look-alikes a new rule must not fire on.
Sentences written for these tests (true statements about real events of odd years), coded through the real
pipeline; each test failed on the code before its fix.
"""

from __future__ import annotations

import pytest

from .helpers import Code, parties_of_code


def test_review51_signer_of_another_text_is_no_signer_of_the_passive_signing(code: Code) -> None:
    # parties51's absolute_signers read a signing participle set after a passive signing as naming its signers;
    # one whose object brings in a text of its own (an indefinite or an "own" one) tells another signing
    # (was: Britain the signer of the Treaty of Rome)
    sources, _ = parties_of_code(
        code(
            "The Treaty of Rome was signed in March 1957, Britain signing its own treaty of accession only in"
            " January 1972."
        ),
        "057",
    )
    assert "GBR" not in sources
    # (was: Jordan signing the Oslo Accord, with the White House's country its target)
    sources, targets = parties_of_code(
        code(
            "The Oslo Accord was signed on the White House lawn in September 1993, Jordan signing a separate peace"
            " treaty with Israel a year later."
        ),
        "057",
    )
    assert "USA" not in targets and (sources, targets) == ({"JOR"}, {"ISR"})


def test_review51_signers_restating_the_signing_still_sign(code: Code) -> None:
    # (the participle's object the signed text itself, or a pronoun for it: the signers)
    sources, targets = parties_of_code(
        code(
            "The Oslo Accord was signed on the White House lawn in September 1993, Yitzhak Rabin and Yasser Arafat"
            " signing it for their peoples."
        ),
        "057",
    )
    assert (sources | targets) == {"ISR", "PSE"}


@pytest.mark.parametrize(
    "text",
    [
        # (was CONSULT 042: motion51's port-call lines read "for" or "on" any noun of a meeting, "tour" and "round"
        # among them)
        "In 1987 the battleship USS Missouri sailed for a tour of duty in the Persian Gulf.",
        "In 1987 the battleship USS Missouri sailed on a tour of duty in the Persian Gulf.",
        "In September 2007 Japanese and Australian warships sailed into the Bay of Bengal for a round of exercises"
        " with India and the United States.",
    ],
)
def test_review51_warships_on_a_spell_of_duty_make_no_port_call(code: Code, text: str) -> None:
    assert not [e for e in code(text) if e.cameo == "042"], code(text)


def test_review51_warships_sailing_in_for_a_visit_still_call(code: Code) -> None:
    sources, targets = parties_of_code(
        code("In 1893 a Russian squadron sailed into Toulon for a visit."), "042"
    )
    assert (sources, targets) == ({"RUS"}, {"FRA"})
