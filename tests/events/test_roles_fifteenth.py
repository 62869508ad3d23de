"""Who is source and target, fifteenth session (issue 9; roles5): a deed a country's actors do at home that names
no target and no foreign party is aimed at the doer's own country (roles.json `home_target_types`). Sentences
written for these tests (true events, the project's own words), through the real pipeline; the look-alikes keep
what they had."""

from __future__ import annotations

import pytest

from .helpers import Code, parties_of_type

# ---- a deed done at home, no target named: the doer's own country (roles.json `home_target_types`) -----------


@pytest.mark.parametrize(
    ("text", "kind", "doer"),
    [
        (
            "Turkey's Constitutional Court banned the pro-Kurdish Democratic Society Party in December 2009.",
            "COERCE",
            "TUR",
        ),
        (
            "Venezuelan police arrested hundreds of anti-government demonstrators in Caracas in January 2019.",
            "COERCE",
            "VEN",
        ),
        (
            "Sudanese Prime Minister Abdalla Hamdok blamed supporters of the former regime for a failed coup attempt "
            "in September 2021.",
            "ACCUSE",
            "SDN",
        ),
    ],
)
def test_roles_deed_at_home_with_no_target_is_aimed_at_the_doers_country(
    code: Code, text: str, kind: str, doer: str
) -> None:
    assert parties_of_type(code(text), kind) == ({doer}, {doer})


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Lebanese Prime Minister Saad Hariri resigned in October 2019 after two weeks of street protests.",
            "LBN",
        ),
        (
            "Egyptian President Hosni Mubarak stepped down in February 2011 after eighteen days of protests.",
            "EGY",
        ),
    ],
)
def test_roles_resignation_after_protests_named_as_an_event_has_no_target(
    code: Code, text: str, doer: str
) -> None:
    # (changed in the twenty-first session, roles11: docs/annotation-conventions.md rule 7 settles that a
    # resignation is aimed at the challenger the sentence names as an actor; "protests" names an event, no one)
    assert parties_of_type(code(text), "CONCEDE") == ({doer}, set())


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # (a foreign place in the sentence may be where the deed reaches: no target is guessed)
        pytest.param(
            "Bolivian President Evo Morales resigned in November 2019 and flew into exile in Mexico.",
            "CONCEDE",
            id="when_another_country_is_named",
        ),
        # (a pledge or a demand with no one named is made to no one: AGREE and REQUEST are not in the list)
        pytest.param(
            "Brazilian President Jair Bolsonaro promised in January 2019 to cut taxes on business.",
            "AGREE",
            id="for_a_type_done_to_others",
        ),
    ],
)
def test_roles_deed_at_home_look_alikes_have_no_target(code: Code, text: str, plover: str) -> None:
    _, targets = parties_of_type(code(text), plover)
    assert targets == set()
