"""Review of the thirty-third session's change (issue 9, review33): look-alikes of the new older wire wordings that
must keep their plain readings, "industrial action" taken as a strike, and guards for lines of the session's code
that no test failed without. Sentences written for these tests (true statements, odd years or no year), through
the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, parties, some_event


@pytest.mark.parametrize(
    "text",
    [
        "British teachers joined industrial action over pay in 2023.",
        "Junior doctors in England joined strike action in March 2023.",
        "Several states joined the legal action against the federal government.",
    ],
)
def test_action_joined_is_no_battle(code: Code, text: str) -> None:
    # (ASSAULT 190 on main a91c29ef: older33's "join dobj=battle|combat|action")
    no_event(code, text, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # capital invested by an army is no siege
        # (COERCE 191 on main a91c29ef: older33's "invest dobj=...|capital subj=&military")
        (
            "Pakistan's army invested capital in cement and fertiliser plants through the Fauji Foundation.",
            "COERCE",
        ),
        # an exercise named in an accident is no mobilisation
        # guards triggers.py's check on the noun of an accident's adjunct (deeds23): without it "exercise" reads 150
        (
            "The Japanese submarine Soryu struck a Hong Kong-registered bulk carrier while surfacing during a Japanese "
            "naval exercise off Shikoku in February 2021.",
            "MOBILIZE",
        ),
        # a charge thrown out is no expulsion
        # (SANCTION 166 on main ffc791dc: lexicon33's "kick|throw ... out obj=...|charge", the unaccented chargé)
        ("A Russian judge threw out the charge against the journalist.", "SANCTION"),
    ],
)
def test_review33_thirtythird_no_event_of_the_kind(code: Code, text: str, kind: str) -> None:
    no_event(code, text, kind)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Rail workers across Britain took industrial action in June 2023.", "GBR"),
        ("Industrial action by Finnish dockworkers halted exports.", "FIN"),
    ],
)
def test_industrial_action_taken_is_a_strike(code: Code, text: str, source: str) -> None:
    # (no event on main a91c29ef)
    some_event(code, text, "PROTEST", "143", source, None)


def test_a_guest_welcomed_home_does_not_visit_his_own_state(code: Code) -> None:
    # guards the own-side filter of tails.passive_host_place (roles33): without it West Germany visits itself
    events = code(
        "Chancellor Konrad Adenauer was welcomed in Bonn on his return from Moscow in September 1955."
    )
    assert not [e for e in events if "DEU" in parties(e)[0] and "DEU" in parties(e)[1]], events
