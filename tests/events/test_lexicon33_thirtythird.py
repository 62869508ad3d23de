"""The lexicon's bare defaults, thirty-third session (lexicon33; issue 9).

A verb whose every reading names an object, a complement or a subject used to get its readings' root as a bare default,
inferred by the loader; each round of plain-use probes found most of those defaults wrong. The loader now infers none:
only the verbs of events/data/implied_defaults.txt (each with a comment saying why) have one. Plain uses of the verbs
that lost theirs name no event; the listed verbs keep theirs (crowd-control verbs at 175, conventions 11.4); titles,
charts and markets "conquered", bills "bulldozed" through a parliament and plans sunk by costs or the weather name no
event. Each checked through the real pipeline on sentences written for these tests (true statements about real
events), with the list's loader errors.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.errors import LexiconError
from realpolitik.events.lexicon import (
    add_implied_defaults,
    default_lexicon,
    implied_default_list,
    load_lexicon,
    parse_implied_defaults,
)

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    "text",
    [
        # (was test_plain_uses_and_titles_conquered_are_no_event)
        # (plain uses of verbs that lost their default)
        "Japan decommissioned the second Fukushima nuclear plant after the disaster of 2011.",
        "Standard & Poor's downgraded Greece's credit rating to junk status.",
        "Firefighters doused the flames in the roof of Notre-Dame cathedral in 2019.",
        "Britain ditched the eastern leg of its high-speed railway to Leeds in 2021.",
        "Chelsea's supporters feted the team after it won the Champions League in 2021.",
        "Kenya's opposition clawed back ground in the polls in 2017.",
        "Tourists clogged the streets of Venice in 2023.",
        "The United States limited refugee admissions to 18,000 in 2019.",
        "Turkish voters affixed a stamp to their ballot papers in the referendum of 2017.",
        "Reporters quizzed the French president about his pension reform in 2023.",
        # (titles charts and markets conquered)
        "Italy conquered the European Championship at Wembley in 2021.",
        "The film Barbie conquered the global box office in 2023.",
        "South Korean carmakers conquered a growing share of the European market in 2023.",
        # a bill bulldozed through parliament
        "Poland's ruling party bulldozed its court reforms through parliament in 2017.",
        # a plan sunk by costs
        "Soaring costs torpedoed the city's plan to build a new metro line in 2023.",
        # supplies that normalised
        "Flights at Gatwick airport normalised after the drone sightings that had closed it.",
        # a panda gifted is no aid
        "China gifted two giant pandas to Qatar.",
    ],
)
def test_lexicon33_thirtythird_no_event(code: Code, text: str) -> None:
    no_event(code, text)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # a country conquered is still force
        ("Germany conquered Greece in the spring of 1941.", "ASSAULT", "190", "DEU", None),
        # homes bulldozed stay coercion
        (
            "Israeli forces bulldozed Palestinian tents in the Jordan Valley in 2021.",
            "COERCE",
            None,
            "ISR",
            None,
        ),
        # two parties that normalised
        ("Israel and Morocco normalised in 2021.", "SUPPORT", None, None, None),
    ],
)
def test_lexicon33_thirtythird_readings(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Police truncheoned protesters in Minsk in 2021.",
        "Spanish riot police truncheoned voters in Barcelona in 2017.",
    ],
)
def test_crowd_control_verbs_are_violent_repression(code: Code, text: str) -> None:
    some_event(code, text, "ASSAULT", "175", None, None, absent=("COERCE",))


def test_the_packaged_list_is_read_and_says_why() -> None:
    listed = implied_default_list()
    assert listed["abrogate"] == "120" and listed["tear-gass"] == "175"
    assert "limit" not in listed and "ditch" not in listed
    path = Path(__file__).parents[2] / "src" / "realpolitik" / "events" / "data" / "implied_defaults.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if line.strip() and not line.startswith("#"):
            assert lines[number - 1].startswith("#"), f"no comment above {line!r}"
    found = {e.lemma: e.code for e in default_lexicon().entries if e.implied}
    assert found == listed


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("120 abrogate extra", "cannot read"),
        ("999 abrogate", "unknown CAMEO code"),
        ("--- abrogate", "unknown CAMEO code"),
        ("120 abrogate\n110 abrogate", "listed twice"),
        ("120 abrogate|", "empty lemma"),
    ],
)
def test_list_errors_name_the_line(text: str, problem: str) -> None:
    with pytest.raises(LexiconError, match=problem):
        parse_implied_defaults(text.splitlines(), path="list.txt")


def test_listed_verb_must_have_readings_and_no_bare_one(tmp_path: Path) -> None:
    path = tmp_path / "mine.txt"
    path.write_text("V 057 ink obj=deal\nV 040 meet\n", encoding="utf-8")
    lexicon = load_lexicon(path)
    with pytest.raises(LexiconError, match="no verb readings"):
        add_implied_defaults(lexicon, {"scupper": "120"})
    with pytest.raises(LexiconError, match="already has a bare reading"):
        add_implied_defaults(lexicon, {"meet": "040"})
    with pytest.raises(LexiconError, match="light verb"):
        add_implied_defaults(lexicon, {"ink": "050"}, exclude=frozenset({"ink"}))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Iran agreed in 2013 to limit its enrichment of uranium to five percent.", "IRN"),
        ("Russia and the United States agreed to cap their deployed strategic warheads at 1,550.", "RUS USA"),
    ],
)
def test_a_restraint_agreed_to_is_an_intention_to_yield(code: Code, text: str, source: str) -> None:
    # ("limit" read it through its inferred 160 until lexicon33; "cap" had no reading)
    some_event(code, text, "AGREE", "035", source, None)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # political uses of verbs that lost their inferred default (probe lexicon33-3's categories)
        ("Germany gifted Ukraine two IRIS-T air-defence systems in 2023.", "AID", "072", "DEU", "UKR"),
        ("The Czech Republic kicked out two Russian diplomats in 2021.", "SANCTION", "166", "CZE", "RUS"),
        ("Panama ditched Taiwan for China in 2017.", "SANCTION", "161", "PAN", "TWN"),
        ("Kiribati dumped Taipei for Beijing in 2019.", "SANCTION", "161", "KIR", "TWN"),
        (
            "Israeli snipers maimed Palestinian protesters at the Gaza fence in 2019.",
            "ASSAULT",
            None,
            "ISR",
            None,
        ),
    ],
)
def test_political_uses_that_lost_their_default(
    code: Code, text: str, plover: str, cameo: str | None, source: str, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)
