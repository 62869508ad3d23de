"""Refusals by governments, courts and bodies, forty-fourth session (issue 9, refuse44; probes
benchmarks/probes/refuse44-1.json).

- A frame verb used as its phrasal verb is no frame: "voted down a motion to let X in" is the rejection the lexicon
  reads for "vote down", and what the motion would have done is not done (it gives the rejection its code).
- What a rejection turns down is not done: a deed in a "to" clause on the refused noun, or the noun's own reading as a
  plan, is the refusal's content, no event of its own.
- A refusal told by a noun in a "with" phrase ("met the appeal with a refusal", "the bid met with a French veto") is
  that refusal; with no object, the refused thing is the subject and the refuser is in the phrase.
- A refusal to speak ("declined to comment", "declined to say whether ...") is no event, nor is what nobody would say.

Each is checked on sentences written for these tests (true statements about real events of odd years) through the
real pipeline; the positive ones fail on the code before this session's change.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target", "absent"),
    [
        # refuse44 phrasal vote down is a rejection
        # (the Grand National Assembly's vote of 1 March 2003): "vote down" is no vote to do what the motion says, and
        # the motion's deed, refused, gives the rejection its code (military cooperation refused, 1212)
        (
            "In 2003 the Turkish parliament voted down a motion to let American troops deploy in Turkey.",
            "REJECT",
            "1212",
            "TUR",
            "USA",
            ("COOPERATE",),
        ),
        # refuse44 refused proposal is no deed
        # (the referendum of 4 October 2013 on abolishing the Seanad)
        (
            "A proposal by the Irish government to abolish the Senate was voted down in a referendum in 2013.",
            "REJECT",
            None,
            None,
            "IRL",
            ("SUPPORT", "AGREE"),
        ),
        # refuse44 refusal in a with phrase
        (
            "Iceland met the British demand to repay the Icesave savers with a flat refusal in 2011.",
            "REJECT",
            "120",
            "ISL",
            "GBR",
            ("CONSULT",),
        ),
        # refuse44 bid met with a veto
        (
            "Kuwait's bid to join the United Nations met with a Soviet veto in 1961.",
            "REJECT",
            "129",
            "RUS",
            "KWT",
            ("CONSULT",),
        ),
    ],
)
def test_refuse44_readings(
    code: Code,
    text: str,
    plover: str,
    cameo: str | None,
    source: str | None,
    target: str | None,
    absent: tuple[str, ...],
) -> None:
    some_event(code, text, plover, cameo, source, target, absent=absent)


def test_refuse44_declined_comment_is_no_event(code: Code) -> None:
    no_event(code, "The Kremlin declined to comment in 2013.", "REJECT")
    no_event(
        code,
        "Beijing declined to say in 2021 whether it would send its troops to Afghanistan.",
        "REJECT",
        "MOBILIZE",
        "THREATEN",
        "AGREE",
    )


def test_refuse44_refusal_of_a_deed_stays(code: Code) -> None:
    # (the look-alikes leave the refusals of deeds as they were)
    some_event(
        code,
        "Russia refused in 2013 to hand Edward Snowden over to the United States.",
        "REJECT",
        None,
        "RUS",
        "USA",
    )
    some_event(
        code,
        "The Taliban declined in 1999 to surrender Osama bin Laden to the United States.",
        "REJECT",
        None,
        "AFG",
        "USA",
    )
