"""Courts, tribunals, inquiries and legislatures as actors, fifty-first session (issue 9, institution51; probes
benchmarks/probes/institution51-1.json).

- "rule" alone has no reading of its own (PETRARCH2's and WordNet's default 060, govern, made "Ruling in a case ...,
  the court held" cooperation); a court's verb of finding hung on the court noun takes its source from the court's own
  words, not from the holding the parser hung under it.
- Whatever a court strikes down is an act set aside (120); with no party named for the act, the rejection is aimed
  at the court's own country (`parties.voided_at_home`); an order joined to a court's rejection is part of its ruling.
- An inquiry's or a tribunal's opening session or sitting is its hearing (092); a committee named by its chamber
  ("a joint House and Senate committee") is that legislature's; a deed named in what an inquiry looks into is no
  event beside it (`deeds.inquired_deed`).
- A ratification's target is the treaty's other parties, never the ratifier's own country named among the signers in
  a relative clause on the treaty.
- Sanctions that die under a veto are vetoed (129), also when the parser hangs the text on a participle; a verb in its bare form that the parser joined to a past verb with
  no "and" is no deed of the main clause (`deeds.misjoined_bare_verb`).

Each is checked on sentences written for these tests (true statements about real events of odd years).
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from realpolitik.events.deeds import misjoined_bare_verb

from .helpers import Code, has_deed, kinds_of, of_type


def test_institution51_ruling_participle_is_no_cooperation(code: Code) -> None:
    events = code(
        "Ruling in a case brought by India, the International Court of Justice held in July 2019 that Pakistan had"
        " breached the Vienna Convention on Consular Relations by denying Kulbhushan Jadhav access to consular"
        " officials."
    )
    assert "COOPERATE" not in kinds_of(events)
    assert has_deed(events, "ACCUSE", "IGO-ICJ", "PAK")


def test_institution51_struck_down_act_is_aimed_at_the_courts_country(code: Code) -> None:
    events = code(
        "The U.S. Supreme Court struck down in June 2013 the formula that decided which states needed federal"
        " approval to change their voting rules."
    )
    assert has_deed(events, "REJECT", "USA", "USA")


def test_institution51_order_joined_to_an_annulment_is_the_ruling(code: Code) -> None:
    events = code(
        "The Maldives' Supreme Court annulled the first round of the presidential election in October 2013 and"
        " ordered a new vote."
    )
    assert has_deed(events, "REJECT", "MDV", "MDV")
    assert not of_type(events, "REQUEST")


def test_institution51_inquiry_opening_session_is_its_hearing(code: Code) -> None:
    events = code("Britain's inquiry into the Iraq war held its opening session in London in November 2009.")
    # (the coder writes the current PLOVER names: 09x is ACCUSE, the 2016 INVESTIGATE)
    held = [e for e in of_type(events, "ACCUSE") if e.trigger == "held"]
    assert held, "no hearing read at 'held'"
    assert held[0].cameo == "092"


def test_institution51_joint_committee_of_congress_is_the_legislature(code: Code) -> None:
    events = code(
        "A joint House and Senate committee opened televised hearings into the Iran-Contra affair in May 1987,"
        " questioning officials of President Ronald Reagan's administration."
    )
    hearings = [e for e in of_type(events, "ACCUSE") if (e.cameo or "").startswith("09")]
    assert hearings, "no hearing"
    assert {a.code for a in hearings[0].source} == {"USA"}


def test_institution51_deed_inquired_into_is_no_event(code: Code) -> None:
    events = code(
        "Britain's Baha Mousa inquiry held its first hearing in July 2009, the start of an inquiry into why British"
        " soldiers beat an Iraqi hotel receptionist to death in Basra in 2003."
    )
    assert [e for e in of_type(events, "ACCUSE") if (e.cameo or "").startswith("09")]
    assert "ASSAULT" not in kinds_of(events)


def test_institution51_sanctions_dying_under_vetoes_are_vetoed(code: Code) -> None:
    events = code(
        "Sanctions against Syria proposed by Britain, France and the United States died in the Security Council in"
        " February 2017 under the vetoes of Russia and China."
    )
    vetoes = of_type(events, "REJECT")
    assert vetoes, "no veto"
    assert vetoes[0].cameo == "129"
    assert {a.code for a in vetoes[0].source} == {"RUS", "CHN"}
    assert {a.code for a in vetoes[0].target} == {"GBR", "FRA", "USA"}


def test_institution51_court_striking_down_is_a_rejection_when_the_object_is_lost(code: Code) -> None:
    # (the parser hangs the act under "to" of "to-day": the court and the particle alone decide; never a blow, 190)
    events = code(
        "The U.S. Supreme Court struck down by five votes to four to-day the coverage formula of the Voting Rights"
        " Act."
    )
    assert "FIGHT" not in kinds_of(events)
    assert has_deed(events, "REJECT", "USA", "USA")


def test_institution51_draft_joined_to_its_fall_under_a_veto_is_vetoed(code: Code) -> None:
    # (the parser makes "put" the main verb with the draft its subject, and "fell" its conjunct)
    events = code(
        "A Security Council draft demanding an end to Israeli settlement building, put to the vote with more than"
        " 120 sponsors, fell in February 2011 to the veto of the United States."
    )
    assert not of_type(events, "REQUEST")
    assert has_deed(events, "REJECT", "USA", "IGO-UNSC")


def test_institution51_ratifier_is_no_target_of_its_own_ratification(code: Code) -> None:
    # (the treaty's signers in a relative clause on it: the ratifier's own country among them is its own side)
    events = code(
        "The U.S. Senate ratified in September 1963 the test ban treaty that the American, British and Soviet foreign"
        " ministers had signed in Moscow in August."
    )
    ratified = of_type(events, "SUPPORT")
    assert ratified, "no ratification"
    assert {a.code for a in ratified[0].target} == {"GBR", "RUS"}


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)


def test_institution51_bare_verb_joined_without_a_coordinator_is_misjoined() -> None:
    # "Obama vetoed a bill that would let families, sue Arabia": the parser's reading of blind set 41's sentence shape
    words = ["Obama", "vetoed", "a", "bill", "that", "would", "let", "families", ",", "sue", "Arabia", "."]
    heads = [1, 1, 3, 1, 6, 6, 3, 6, 1, 1, 9, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "nsubj", "aux", "relcl", "dobj", "punct", "conj", "dobj", "punct"]
    tags = ["NNP", "VBD", "DT", "NN", "WDT", "MD", "VB", "NNS", ",", "VB", "NNP", "."]
    doc = _parsed(words, heads, deps, tags)
    assert misjoined_bare_verb(doc[9])


def test_institution51_verbs_joined_by_and_are_not_misjoined() -> None:
    # "Obama vetoed the bill and sent it back": a true coordination (and a past form) stays a deed
    words = ["Obama", "vetoed", "the", "bill", "and", "sent", "it", "back", "."]
    heads = [1, 1, 3, 1, 1, 1, 5, 5, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "cc", "conj", "dobj", "advmod", "punct"]
    tags = ["NNP", "VBD", "DT", "NN", "CC", "VBD", "PRP", "RB", "."]
    doc = _parsed(words, heads, deps, tags)
    assert not misjoined_bare_verb(doc[5])
    # (a bare form after "and" is joined on purpose: "will veto the bill and send it back" has its own head's form)
    tags2 = ["NNP", "VBD", "DT", "NN", "CC", "VB", "PRP", "RB", "."]
    assert not misjoined_bare_verb(_parsed(words, heads, deps, tags2)[5])
