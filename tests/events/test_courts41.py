"""Acts of courts, vetoes and treaties renounced, forty-first session (issue 9, courts41; probes
benchmarks/probes/courts41-*.json).

- A state no longer bound by a treaty renounces it (120, rule 5.2): "no longer" or "not" on "bound" or on a verb of
  holding oneself bound ("no longer considers itself bound by"), or a verb of ending the bond ("ceased to be bound
  by"); from the state to the other parties named on the treaty. A bond that holds is no rejection.
- A sentence named by an infinitive of death or confinement ("sentenced X to be hanged", "to die on the gallows") is
  custodial (173, rule 8.1), as "to death" is; so is a sentence to hard labour (the custodial nouns widened).
- What a court holds a person must spend or serve in custody ("must spend the rest of his life in prison, a court
  ruled") is its sentence (173), not a demand; an order to release stays a demand.
- A passive finding ("Turkey was found by the court to have violated ...") is a judgement on the passive subject
  (116); a finding that a party broke no rule is no judgement against it.
- A text said to die or fall under a veto ("died in the Security Council under the veto of X") is vetoed (129), from
  the veto's parties to the drafters, else the body (rule 6.2); a veto of a draft is 129, never 120.
- A pact or an alliance denounced or renounced by a party to it is renounced (120), not a criticism.
- The relative "that" the parser tags as a conjunction still makes the noun the verb's object ("the sentence that a
  court passed on X").

Each is checked on sentences written for these tests (true statements about real events) through the real pipeline;
the positive ones fail on the code before this session's change.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "In March 1993 North Korea declared that it was no longer bound by the Non-Proliferation Treaty.",
            "PRK",
            None,
        ),
        (
            "In December 2007 Russia ceased to be bound by the Treaty on Conventional Armed Forces in Europe.",
            "RUS",
            None,
        ),
        (
            "In October 1951 Egypt declared that it no longer considered itself bound by its 1936 treaty with Britain.",
            "EGY",
            "GBR",
        ),
    ],
)
def test_courts41_treaty_bond_ended_is_renounced(
    code: Code, text: str, source: str, target: str | None
) -> None:
    some_event(code, text, "REJECT", "120", source, target, absent=("COOPERATE",))


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target", "absent"),
    [
        # courts41 treaty part binds as the treaty
        (
            "In March 1976 Egypt declared that it was no longer bound by the terms of its 1971 treaty of friendship with the"
            " Soviet Union.",
            "REJECT",
            "120",
            "EGY",
            "RUS",
            (),
        ),
        # courts41 release a court orders stays a demand
        ("Egypt must release the three journalists, a Cairo court ruled.", "REQUEST", "1053", None, None, ()),
        # courts41 passive finding judges the passive subject
        (
            "Turkey was found by the European Court of Human Rights in 2001 to have violated the rights of Greek Cypriots"
            " in the north of the island.",
            "ACCUSE",
            "116",
            None,
            "TUR",
            (),
        ),
        # courts41 veto of a draft is 129
        (
            "In February 2011 the United States vetoed a draft resolution on Israeli settlements.",
            "REJECT",
            "129",
            "USA",
            None,
            (),
        ),
        # courts41 relative that makes the noun the object
        (
            "Life imprisonment was the sentence that a Cairo court passed on Hosni Mubarak in June 2012.",
            "COERCE",
            "173",
            "EGY",
            None,
            (),
        ),
        # courts41 claim finding no support at a court is rejected
        (
            "In October 1975 Morocco's claim to Western Sahara found no support at the International Court of Justice.",
            "REJECT",
            "120",
            "IGO-ICJ",
            "MAR",
            (),
        ),
        # courts41 court throwing out an attempt rejects it
        (
            "In July 1974 the Supreme Court threw out President Nixon's attempt to keep the White House tapes from the"
            " special prosecutor.",
            "REJECT",
            "120",
            "USA",
            "USA",
            ("SANCTION",),
        ),
        # courts41 complaint lodged against a party is a case
        (
            "In June 2016 Iran lodged a complaint against the United States with the World Court.",
            "ACCUSE",
            "115",
            "IRN",
            "USA",
            (),
        ),
    ],
)
def test_courts41_readings(
    code: Code,
    text: str,
    plover: str,
    cameo: str | None,
    source: str | None,
    target: str | None,
    absent: tuple[str, ...],
) -> None:
    some_event(code, text, plover, cameo, source, target, absent=absent)


def test_courts41_treaty_bond_kept_is_no_rejection(code: Code) -> None:
    no_event(
        code, "Austria remains bound by its State Treaty of 1955 with the four occupying powers.", "REJECT"
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("In October 1995 a Nigerian military tribunal sentenced Ken Saro-Wiwa to be hanged.", "NGA"),
        ("In June 1958 a Hungarian court sentenced Imre Nagy to die on the gallows.", "HUN"),
        ("In 1953 a Kenyan court sentenced Jomo Kenyatta to seven years' hard labour.", "KEN"),
    ],
)
def test_courts41_sentence_by_infinitive_or_labour_is_custodial(code: Code, text: str, source: str) -> None:
    some_event(code, text, "COERCE", "173", source, None, absent=("ACCUSE",))


@pytest.mark.parametrize(
    "text",
    [
        "Hosni Mubarak must spend the rest of his life in prison, a Cairo court ruled in June 2012.",
        "Hosni Mubarak must stay behind bars, a Cairo court ruled in June 2012.",
    ],
)
def test_courts41_custody_a_court_holds_is_a_sentence(code: Code, text: str) -> None:
    some_event(code, text, "COERCE", "173", "EGY", "EGY", absent=("REQUEST",))


def test_courts41_no_rule_broken_is_no_judgement(code: Code) -> None:
    events = code(
        "The World Court held in 1951 that Norway had broken no rule of international law in drawing its fisheries"
        " lines."
    )
    assert not [e for e in events if e.cameo == "116"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "In February 2011 a resolution calling Israeli settlements illegal died in the Security Council under the"
            " veto of the United States.",
            "USA",
            "IGO-UNSC",
        ),
        (
            "In February 2017 a British draft on sanctions against Syria fell to the vetoes of Russia and China.",
            "RUS CHN",
            "GBR",
        ),
    ],
)
def test_courts41_text_dead_under_a_veto_is_vetoed(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "REJECT", "129", source, target)


@pytest.mark.parametrize(
    "text",
    [
        "In April 1939 Germany denounced its non-aggression pact with Poland.",
        "In 1951 Egypt renounced its alliance with Britain.",
    ],
)
def test_courts41_pact_or_alliance_renounced(code: Code, text: str) -> None:
    some_event(code, text, "REJECT", "120", None, None, absent=("ACCUSE",))


def test_courts41_claim_finding_no_support_elsewhere_is_no_court_rejection(code: Code) -> None:
    no_event(code, "Morocco's claim found no support among its Arab neighbours.", "REJECT")
