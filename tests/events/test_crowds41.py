"""Protests told as a crowd's deed, forty-first session (issue 9, crowds41; probes benchmarks/probes/crowds41-1.json).

- A deed of a crowd of civilians that reads no event of its own (or only a show of force, a parade) and that the
  sentence marks as protest (an anger with its cause, a purpose of demand or defiance, "against X", a call
  answered) is their protest, coded by the deed's family: force 145, a going or a gathering 141 (WordNet), the
  verb's own protest reading 144/143/141, else 140 (triggers.Triggers._crowd_protest, events/crowds.py).
- A gathering whose purpose is a welcome, a celebration or mourning is no demonstration, and that purpose is no
  event (triggers.Triggers._friendly_gathering; coder_words.json gathering_purposes).

Sentences written for these tests (true statements about real events), coded through the real pipeline.
"""

from __future__ import annotations

import pytest

from realpolitik.events import crowds

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "cameo", "source"),
    [
        # against X: monks (a people of the clergy) walking, a going: 141
        (
            "Thousands of Buddhist monks in Burma walked through Mandalay in September 2007 against the junta.",
            "141",
            "MMR",
        ),
        # a purpose of demand on a parade (a show of force for soldiers): 141
        ("Thousands of British women paraded through London in June 1911 to demand the vote.", "141", "GBR"),
        # against X on a camp kept: the verb's own reading of obstruction, 144
        (
            "Hundreds of British women camped outside the Greenham Common air base in 1983 against American cruise "
            "missiles.",
            "144",
            "GBR",
        ),
    ],
)
def test_crowds41_marked_deed_is_protest(code: Code, text: str, cameo: str, source: str) -> None:
    some_event(code, text, "PROTEST", cameo, source, None, absent=("MOBILIZE",))


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # crowds41 call answered
        (
            "At the call of the Muslim League, Muslim shopkeepers in Calcutta kept their shops shut on 16 August 1946.",
            "PROTEST",
            None,
            "IND",
            None,
        ),
        # crowds41 protest gathering with mourning and demand kept
        # (a purpose of demand beside the mourning keeps the rally)
        (
            "Tens of thousands of Chileans rallied in Santiago in 2019 to mourn the dead and to demand the resignation "
            "of Sebastian Pinera.",
            "PROTEST",
            "141",
            "CHL",
            None,
        ),
    ],
)
def test_crowds41_readings(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Catholics filled St Peter's Square in April 2005 to mourn Pope John Paul II.",
        "Crowds filled the streets of Havana in January 1959 to welcome Fidel Castro.",
    ],
)
def test_crowds41_friendly_gathering_is_no_protest(code: Code, text: str) -> None:
    no_event(code, text, "PROTEST")


def test_crowds41_greeting_crowd_is_no_event(code: Code) -> None:
    no_event(
        code,
        "Thousands of Indians lined the streets of New Delhi in January 1961 to greet Queen Elizabeth II.",
    )


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        (
            "Russian soldiers, angry at the loss of comrades, burned houses in the Chechen village of Samashki in "
            "April 1995.",
            "COERCE",
        ),
        (
            "Police officers in Kenya, angry at the killing of a colleague, fired tear gas at students in Nairobi in "
            "2001.",
            "ASSAULT",
        ),
    ],
)
def test_crowds41_armed_men_marked_stay(code: Code, text: str, plover: str) -> None:
    some_event(code, text, plover, None, None, None, absent=("PROTEST",))


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [
        ("walk", "141"),
        ("pour", "141"),
        ("hurl", "145"),
        ("overturn", "145"),
        ("camp", "144"),
        ("kneel", "140"),
    ],
)
def test_crowds41_deed_family(lemma: str, expected: str) -> None:
    from realpolitik.events.lexicon import default_lexicon

    class _Verb:
        lemma_ = lemma

    assert crowds.deed_code(_Verb(), default_lexicon()) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (the lead, forty-first session: a demand conjoined to the mourning purpose keeps the rally; before, the
        # gathering was dropped as friendly and the demand's own clause was read instead)
        (
            "Thousands of Hungarians gathered in Budapest in June 1989 to mourn Imre Nagy and to demand that Soviet "
            "troops leave Hungary.",
            "HUN",
        ),
        (
            "Tens of thousands of Serbs gathered in Novi Sad in February 2025 to commemorate the victims of the "
            "railway station disaster and to demand that those responsible be brought to justice.",
            "SRB",
        ),
    ],
)
def test_crowds41_conjoined_demand_purpose_keeps_the_rally(code: Code, text: str, source: str) -> None:
    some_event(code, text, "PROTEST", "141", source, None)
