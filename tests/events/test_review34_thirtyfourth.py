"""review34 (issue 9, thirty-fourth session): a demonstration as a display against a demonstration as a street
protest. A craft that strikes another during a display (a surfacing or flying demonstration) has an accident; a
force's vehicle that runs over, rams or drives into demonstrators during a street demonstration represses them
(175), and a demonstration of force or a firepower demonstration is a show of force (150), not a protest."""

from __future__ import annotations

import pytest
from spacy.language import Language

from realpolitik.events.match import _subject_heads

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a craft that strikes demonstrators is no drill accident, whatever the adjunct names
        (
            "Egyptian armoured personnel carriers struck Coptic protesters during a demonstration in Cairo.",
            "EGY",
            None,
        ),
        (
            "Iranian police trucks rammed demonstrators during an opposition demonstration in Tehran.",
            "IRN",
            None,
        ),
        (
            "Egyptian armoured personnel carriers crashed into Coptic demonstrators during a demonstration in Cairo.",
            "EGY",
            None,
        ),
        # a vehicle of a force run over, driven into or mowing down demonstrators, in active and passive voices
        ("An Iranian police truck ran over demonstrators in Tehran.", "IRN", None),
        (
            "Egyptian armoured vehicles ran over Coptic protesters outside the Maspero building in Cairo.",
            "EGY",
            None,
        ),
        ("Venezuelan National Guard vehicles drove into demonstrators in Caracas.", "VEN", None),
        ("Demonstrators were run down by Iranian police trucks in Tehran.", "IRN", None),
        ("Soviet tanks rolled into crowds of striking workers in East Berlin.", "RUS", None),
    ],
)
def test_review34_vehicles_against_demonstrators(
    code: Code, text: str, source: str, target: str | None
) -> None:
    some_event(code, text, "ASSAULT", "175", source, target)


@pytest.mark.parametrize(
    "text",
    [
        # a display is a drill: a collision during it is an accident, told by "during", "in" or a "while" clause
        "During a surfacing demonstration off Hawaii, the US submarine Greeneville struck the Japanese training "
        "ship Ehime Maru.",
        "The submarine Greeneville hit the Japanese training ship Ehime Maru while performing a surfacing "
        "demonstration for civilian guests off Hawaii.",
        # a display given for guests or of a craft is no protest
        "The Boeing crew performed a flying demonstration for Indian officials at Bangalore.",
    ],
)
def test_review34_displays_are_no_protest(code: Code, text: str) -> None:
    no_event(code, text)


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        # a demonstration of power or a firepower demonstration is a show of force
        ("The Soviet Union staged a demonstration of naval power in the Norwegian Sea.", "MOBILIZE", "150"),
        (
            "The Pakistani army held a firepower demonstration for visiting foreign officers.",
            "MOBILIZE",
            "150",
        ),
        # street demonstrations stay protests, also with a craft in the sentence that hits no one
        ("South Korean students staged a demonstration against the government in Seoul.", "PROTEST", "141"),
        ("British lorry drivers staged a demonstration against fuel duty in London.", "PROTEST", "141"),
    ],
)
def test_review34_demonstration_senses(code: Code, text: str, plover: str, cameo: str) -> None:
    some_event(code, text, plover, cameo, None, None)


# ---- untested branches of earlier sessions (review33's list), each with a test that fails without it


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # review34 structure collapsing under a blast is a deed
        # tree._mishap: a structure's collapse is an accident unless the sentence names a blast, a shell or an attack
        # ("blast:" words); the al-Jalaa tower in Gaza City fell to an Israeli airstrike in May 2021
        (
            "The al-Jalaa tower in Gaza City, which housed the offices of Al Jazeera, collapsed after an Israeli "
            "airstrike.",
            "ASSAULT",
            None,
            "ISR",
            None,
        ),
        # review34 active visit takes no passive host
        # tails.passive_host_place asks only a visit told in the passive: an active visit ("set foot in", its clause of
        # time "when he flew into") is read by the roles, and keeps its doer (Mohamed Mursi flew to Tehran for a summit
        # of the Non-Aligned Movement in August 2012, the first Egyptian president in Iran since the revolution)
        (
            "Mohamed Mursi became the first Egyptian president to set foot in Iran since 1979 when he flew into Tehran "
            "for a summit.",
            "CONSULT",
            "042",
            "EGY",
            "IRN",
        ),
    ],
)
def test_review34_readings(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


def test_review34_craft_running_into_a_craft_is_an_accident(code: Code) -> None:
    # tree._collision's "or _craft(o)": a craft run into another craft (a liner is no "object:" word) has an
    # accident, not a meeting (the cruiser Hawke collided with the liner Olympic in the Solent in September 1911)
    no_event(code, "The British cruiser Hawke ran into the White Star liner Olympic in the Solent.")


def test_review34_named_u_boat_is_a_vessel(nlp: Language) -> None:
    # match._subject_heads reads the noun of a named ship; "U-boat" is split by the tokenizer ("U", "-", "boat"),
    # so the list's "u-boat" is read through the whole hyphenated word (the merchant submarine Deutschland reached
    # Baltimore in July 1916)
    doc = nlp("The U-boat Deutschland reached Baltimore.")
    verb = next(t for t in doc if t.lemma_ == "reach")
    assert "u-boat" in _subject_heads(verb)


# ---- look-alikes of talk24's rules (probe review34-3)


@pytest.mark.parametrize(
    "text",
    [
        "Poland asked NATO for permanent bases on its soil or, failing that, a rotating presence of allied troops.",
        "Ukraine asked the United States for F-16 fighters and, failing that, for more air-defence systems.",
    ],
)
def test_review34_failing_that_after_or_is_a_fallback(code: Code, text: str) -> None:
    # "failing that" joined by "or"/"and" to what is asked is a second request, not what follows a refusal
    some_event(code, text, "REQUEST", None, None, None, absent=("THREATEN",))


@pytest.mark.parametrize(
    "text",
    [
        "French soldiers marched in Paris for the bicentenary of the Revolution.",
        "Soviet troops marched in triumph through Red Square after the victory over Germany.",
        "Some 15,000 soldiers marched in Beijing for the seventieth anniversary of the People's Republic.",
    ],
)
def test_review34_forces_parading_in_a_place_make_no_move(code: Code, text: str) -> None:
    # talk24's "march in" (154) is the particle ("German troops would march in"); the lexicon's prt= also takes a
    # preposition, so forces marching in a place, a square or in triumph (a parade) are kept from it
    no_event(code, text, "MOBILIZE")
