"""A deed of one's own side named only as an act, told for the future on another party's condition (freq34; issue 9).

The thirty-fourth session classified every miss of the development sets by its structure, not its wording. One class:
a party tells another, or says, that its side will act, intervene, move, respond or take steps if (or unless) the
other does something; the deed is named only vaguely, so no lexicon reading carried it, and a telling verb ("told X
that", "informed", "served notice") was not read as the statement that carries a threat at all. Now an act named
only as an act (conflict.json `unnamed_acts`, `unnamed_act_objects`) is an answer, a threat (130), when a condition
or an "against" phrase names the party it answers; delivered by a telling verb or a stating phrase, the threat is the
speaker's; promised by an intention frame ("vowed to take steps if"), it is a threat too. With no other party in
sight the act promises nothing and is no event; a conditional offer stays an offer. Sentences written for these
tests (true statements about real events).
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Joe Biden told Vladimir Putin in December 2021 that the United States would act if Russia invaded Ukraine.",
            "USA",
            "RUS",
        ),
        (
            "Britain informed Germany on September 1, 1939 that it would act unless German troops left Poland.",
            "GBR",
            "DEU",
        ),
        (
            "Washington served notice on Damascus in 2013 that it would act if Syria did not give up its chemical "
            "weapons.",
            "USA",
            "SYR",
        ),
        (
            "NATO told the Bosnian Serbs in July 1995 that it would respond decisively if their forces attacked "
            "Gorazde.",
            "IGO-NATO",
            "BIH",
        ),
    ],
)
def test_freq34_threat_delivered_by_telling(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "THREATEN", None, source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "John F. Kennedy said in July 1961 that the United States would do whatever it took if the Soviet Union "
            "tried to drive the Western powers out of Berlin.",
            "USA",
            "RUS",
        ),
        (
            "China vowed in April 2023 to take resolute steps if Taiwan's president met the Speaker of the U.S. House.",
            "CHN",
            "TWN",
        ),
    ],
)
def test_freq34_unnamed_act_on_a_condition_threatens(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "THREATEN", None, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Japan's finance minister said in October 2023 that Tokyo would act if the yen kept falling.",
        "The Bank of England said in November 2017 that it would act if inflation stayed above its target.",
    ],
)
def test_freq34_unnamed_act_with_no_party_is_no_event(code: Code, text: str) -> None:
    no_event(code, text)


def test_freq34_conditional_offer_told_stays_an_offer(code: Code) -> None:
    some_event(
        code,
        "The United States told Turkey in October 2019 that it would lift its sanctions if Ankara kept to the "
        "ceasefire in Syria.",
        "AGREE",
        None,
        None,
        None,
        absent=("THREATEN",),
    )


# --- An order whose object carries the result ordered (a second class of the same survey) ---------------------------
# "ordered the embassy closed", "ordered ten diplomats expelled": the deed ordered done by the orderer's own agents is
# the news, done to the party the object names (component._ordered_done); an order to a party to do something, and a
# result done to no party, stay as they were.


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        (
            "Germany ordered two Russian diplomats expelled in December 2019 over the killing of a Georgian in Berlin.",
            "SANCTION",
            "DEU",
            "RUS",
        ),
        (
            "Moldova ordered 45 Russian diplomats expelled in July 2023.",
            "SANCTION",
            "MDA",
            "RUS",
        ),
        (
            "Ronald Reagan ordered Libya's mission in Washington closed in 1981.",
            "SANCTION",
            "USA",
            "LBY",
        ),
    ],
)
def test_freq34_ordered_result_is_the_orderers_deed(
    code: Code, text: str, plover: str, source: str, target: str
) -> None:
    some_event(code, text, plover, None, source, target, absent=("REQUEST",))


def test_freq34_order_to_a_party_stays_a_demand(code: Code) -> None:
    some_event(
        code,
        "The European Union's top court ordered Poland in July 2021 to suspend the disciplinary chamber of its "
        "Supreme Court.",
        "REQUEST",
        None,
        None,
        "POL",
    )


def test_freq34_result_done_to_no_party_is_no_deed(code: Code) -> None:
    no_event(
        code,
        "Beijing's city government ordered hundreds of factories closed in December 2015 during a red alert for smog.",
        "SANCTION",
    )
