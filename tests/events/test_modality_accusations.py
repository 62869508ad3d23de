"""Claims against a party that the sentence does not take as facts are the claimant's accusations (issue 9,
ninth session): "<step>, citing provocations by X" is the citer's accusation of X (112), and a denial "despite
reports / accusations by Y that X ..." keeps X's deed denied while Y's claim is Y's accusation of X."""

from __future__ import annotations

import pytest

from .helpers import Code, of_type, parties


@pytest.mark.parametrize(
    ("sentence", "citer", "accused"),
    [
        (
            "Czechia expelled eighteen Russian diplomats in 2021, citing espionage by Russian intelligence.",
            "CZE",
            "RUS",
        ),
        (
            "Poland expelled dozens of Russian diplomats in March 2022, citing hostile activities by Russian intelligence.",
            "POL",
            "RUS",
        ),
        (
            "Moldova ordered Russia to cut its embassy staff in 2023, citing hostile actions by Moscow.",
            "MDA",
            "RUS",
        ),
        (
            "The United States expelled 35 Russian diplomats in December 2016, citing interference by Moscow in "
            "the election.",
            "USA",
            "RUS",
        ),
    ],
)
def test_modality_citing_a_partys_deeds_accuses_it(
    code_background: Code, sentence: str, citer: str, accused: str
) -> None:
    accusations = of_type(code_background(sentence), "ACCUSE")
    assert accusations, "no accusation"
    source, target = parties(accusations[0])
    assert source == {citer}
    assert target == {accused}
    assert accusations[0].modality == "asserted"


@pytest.mark.parametrize(
    "sentence",
    [
        # grounds that name no party's deed accuse no one
        "China suspended pineapple imports from Taiwan in 2021, citing pests found in shipments.",
        "Germany shut down its last three nuclear plants in 2023, citing safety concerns.",
        "Sri Lanka stopped visits by foreign research ships in 2024, citing the need for new rules.",
    ],
)
def test_modality_citing_grounds_without_a_doer_accuses_no_one(code: Code, sentence: str) -> None:
    assert not of_type(code(sentence), "ACCUSE")


@pytest.mark.parametrize(
    ("sentence", "denier", "claimant"),
    [
        (
            "Iran denied arming the Houthis, despite reports by UN experts that Iranian missiles had reached Yemen.",
            "IRN",
            "IGO",
        ),
        (
            "Russia denied shelling the Zaporizhzhia plant in 2022, despite accusations by Kyiv that Russian troops "
            "had fired on it.",
            "RUS",
            "UKR",
        ),
        (
            "Iran denied supplying drones to Russia in 2022, despite accusations from Washington.",
            "IRN",
            "USA",
        ),
        # (a clause with no party as subject: the claim is aimed at the denier)
        (
            "Syria denied using chemical weapons in Douma in 2018, despite a report by the OPCW that chlorine "
            "had been used there.",
            "SYR",
            "IGO",
        ),
        (
            "North Korea denied sending weapons to Russia, despite evidence from Seoul that it had shipped "
            "artillery shells.",
            "PRK",
            "KOR",
        ),
        (
            "Belarus denied pushing migrants toward Poland in 2021, in spite of Warsaw's claims that Belarusian "
            "guards had escorted them to the border.",
            "BLR",
            "POL",
        ),
    ],
)
def test_modality_denial_despite_claims_keeps_the_deed_denied_and_the_claim_an_accusation(
    code_background: Code, sentence: str, denier: str, claimant: str
) -> None:
    events = code_background(sentence)
    # the claimant accuses the denier
    accusations = [e for e in of_type(events, "ACCUSE") if {a.code[:3] for a in e.source} == {claimant}]
    assert accusations, "no accusation by the claimant"
    assert parties(accusations[0])[1] == {denier}
    assert accusations[0].modality == "asserted"
    # nothing the denier denied, or the claim says it did, is stated as a fact
    assert not [e for e in events if denier in {a.code for a in e.source} and e.modality == "asserted"]


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        # no claimant named: no accusation, and the claim's deed stays a claim
        ("Iran denied arming the Houthis, despite reports that Iranian missiles had reached Yemen.", "IRN"),
        (
            "Russia denied shelling the Zaporizhzhia plant in 2022, despite claims that its troops had fired on it.",
            "RUS",
        ),
    ],
)
def test_modality_denial_despite_unowned_claims_accuses_no_one(
    code: Code, sentence: str, denier: str
) -> None:
    events = code(sentence)
    assert not of_type(events, "ACCUSE")
    assert not [e for e in events if denier in {a.code for a in e.source} and e.modality == "asserted"]


def test_modality_claims_against_a_deed_that_is_not_denied_accuse_no_one(code: Code) -> None:
    # a concessive claim beside a verb that denies nothing is no accusation made of the doer
    events = code(
        "Israel kept up its strikes on Gaza in 2024, despite reports by UN agencies that famine was near."
    )
    assert not [e for e in of_type(events, "ACCUSE") if "ISR" in {a.code for t in [e.target] for a in t}]
