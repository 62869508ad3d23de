"""Acceptances and refusals told without a plain verb of agreeing, fiftieth session (issue 9, agree50; probe
benchmarks/probes/agree50-1.json).

A firm's deal told as still to come ("is to take over X", "is to acquire X", "is to take a stake in X") is an agreed
deal (AGREE, the future rule); told as done it is no event (the lexicon's `+tocome`, `dobj=@firm`). "Said yes to", a
blessing, an approval or a backing given to an offer, a takeover, a merger or a coalition made to the giver, and an
offer, takeover or merger backed, endorsed or recommended, are acceptances (030), not endorsements (051), appeals (020)
or threats (138x). A bid, an offer or a proposal fended off, seen off or knocked back is refused (120). Sentences written
for these tests (true statements about real events), coded through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # (was THREATEN 1382: a takeover to come read as a seizure threatened)
        ("Boeing is to take over McDonnell Douglas, the two planemakers said in December 1996.", "USA", None),
        # (was no event: "acquire" has no reading of its own)
        (
            "Facebook is to acquire WhatsApp for 19 billion dollars, the two companies said in February 2014.",
            "USA",
            None,
        ),
        (
            "Renault is to take a 36.8 percent stake in Nissan, the two carmakers said in March 1999.",
            "FRA",
            "JPN",
        ),
    ],
)
def test_agree50_firm_deal_to_come_is_agreed(code: Code, text: str, source: str, target: str | None) -> None:
    events = some_event(code, text, "AGREE", None, source, target, absent=("THREATEN", "COERCE"))
    assert any(e.event == "AGREE" and e.modality == "intended" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Boeing took over McDonnell Douglas in August 1997.",
        "Facebook acquired Instagram in 2012.",
    ],
)
def test_agree50_firm_deal_done_is_no_event(code: Code, text: str) -> None:
    assert code(text) == []


def test_agree50_seizure_of_a_place_keeps_its_reading(code: Code) -> None:
    # a party taking over a place is no firm's deal: the seizure stays
    some_event(code, "Hamas took over Gaza in June 2007.", "COERCE", "192", None, None)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # (was no event: "said" has only its statement reading)
        (
            "Nokia's board said yes to Microsoft's offer for its handset business in September 2013.",
            "FIN",
            "USA",
        ),
        # (was SUPPORT 051: the light verb's blessing read as an endorsement)
        ("Alstom's board gave its approval to a merger with Siemens in September 2017.", "FRA", "DEU"),
        # (was THREATEN 1382: the takeover backed read as a seizure authorised)
        ("Twitter's shareholders backed the takeover by Elon Musk in September 2022.", "USA", None),
        ("Alstom's shareholders backed the merger with Siemens in July 2018.", "FRA", "DEU"),
    ],
)
def test_agree50_acceptance_without_a_verb_of_agreeing(
    code: Code, text: str, source: str, target: str | None
) -> None:
    some_event(code, text, "AGREE", "030", source, target, absent=("SUPPORT", "THREATEN", "COERCE"))


def test_agree50_blessing_of_a_third_partys_campaign_stays_an_endorsement(code: Code) -> None:
    some_event(
        code,
        "Egypt gave its blessing to the Saudi-led air campaign against the Houthis in March 2015.",
        "SUPPORT",
        "051",
        "EGY",
        None,
        absent=("AGREE",),
    )


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Nissan knocked back Renault's proposal of a full merger in 2019.", "JPN", "FRA"),
        ("AstraZeneca fended off a 69 billion pound bid from Pfizer in May 2014.", None, "USA"),
    ],
)
def test_agree50_bid_fended_off_is_refused(code: Code, text: str, source: str | None, target: str) -> None:
    some_event(code, text, "REJECT", "120", source, target)


def test_agree50_attack_fended_off_is_no_refusal(code: Code) -> None:
    events = code("Kurdish fighters fended off an attack by Islamic State on Kobani in October 2014.")
    assert all(e.event != "REJECT" for e in events)


def test_agree50_coalition_to_be_formed_is_agreed(code: Code) -> None:
    # (was no event: "form" has no reading with a coalition)
    text = "Likud and Labour are to form a coalition government, the two parties said in September 1984."
    events = some_event(code, text, "AGREE", None, None, None, absent=("SUPPORT",))
    assert any(e.event == "AGREE" and e.modality == "intended" for e in events)


def test_agree50_coalition_formed_is_no_event(code: Code) -> None:
    assert code("Likud and Labour formed a coalition government in September 1984.") == []
