"""Attacks told through their weapon, by a band the resolver does not code, or by a generic verb with a weapon
(issue 9, forty-sixth session: unnamed46).

- A verb of putting, throwing or moving a thing (its first WordNet sense: drop, fling, toss, hurl, turn) whose object
  is a weapon (`kinds.projectile`: the &weapon class and its WordNet kinds, less craft and vehicles) sent on, at or
  against a party, a place or people uses it on them (`Triggers._weapon_cast`): dropped bombs strike from the air
  (195), guns or shells fire artillery (194), anyone else bombs (183). Weapons dropped "to" a party are supplies.
- A deed of force whose subject is a weapon, in a clause of time on a main verb that tells only what befell the
  victims ("died when a bomb exploded"), is the sentence's deed, kept with no parties when none is coded
  (`component._weapon_deed`); a sentence that names no party is read all the same when its main verb has a noun for
  its subject (`component._doer_subject`), so that a deed of force done by an uncoded doer is kept.
- Property destroyed with a participle of killing or wounding on its people is a bombing of them (183), not property
  destroyed (171; `component._deadly_destruction`).
- The relative pronoun subject of a relative clause stands for its noun in the lexicon's subject constraints.
- Look-alikes: a bomb defused or found, a gas explosion, a thing that blows up by itself.

The sentences are written for these tests; those that date an event tell a real one.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # bombs dropped on a town (the Zeppelin raid on Great Yarmouth, January 1915)
        ("German airships dropped bombs on Great Yarmouth in January 1915.", "195"),
        # grenades thrown into a crowd (the Irgun at the Damascus Gate, December 1947)
        (
            "Members of the Irgun threw grenades into a crowd at the Damascus Gate in Jerusalem in December 1947.",
            "183",
        ),
        # a bomb flung at a carriage from a window (Morral's attack on Alfonso XIII, May 1906)
        (
            "An anarchist flung a bomb from a balcony at the carriage of King Alfonso in Madrid in May 1906.",
            "183",
        ),
    ],
)
def test_unnamed46_weapon_cast_on_a_target(code: Code, text: str, cameo: str) -> None:
    some_event(code, text, "ASSAULT", cameo, None, None, absent=("AID",))


def test_unnamed46_weapons_dropped_to_a_party_are_supplies(code: Code) -> None:
    # (arms dropped to the Yugoslav partisans, 1944)
    no_event(
        code,
        "British transport planes dropped weapons and ammunition to the partisans in Yugoslavia in 1944.",
        "ASSAULT",
    )


@pytest.mark.parametrize(
    "text",
    [
        # a weapon in a clause of time, the victims in the main clause (the Bologna station bombing, August 1980)
        "Eighty-five people died when a bomb exploded in the waiting room of Bologna station in August 1980.",
        # a weapon whose placer the resolver does not code, in a sentence that names no party (the same bombing)
        "A bomb that neo-fascists had hidden in a suitcase blew up in the waiting room of Bologna station in August"
        " 1980, killing 85 people.",
    ],
)
def test_unnamed46_weapon_deeds_kept_with_no_party(code: Code, text: str) -> None:
    some_event(code, text, "ASSAULT", "183", None, None)


def test_unnamed46_a_bus_blown_up_with_its_people_is_a_bombing(code: Code) -> None:
    # (the Jaffa Road bus bombing, February 1996)
    some_event(
        code,
        "Hamas blew up a bus carrying commuters in Jerusalem in February 1996, killing 26 people.",
        "ASSAULT",
        "183",
        None,
        None,
        absent=("COERCE",),
    )


def test_unnamed46_a_monument_blown_up_stays_property(code: Code) -> None:
    # (Nelson's Pillar, March 1966)
    some_event(
        code, "Irish republicans blew up Nelson's Pillar in Dublin in March 1966.", "COERCE", None, None, None
    )


def test_unnamed46_relative_subject_reads_its_noun(code: Code) -> None:
    # (the Guildford pub bombings, October 1974: the bombers named only through "who")
    some_event(
        code,
        "Off-duty recruits were the quarry of the IRA bombers who wrecked two pubs in Guildford in October 1974.",
        "ASSAULT",
        "183",
        "GBR",
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        # a bomb defused (Haymarket, June 2007)
        "Police defused a car bomb found outside a nightclub in Haymarket, in central London, in June 2007.",
        # a bomb found
        "Soldiers found a bomb hidden in a culvert near the border.",
        # a gas explosion (New London, Texas, March 1937)
        "A gas explosion wrecked the school at New London, Texas, in March 1937.",
        # a thing that blows up by itself (Apollo 13, April 1970)
        "An oxygen tank blew up in the service module of Apollo 13 in April 1970.",
    ],
)
def test_unnamed46_look_alikes(code: Code, text: str) -> None:
    no_event(code, text, "ASSAULT", "COERCE")
