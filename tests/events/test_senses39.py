"""Commands whose participle clause names the deed, thirty-ninth session (issue 9, senses39).

A verb of command (`commanding_verbs`) read as a demand (100) when it tells a party to act ("ordered Iraq to withdraw")
reads as the commander's own deed when its clause is a past participle with no "to" that names what is done to its
object ("ordered ten ambassadors expelled", "ordered the offices raided"): the object is the deed's patient, not an
addressee (triggers SMALL_CLAUSE_ROOTS); with no deed read in the clause the command is no event ("ordered a new
parliament house built"). The parser may hang the participle on the command's object and tag it as a
past; it is the command's clause all the same (match.complement, match.ordered_patient). Each is checked on
sentences written for these tests (true statements about real events) through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source"),
    [
        # the participle hangs on the object, tagged as a past
        (
            "Recep Tayyip Erdogan ordered ten Western ambassadors expelled in October 2021.",
            "SANCTION",
            "166",
            "TUR",
        ),
    ],
)
def test_senses39_commanded_deed(code: Code, text: str, plover: str, cameo: str, source: str) -> None:
    some_event(code, text, plover, cameo, source, None)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt's military rulers ordered the offices of the National Democratic Institute raided in December 2011.",
        "Recep Tayyip Erdogan ordered ten Western ambassadors expelled in October 2021.",
    ],
)
def test_senses39_commanded_deed_is_no_demand(code: Code, text: str) -> None:
    events = no_event(code, text, "REQUEST")
    assert events, "the commanded deed is coded"


def test_senses39_commanded_thing_is_no_event(code: Code) -> None:
    # a participle clause with no deed between parties: no one is addressed, so no demand either
    no_event(code, "Mustafa Kemal ordered a new parliament house built in Ankara in 1924.")
    # what a command has handed over goes to the commander's own side: no yielding, and no demand on anyone
    no_event(
        code,
        "A Tunisian court dissolved Ben Ali's Constitutional Democratic Rally in March 2011 and ordered its funds and"
        " property handed over to the state.",
        "REQUEST",
    )


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # an order "to" a party is a demand on it (look-alike)
        ("The Security Council ordered Iraq to withdraw its forces from Kuwait in August 1990.", "1056"),
        ("Lyndon Johnson told the North Vietnamese to stop infiltrating the South in 1965.", "100"),
    ],
)
def test_senses39_order_to_a_party_stays_a_demand(code: Code, text: str, cameo: str) -> None:
    some_event(code, text, "REQUEST", cameo, None, None)
