"""Talk-family readings, thirtieth session (talk20; issue 9).

Name-calling told as a party described, portrayed or denounced "as" a name of abuse, or as a name of abuse said of a
party in a reported clause ("said X was a war criminal"), is criticism (111); visits told by the stop ("paid a call
on", "stopped in", "made X the first stop of a trip") are visits (042); a vow to retaliate for something is a threat
(13x), and a retaliation told by its means is read at the means. Each checked through the real pipeline on sentences
written for these tests (true statements about real events), with look-alikes that keep their reading.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Hugo Chavez described George W. Bush as the devil.", "VEN", "USA"),
        ("North Korea's state news agency described Joe Biden as a fool of low IQ.", "PRK", "USA"),
        ("Joe Biden said Vladimir Putin was a war criminal.", "USA", "RUS"),
        ("Donald Trump said Kim Jong Un was a madman.", "USA", "PRK"),
    ],
)
def test_name_of_abuse_given_to_a_party(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "ACCUSE", "111", source, target)


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister described the visit as a success.",
        "The president said the man was a police officer.",
    ],
)
def test_description_without_abuse_is_no_criticism(code: Code, text: str) -> None:
    no_event(code, text, "ACCUSE")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Queen Elizabeth II paid a call on Pope Francis at the Vatican.", "GBR", "VAT"),
        ("The American secretary of state stopped in Islamabad on his way to Beijing.", "USA", "PAK"),
        (
            "Barack Obama made Ankara the first stop of his first visit to a Muslim-majority country as president.",
            "USA",
            "TUR",
        ),
    ],
)
def test_visit_told_by_the_stop(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "CONSULT", "042", source, target, absent=("REQUEST",))


@pytest.mark.parametrize(
    "text",
    [
        "The president stopped in front of the cameras.",
        "The convoy stopped in Kabul.",
    ],
)
def test_stopping_that_is_no_visit(code: Code, text: str) -> None:
    no_event(code, text, "CONSULT")


def test_vow_to_retaliate_for_a_deed_is_a_threat(code: Code) -> None:
    some_event(
        code,
        "Hezbollah vowed to retaliate for the killing of its commander by Israel.",
        "THREATEN",
        None,
        "LBN",
        None,
        absent=("AGREE",),
    )


def test_retaliation_told_by_its_means_is_read_at_the_means(code: Code) -> None:
    some_event(
        code,
        "Iran retaliated for the killing of Qassem Soleimani by firing missiles at American bases in Iraq.",
        "ASSAULT",
        None,
        "IRN",
        "USA",
        absent=("ACCUSE",),
    )
