"""prec18 (twenty-eighth session, issue 9): extra events beside a wire sentence's news. Sentences written for these
tests, true statements about real events of odd years or with no year (the one marked 'probe' is a record of
benchmarks/probes/prec18-2.json, written by the same engineer and committed before any coder run)."""

from __future__ import annotations

import pytest

from .helpers import Code

# ---- a deed a deal, a vote or a purpose ends, halts, pauses or prevents is no deed of the news -----------------------


@pytest.mark.parametrize(
    ("text", "news"),
    [
        # the deed noun, through the span on it, is the object of the ending verb (a relative clause on the accord)
        (
            "Armenia and Azerbaijan signed a ceasefire in Bishkek that Russian mediators had drafted to end six years"
            " of fighting between Armenian forces and Azerbaijan's army.",
            None,
        ),
        # ... and, under a frame, no deed the frame intends
        (
            "The leaders of Russia, Ukraine, Germany and France agreed on a ceasefire in eastern Ukraine in Minsk on"
            " Thursday to end ten months of fighting between Kyiv's forces and pro-Russian separatists.",  # probe
            "AGREE",
        ),
    ],
)
def test_a_deed_that_is_ended_or_halted_is_no_event(code: Code, text: str, news: str | None) -> None:
    kinds = [e.event for e in code(text)]
    assert "ASSAULT" not in kinds and "THREATEN" not in kinds and "FIGHT" not in kinds
    if news is not None:
        assert kinds == [news]


@pytest.mark.parametrize(
    ("text", "news"),
    [
        # the deed itself, not ended, stays
        (
            "Turkey launched an offensive against Kurdish fighters in northern Syria in October 2019.",
            "ASSAULT",
        ),
        # a deed with its doer named on it, halted by a deal, is countered, asserted and kept (countered_deed)
        (
            "Russia and Turkey struck a deal in Sochi in October 2019 to stop the Turkish offensive against Kurdish"
            " fighters in Syria.",
            "AGREE",
        ),
        # a party's own offensive halted, said for the future, stays a promise to de-escalate (talk17)
        ("Turkey said in October 2019 that it would halt its offensive in northern Syria.", "AGREE"),
    ],
)
def test_a_deed_not_ended_is_read_as_before(code: Code, text: str, news: str) -> None:
    assert news in [e.event for e in code(text)]


# ---- police searches: a police unit's raid, the way in forced and what the search takes are the search ---------------


@pytest.mark.parametrize(
    "text",
    [
        # a unit named by its compound noun ("police units") is police: its raid of a home is a search
        "Punjab police units raided Imran Khan's home in Lahore in March 2023.",
        # the way in forced serves the search
        "Police forced their way into Imran Khan's home in Lahore in March 2023 and searched it while he was at a court"
        " in Islamabad.",
        # what the search takes serves it
        "Hundreds of Hong Kong police officers raided the newsroom of Apple Daily in June 2021 and seized reporters'"
        " computers.",
        "FBI agents searched the home of Paul Manafort in Virginia in July 2017 and seized documents.",
    ],
)
def test_a_police_search_with_its_way_in_and_its_seizures_is_one_search(code: Code, text: str) -> None:
    assert [(e.event, e.cameo[:2]) for e in code(text)] == [("ACCUSE", "09")]  # (09x: the 2016 name)


def test_soldiers_who_storm_a_camp_and_search_it_keep_their_deed_of_force(code: Code) -> None:
    text = "Israeli troops stormed the Jenin refugee camp in July 2023 and searched houses for militants."
    assert "ASSAULT" in [e.event for e in code(text)]


# ---- ships or aircraft sent carrying relief bring aid, no show of force ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Italy sent a navy ship with tents and medical supplies to Libya in September 2023 after floods swept away"
        " much of Derna.",
        "Turkey sent two navy ships carrying field hospitals to Libya in September 2023.",
    ],
)
def test_craft_sent_with_relief_bring_aid(code: Code, text: str) -> None:
    assert [e.event for e in code(text)] == ["AID"]


@pytest.mark.parametrize(
    "text",
    [
        "The United States sent warships to the Gulf in 2019.",
        "Russia sent warships carrying troops to Syria in 2015.",
    ],
)
def test_craft_sent_with_no_relief_stay_a_show_of_force(code: Code, text: str) -> None:
    assert [e.event for e in code(text)] == ["MOBILIZE"]
