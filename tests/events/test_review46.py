"""Look-alikes narrowed by the forty-sixth session's review (review46, issue 9): a truce brought to an end, forces that
stood by while another party acted, doors opened to an exile, a sanction given in the sense of approval. Sentences
written for these tests, true statements about real events, coded through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    "text",
    [
        # an end declared or announced to a truce is no truce declared (0871)
        "In 2001 the Tamil Tigers declared an end to their ceasefire with Colombo.",
        "In 1996 the IRA announced the end of its ceasefire.",
    ],
)
def test_a_truce_brought_to_an_end_is_none(code: Code, text: str) -> None:
    no_event(code, text, "RETREAT")


def test_a_truce_declared_stays(code: Code) -> None:
    some_event(
        code, "In 2000 the Tamil Tigers declared a unilateral ceasefire.", "RETREAT", "0871", "LKA", None
    )


@pytest.mark.parametrize(
    "text",
    [
        # forces that stood by while another party acted looked on: no alert, no support
        "In 1944 the Red Army stood by while German troops crushed the Warsaw uprising.",
        "In 1995 Dutch peacekeepers stood by as Bosnian Serb forces took Srebrenica.",
        "In 1994 Belgian troops stood by while Hutu militias killed Tutsi civilians.",
    ],
)
def test_standing_by_while_others_act_is_looking_on(code: Code, text: str) -> None:
    no_event(code, text, "MOBILIZE")
    no_event(code, text, "SUPPORT")


def test_standing_by_as_a_crisis_grows_is_an_alert(code: Code) -> None:
    some_event(
        code,
        "In 1974 British paratroopers stood by in Cyprus as the crisis grew.",
        "MOBILIZE",
        "152",
        "GBR",
        None,
    )


def test_standing_by_an_ally_is_support(code: Code) -> None:
    some_event(
        code,
        "In 1991 Britain stood by the United States as it attacked Iraq.",
        "SUPPORT",
        "052",
        "GBR",
        "USA",
    )


def test_doors_opened_to_an_exile_give_refuge(code: Code) -> None:
    some_event(
        code, "In 1979 France opened its doors to the exiled Ayatollah Khomeini.", "AID", "075", "FRA", None
    )


def test_a_sanction_given_to_force_is_its_approval(code: Code) -> None:
    # sanction in the sense of approval, read as "gave its approval to the use of force" is (talk46's approved
    # force: a threat), never a penalty
    some_event(
        code,
        "In 1991 the Security Council gave its sanction to the use of force against Iraq.",
        "THREATEN",
        None,
        "IGO-UNSC",
        "IRQ",
        absent=("SANCTION",),
    )


@pytest.mark.parametrize(
    "text",
    [
        # an uncrewed craft of another state launched or sent into orbit is cargo: no crewed flight of two states
        "In 2017 India launched a French satellite into orbit aboard its own rocket.",
        "In 1986 the United States sent an Indonesian satellite into orbit aboard the shuttle.",
    ],
)
def test_a_satellite_launched_for_another_state_is_no_joint_flight(code: Code, text: str) -> None:
    no_event(code, text, "COOPERATE")


@pytest.mark.parametrize(
    "text",
    [
        # people who crowd onto or aboard a craft board it: no rally
        "In 1975 South Vietnamese crowded onto the last helicopters leaving Saigon.",
        "In 1992 thousands of Albanians crowded onto ships bound for Italy.",
    ],
)
def test_crowding_aboard_a_craft_is_no_protest(code: Code, text: str) -> None:
    no_event(code, text, "PROTEST")


def test_crowding_into_a_square_stays_a_rally(code: Code) -> None:
    some_event(code, "In 1989 students crowded into Tiananmen Square.", "PROTEST", "141", "CHN", None)


@pytest.mark.parametrize(
    "text",
    [
        # a deed of force said not to be ("there would be no invasion") is forsworn, as "would not invade" is: never a
        # threat of it
        "In 1962 Kennedy promised that there would be no invasion of Cuba.",
        "In 1962 Kennedy decided that there would be no invasion of Cuba.",
    ],
)
def test_no_deed_of_force_to_be_is_forsworn(code: Code, text: str) -> None:
    some_event(code, text, "AGREE", "0356", None, None, absent=("THREATEN", "ASSAULT"))
