"""prec17 (twenty-seventh session, issue 9): a deed that tells the background of a wire sentence's news is background
even when its own clause dates it (a year, a month, a full date: "..., weeks after X did Y in March 2015", "Z, which X
seized in 2013", "..., accusing X of doing Y in October 2014"). The news sets code one event per sentence, the news; the
dated background deed was kept before as a past event of its own and cost precision on every one-event set. The
setting `background_deeds` still keeps it, with its own date. Sentences written for these tests, true statements
about real events of odd years."""

from __future__ import annotations

import pytest

from .helpers import Code

_CASES = [
    # a clause of time opened by "after", dated in its own clause
    (
        "Egypt expelled Turkey's ambassador on Saturday, months after Tayyip Erdogan condemned the army's removal of"
        " Mohamed Morsi in July 2013.",
        "SANCTION",
    ),
    (
        "Russia banned charter flights to Turkey on Saturday, four days after a Turkish jet shot down a Russian"
        " bomber near the Syrian border on 24 November 2015.",
        "SANCTION",
    ),
    (
        "Turkey shot down a Syrian helicopter near the border on Monday, fifteen months after Syrian forces downed a"
        " Turkish jet in June 2012.",
        "ASSAULT",
    ),
    # a relative clause dated in its own clause
    (
        "Kenyan troops crossed into Somalia on Sunday to pursue al-Shabaab fighters, whom Nairobi blamed for"
        " kidnapping two Spanish aid workers from a refugee camp in October 2011.",
        "ASSAULT",
    ),
]


@pytest.mark.parametrize(("text", "news"), _CASES)
def test_a_background_deed_dated_in_its_own_clause_is_no_event(code: Code, text: str, news: str) -> None:
    events = code(text)
    assert [e.event for e in events] == [news]  # the news kept, alone


def test_the_setting_that_keeps_the_background_keeps_the_dated_deed(code_background: Code) -> None:
    text = (
        "Russia banned charter flights to Turkey on Saturday, four days after a Turkish jet shot down a Russian"
        " bomber near the Syrian border on 24 November 2015."
    )
    assert {e.event for e in code_background(text)} == {"SANCTION", "ASSAULT"}


# ---- a clause of time measured from the news, or of cause, on a modal verb is background, not a condition -----------


@pytest.mark.parametrize(
    "text",
    [
        # measured by a span ("two days after"): a deed done, not a condition of the threat
        "North Korea warned Washington on Monday that it would pay dearly for the new sanctions, two days after the"
        " U.N. Security Council voted unanimously to impose them.",
        # a clause of cause or concession ("as") never sets a condition
        "Hassan Nasrallah warned on Friday that Hezbollah would keep all options open on the Lebanese front, as"
        " Israeli jets and artillery struck villages in southern Lebanon.",
        # (one event on the code before too: the clause hangs on the statement, not on the modal verb)
        "Vladimir Putin warned Turkey on Thursday that it would regret its deed more than once, nine days after"
        " Turkish jets shot down a Russian bomber near the Syrian border.",
    ],
)
def test_a_measured_or_causal_clause_on_a_threat_is_background(code: Code, text: str) -> None:
    assert [e.event for e in code(text)] == ["THREATEN"]


# ---- an order to leave coordinated with an expulsion carries out the expulsion ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Niger's military rulers expelled the French ambassador on Friday and ordered him to leave the country within"
        " 48 hours.",
        "Chad expelled Germany's ambassador on Friday and ordered him to leave within 48 hours.",
        "Russia expelled ten American diplomats on Friday and ordered them to leave the country.",
    ],
)
def test_an_order_to_leave_beside_an_expulsion_is_the_expulsion(code: Code, text: str) -> None:
    assert [e.event for e in code(text)] == ["SANCTION"]


# ---- a way in forced, coordinated with the deed it serves, is that deed --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Egyptian police raided a Cairo hotel suite used by Al Jazeera English on Sunday and arrested two of its"
        " journalists.",
        "Hong Kong police raided the offices of the Apple Daily newspaper on Thursday and arrested five of its"
        " executives.",
        "Spanish police raided offices of Catalonia's regional government on Wednesday and detained 14 officials.",
    ],
)
def test_a_raid_beside_the_arrest_it_serves_is_the_arrest(code: Code, text: str) -> None:
    assert [e.event for e in code(text)] == ["COERCE"]


def test_a_storming_beside_a_rescue_stays_the_deed(code: Code) -> None:
    text = (
        "Malian special forces stormed the Radisson Blu hotel in Bamako on Friday and freed dozens of hostages held"
        " by gunmen."
    )
    assert "ASSAULT" in {e.event for e in code(text)}


# ---- the journey of one freed or one who quit is no visit ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        (
            "Russia freed the Ukrainian film director Oleg Sentsov on Saturday and flew him to Kyiv in a prisoner swap.",
            "RETREAT",
        ),
        (
            "Iran freed the American student Xiyue Wang on Saturday, and he flew to Switzerland in a prisoner swap.",
            "RETREAT",
        ),
        (
            "Hosni Mubarak resigned as Egypt's president on Friday and flew to the Red Sea resort of Sharm el-Sheikh.",
            "CONCEDE",
        ),
    ],
)
def test_a_flight_joined_to_a_release_or_a_resignation_is_no_visit(code: Code, text: str, deed: str) -> None:
    assert [e.event for e in code(text)] == [deed]


# ---- the holding of the one freed, told in a participle the parser makes a conjunct, is background -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hamas freed the Israeli soldier Gilad Shalit, held captive in Gaza for more than five years, on Tuesday in"
        " exchange for over 1,000 Palestinian prisoners.",
        # (a guard: one event on the code before too)
        "Iran freed the British-flagged tanker Stena Impero, held in the port of Bandar Abbas for two months, on Friday.",
    ],
)
def test_the_holding_of_the_one_freed_is_background(code: Code, text: str) -> None:
    assert [e.event for e in code(text)] == ["RETREAT"]


# ---- an absolute clause ("with X accusing ...") tells a circumstance of the news -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela broke off diplomatic relations with Colombia on Saturday, with Nicolas Maduro accusing Bogota of"
        " lending its territory for an attack on Venezuela.",
        # (a guard: one event on the code before too)
        "Burundi left the International Criminal Court on Friday, the first country to do so, with its government"
        " accusing the court of targeting Africans.",
    ],
)
def test_a_deed_in_an_absolute_clause_is_background(code: Code, text: str) -> None:
    assert [e.event for e in code(text)] == ["SANCTION"]
