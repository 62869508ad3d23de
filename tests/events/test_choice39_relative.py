"""A relative clause's deed against the main verb's reading, thirty-ninth session (issue 9, choice39; probes
benchmarks/probes/choice39-1.json).

A relative clause tells what its noun is: the background of the news, not the news (`deeds.in_background`). The
main clause's deed already went first when it had a sure reading with a doer (`deeds.main_clause_first`); a
reading of the main verb that the dictionary gives, or one whose doer is left unnamed (the giver of what was received
named only in the relative clause), lost to a relative clause's hand reading with a doer: "Ukraine has received the
Leopard tanks that Germany promised it" read AGREE 030 (the promise) for AID 072 (the delivery). Now the main clause's
verb (its root, or a verb joined to the root by conjunctions, complements or a clausal subject, never through a noun)
with any reading that names a party goes first; the relative clause's deed stands when the main verb has no reading
(a cleft: "It was Japanese aircraft that struck ..."). Sentences written for these tests (true statements about real
events), coded through the real pipeline.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Token

from realpolitik.events.deeds import _main_clause_verb

from .helpers import Code, first, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # (were AGREE 030: the promise or the pledge of the relative clause)
        ("Ukraine has received the Leopard tanks that Germany promised it in January 2023.", None, "UKR"),
        ("Ukraine has received the Challenger tanks that Britain pledged it in January 2023.", None, "UKR"),
    ],
)
def test_choice39_delivery_over_the_relative_clauses_promise(
    code: Code, text: str, source: str | None, target: str | None
) -> None:
    assert first(code(text)).event == "AID"
    some_event(code, text, "AID", "072", source, target)


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        # the main verb with a sure reading and a doer: first before as after
        (
            "Ukraine has received the Patriot missiles that Washington approved for it in December 2022.",
            "AID",
            None,
            "UKR",
        ),
        (
            "Israel has received the Iron Dome batteries that Washington pledged it in 2011.",
            "AID",
            None,
            "ISR",
        ),
        # a cleft: the main verb ('was') has no reading, the relative clause's deed is the news
        (
            "It was Japanese carrier aircraft that struck the American fleet at Pearl Harbor in December 1941.",
            "ASSAULT",
            "JPN",
            "USA",
        ),
        # a free relative as the subject: its verb is the main clause's (a clausal subject)
        (
            "What Eisenhower proposed to the United Nations in December 1953 was an international atomic energy agency.",
            "REQUEST",
            "USA",
            None,
        ),
    ],
)
def test_choice39_main_clause_or_cleft_kept(
    code: Code, text: str, plover: str, source: str | None, target: str | None
) -> None:
    assert first(code(text)).event == plover
    some_event(code, text, plover, None, source, target)


@pytest.mark.parametrize(
    ("text", "word", "main"),
    [
        (
            "Ukraine has received the tanks that Germany promised it, Zelensky said on Sunday.",
            "received",
            True,
        ),
        ("Ukraine has received the tanks that Germany promised it, Zelensky said on Sunday.", "said", True),
        ("What Eisenhower proposed in December 1953 was an atomic energy agency.", "proposed", True),
        (
            "Ukraine has received the tanks that Germany promised it, Zelensky said on Sunday.",
            "promised",
            False,
        ),
        # a verb in a noun's clause is not the main clause's verb
        (
            "Freedom to profess their faith heads the list of demands that the bishops put to the government.",
            "profess",
            False,
        ),
        ("Britain sent troops to Sierra Leone in May 2000 to evacuate foreigners.", "evacuate", False),
    ],
)
def test_choice39_main_clause_verb(
    token_of: Callable[[str, str], Token], text: str, word: str, main: bool
) -> None:
    assert _main_clause_verb(token_of(text, word)) is main


@pytest.mark.parametrize(
    "text",
    [
        # a participle on a noun is a relative clause without its pronoun: the holding or the jailing told in it is
        # background of the release (were COERCE 192 or 173, the participle's deed)
        "Brian Keenan, the Irish teacher held for four years by Islamic Jihad, was freed in August 1990.",
        "Roxana Saberi, the American journalist jailed by Iran for spying, was freed in May 2009.",
        "Nazanin Zaghari-Ratcliffe, the British aid worker held by Iran for six years, was freed in March 2022.",
        "Jason Rezaian, the Washington Post reporter jailed by Iran for 544 days, was released in January 2016.",
    ],
)
def test_choice39_release_over_the_participles_holding(code: Code, text: str) -> None:
    event = first(code(text))
    assert (event.event, event.cameo) == ("RETREAT", "0841")


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # the main verb has no reading: the participle's deed stands
        ("The first Leopard tanks sent by Germany reached Ukraine in March 2023.", "AID"),
        # the main verb's sure reading went first before as after
        (
            "Crowds angered by the arrest of Imran Khan stormed the army headquarters in Rawalpindi in May 2023.",
            "PROTEST",
        ),
    ],
)
def test_choice39_participle_on_a_noun_kept_or_main(code: Code, text: str, plover: str) -> None:
    assert first(code(text)).event == plover
