"""Who is source and target, twenty-fifth session (issue 9; roles15): one's own forces that an order addresses are
the deed's instrument, not its target ("ordered part of America's forces in Afghanistan to begin withdrawing": no
USA -> USA; "ordered American troops to pull out of northern Syria": the ground left, SYR); a name joined by a hyphen to "brokered",
"mediated", "supplied" or "financed" is a patron (resolver `patron_suffixes`), not a party ("U.S.-brokered talks"),
and such a patron does not keep a deed done at home from having the doer's country as its target. Sentences written
for these tests (true events, the project's own words), through the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from realpolitik.nlp import process

from .helpers import Code, of_type, parties

# ---- orders to one's own forces (parties.commanded_forces, ground_given_up) -------------------------------------


def _retreats(code: Code, text: str) -> list[tuple[set[str], set[str]]]:
    return [parties(e) for e in code(text) if e.cameo == "0874"]


def test_roles_own_forces_ordered_to_withdraw_are_no_target(code: Code) -> None:
    text = "President Barack Obama ordered part of America's forces in Afghanistan to begin withdrawing in June 2011."
    found = _retreats(code, text)
    assert found
    assert all("USA" not in target for _, target in found)


@pytest.mark.parametrize(
    ("text", "ground"),
    [
        pytest.param(
            "Donald Trump ordered American troops to pull out of northern Syria in October 2019.",
            "SYR",
            id="pull_out_of_a_region",
        ),
        # ordered out of a country directly
        pytest.param(
            "Joe Biden ordered all American troops out of Afghanistan in April 2021.",
            "AFG",
            id="out_of_a_country",
        ),
    ],
)
def test_roles_own_troops_ordered_out_give_the_ground_they_leave(code: Code, text: str, ground: str) -> None:
    found = _retreats(code, text)
    assert found
    assert all(target == {ground} for _, target in found)


# ---- hyphenated brokers, suppliers and funders are patrons (resolver patron_suffixes; parties._third_party) -------


def test_resolver_a_hyphenated_broker_is_a_patron(nlp: Language) -> None:
    text = "The Tamil Tigers pulled out of the Norwegian-brokered peace talks with Sri Lanka's government in April 2003."
    (doc,) = process(nlp, [(text, "2024-03-01")])
    norway = [m for m in (doc._.actors or []) if m.code == "NOR"]
    assert norway and all(m.why.startswith("patron") for m in norway)


def test_roles_a_broker_of_suspended_talks_is_not_their_target(code: Code) -> None:
    text = "Sudan's army suspended the U.S.-brokered truce talks with its paramilitary rivals in May 2023."
    events = [e for e in code(text) if parties(e)[0] == {"SDN"}]
    assert events
    assert all("USA" not in parties(e)[1] for e in events)


def test_roles_a_funder_named_by_a_hyphen_leaves_a_raid_at_home(code: Code) -> None:
    text = (
        "Egyptian police searched seventeen offices of rights and democracy groups, some of them U.S.-funded, "
        "in December 2011."
    )
    events = [e for e in code(text) if parties(e)[0] == {"EGY"}]
    assert events
    assert any(parties(e)[1] == {"EGY"} for e in events)


# ---- rule 7: the challenger named as the subject of a clause of time (parties._challenger_clause) -----------------


def test_roles_a_named_party_that_pulled_out_is_the_challenger(code: Code) -> None:
    text = (
        "Italian Prime Minister Giuseppe Conte resigned in January 2021, two weeks after Matteo Renzi's Italia Viva "
        "party pulled out of his coalition."
    )
    events = of_type(code(text), "CONCEDE")
    assert events
    assert all(parties(e)[1] == {"ITA"} for e in events)


def test_roles_a_university_or_prosecutors_press_for_no_resignation(code: Code) -> None:
    for text in (
        "German Defence Minister Karl-Theodor zu Guttenberg resigned in March 2011, days after the University of "
        "Bayreuth stripped him of his doctorate.",
        "U.S. Vice President Spiro Agnew resigned in October 1973, ten weeks after federal prosecutors told him he was "
        "under investigation for bribery.",
    ):
        events = of_type(code(text), "CONCEDE")
        assert events
        assert all(not parties(e)[1] for e in events), text


# ---- victims by nationality in a killing participle (parties.victims_by_nationality) ------------------------------


def test_roles_victims_named_by_nationality_in_a_killing_participle(code: Code) -> None:
    text = (
        "Egyptian security forces opened fire on a group of tourists in the Western Desert in September 2015, "
        "killing twelve people, among them eight Mexican tourists."
    )
    events = [e for e in code(text) if parties(e)[0] == {"EGY"}]
    assert events
    assert any(parties(e)[1] == {"MEX"} for e in events)


# ---- a person handed over after a long apposition (parties.handed_to) ---------------------------------------------


def test_roles_handed_over_after_a_long_apposition(code: Code) -> None:
    text = (
        "Ivory Coast handed Laurent Gbagbo, the former president who had refused to give up power, over to the "
        "International Criminal Court in November 2011."
    )
    events = [e for e in code(text) if e.cameo == "063"]
    assert events
    assert all(parties(e)[1] == {"IGO"} or {a.code for a in e.target} == {"IGO-ICC"} for e in events)


# ---- a second object conjoined to one read through its owner (roles.Roles.objects_of) ------------------------------


def test_roles_a_conjoined_second_object_is_a_target_too(code: Code) -> None:
    text = "Iraqi Scud missiles struck Saudi Arabia's capital and an American barracks near Dhahran in 1991."
    events = [e for e in code(text) if parties(e)[0] == {"IRQ"}]
    assert events
    assert any("USA" in parties(e)[1] for e in events)


# ---- a pledge's purpose phrase once the venue is set aside (parties.aid_purpose_party) -----------------------------


def test_roles_a_pledge_for_rebuilding_a_country_at_a_conference_elsewhere(code: Code) -> None:
    text = "Saudi Arabia pledged $1 billion toward rebuilding Gaza at a donors' conference in Sharm el-Sheikh in March 2009."
    events = [e for e in code(text) if e.cameo == "0331"]
    assert events
    assert all(parties(e)[1] == {"PSE"} for e in events)


def test_roles_the_broker_of_a_deal_signed_is_no_target(code: Code) -> None:
    for text in (
        "Sudan's government signed a Qatari-mediated peace deal with a Darfur rebel alliance in Doha in July 2011.",
        "Sudan's government signed a Qatari-mediated peace deal in July 2011.",
        "Delegates of Libya's rival parliaments signed a U.N.-brokered power-sharing deal in December 2015.",
    ):
        events = [e for e in code(text) if e.cameo == "057"]
        assert events
        assert all(not parties(e)[1] & {"QAT", "IGO", "IGO-UN"} for e in events), text


def test_roles_a_list_of_persons_by_nationality_are_all_targets(code: Code) -> None:
    text = (
        "Iran freed the French academic Fariba Adelkhah, the Belgian aid worker Olivier Vandecasteele and the "
        "American businessman Siamak Namazi in separate releases in 2023."
    )
    events = [e for e in code(text) if parties(e)[0] == {"IRN"}]
    assert events
    assert any({"FRA", "USA"} <= parties(e)[1] for e in events)
