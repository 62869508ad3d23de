"""Event readings by category, twenty-sixth session (issue 9, talk16): what a court, a tribunal or a body that rules
on a party's conduct does to that party, checked on sentences written for these tests (true statements about real
events) through the real pipeline, with look-alikes that keep their own reading. A source or target left as None is
not checked here.

- A court's award of damages ("ordered X to pay Y", "ordered X to compensate the farmers") is a finding of liability,
  a judgement on X (116, docs/annotation-conventions.md rule 8.2; CAMEO 116 "find guilty or liable"), not a demand for
  aid or an aid given. A court's order to do anything else stays its demand (10x); anyone else's order to pay stays
  what it was.
- A court's fine is a judgement (116, rule 8.2: a fine is 116, source the court); since the fiftieth session (court50)
  a regulator's fine is one too (116, as blind sets 39 and 40 code a commission's fine), no administrative sanction.
- A finding by a court, or by a body that rules on conduct (a treaty committee, a trade panel, a board), that a party
  failed to do what it owed ("had failed to protect", "had failed to honour its judgment") or answers for a deed ("was
  responsible for", "was partly liable for") is a judgement on the party (116), as a finding that it broke the law
  already was. What the finding says (the deeds in it: "by fining them", "by letting the CIA hold suspects") is its
  content, not news; a court's order coordinated with its judgement on the same party, and the court's further acts
  coordinated with it ("..., but it turned down X's request"), are part of that judgement.
- A challenge, complaint, appeal, objection, petition or request thrown out, dismissed or quashed is rejected (120,
  rule 6.1); a diplomat thrown out is still expelled.
- Aid promised "in protest at" another's deed stays a promise of aid (03x); only a hostile stated future announced in
  protest is a threat (talk15's rule).
- A joint patrol or joint drills carried out by several parties ("flew a joint patrol", "sent bombers on a joint
  patrol", "held joint naval and air drills") are military cooperation (062, the codebook's joint games and
  maneuvers), not a show of force or a delivery; one state's drills stay a show of force.
"""

from __future__ import annotations

import pytest

from .helpers import Code, of_type, some_event


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The European Court of Human Rights ordered Russia in April 2023 to pay Georgia nearly 130 million euros"
            " for its conduct in the war of 2008.",
            "RUS",
        ),
        (
            "A court in Seoul ordered the Japanese government in January 2021 to compensate twelve women who had been"
            " forced into sexual slavery for its army.",
            "JPN",
        ),
    ],
)
def test_a_courts_award_of_damages_is_a_judgement(code: Code, text: str, target: str) -> None:
    some_event(code, text, "ACCUSE", "116", None, target)
    assert [e for e in code(text) if e.event in ("REQUEST", "AID")] == []


def test_a_courts_order_to_act_stays_its_demand(code: Code) -> None:
    text = (
        "The International Court of Justice ordered Armenia in December 2021 to prevent the incitement of racial hatred"
        " against Azerbaijanis."
    )
    some_event(code, text, "REQUEST", None, None, "ARM")
    assert [e for e in code(text) if e.cameo == "116"] == []


def test_an_order_to_pay_by_others_is_no_judgement(code: Code) -> None:
    text = "King Salman ordered the Saudi government in January 2015 to pay state employees two months' extra salary."
    assert [e for e in code(text) if e.cameo == "116"] == []


def test_a_courts_fine_is_a_judgement(code: Code) -> None:
    text = (
        "A Paris court fined the Swiss bank UBS a record 3.7 billion euros in February 2019 for helping rich French"
        " clients hide money from the tax authorities."
    )
    some_event(code, text, "ACCUSE", "116", "FRA", None)


def test_a_regulators_fine_is_a_judgement(code: Code) -> None:
    # (court50: rule 8.2 codes a fine 116 whoever imposes it, as blind sets 39 and 40 code a commission's fine)
    text = "China's market regulator fined Alibaba 18.2 billion yuan in April 2021 for abusing its dominance of online shopping."
    assert [e for e in code(text) if e.cameo == "172"] == []
    some_event(code, text, "ACCUSE", "116", "CHN", None)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a treaty body's finding of a duty not done
        (
            "The U.N. Human Rights Committee found in January 2021 that Italy had failed to protect the lives of more"
            " than 200 migrants who drowned when their boat sank in 2013.",
            "ITA",
        ),
        # a trade panel's finding that a party broke the rules
        (
            "A World Trade Organization panel ruled in October 2019 that India's export subsidies broke global trade"
            " rules.",
            "IND",
        ),
        # a court's finding that a party answers for a deed (the court's own state as target is left to the roles)
        (
            "A Dutch appeals court ruled in June 2017 that the Netherlands was partly liable for the deaths of about"
            " 350 Muslim men at Srebrenica.",
            None,
        ),
    ],
)
def test_a_finding_against_a_party_is_a_judgement(code: Code, text: str, target: str | None) -> None:
    some_event(code, text, "ACCUSE", "116", None, target)
    assert [e for e in code(text) if e.event not in ("ACCUSE",)] == []


@pytest.mark.parametrize(
    "text",
    [
        "The European Court of Human Rights ruled in June 2017 that Russia had violated the free speech of three gay"
        " rights activists by fining them under a law against gay propaganda.",
        "The International Court of Justice found in July 2019 that Pakistan had breached the Vienna Convention by"
        " denying India consular access to Kulbhushan Jadhav, and ordered it to review his death sentence.",
        # (the court's further act, coordinated with its judgement, is part of the same ruling)
        "The International Court of Justice ruled in December 2015 that Nicaragua had violated Costa Rica's sovereignty"
        " by setting up a military camp in a disputed wetland, but it turned down Costa Rica's request that Managua pay"
        " its legal costs.",
    ],
)
def test_what_a_judgement_says_is_its_content(code: Code, text: str) -> None:
    events = code(text)
    assert events and {e.cameo for e in events} == {"116"}, events


@pytest.mark.parametrize(
    "text",
    [
        "The European Union's General Court threw out an appeal by Google in November 2021 against a fine of 2.4"
        " billion euros.",
        "India's Supreme Court dismissed in December 2019 the petitions that sought a review of its Ayodhya verdict.",
    ],
)
def test_a_claim_thrown_out_is_rejected(code: Code, text: str) -> None:
    some_event(code, text, "REJECT", "120", None, None)


def test_a_diplomat_thrown_out_is_still_expelled(code: Code) -> None:
    text = (
        "Ecuador threw out the U.S. ambassador, Heather Hodges, in April 2011 over a leaked diplomatic cable."
    )
    assert of_type(code(text), "REJECT") == []


def test_aid_pledged_in_protest_stays_a_pledge(code: Code) -> None:
    # (review leftover of talk15's `_in_protest`: a hostile stated future is a threat, aid promised is not)
    text = (
        "The Netherlands said in January 2017 that it would give money to family-planning groups in poor countries in"
        " protest at Donald Trump's ban on U.S. aid to groups that offer abortions."
    )
    assert of_type(code(text), "THREATEN") == []
    some_event(code, text, "AGREE", None, "NLD", None)


@pytest.mark.parametrize(
    "text",
    [
        "Russian and Chinese strategic bombers flew a joint patrol over the Sea of Japan in July 2019.",
        "Russia and China sent strategic bombers on a joint patrol over the Sea of Japan and the East China Sea in"
        " November 2021.",
        # (the parser hangs "joint" on "naval": it still says what the drills are)
        "Russian and Chinese warships held joint naval and air drills in the Sea of Japan in July 2023.",
    ],
)
def test_a_joint_patrol_or_drill_is_military_cooperation(code: Code, text: str) -> None:
    some_event(code, text, "COOPERATE", "062", "CHN RUS", None)


def test_one_states_drills_stay_a_show_of_force(code: Code) -> None:
    text = "China sent warships and warplanes around Taiwan in April 2023 for three days of drills."
    assert of_type(code(text), "COOPERATE") == []
