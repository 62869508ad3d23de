"""A deed told only as what a claim says is no deed stated (issue 10, thirty-sixth session): "reports of X doing
Y", "allegations of shelling Z", "reports of a Russian invasion" are claims no one in the sentence stands behind
(hypothetical), as "reports that ..." are, whatever verb takes them ("denied", "dismissed", "rejected"); confirmed,
they are facts. Whatever the verb of denial itself is coded as (a rejection, or no event), the deed it turns down
is never asserted."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Token

from realpolitik.events.modality import classify_modality
from realpolitik.records import Event

Code = Callable[[str], list[Event]]
Finder = Callable[[str, str], Token]


@pytest.mark.parametrize(
    ("sentence", "deed"),
    [
        (
            "In 2023 the Kremlin rejected allegations that Russian troops had blown up the Kakhovka dam.",
            "blown",
        ),
        ("In 2021 Minsk dismissed reports that it had flown migrants to the Polish border.", "flown"),
        ("In 2022 Iran refuted the accusation that it had supplied drones to Russia.", "supplied"),
        ("Tehran rebutted the suggestion that it had armed the Houthis.", "armed"),
        ("Moscow disputed the allegations that its hackers had targeted the 2016 election.", "targeted"),
        (
            "In 2011 Damascus dismissed reports of security forces shooting demonstrators in Deraa.",
            "shooting",
        ),
        ("In 2014 Moscow denied reports of Russian troops crossing into Ukraine.", "crossing"),
        ("In 2022 Kyiv rejected allegations of shelling Donetsk.", "shelling"),
        ("Moscow dismissed reports of its jets bombing a hospital in Aleppo in 2016.", "bombing"),
    ],
)
def test_the_deed_of_a_denied_claim_is_no_fact(code: Code, sentence: str, deed: str) -> None:
    asserted = [e for e in code(sentence) if e.modality == "asserted" and deed in (e.trigger or "").split()]
    assert asserted == []


@pytest.mark.parametrize(
    ("sentence", "event", "cameo"),
    [
        # a claim to a territory or a right turned down is a rejection
        ("The tribunal rejected Israel's claim to the Taba strip in 1988.", "REJECT", "120"),
        ("Hungary rejected the Commission's proposal on migrant quotas in 2015.", "REJECT", "125"),
        # confirmed, what the report says is a fact
        (
            "In 2021 the Pentagon confirmed reports of Iranian drones striking the tanker Mercer Street.",
            "ASSAULT",
            None,
        ),
    ],
)
def test_a_rejection_or_a_confirmed_report_stays(
    code: Code, sentence: str, event: str, cameo: str | None
) -> None:
    events = [e for e in code(sentence) if e.modality == "asserted" and e.event == event]
    assert events, code(sentence)
    if cameo is not None:
        assert events[0].cameo == cameo


@pytest.mark.parametrize(
    ("sentence", "deed"),
    [
        (
            "In 2011 Damascus dismissed reports of security forces shooting demonstrators in Deraa.",
            "shooting",
        ),
        ("In 2014 Moscow denied reports of Russian troops crossing into Ukraine.", "crossing"),
        ("In 2022 Kyiv rejected allegations of shelling Donetsk.", "shelling"),
        ("Moscow dismissed reports of its jets bombing a hospital in Aleppo in 2016.", "bombing"),
        ("There were reports of Serbian shelling of Sarajevo in 1993.", "shelling"),
        ("Allegations of Ethiopian troops looting Axum circulated in 2021.", "looting"),
    ],
)
def test_what_a_claim_of_says_is_hypothetical(token_of: Finder, sentence: str, deed: str) -> None:
    assert classify_modality(token_of(sentence, deed)) == "hypothetical"


@pytest.mark.parametrize(
    ("sentence", "deed"),
    [
        (
            "In 2021 the Pentagon confirmed reports of Iranian drones striking the tanker Mercer Street.",
            "striking",
        ),
        ("The commission's report of 1993 blamed Serbian forces for the shelling of Sarajevo.", "shelling"),
    ],
)
def test_a_confirmed_or_owned_report_states_its_deed(token_of: Finder, sentence: str, deed: str) -> None:
    assert classify_modality(token_of(sentence, deed)) == "asserted"
