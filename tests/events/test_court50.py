"""The gates of court49's two readings, fiftieth session (issue 9, court50).

`Triggers._voided_act` and `Triggers._censure_motion` were asked of every verb; they now run only on a verb whose
lemma is one `voiding_particles` can read as a verb of voiding (`voiding_lemmas`), or, for a censure, on a verb of
passing or a verb whose first object is a motion, a resolution, a vote or a noun of trust (`_censure_words_gate`).
A gate must never hide a word the readings fire on: checked here token by token on sentences written for these tests
(true statements about real events) with the real parse.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from realpolitik.events.lexicon import default_lexicon
from realpolitik.events.tree import object_children
from realpolitik.events.triggers import (
    _censure_words,
    _censure_words_gate,
    _first_object_in,
    voiding_lemmas,
    voiding_particles,
)
from realpolitik.records import Event

from .helpers import of_type

SENTENCES = [
    "Italy's highest court quashed the murder convictions of Amanda Knox and Raffaele Sollecito in March 2015.",
    "Kenya's Supreme Court annulled the presidential election in September 2017 and ordered a new vote.",
    "The Knesset voted in March 2023 to repeal the part of the disengagement law that barred Israelis from four"
    " settlements in the northern West Bank.",
    "Romania's parliament passed a motion of no confidence in Ludovic Orban's government in February 2020.",
    "The Czech lower house voted no confidence in Mirek Topolanek's cabinet in March 2009.",
    "Spain's Constitutional Court declared void the Catalan parliament's law on the independence referendum in"
    " October 2017.",
    "The European Commission fined Intel 1.06 billion euros in May 2009 and said the chip maker must stop its"
    " rebates.",
]


def test_voiding_lemmas_name_the_verbs_of_voiding() -> None:
    lemmas = voiding_lemmas(default_lexicon())
    assert {"annul", "quash", "rescind", "revoke", "strike", "overturn", "declare"} <= lemmas
    assert not {"say", "attack", "fine", "meet", "pass"} & lemmas


@pytest.mark.parametrize("text", SENTENCES)
def test_gates_hide_no_word_the_readings_fire_on(text: str, bare_nlp: Language) -> None:
    lexicon = default_lexicon()
    verbs, nouns = _censure_words_gate()
    for tok in bare_nlp(text):
        low = tok.lemma_.lower()
        if voiding_particles(tok, lexicon) is not None:
            assert low in voiding_lemmas(lexicon), tok.text
        objects = object_children(tok)
        if objects and _censure_words(objects[0], tok, lexicon):
            assert low in verbs or _first_object_in(tok, nouns), tok.text


def test_gates_are_met_by_the_test_sentences(bare_nlp: Language) -> None:
    # (the token test above must see words the readings fire on, or it cannot fail)
    lexicon = default_lexicon()
    voiding = censure = 0
    for text in SENTENCES:
        for tok in bare_nlp(text):
            voiding += voiding_particles(tok, lexicon) is not None
            objects = object_children(tok)
            censure += bool(objects and _censure_words(objects[0], tok, lexicon))
    assert voiding >= 3
    assert censure >= 2


def test_gated_readings_still_code(code: Callable[[str], list[Event]]) -> None:
    rejected = of_type(code(SENTENCES[1]), "REJECT")
    assert rejected and rejected[0].cameo == "120"
    censured = [e for e in code(SENTENCES[3]) if e.cameo == "111"]
    assert censured


# A fine imposed by a commission, a regulator or a competition board is a finding against the party fined (116, rule
# 8.2, as blind sets 39 and 40 code a commission's fine), active, passive or told by its noun (court50).
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Britain's Competition and Markets Authority fined Pfizer 84.2 million pounds in December 2016 for"
            " overcharging the health service for an epilepsy drug.",
            "GBR",
            "USA",
        ),
        (
            "Qualcomm was fined 997 million euros by the European Commission in January 2018 for paying Apple to use"
            " only its chips.",
            "IGO-EU",
            None,
        ),
        (
            "Turkey's competition board imposed a fine of 93 million lira on Google in September 2018.",
            "TUR",
            "USA",
        ),
    ],
)
def test_a_regulators_fine_is_a_judgement(
    text: str, source: str, target: str | None, code: Callable[[str], list[Event]]
) -> None:
    events = code(text)
    assert not [e for e in events if e.cameo == "172"]
    fines = [e for e in events if e.cameo == "116"]
    assert fines and {a.code for a in fines[0].source} == {source}
    if target is not None:
        assert {a.code for a in fines[0].target} == {target}


def test_a_fine_not_imposed_is_none(code: Callable[[str], list[Event]]) -> None:
    assert not [
        e for e in code("The court did not fine the company in March 2019.") if e.cameo in ("116", "172")
    ]


# A criminal case or investigation opened or registered is a criminal investigation (091), not a case filed at a court
# (115) (court50; blind set 40 codes "registered a criminal case" 091).
@pytest.mark.parametrize(
    "text",
    [
        "Russia's Investigative Committee opened a criminal case against Alexei Navalny in December 2020 on charges of"
        " fraud.",
        "Prosecutors in Seoul opened a criminal investigation into President Park Geun-hye in October 2016.",
    ],
)
def test_a_criminal_case_opened_is_an_investigation(text: str, code: Callable[[str], list[Event]]) -> None:
    codes = [e.cameo for e in code(text)]
    assert "091" in codes and "115" not in codes


# A conviction wiped out, an election declared invalid: a court's voiding of an act (120; court49's reading, with
# "wipe out" and "declare invalid" among the lexicon's rejections, court50); a harvest wiped out is none.
@pytest.mark.parametrize(
    "text",
    [
        "Britain's Court of Appeal wiped out the convictions of the Birmingham Six in March 1991.",
        "Ukraine's Supreme Court declared invalid the run-off of the presidential election in December 2004.",
    ],
)
def test_an_act_wiped_out_or_declared_invalid_is_rejected(
    text: str, code: Callable[[str], list[Event]]
) -> None:
    rejected = of_type(code(text), "REJECT")
    assert rejected and rejected[0].cameo == "120"


def test_a_harvest_wiped_out_is_no_rejection(code: Callable[[str], list[Event]]) -> None:
    assert not of_type(code("The storm wiped out the harvest in the valley in October 2019."), "REJECT")


# A party that declares, determines or finds that a deed amounts to a crime (genocide) accuses the doer (112, as
# court49-1 codes a legislature's declaration); a motion's passing that carries the declaration is the same act
# (component.labelled_crime, court50).
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The State Department determined in March 2022 that the Myanmar army's violence against the Rohingya"
            " amounts to genocide.",
            "USA",
            "MMR",
        ),
        (
            "Lithuania's parliament passed a resolution in May 2021 declaring that China's treatment of the Uighurs"
            " amounts to genocide.",
            "LTU",
            "CHN",
        ),
    ],
)
def test_a_deed_declared_a_genocide_is_an_accusation(
    text: str, source: str, target: str, code: Callable[[str], list[Event]]
) -> None:
    events = code(text)
    accused = [e for e in events if e.cameo == "112"]
    assert accused and {a.code for a in accused[0].source} == {source}
    assert {a.code for a in accused[0].target} == {target}
    assert not [e for e in events if e.cameo[:2] in ("03", "20")]
