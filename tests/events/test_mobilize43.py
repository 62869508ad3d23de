"""Mobilisation read from a verb's arguments, forty-third session (mobilize43, issue 9, the MOBILIZE category): a
general mobilisation or conscription done by any verb that does not undo it, an alert level raised or set (a police
or terrorism alert 151, a military one 152), forces, guards or reservists called up, out or back, or put or ordered
onto a state of service (police 153), forces ordered into a place of their own side, men ordered to register for a
draft. Alerts lowered, conscription abolished, orders to another party about its forces and a player called up to
a team stay no mobilisation. Sentences written for these tests, true statements about real events, coded through
the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "cameo", "source"),
    [
        # the deed as a noun under a verb of decreeing, or restored by any verb
        (
            "Tsar Nicholas II decreed the general mobilisation of the Russian army on 30 July 1914.",
            "154",
            "RUS",
        ),
        ("Germany reintroduced conscription in March 1935.", "154", "DEU"),
        # an alert level raised to a level, or a city put on one
        ("Britain raised its international terrorism threat level to severe in August 2014.", "151", "GBR"),
        ("France placed Paris on its highest level of terror alert in January 2015.", "151", "FRA"),
        ("The Pentagon raised the alert level of American forces to DefCon 2 in October 1962.", "152", "USA"),
        # guards and reservists called out or up by a verb of calling
        ("Governor Orval Faubus called out the Arkansas National Guard in September 1957.", "154", "USA"),
        ("Finland called up its reservists in October 1939.", "154", "FIN"),
        # forces and police put or ordered onto a state of service
        ("President Johnson ordered 14,000 reservists to active duty in January 1968.", "154", "USA"),
        ("The French government put 89,000 police on the streets in December 2018.", "153", "FRA"),
        # forces ordered into a place of the orderer's own country
        ("President Johnson ordered federal troops into Detroit in July 1967.", "154", "USA"),
        # forces ordered somewhere by a participle of the order's object
        ("President Kennedy ordered companies of marines flown to Guantanamo in October 1962.", "154", "USA"),
        # men ordered to register for a draft
        (
            "President Roosevelt ordered all men aged 21 to 35 to register for the draft in October 1940.",
            "154",
            "USA",
        ),
    ],
)
def test_mobilisation_is_read_from_the_verbs_arguments(
    code: Code, text: str, cameo: str, source: str
) -> None:
    some_event(code, text, "MOBILIZE", cameo, source, None)


@pytest.mark.parametrize(
    "text",
    [
        # an alert lowered, conscription abolished: nothing raised or called
        "Britain lowered its terrorism threat level to substantial in November 2019.",
        "Sweden abolished conscription in July 2010.",
        # an order to another party about its forces: a demand
        "The Security Council ordered Iraq to withdraw its troops from Kuwait in August 1990.",
    ],
)
def test_undone_alerts_and_orders_to_others_are_no_mobilisation(code: Code, text: str) -> None:
    no_event(code, text, "MOBILIZE")


def test_a_player_called_up_to_a_team_is_no_event(code: Code) -> None:
    no_event(code, "England manager Fabio Capello called up Theo Walcott in August 2008.", "MOBILIZE")


def test_two_states_mobilising_their_own_forces_are_no_cooperation(code: Code) -> None:
    some_event(
        code,
        "Greece and Serbia ordered the general mobilisation of their armies in September 1912.",
        "MOBILIZE",
        "154",
        "GRC SRB",
        None,
        absent=("COOPERATE",),
    )
