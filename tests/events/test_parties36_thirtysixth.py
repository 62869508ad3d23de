"""The party rules in general (parties36; issue 9): who the coder takes as a deed's source and target.

- An institution of the doer's own country named by its common noun alone (parliament, Congress, the Senate, the
  government, the military council, a court) is the party a deed of any type is done to, addressed to or made
  with (`parties.addressed_institution`): in the deed's object ("dissolved parliament"), in a phrase of the
  deed's verb naming whom it is addressed to ("appealed to parliament", "called on the junta"), or as the agent
  of a participle of passing on the text rejected ("vetoed a resolution passed by Congress"). Before, only
  demands and rejections took it, and only from the object or a clause. Foreign governments, "a government" and
  an institution named after another country stay no target of the doer's country.

  A deed done together takes such an institution from a "with" phrase ("signed a peace agreement with the
  government").

- Parties named in a second phrase of the same preposition, conjoined to the first, are parties as the first
  are (`tree.actors_under`): "the armies of Britain and of France".

- A deed conjoined with a verb of telling that shares its subject is aimed at the party told
  (`parties.told_party`): "sent a task force to the South Atlantic and warned Argentina that ...".

- One helper says which verb tells a candidate's deed (`tree.deed_verb`).

Sentences written for these tests (true statements about real events).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Token

from realpolitik.events.tree import deed_verb

from .helpers import Code, of_type, some_event


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        ("Sri Lankan President Maithripala Sirisena dissolved parliament in November 2018.", "COERCE", "LKA"),
        ("Pakistan's President Ghulam Ishaq Khan dissolved parliament in August 1990.", "COERCE", "PAK"),
        (
            "President Donald Trump vetoed a resolution passed by Congress in March 2019 to end his emergency "
            "declaration at the border.",
            "REJECT",
            "USA",
        ),
        (
            "Pakistan's Prime Minister Yousuf Raza Gilani defied the Supreme Court in 2012 by refusing to reopen "
            "corruption cases against the president.",
            "REJECT",
            "PAK",
        ),
    ],
)
def test_parties36_own_institution_named_alone_is_the_target(
    code: Code, text: str, kind: str, source: str
) -> None:
    some_event(code, text, kind, None, source, source)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # parties36 foreign governments are no own institution
        (
            "Haiti's government appealed to foreign governments for aid after the earthquake in January 2010.",
            "REQUEST",
            None,
            "HTI",
            "",
        ),
        # parties36 coordinated of phrases name parties alike
        # (the second "of" phrase, conjoined to the first, names a doer as the first does)
        (
            "The armies of Britain and of France fell back toward the Marne in August 1914.",
            "RETREAT",
            None,
            "GBR FRA",
            None,
        ),
        # parties36 deed conjoined with telling aims at the party told
        (
            "Britain sent a naval task force to the South Atlantic in April 1982 and warned Argentina that it would "
            "retake the Falkland Islands.",
            "MOBILIZE",
            None,
            "GBR",
            "ARG",
        ),
        # parties36 own people told are no target
        # (a guard: the doer's own side told is no target)
        (
            "Britain sent a naval task force to the South Atlantic in April 1982 and told the British people that the "
            "islands would be retaken.",
            "MOBILIZE",
            None,
            "GBR",
            "",
        ),
        # parties36 message audience is no own institution target
        # (the "to" phrase belongs to the message the threat is spoken in, though the parser hangs it on the verb)
        (
            "President Franklin Roosevelt warned in his annual message to Congress in January 1941 that the United "
            "States would never accept a peace dictated by aggressors.",
            "THREATEN",
            None,
            "USA",
            "",
        ),
    ],
)
def test_parties36_readings(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


def test_parties36_institution_after_another_country_is_not_the_doers(code: Code) -> None:
    # (the parliament in Baghdad is Iraq's, not the American envoy's country's)
    events = code(
        "After talks in Baghdad, the American envoy appealed to parliament in November 2008 to approve the "
        "security pact."
    )
    assert events and all("USA" not in {a.code for a in e.target} for e in events), events


@pytest.mark.parametrize(
    ("sentence", "word", "verb"),
    [
        ("Russia launched an offensive in the east.", "launched", "launched"),
        ("Russia launched an offensive in the east.", "offensive", "launched"),
        ("An offensive was launched by Russia.", "offensive", "launched"),
    ],
)
def test_parties36_deed_verb(
    token_of: Callable[[str, str], Token], sentence: str, word: str, verb: str
) -> None:
    assert deed_verb(token_of(sentence, word)).text == verb


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        (
            "Sudan's SPLM rebels signed a peace agreement with the government in January 2005.",
            "SUPPORT",
            "SDN",
        ),
        (
            "Colombia's FARC rebels reached a final peace accord with the government in August 2016.",
            "AGREE",
            "COL",
        ),
    ],
)
def test_parties36_institution_partner_of_a_deed_done_together(
    code: Code, text: str, kind: str, source: str
) -> None:
    some_event(code, text, kind, None, source, source)


def test_parties36_a_deed_with_a_subject_of_its_own_is_not_told(code: Code) -> None:
    # (review36: the telling verb's party is the target only of a conjoined deed that shares its subject; here
    # the deed after "and" has a doer of its own, who told no one)
    events = code(
        "President Kennedy warned the Soviet Union in October 1962 that the missiles must go, and Cuba mobilised "
        "its armed forces."
    )
    mobilised = of_type(events, "MOBILIZE")
    assert mobilised and all("RUS" not in {a.code for a in e.target} for e in mobilised), events
