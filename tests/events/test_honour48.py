"""Support told as an honour or a recognition, and cooperation told with no verb of cooperating, forty-eighth session
(issue 9, honour48; probes benchmarks/probes/honour48-1.json).

- A verb of giving or conferring by WordNet (award, confer, bestow, grant, present, accord) whose noun is a
  distinction (`&honour`, or any noun marked honorary) given to a named party is praise (051); a noun of recognition
  so given is recognition (054). A party named or made the winner of a prize by a verb of naming is praised too.
- An agreement, union or treaty whose modifiers name two parties or more that came into force or took effect is
  their cooperation (061, reciprocal); so are two parties or more that joined hands or pooled their work.
- Left alone: a prize won for a novel, a ship named after a person, a tax that took effect, armies that joined
  battle, a crowd that joined a march, one firm pooling its own units, hands joined in a chain of protest.

Each is checked on sentences written for these tests (true statements about real events) through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        (
            "President Clinton awarded the Presidential Medal of Freedom to Jimmy Carter and Rosalynn Carter at the"
            " White House in August 1999.",
            "051",
        ),
        (
            "Queen Elizabeth conferred an honorary knighthood on Alan Greenspan, the chairman of the Federal Reserve,"
            " in September 2002.",
            "051",
        ),
        (
            "President Bush presented Ronald Reagan with the Presidential Medal of Freedom in January 1993.",
            "051",
        ),
        (
            "The Norwegian Nobel Committee named Mikhail Gorbachev winner of the Peace Prize in October 1990.",
            "051",
        ),
        ("Britain accorded de jure recognition to Israel in April 1950.", "054"),
    ],
)
def test_honour48_honour_given(code: Code, text: str, cameo: str) -> None:
    some_event(code, text, "SUPPORT", cameo, None, None)


@pytest.mark.parametrize(
    "text",
    [
        "The free trade agreement between South Korea and the United States took effect in March 2012.",
        "The customs union of Russia, Belarus and Kazakhstan came into force in January 2010.",
        "Britain and France pooled their work on a supersonic airliner in November 1962.",
    ],
)
def test_honour48_cooperation_without_a_verb_of_cooperating(code: Code, text: str) -> None:
    some_event(code, text, "COOPERATE", "061", None, None)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Kazuo Ishiguro won the Nobel Prize in Literature in October 2017 for his novels.", ("SUPPORT",)),
        ("The Navy named its new destroyer after Senator John McCain in 2018.", ("SUPPORT",)),
        ("Britain's new value added tax took effect in April 1973.", ("COOPERATE",)),
        (
            "The armies of Iran and Iraq joined battle along the Shatt al-Arab in September 1980.",
            ("COOPERATE",),
        ),
        (
            "Tens of thousands of students joined a march through London in November 2010 against higher tuition"
            " fees.",
            ("COOPERATE",),
        ),
        ("Siemens pooled its power and gas businesses into a single company in 2020.", ("COOPERATE",)),
        (
            "About two million people joined hands across the three Baltic republics in August 1989 to protest"
            " against Soviet rule.",
            ("COOPERATE",),
        ),
    ],
)
def test_honour48_look_alikes(code: Code, text: str, kinds: tuple[str, ...]) -> None:
    no_event(code, text, *kinds)
