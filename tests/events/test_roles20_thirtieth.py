"""Sources and targets in places the coder did not look, thirtieth session (issue 9, roles20). Sentences written
for these tests (true events, the project's own words), through the real pipeline; each case fails on the main
before its change."""

from __future__ import annotations

import pytest

from .helpers import Code, parties_of_code, parties_of_type


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # older wire nouns of one political killer (data roles.json `lone_doer_nouns`)
        (
            "President William McKinley was shot at the Pan-American Exposition in Buffalo in September 1901 by an "
            "anarchist.",
            "USA",
        ),
        ("King Umberto I of Italy was shot dead at Monza by an anarchist.", "ITA"),
        (
            "Spain's Prime Minister Eduardo Dato was shot dead in his car in Madrid in March 1921 by anarchists.",
            "ESP",
        ),
        # the passive's "by" phrase hung by the parser on the last noun of a place phrase (parties.py `_late_agent`)
        (
            "India's Prime Minister Indira Gandhi was shot dead in the garden of her residence by two Sikh bodyguards.",
            "IND",
        ),
    ],
)
def test_an_unnamed_killer_of_a_leader_named_late_in_a_passive_is_of_the_leaders_country(
    code: Code, text: str, country: str
) -> None:
    sources, targets = parties_of_type(code(text), "ASSAULT")
    assert sources == {country}
    assert country in targets


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Peruvian troops stormed the residence of the Japanese ambassador in Lima, where Tupac Amaru guerrillas "
            "were holding 72 hostages.",
            "PER",
        ),
        (
            "Saudi troops took back Mecca's Grand Mosque, where armed militants had barricaded themselves for two weeks.",
            "SAU",
        ),
        (
            "Indian commandos stormed the Taj Mahal Palace hotel in Mumbai, where Pakistani gunmen had held out.",
            "PAK",
        ),
    ],
)
def test_the_side_a_where_clause_says_held_the_place_is_the_target(
    code: Code, text: str, target: str
) -> None:
    # (parties.py `holders_where`; data conflict.json `holder_clause_verbs`, `holder_clause_objects`)
    _sources, targets = parties_of_type(code(text), "ASSAULT")
    assert {t[:3] for t in targets} == {target}


def test_unnamed_hijackers_abroad_are_not_the_doers_country(code: Code) -> None:
    sources, targets = parties_of_type(
        code(
            "Egyptian commandos stormed a hijacked EgyptAir jet at Luqa airport in Malta, where hijackers were "
            "holding dozens of passengers."
        ),
        "ASSAULT",
    )
    assert "EGY" in sources
    assert "EGY" not in targets


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "After Pakistani soldiers were found dug in above Kargil in May 1999, Indian jets bombed them.",
            "PAK",
        ),
        ("When Iraqi troops refused to leave Kuwait, American aircraft bombed them for six weeks.", "IRQ"),
        (
            "Chinese troops crossed into Vietnam in February 1979, and Vietnamese militias fought them for a month.",
            "CHN",
        ),
    ],
)
def test_them_of_a_deed_of_force_is_the_plural_party_named_before(code: Code, text: str, target: str) -> None:
    # (parties.py `resumed_them`)
    events = [e for e in code(text) if e.event == "ASSAULT" and not {a.code for a in e.source} & {target}]
    assert events, "no ASSAULT by the other side"
    assert {a.code[:3] for a in events[-1].target} == {target}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The sinking of the Argentine cruiser General Belgrano by a British submarine killed 323 sailors.",
            "GBR",
            "ARG",
        ),
        (
            "The torpedoing of the British liner Athenia by a German U-boat in September 1939 killed 117 people.",
            "DEU",
            "GBR",
        ),
    ],
)
def test_a_sinking_told_as_a_noun_with_its_doer_in_a_by_phrase(
    code: Code, text: str, source: str, target: str
) -> None:
    # (verbs.txt N 190 sinking|torpedoing|scuttling prep=by)
    assert parties_of_code(code(text), "190") == ({source}, {target})


def test_a_sinking_with_no_doer_is_no_deed(code: Code) -> None:
    assert not [
        e
        for e in code("The sinking of the Titanic in April 1912 killed more than 1,500 people.")
        if e.cameo == "190"
    ]


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        (
            "Asked by President Lyndon Johnson to send troops to Vietnam, Prime Minister Harold Wilson refused.",
            "REJECT",
            "USA",
        ),
        (
            "Approached by Egypt in 1955, the Soviet Union agreed to supply arms through Czechoslovakia.",
            "AGREE",
            "EGY",
        ),
    ],
)
def test_an_answer_to_an_asking_in_a_fronted_participle_is_aimed_at_the_asker(
    code: Code, text: str, kind: str, target: str
) -> None:
    # (parties.py `fronted_asker`; data roles.json `asking_participles`, `answered_types`)
    _sources, targets = parties_of_type(code(text), kind)
    assert {t[:3] for t in targets} == {target}


def test_korea_named_alone_is_a_party(code: Code) -> None:
    # (world_extra.tsv: "Korea" of KOR; the adjective "Korean" stays out: "the Korean War", "the Korean peninsula")
    _sources, targets = parties_of_type(code("Japan annexed Korea."), "COERCE")
    assert targets == {"KOR"}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Beijing warned in 1965 that it would send troops into Vietnam if American forces invaded the North.",
            "USA",
        ),
        (
            "Mao warned that Chinese troops would go into Korea if American forces pushed north of the 38th parallel.",
            "USA",
        ),
    ],
)
def test_a_threat_to_send_forces_somewhere_if_a_party_acts_is_aimed_at_that_party(
    code: Code, text: str, target: str
) -> None:
    # (parties.py `conditioned_over_destination`)
    _sources, targets = parties_of_type(code(text), "THREATEN")
    assert targets == {target}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Finland gave up part of Karelia to the Soviet Union under the peace treaty.", "RUS"),
        (
            "Under the 1947 Paris peace treaty, Italy gave up the Dodecanese islands to Greece.",
            "GRC",
        ),
    ],
)
def test_ground_given_up_to_a_state_is_returned_to_it(code: Code, text: str, target: str) -> None:
    # (verbs.txt V 0842 give|yield prt=up ... prep=to: ceded ground is 0842, RETREAT, as 'handed back' and 'ceded')
    _sources, targets = parties_of_type(code(text), "RETREAT")
    assert {t[:3] for t in targets} == {target}
