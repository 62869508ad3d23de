"""Parties named outside a signing verb's subject, fifty-first session (issue 9, parties51; probe
benchmarks/probes/parties51-1.json).

A passive signing that names no doer, with the signers named in a participle clause set after it that restates the
signing ("was signed in Vienna, the foreign ministers of X, Y and Z putting their names to it"), is the signers'
joint deed: sources the signers, no target (the venue and the signed text's own name are no party). A fronted phrase
of witness ("Under the eye of X, A and B signed", "In the presence of X, ...") that the parser swallowed the subject
into leaves A and B the doers, not the witness. A pair of subjects the parser stacked ("Anwar Sadat and Menachem Begin
signed": the first made the subject of the second) keeps both. A name the resolver cannot code, opened by a party's
possessive or adjective and conjoined to a kept party ("Chile's Jaime del Valle", "the Indonesian Republic"), is that
party's. Sentences written for these tests (true statements about real events of odd years), coded through the real
pipeline; each positive test failed on the code before the change.
"""

from __future__ import annotations

import pytest

from .helpers import Code, parties_of_code


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # (was no source, Washington the target)
        (
            "The North Atlantic Treaty was signed in Washington on 4 April 1949, the foreign ministers of Britain,"
            " France, Canada and the United States setting their names to it with eight others.",
            {"GBR", "FRA", "CAN", "USA"},
        ),
        # (was no source, "Irish" the target)
        (
            "The Anglo-Irish Agreement was signed at Hillsborough Castle on 15 November 1985, with Margaret Thatcher"
            " and Garret FitzGerald setting their names to it.",
            {"GBR", "IRL"},
        ),
    ],
)
def test_parties51_signers_in_an_absolute_clause_sign_together(
    code: Code, text: str, sources: set[str]
) -> None:
    found = [e for e in code(text) if e.cameo == "057"]
    assert found, code(text)
    event = found[0]
    assert event.reciprocal, event
    assert {a.code for a in event.source} | {a.code for a in event.target} == sources, event


def test_parties51_one_signer_in_an_absolute_clause_signs_alone(code: Code) -> None:
    # (was no source, the Warsaw Pact itself the target): one signer, no joint deed; the pact is no party
    sources, targets = parties_of_code(
        code(
            "The Warsaw Pact was signed in Warsaw on 14 May 1955, Nikolai Bulganin putting his name to it for the"
            " Soviet Union."
        ),
        "057",
    )
    assert sources == {"RUS"} and targets == set()


def test_parties51_participle_of_another_deed_names_no_signer(code: Code) -> None:
    # the absolute clause tells where the ceremony was, not who signed: nobody is made a signer
    events = code(
        "The Anglo-Irish Agreement was signed at Hillsborough Castle on 15 November 1985, the ceremony taking place"
        " in County Down."
    )
    assert not any(e.reciprocal or e.source for e in events if e.cameo == "057"), events


def test_parties51_fronted_witness_phrase_leaves_the_signers(code: Code) -> None:
    # (was no event: the subject hung inside "Under the eye of Hosni Mubarak"); the witness is no party
    sources, targets = parties_of_code(
        code(
            "Under the eye of Hosni Mubarak, Ehud Barak and Yasser Arafat signed a memorandum at Sharm el-Sheikh on"
            " 4 September 1999."
        ),
        "057",
        reciprocal=True,
    )
    assert sources | targets == {"ISR", "PSE"}


def test_parties51_stacked_pair_of_subjects_keeps_both(code: Code) -> None:
    # (was Israel alone, the United States the target: "Sadat" parsed as the subject of "Begin")
    sources, targets = parties_of_code(
        code(
            "With Jimmy Carter looking on, Anwar Sadat and Menachem Begin signed a peace treaty on 26 March 1979."
        ),
        "057",
    )
    assert sources == {"EGY", "ISR"} and targets == set()


@pytest.mark.parametrize(
    ("text", "cameo", "sources"),
    [
        # (was Argentina alone: the lower-case "del" keeps the name from the resolver)
        (
            "Argentina's Dante Caputo and Chile's Jaime del Valle exchanged the instruments of ratification of their"
            " peace treaty at the Vatican on 2 May 1985.",
            "057",
            {"ARG", "CHL"},
        ),
        # (was the Netherlands alone, Batavia the target)
        (
            "Delegates of the Netherlands and the Indonesian Republic signed the Linggadjati agreement in Batavia on"
            " 25 March 1947.",
            "057",
            {"NLD", "IDN"},
        ),
    ],
)
def test_parties51_uncoded_name_of_a_conjoined_party(
    code: Code, text: str, cameo: str, sources: set[str]
) -> None:
    found, targets = parties_of_code(code(text), cameo)
    assert found == sources and targets == set()


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # (was Israel the target: the accord's possessor, the doer's own premier)
        (
            "Israel's Knesset approved Yitzhak Rabin's interim accord with the Palestinians in October 1995.",
            "ISR",
            "PSE",
        ),
        # (was Russia the target)
        (
            "Russia's Duma ratified Dmitry Medvedev's New START treaty with the United States on 25 January 2011.",
            "RUS",
            "USA",
        ),
    ],
)
def test_parties51_ratified_accord_targets_its_partner(
    code: Code, text: str, source: str, target: str
) -> None:
    sources, targets = parties_of_code(code(text), "057")
    assert sources == {source} and targets == {target}
