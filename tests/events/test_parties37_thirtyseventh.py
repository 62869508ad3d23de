"""The party rules in general (parties37; issue 9): who the coder takes as a deed's source and target.

- A relative clause on the thing a deed is done to names the party the deed is aimed at by a phrase of its verb
  when its own subject is the doer's own side or no party (`roles._relative_partners`): "left the treaty that
  Nixon had signed with the Soviet Union" is aimed at the Soviet Union, not at Nixon; "lifted the sanctions that
  Trump had imposed on the ICC" at the court. A clause whose subject is the thing itself names the party only as
  its indirect object ("rejected the agreement that would have given the United States bases"). A deed whose verb
  names a party of its own keeps it ("imposed on Pakistan the sanctions it had imposed on India").

- A protest aimed at no party besides its doers' own side takes the party of its purpose clause
  (`parties.protest_purpose_party`): "rallied to oppose the deployment of new American missiles" is aimed at the
  United States; a domestic purpose ("to demand that Hosni Mubarak resign") is left to the home rules.

- A second phrase of the same preposition conjoined to the first names parties as the first does, also when
  they are read from the first phrase's object (`tree.actors_under`): "sent military advisers to Greece and to
  Turkey" is aimed at both.

- A weapon named as a deed's doer stands for whoever the relative clause on it says used it
  (`roles.weapon_user`): "a torpedo that a German submarine fired sank the liner" is Germany's deed. A weapon's
  relative clause names no target of the deed it is used in ("fired missiles that France had sold to Iraq": not
  France).

- An adjective or participle of anger on a protest's doers names whom they protest against, when the doers' own
  country is named outside its phrase (`parties.grievance_party`): "Egyptians angry at an American film
  marched" is aimed at the United States; their own prime minister in the phrase leaves the protest domestic.

Sentences written for these tests (true statements about real events).
"""

from __future__ import annotations

import pytest

from .helpers import Code, parties_of_type


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        (
            "In 2002 the United States left the Anti-Ballistic Missile Treaty that Richard Nixon had signed with "
            "the Soviet Union in 1972.",
            "REJECT",
            "USA",
            "RUS",
        ),
        (
            "In May 2018 President Donald Trump abandoned the nuclear deal that Barack Obama had struck with Iran.",
            "REJECT",
            "USA",
            "IRN",
        ),
        (
            "In April 2021 President Joe Biden lifted the sanctions that Donald Trump had imposed on the "
            "International Criminal Court.",
            None,
            "USA",
            "IGO-ICC",
        ),
        (
            "Panama's National Assembly rejected in December 1947 an agreement that would have given Washington "
            "the use of military bases on Panamanian soil.",
            "REJECT",
            "PAN",
            "USA",
        ),
    ],
)
def test_parties37_relative_clause_partner_is_the_target(
    code: Code, text: str, kind: str | None, source: str, target: str
) -> None:
    events = code(text)
    assert events, "no event"
    found = [e for e in events if kind is None or e.event == kind]
    assert found, f"no {kind} event in {[e.event for e in events]}"
    sources, targets = {a.code for a in found[0].source}, {a.code for a in found[0].target}
    assert source in sources, sources
    assert targets == {target}, targets


def test_parties37_own_phrase_of_the_verb_kept(code: Code) -> None:
    """The verb names its own party: the relative clause's partner is not taken (a guard)."""
    sources, targets = parties_of_type(
        code(
            "In May 1998 Washington imposed on Pakistan the sanctions it had imposed on India seventeen days earlier."
        ),
        "SANCTION",
    )
    assert "USA" in sources
    assert targets == {"PAK"}, targets


def test_parties37_thing_as_subject_names_no_phrase_party(code: Code) -> None:
    """A clause whose subject is the thing itself: its "to" phrase names no party of the deed (a guard)."""
    _, targets = parties_of_type(
        code(
            "In May 1902 Chile and Argentina signed pacts that bound them to the arbitration of the British Crown."
        ),
        "SUPPORT",
    )
    assert "GBR" not in targets, targets


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Tens of thousands of people rallied in Brussels in October 1983 to oppose the deployment of new American "
            "missiles in Belgium.",
            "USA",
        ),
        (
            "Thousands of Chinese students marched in Shanghai in May 1999 to denounce NATO's bombing of the Chinese "
            "embassy in Belgrade.",
            "IGO-NATO",
        ),
    ],
)
def test_parties37_protest_purpose_names_the_target(code: Code, text: str, target: str) -> None:
    _, targets = parties_of_type(code(text), "PROTEST")
    assert targets == {target}, targets


def test_parties37_domestic_protest_purpose_left_home(code: Code) -> None:
    """A purpose clause naming the doers' own leader leaves the protest a domestic one (a guard)."""
    sources, targets = parties_of_type(
        code(
            "Hundreds of thousands of Egyptians filled Tahrir Square in February 2011 to demand that Hosni Mubarak resign."
        ),
        "PROTEST",
    )
    assert sources == {"EGY"} and targets == {"EGY"}, (sources, targets)


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("In 1947 the United States sent military advisers to Greece and to Turkey.", {"GRC", "TUR"}),
        ("In January 1991 Iraq launched Scud missiles at Tel Aviv and at Riyadh.", {"ISR", "SAU"}),
    ],
)
def test_parties37_second_phrase_of_the_same_preposition(code: Code, text: str, targets: set[str]) -> None:
    events = code(text)
    assert events, "no event"
    assert {a.code for a in events[0].target} == targets, events


def test_parties37_weapon_user_is_the_doer(code: Code) -> None:
    sources, _ = parties_of_type(
        code("A torpedo that a German submarine fired sank the British liner Athenia in September 1939."),
        "ASSAULT",
    )
    assert sources == {"DEU"}, sources


def test_parties37_weapon_seller_is_no_target(code: Code) -> None:
    _, targets = parties_of_type(
        code(
            "In May 1987 an Iraqi jet fired two missiles that France had sold to Iraq at the American frigate USS Stark."
        ),
        "ASSAULT",
    )
    assert "FRA" not in targets, targets


def test_parties37_weapon_user_is_the_target_of_a_deed_done_to_it(code: Code) -> None:
    """A weapon's clause that names no one it went to names its user, whom a deed done to the weapon is aimed at
    (review37: the seller's guard had dropped every weapon's clause)."""
    _, targets = parties_of_type(
        code(
            "Iran shot down a drone that the United States had flown over the Strait of Hormuz in June 2019."
        ),
        "ASSAULT",
    )
    assert targets == {"USA"}, targets


def test_parties37_grievance_phrase_names_the_target(code: Code) -> None:
    sources, targets = parties_of_type(
        code(
            "In September 2012 thousands of Egyptians angry at an American film that mocked the Prophet Mohammad marched through Cairo."
        ),
        "PROTEST",
    )
    assert sources == {"EGY"} and targets == {"USA"}, (sources, targets)


def test_parties37_grievance_phrase_of_own_leader_stays_domestic(code: Code) -> None:
    """A guard: the phrase names the doers' own prime minister."""
    sources, targets = parties_of_type(
        code(
            "In 2006 thousands of Hungarians enraged by Prime Minister Ferenc Gyurcsany's admission that he had lied marched through Budapest."
        ),
        "PROTEST",
    )
    assert sources == {"HUN"} and targets == {"HUN"}, (sources, targets)
