"""The condition back-off (cond35; issue 9): a verb whose readings fail only on their nouns.

When no reading of a verb holds (or only its bare no-event default), and the project's readings whose frame holds
here (the particle, preposition and subject class they name; an object, a phrase with the named preposition, a clause)
all name one PLOVER type and fail only on open lists (written with a noun class), the verb reads that type as a weaker
reading, at the sentence's main verb only. Strict lists (words alone: an idiom's noun) never back off, nor does a
verb whose readings of that frame differ in type, nor a phrasal verb whose particle the reading does not name.
Sentences written for these tests (true statements about real events).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Token

from realpolitik.config import Settings
from realpolitik.events.lexicon import default_lexicon, parse_line, parse_lines
from realpolitik.events.match import backoff_entry, words_at
from realpolitik.nlp import build_pipeline
from realpolitik.records import Event

from .helpers import Code, events_on, no_event, some_event

UNLISTED = (
    "Thousands of Hungarian students packed the main hall of the Budapest Polytechnic on October 22, 1956."
)
LISTED = "Thousands of Hungarian students packed Budapest's Bem Square on October 23, 1956."


@pytest.fixture(scope="session")
def backoff_code() -> Code:
    nlp = build_pipeline(Settings(condition_backoff=True))

    def run(text: str) -> list[Event]:
        return events_on(nlp, text, "2024-03-01")

    return run


def test_a_venue_the_entry_does_not_list_backs_off_to_its_reading(backoff_code: Code, code: Code) -> None:
    # ("V 141 pack|cram|crowd subj=&protester|&crowd obj=&venue": a hall is no word of the venue class)
    some_event(backoff_code, UNLISTED, "PROTEST", "141", "HUN", None)
    no_event(code, UNLISTED, "PROTEST")  # (opt-in: the default reads no event)


def test_the_backed_off_reading_is_weaker_than_a_full_match(backoff_code: Code) -> None:
    backed = [e for e in backoff_code(UNLISTED) if e.cameo == "141"]
    full = [e for e in backoff_code(LISTED) if e.cameo == "141"]
    assert backed and full
    assert backed[0].confidence < full[0].confidence


def test_the_backed_off_entry_is_marked_and_keeps_its_frame(token_of: Callable[[str, str], Token]) -> None:
    entry = backoff_entry(token_of(UNLISTED, "packed"), default_lexicon("all"))
    assert entry is not None and entry.backoff and entry.derived and entry.code == "141"
    assert entry.allowed("subj") is not None  # (the subject class is a frame condition: kept)
    assert entry.allowed("obj") is None  # (the noun condition: taken off)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a subordinate clause does not back off
        (
            "Witnesses said that more than two thousand Hungarian students packed the main hall of the "
            "Budapest Polytechnic on October 22, 1956.",
            "PROTEST",
        ),
        # a noun of a known kind does not back off
        # (trains are vehicles to the lexicon, no unlisted venue: students packing trains are travelling; the subject
        # class and the direct object hold the frame, so only the known kind of the noun keeps the back-off out. With
        # the default coder, or with "packed into trains", nothing backs off whatever the guard: review35)
        (
            "Thousands of Hungarian students packed the trains bound for the Austrian border in November 1956.",
            "PROTEST",
        ),
    ],
)
def test_cond35_backoff_no_event_of_the_kind(backoff_code: Code, text: str, kind: str) -> None:
    no_event(backoff_code, text, kind)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a strict list: "V 050 bury dobj=hatchet" names a sense, not a kind of thing
        ("Colombian rescuers buried the dead of Armero in November 1985.", "buried"),
        # readings of several types hold the same frame (RETREAT "vacated a base", REJECT "vacated a ruling", CONCEDE
        # "vacated the presidency"; strict lists among them too): the noun decides, none is picked (the type rule
        # alone: test_readings_of_two_types_of_one_frame_do_not_back_off)
        ("The Soviet army vacated its last garrisons in Hungary on June 19, 1991.", "vacated"),
    ],
)
def test_no_back_off(token_of: Callable[[str, str], Token], text: str, word: str) -> None:
    assert backoff_entry(token_of(text, word), default_lexicon("all")) is None


def test_a_particle_the_reading_does_not_name_leaves_it_out(token_of: Callable[[str, str], Token]) -> None:
    # "set aside" is no "set" of a joint body (060, no particle): only the reading naming "aside" (120) is left
    entry = backoff_entry(
        token_of(
            "The court of arbitration set aside Argentina's demarcation of the Beagle Channel islands in 1977.",
            "set",
        ),
        default_lexicon("all"),
    )
    assert entry is not None and entry.code == "120" and entry.allowed("prt") == frozenset({"aside"})


def test_a_light_verb_never_backs_off(token_of: Callable[[str, str], Token]) -> None:
    # (a light verb's noun decides: "unload" is light, and its one reading of that frame, aid unloaded (073, an open
    # list of aid words), would otherwise take bananas for an unlisted cargo of aid)
    token = token_of("Dockers at Avonmouth unloaded bananas from Jamaica throughout the 1950s.", "unloaded")
    assert backoff_entry(token, default_lexicon("all")) is None


def test_open_keys_are_the_keys_written_with_a_class() -> None:
    classes = {"force": frozenset({"troop", "army"})}
    entry = parse_line("V 150 mass obj=&force|tank pp=along:border", path="t", line=1, classes=classes)
    assert entry is not None and entry.open_keys == frozenset({"obj"})
    strict = parse_line("V 050 bury dobj=hatchet", path="t", line=2, classes=classes)
    assert strict is not None and strict.open_keys == frozenset()
    # (a key written once with words alone stays strict: "obj=need|demand obj=&commodity")
    mixed = parse_line("V 061 cover obj=need|demand obj=&force", path="t", line=3, classes=classes)
    assert mixed is not None and mixed.open_keys == frozenset()


# --- A phrasal verb takes no default of its bare verb ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # ("go" has the dictionary's default 040: a ship going down visits no one)
        "The Russian submarine Kursk went down in the Barents Sea after explosions in August 2000.",
        "The Greek ferry Express Samina went down off the island of Paros in September 2000.",
    ],
)
def test_a_phrasal_verb_takes_no_bare_default(code: Code, text: str) -> None:
    no_event(code, text, "CONSULT")


# --- The particle audit (review34's finding): a phrase of time is no particle ------------------------------------------


def test_a_phrase_of_time_is_no_particle(code: Code) -> None:
    # ("give ... over two years" hands nothing over: the pledge is of aid, 0331, not of a hand-over, 035 from 0842)
    some_event(
        code,
        "Japan pledged on April 17, 2009 to give Pakistan one billion dollars over two years.",
        "AGREE",
        "0331",
        "JPN",
        "PAK",
    )


@pytest.mark.parametrize(
    ("text", "word", "particle", "found"),
    [
        (
            "Japan pledged on April 17, 2009 to give Pakistan one billion dollars over two years.",
            "give",
            "over",
            False,
        ),
        ("Britain handed over Hong Kong to China at midnight on July 1, 1997.", "handed", "over", True),
        ("Portugal handed Macau over to China on December 20, 1999.", "handed", "over", True),
        (
            "Millions of Czechoslovak workers walked off the job for two hours in November 1989.",
            "walked",
            "off",
            True,
        ),
    ],
)
def test_particles_keep_real_particles(
    token_of: Callable[[str, str], Token], text: str, word: str, particle: str, found: bool
) -> None:
    assert (particle in words_at(token_of(text, word))["prt"]) is found


def test_readings_of_two_types_of_one_frame_do_not_back_off(token_of: Callable[[str, str], Token]) -> None:
    # (a lexicon made for the test: two open readings of "dispatch" whose frame is the same, a direct object; with
    # both the noun decides and nothing backs off, with one the verb backs off to it)
    both = parse_lines(
        ["&force troop|army", "&aid food|medicine", "V 150 dispatch obj=&force", "V 073 dispatch obj=&aid"],
        path="t",
    )
    one = parse_lines(["&force troop|army", "V 150 dispatch obj=&force"], path="t")
    token = token_of("Britain dispatched engineers to Malta in 1941.", "dispatched")
    assert backoff_entry(token, both) is None
    backed = backoff_entry(token, one)
    assert backed is not None and backed.code == "150"
