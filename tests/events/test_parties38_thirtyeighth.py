"""The party rules in general (parties38; issue 9): who the coder takes as a deed's source and target.

- A protest's grievance named in a phrase of cause ("in protest at NATO's plan", "in defiance of the British
  government's salt laws", "in anger at") or in its purpose clause ("to condemn the bombing of Afghanistan")
  (`parties.protest_grievance`): the doer of the deed protested against is the target (its owner, its party
  modifier, a party glued to "-led"), not the party the deed is done to; a venue gives way to it; a party named
  in the phrase of cause is no doer of the protest and no place the crowd is of. A party the protest's object
  names stays its target ("stoned the British embassy in protest at NATO's bombing").

Sentences written for these tests (true statements about real events).
"""

from __future__ import annotations

from .helpers import Code, parties_of_type


def test_parties38_the_leader_of_the_deed_protested_is_the_target_not_its_victim(code: Code) -> None:
    _, targets = parties_of_type(
        code(
            "In January 1991 tens of thousands of Germans marched in Berlin in protest against the American-led war "
            "against Iraq."
        ),
        "PROTEST",
    )
    assert targets == {"USA"}


def test_parties38_the_victim_of_the_deed_protested_is_no_target(code: Code) -> None:
    sources, targets = parties_of_type(
        code(
            "In October 2001 thousands of Indonesians marched in Jakarta to condemn the bombing of Afghanistan."
        ),
        "PROTEST",
    )
    assert sources == {"IDN"}
    assert "AFG" not in targets


def test_parties38_owner_of_the_grievance_is_no_doer(code: Code) -> None:
    sources, targets = parties_of_type(
        code(
            "In October 1981 about 250,000 people marched through Bonn in protest at NATO's plan to station new "
            "nuclear missiles in West Germany."
        ),
        "PROTEST",
    )
    assert sources == {"DEU"}
    assert targets == {"IGO-NATO"}


def test_parties38_owner_of_the_grievance_is_no_doer_when_no_place_names_them(code: Code) -> None:
    sources, targets = parties_of_type(
        code(
            "In March 1983 some 20,000 people formed a human chain around the base in protest at NATO's decision to "
            "station cruise missiles in Britain."
        ),
        "PROTEST",
    )
    assert "IGO-NATO" not in sources
    assert targets == {"IGO-NATO"}


def test_parties38_the_grievance_beats_the_venue(code: Code) -> None:
    _, targets = parties_of_type(
        code(
            "In August 1978 Nigeria pulled its athletes out of the Edmonton Commonwealth Games in protest at New "
            "Zealand's sporting links with South Africa."
        ),
        "PROTEST",
    )
    assert targets == {"NZL"}


def test_parties38_a_party_in_defiance_is_not_the_crowds_country(code: Code) -> None:
    sources, targets = parties_of_type(
        code(
            "In May 1930 thousands of villagers marched to the salt pans at Dharasana in defiance of the British "
            "government's salt laws."
        ),
        "PROTEST",
    )
    assert "GBR" not in sources
    assert targets == {"GBR"}


def test_parties38_the_object_named_stays_the_target(code: Code) -> None:
    # (guard: the British embassy is what the protesters stoned; NATO's bombing is only why)
    sources, targets = parties_of_type(
        code(
            "In May 1999 Chinese protesters stoned the British embassy in Beijing in protest at NATO's bombing of "
            "the Chinese embassy in Belgrade."
        ),
        "PROTEST",
    )
    assert sources == {"CHN"}
    assert targets == {"GBR"}


def test_parties38_the_phrase_of_cause_hung_on_a_clause_of_time(code: Code) -> None:
    # (the parser hangs "in protest at" on "opened"; it is the boycott's cause)
    _, targets = parties_of_type(
        code(
            "In 1978 Nigeria stayed away from the Edmonton Commonwealth Games when they opened, in protest at New "
            "Zealand's sporting links with South Africa."
        ),
        "PROTEST",
    )
    assert targets == {"NZL"}


def test_parties38_a_from_phrase_names_who_gave_the_grievance(code: Code) -> None:
    # (guard: "orders from the British authorities": the authorities are whom the crowds protest against)
    _, targets = parties_of_type(
        code(
            "In March 1919 thousands of Egyptians marched in Cairo in protest against harsh rule and orders from "
            "the British authorities to deport Saad Zaghlul."
        ),
        "PROTEST",
    )
    assert targets == {"GBR"}


def test_parties38_the_leader_of_a_hostile_deed_is_its_doer(code: Code) -> None:
    # (roles.leading_party: "American-led" names who bombs, not where)
    _, targets = parties_of_type(
        code("In February 1991 King Hussein of Jordan condemned the American-led bombing of Iraq."), "ACCUSE"
    )
    assert targets == {"USA"}


def test_parties38_the_leader_of_talks_is_no_doer(code: Code) -> None:
    # (guard: talks led by a broker are held with the other side)
    _, targets = parties_of_type(
        code("In 1991 Syria agreed to join the U.S.-led talks with Israel in Madrid."), "AGREE"
    )
    assert targets == {"ISR"}


def test_parties38_anger_at_a_deed_names_its_doer_not_its_victim(code: Code) -> None:
    # (parties.grievance_party reads its phrase as protest_grievance does)
    _, targets = parties_of_type(
        code("In October 2001 Pakistanis angry at the bombing of Afghanistan marched through Quetta."),
        "PROTEST",
    )
    assert "AFG" not in targets


def test_parties38_the_parties_of_the_anger_are_not_the_crowd(code: Code) -> None:
    sources, targets = parties_of_type(
        code(
            "In March 1919 crowds angry at the arrest of Saad Zaghlul by the British authorities rioted in Cairo."
        ),
        "PROTEST",
    )
    assert sources == {"EGY"}
    assert targets == {"GBR"}


def test_parties38_the_victim_of_the_anger_is_not_the_crowd(code: Code) -> None:
    # (the embassy bombed is what they are furious at; the students are the doers, of the place they march in)
    events = [
        e
        for e in code(
            "In May 1999 students furious at the bombing of the Chinese embassy in Belgrade marched in Shanghai."
        )
        if e.event == "PROTEST"
    ]
    assert events
    assert {(a.code, a.sector) for a in events[0].source} == {("CHN", "EDU")}


def test_parties38_a_noun_of_ending_names_the_doer_of_the_deed_it_ends(code: Code) -> None:
    # (roles.noun_agent: "a halt to the Saudi-led air strikes" is asked of the leader, not of the country struck)
    _, targets = parties_of_type(
        code("In April 2015 Iran called for an immediate halt to the Saudi-led air strikes on Yemen."),
        "REQUEST",
    )
    assert targets == {"SAU"}
