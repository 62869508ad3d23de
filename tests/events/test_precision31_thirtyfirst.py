"""Overreads that bend the system model, thirty-first session (issues 9 and 10, precision31): system20's categories of
coder miscodings seen on the demo's database, fixed as categories and met first on a probe batch written before the
coder ran on it (benchmarks/probes/precision31-1.json).

G: a host's guests who meet each other meet without the host (the hosting, 043, already ties the host to each guest);
I: what an accord provides for, bans, limits or says is to be done is no deed, nor is the accord named as the subject
of its terms; J: an accord said to hold, last or collapse is no agreeing; H: a place inside the agent of a passive is
no doer, a deed named as a passive's means has no doer but one named on it, and a speaker's second deed joined by the
parser to the passive it reported is the speaker's.
Sentences written for these tests (true statements about real events of odd years or of no year), through the real
pipeline; each case fails on main before this change (checked on main 413500f), and the look-alikes keep what they had.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, parties, some_event

# ---- G: a host's guests meet each other, without the host -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "host", "guests"),
    [
        (
            "Joe Biden hosted Fumio Kishida and Yoon Suk Yeol at Camp David in August 2023, the first summit of the "
            "three leaders on their own.",
            "USA",
            {"JPN", "KOR"},
        ),
        (
            "Emmanuel Macron hosted Vladimir Putin and Volodymyr Zelensky in Paris in December 2019, their first "
            "meeting.",
            "FRA",
            {"RUS", "UKR"},
        ),
        (
            "Barack Obama hosted Benjamin Netanyahu and Mahmoud Abbas in New York in September 2009 for talks.",
            "USA",
            {"ISR", "PSE"},
        ),
    ],
)
def test_precision31_a_host_is_no_party_of_its_guests_meeting(
    code: Code, text: str, host: str, guests: set[str]
) -> None:
    events = code(text)
    hosted = [e for e in events if e.cameo == "043"]
    assert hosted and parties(hosted[0]) == ({host}, guests), events
    met = [e for e in events if e.event == "CONSULT" and e.cameo != "043"]
    # the guests' meeting, if any, is theirs alone: no pair of host and guest is counted twice
    assert all(host not in parties(e)[0] | parties(e)[1] for e in met), events


# ---- I: an accord's terms are no deed ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Minsk agreement of 2015 provides for all foreign armed formations to be withdrawn from Ukraine.",
        "The Dayton accords provided for an international force to be deployed in Bosnia.",
        "The Iran nuclear deal of 2015 limits Tehran to enriching uranium to 3.67 percent.",
        "The Intermediate-Range Nuclear Forces Treaty of 1987 banned Moscow and Washington from deploying "
        "ground-launched cruise missiles.",
        "Under the Camp David accords of 1979, Israel was to withdraw its troops from the Sinai.",
        "The 1921 treaty allowed Soviet troops to enter Persia if a third country threatened it.",
        # a named accord whose plural keeps its "s" as a lemma
        "The Oslo Accords provided for Israeli troops to withdraw from Gaza and Jericho.",
    ],
)
def test_precision31_an_accords_terms_are_no_deed(code: Code, text: str) -> None:
    no_event(code, text)


def test_precision31_provides_for_names_a_provision_whatever_its_subject(code: Code) -> None:
    no_event(
        code,
        "It provides for the withdrawal of Russian heavy weapons from the front line in eastern Ukraine.",
    )


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        # a deed of its own beside the provision stays
        (
            "The treaty limits both sides to 1,550 warheads, and Russia deployed new missiles in 2019.",
            "MOBILIZE",
            "RUS",
            None,
        ),
        # a deed done as an accord required is a deed
        (
            "The last Soviet troops left Afghanistan in February 1989, as the Geneva accords required.",
            "RETREAT",
            "RUS",
            "AFG",
        ),
        # a provision verb with a party as its subject is that party's deed
        ("Ukraine banned Russian airlines from its airspace in 2015.", "SANCTION", "UKR", None),
    ],
)
def test_precision31_deeds_beside_or_under_an_accord_stay(
    code: Code, text: str, plover: str, source: str, target: str | None
) -> None:
    some_event(code, text, plover, None, source, target)


# ---- J: an accord said to hold or fail is no agreeing ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Washington said the agreement would hold only if both sides kept their heavy guns silent.",
        "German officials said the agreement could last only if Moscow pulled its troops back.",
        "Polish diplomats said the agreement would collapse without American guarantees.",
        "Japanese officials said the treaty would survive only if Washington kept its troops in Okinawa.",
        "Israeli officials said the agreement with Egypt had held for forty years.",
    ],
)
def test_precision31_an_accord_said_to_hold_is_no_agreeing(code: Code, text: str) -> None:
    no_event(code, text, "AGREE", "SUPPORT")


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # precision31 parties agreeing still agree
        (
            "Saudi Arabia and Iran agreed in Beijing in March 2023 to restore diplomatic relations.",
            "AGREE",
            None,
            None,
            None,
        ),
        # precision31 a body placed in a country keeps its deed
        # ("by a court in Minsk": a body in a country is that country's; only places over, near, along ... are left out)
        (
            "Maria Kolesnikova was jailed for eleven years by a court in Minsk in September 2021.",
            "COERCE",
            None,
            "BLR",
            None,
        ),
        # precision31 a party that signals its readiness offers
        (
            "Iran signalled in 2021 that it was ready to resume talks with the United States.",
            "AGREE",
            None,
            "IRN",
            "USA",
        ),
        # precision31 the course taken stays
        ("Egypt chose to mediate between Israel and Hamas in May 2021.", "CONSULT", "045", "EGY", None),
        # precision31 a leader who goes to a capital still visits
        ("Erdogan went to Moscow in March 2021 for talks with Putin.", "CONSULT", None, "TUR", "RUS"),
    ],
)
def test_precision31_readings(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


# ---- H: who did a reported passive deed ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch government said the airliner had been hit by a missile over eastern Ukraine.",
        "Kazakhstan said the plane had been damaged by shrapnel over Russia before it crashed near Aktau.",
    ],
)
def test_precision31_a_place_in_a_passives_agent_is_no_doer(code: Code, text: str) -> None:
    events = code(text)
    assert not [e for e in events if parties(e)[0] & {"UKR", "RUS"}], events


def test_precision31_a_deed_named_as_a_passives_means_is_not_the_speakers(code: Code) -> None:
    events = code("Ukraine said its grain silos had been damaged by shelling near the border with Russia.")
    assert not [e for e in events if "UKR" in parties(e)[0]], events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The Czech government said two ammunition depots had been blown up in 2014 by Russian agents, and "
            "expelled 18 Russian diplomats in April 2021.",
            "CZE",
            "RUS",
        ),
        (
            "Britain said its embassy in Tehran had been stormed by a mob, and expelled Iranian diplomats in 2011.",
            "GBR",
            "IRN",
        ),
    ],
)
def test_precision31_a_speakers_deed_after_a_reported_passive_is_the_speakers(
    code: Code, text: str, source: str, target: str
) -> None:
    some_event(code, text, "SANCTION", None, source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kharkiv was hit by Russian missiles over the weekend.", "RUS", "UKR"),
        ("Ukraine said its grain silos had been damaged by Russian shelling.", "RUS", "UKR"),
    ],
)
def test_precision31_a_named_agent_keeps_its_deed(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "ASSAULT", None, source, target)


# ---- C (system19): the state of a relation is no side's deed of reducing ties -------------------------------------


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Ties between India and Canada soured in 2023.", {"IND", "CAN"}),
        ("Relations between Serbia and Kosovo were strained throughout 2023.", {"SRB", "XKX"}),
        ("Relations between Greece and Turkey were strained by the migrant crisis in 2015.", {"GRC", "TUR"}),
        # a party's thing as the agent is no party doing it
        (
            "Ties between Ukraine and Hungary were strained in 2017 by a Ukrainian education law.",
            {"UKR", "HUN"},
        ),
    ],
)
def test_precision31_a_strained_relation_is_no_cut(code: Code, text: str, sides: set[str]) -> None:
    events = code(text)
    assert not [e for e in events if e.event == "SANCTION" and (parties(e)[0] | parties(e)[1]) & sides], (
        events
    )


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        ("Russia downgraded its relations with Estonia in 2023.", "SANCTION", "RUS", "EST"),
        ("Algeria cut diplomatic ties with Morocco in August 2021.", "SANCTION", "DZA", "MAR"),
    ],
)
def test_precision31_a_party_that_cuts_ties_does_a_deed(
    code: Code, text: str, plover: str, source: str, target: str
) -> None:
    some_event(code, text, plover, None, source, target)


# ---- J: an observer's reading of a thing is no party's offer -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Paris summit of December 2019 showed that Moscow was ready to swap prisoners with Kyiv.",
        "The meeting in Singapore in 2015 suggested that Beijing was willing to talk to Taipei's leaders.",
    ],
)
def test_precision31_a_thing_that_shows_a_partys_readiness_is_no_offer(code: Code, text: str) -> None:
    no_event(code, text, "AGREE")


# ---- the course not taken is no deed --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Finland chose to make peace rather than fight on against the Soviet Union in March 1940.",
            "ASSAULT",
        ),
        ("For decades Finland preferred staying out of alliances to joining NATO.", "SUPPORT"),
    ],
)
def test_precision31_the_course_not_taken_is_no_deed(code: Code, text: str, absent: str) -> None:
    no_event(code, text, absent)


# ---- a thing kept going is no journey or meeting --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Despite the fighting in Donbas, Russia and Ukraine kept the ammonia pipeline going through 2015.",
        "Iran and Azerbaijan have kept their transport projects going despite the tensions.",
    ],
)
def test_precision31_a_thing_kept_going_is_no_meeting(code: Code, text: str) -> None:
    no_event(code, text, "CONSULT", "CONCEDE")
