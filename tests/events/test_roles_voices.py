"""Who speaks and who is spoken to (issue 9, tenth session): "we" after a partner the speaker met, a partner
named before "and I" that the parser leaves out of the clause, the one told that another party must act, the
makers named on a passive's subject ("built by A and B"), and a shared meeting that is cancelled. Sentences
written for these tests (true events), through the real pipeline; each rule's cases fail on the main before
it."""

from __future__ import annotations

import pytest

from .helpers import Code, first, no_event, parties, parties_of_type


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Joe Biden: I met President Xi in Woodside, and we agreed to restore military-to-military communication.",
            {"USA", "CHN"},
        ),
        (
            "Narendra Modi: President Biden and I met in Washington, and we agreed to deepen our defence cooperation.",
            {"IND", "USA"},
        ),
        (
            "Fumio Kishida: President Yoon and I met in Tokyo, and we agreed to resume shuttle diplomacy.",
            {"JPN", "KOR"},
        ),
        (
            "Fumio Kishida: I met President Yoon in Tokyo in March 2023. We agreed to resume shuttle diplomacy.",
            {"JPN", "KOR"},
        ),
    ],
)
def test_roles_we_after_a_partner_met_is_the_speaker_and_the_partner(
    code: Code, text: str, pair: set[str]
) -> None:
    # (the city they met in is no party)
    assert parties_of_type(code(text), "AGREE") == (pair, set())


def test_roles_we_with_no_partner_named_stays_unaddressed(code: Code) -> None:
    assert not [e for e in code("Joe Biden: We agreed to impose sanctions.") if e.event == "AGREE"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Emmanuel Macron: President Putin and I spoke for two hours on the phone on Sunday.",
            {"FRA", "RUS"},
        ),
        ("Olaf Scholz: President Putin and I spoke for an hour on the phone on Friday.", {"DEU", "RUS"}),
        (
            "Narendra Modi: President Biden and I met in Washington, and we agreed to deepen our defence cooperation.",
            {"IND", "USA"},
        ),
    ],
)
def test_roles_partner_before_and_i_in_a_speaker_line_is_a_subject(
    code: Code, text: str, pair: set[str]
) -> None:
    assert parties_of_type(code(text), "CONSULT") == (pair, set())


@pytest.mark.parametrize(
    ("text", "doer", "told"),
    [
        (
            "Sergei Lavrov: We told our American colleagues that NATO must stop expanding eastward.",
            "RUS",
            "USA",
        ),
        (
            "Olaf Scholz told his Russian counterpart that Russia must withdraw its troops from Ukraine.",
            "DEU",
            "RUS",
        ),
        (
            "The Turkish foreign minister told Swedish officials that Stockholm must stop supporting Kurdish militants.",
            "TUR",
            "SWE",
        ),
    ],
)
def test_roles_one_told_that_another_must_act_is_the_target(
    code: Code, text: str, doer: str, told: str
) -> None:
    assert parties_of_type(code(text), "REQUEST") == ({doer}, {told})


def test_roles_said_that_another_must_act_targets_that_party(code: Code) -> None:
    assert parties_of_type(
        code("Russia said that Ukraine must withdraw from the four regions."), "REQUEST"
    ) == (
        {"RUS"},
        {"UKR"},
    )


@pytest.mark.parametrize(
    ("text", "makers"),
    [
        ("The TurkStream pipeline, built by Russia and Turkey, was opened in January 2020.", {"RUS", "TUR"}),
        ("The Blue Stream pipeline, built by Russia and Turkey, was inaugurated in 2005.", {"RUS", "TUR"}),
    ],
)
def test_roles_makers_named_on_a_passive_subject_are_the_sources(
    code: Code, text: str, makers: set[str]
) -> None:
    assert parties(first(code(text))) == (makers, set())


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The meeting between Blinken and Lavrov in Geneva was cancelled in February 2022.", {"USA", "RUS"}),
        ("A summit between Obama and Putin was cancelled in August 2013.", {"USA", "RUS"}),
    ],
)
def test_roles_cancelled_meeting_between_two_does_not_make_them_the_cancellers(
    code: Code, text: str, pair: set[str]
) -> None:
    assert parties(first(code(text))) == (set(), pair)


@pytest.mark.parametrize(
    ("text", "owner", "helped"),
    [
        ("NATO's air campaign helped Libyan rebels topple Gaddafi in 2011.", "IGO-NATO", "LBY"),
        ("American air strikes helped Iraqi forces retake Mosul in 2017.", "USA", "IRQ"),
        ("Russia's air campaign helped the Syrian army retake Palmyra in 2016.", "RUS", "SYR"),
    ],
)
def test_roles_deed_of_force_that_helped_is_its_owners_aid(
    code: Code, text: str, owner: str, helped: str
) -> None:
    assert parties_of_type(code(text), "AID") == ({owner}, {helped})


def test_roles_deed_of_force_that_allowed_gives_no_permission(code: Code) -> None:
    no_event(code, "Russia's air campaign allowed Syrian forces to retake Palmyra in 2016.", "AID", "CONCEDE")
