"""Accords concluded and backing told without "sign" or "support", forty-fourth session (issue 9, sign44; probe
benchmarks/probes/sign44-1.json).

- A formal instrument (classes.txt `&accord`: a treaty, pact, accord, agreement, convention, protocol, charter,
  armistice, concordat, covenant, memorandum, declaration) concluded, sealed, clinched or finalised, active
  or passive, is signed (SUPPORT 057) whatever it is about (docs/annotation-conventions.md 4.2); subscribed or
  acceded to, or "the conclusion / initialling of" one as a noun, too. The same verbs with a deal, a truce or a
  compromise stay agreed (AGREE 03x), and so does an agreement reached or struck.
- A treaty put or brought into force is 057 whatever its contents (a trade pact too).
- A blessing given, lent or bestowed is endorsement (051), not consent (030); a vote pledged to a party's bid too.
- Becoming a party to an accord, and ratifications (or their instruments) exchanged, are 057 too.
- Negotiating or discussing an accord, agreeing to conclude one, a conference concluding and leaving a treaty are
  no signing.

Sentences written for these tests (true statements about real events), coded through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # an accord concluded, whatever it is about
        (
            "Brazil and Argentina concluded an accord on the peaceful use of nuclear energy in Guadalajara in July"
            " 1991.",
            "BRA ARG",
        ),
        # an agreement clinched (not a deal: a deal clinched stays agreed)
        (
            "Mongolia and Japan clinched an economic partnership agreement in Tokyo in February 2015.",
            "MNG JPN",
        ),
        # a treaty sealed
        (
            "Peru and Chile sealed a treaty in Lima in June 1929 settling the Tacna and Arica dispute.",
            "PER CHL",
        ),
        # the passive, its parties named after "between"
        (
            "A treaty of friendship between India and the Soviet Union was concluded in New Delhi in August 1971.",
            "IND RUS",
        ),
        # a trade pact brought into force is signed too (rule 4.2: whatever its contents)
        (
            "South Korea and the European Union brought their free trade agreement into force in July 2011.",
            "KOR IGO-EU",
        ),
    ],
)
def test_an_accord_concluded_is_signed(code: Code, text: str, sources: str) -> None:
    some_event(code, text, "SUPPORT", "057", sources, "", absent=("AGREE",))


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target", "absent"),
    [
        # subscribing to accords is signing
        (
            "Bahrain subscribed to the accords at the White House in September 2020.",
            "SUPPORT",
            "057",
            "BHR",
            None,
            (),
        ),
        # the conclusion of a treaty as a noun is signing
        (
            "The conclusion of a peace treaty by Jordan and Israel in October 1994 ended 46 years of war.",
            "SUPPORT",
            "057",
            "JOR ISR",
            None,
            (),
        ),
        # a blessing given is endorsement
        (
            "France gave its blessing to the reunification of Germany in 1990.",
            "SUPPORT",
            "051",
            "FRA",
            None,
            ("AGREE",),
        ),
        # a vote pledged to a bid is endorsement
        (
            "France pledged its vote to Brazil's bid for a permanent seat on the Security Council.",
            "SUPPORT",
            "051",
            "FRA",
            None,
            (),
        ),
    ],
)
def test_sign44_readings(
    code: Code,
    text: str,
    plover: str,
    cameo: str | None,
    source: str | None,
    target: str | None,
    absent: tuple[str, ...],
) -> None:
    some_event(code, text, plover, cameo, source, target, absent=absent)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # a deal sealed is agreed, as the sets code it
        (
            "Britain and the European Union sealed a deal on Northern Ireland's trade in February 2023.",
            "AGREE",
        ),
        # a trade deal clinched keeps its 0311 reading
        ("Japan and Vietnam clinched a trade deal in Hanoi in December 2008.", "AGREE"),
    ],
)
def test_a_deal_sealed_stays_agreed(code: Code, text: str, plover: str) -> None:
    some_event(code, text, plover, None, None, None, absent=("SUPPORT",))


@pytest.mark.parametrize(
    "text",
    [
        # negotiating or discussing an accord is talk
        "Israel and Syria negotiated a peace treaty at Shepherdstown in January 2000.",
        "Iran and the European Union discussed a trade and cooperation agreement in Brussels in 2003.",
        # agreeing to conclude one is a promise
        "Japan and South Korea agreed to conclude a military intelligence pact in November 2016.",
        # a conference concluding
        "The Potsdam Conference concluded in August 1945.",
        # leaving a treaty
        "The United States withdrew from the Anti-Ballistic Missile Treaty in June 2002.",
        # (was test_other_exchanges_and_parties_are_no_signing)
        # prisoners exchanged and a party to a war are no signing
        "Russia and Ukraine exchanged prisoners of war in January 2023.",
        "Britain became a party to the war in September 1939.",
    ],
)
def test_look_alikes_are_no_signing(code: Code, text: str) -> None:
    no_event(code, text, "SUPPORT")


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # becoming a party to an accord is acceding to it
        ("India became a party to the Paris Agreement in 2016.", "IND"),
        ("Palestine became a party to the Rome Statute in April 2015.", "PSE"),
        # the instruments of ratification exchanged put a treaty into force
        (
            "Japan and China exchanged the instruments of ratification of their peace treaty in Beijing in October"
            " 1978.",
            "JPN CHN",
        ),
    ],
)
def test_a_party_to_an_accord_and_ratifications_exchanged_are_signing(
    code: Code, text: str, sources: str
) -> None:
    some_event(code, text, "SUPPORT", "057", sources, None, absent=("COOPERATE",))
