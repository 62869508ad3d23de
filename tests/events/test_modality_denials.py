"""A denial of one's part in a deed is not a denial of the deed, a deed that failed was still done, and a deed
that only seems to come stays a guess, one told as done is asserted (issue 9): "<deed>; X denied any involvement",
"its failed invasion", "It appears / looks as if X will do Y", "decided to meet" against "agreed to meet"."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Token

from realpolitik.events.modality import classify_modality

from .helpers import Code

Finder = Callable[[str, str], Token]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a clause stated before "; X denied <its part>" is the author's statement, not the denied content
        (
            "A cyber attack disabled Estonian government websites in 2007; Moscow denied any involvement.",
            "attack",
        ),
        ("Azerbaijani forces shelled Stepanakert in 2020; Baku denied targeting civilians.", "shelled"),
        (
            "Chinese ships rammed Philippine vessels near Second Thomas Shoal in 2024; Beijing denied any wrongdoing.",
            "rammed",
        ),
        ("Russian jets bombed Aleppo in 2016; Moscow denied hitting hospitals.", "bombed"),
        # (the same with the verb of denial taking an object of its own, after a comma)
        ("Unidentified divers blew up the pipelines, Moscow denied any role.", "blew"),
    ],
)
def test_modality_denied_part_leaves_the_stated_deed_asserted(
    token_of: Finder, sentence: str, word: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == "asserted"


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # the deed the denier's own verb takes stays denied
        ("Moscow denied attacking the convoy near Aleppo.", "attacking", "negated"),
        ("Iran denied that it had supplied missiles to the Houthis.", "supplied", "negated"),
        ("Baku denied that its troops had shelled Armenian villages.", "shelled", "negated"),
        # "denied any role in <deed>": the denier's part is denied, so is a deed coded with the denier as doer
        ("Moscow denied any involvement in the poisoning of Alexei Navalny.", "poisoning", "negated"),
        # a reported deed before the semicolon keeps the report's own modality
        (
            "Analysts said Russian forces may have blown up the dam; Moscow denied any responsibility.",
            "blown",
            "hypothetical",
        ),
    ],
)
def test_modality_denials_that_take_the_deed_stay_negated(
    token_of: Finder, sentence: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


@pytest.mark.parametrize(
    ("sentence", "doer", "reporter"),
    [
        # the deed stated before "; X denied any <part>" is not X's report: reported by the earlier speaker, or
        # in the author's voice
        (
            "Polish officials said a Belarusian helicopter had violated Polish airspace; Minsk denied the claim.",
            "BLR",
            "POL",
        ),
        (
            "Chinese ships rammed Philippine vessels near Second Thomas Shoal in 2024; Beijing denied any wrongdoing.",
            "CHN",
            None,
        ),
        ("Russian jets bombed Aleppo in 2016; Moscow denied hitting hospitals.", "RUS", None),
    ],
)
def test_modality_denied_part_is_not_the_deniers_report(
    code: Code, sentence: str, doer: str, reporter: str | None
) -> None:
    events = [e for e in code(sentence) if doer in {a.code for a in e.source}]
    assert events, "no event of the doer"
    event = events[0]
    assert event.modality == "asserted"
    assert (event.attribution.code if event.attribution else None) == reporter


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # a deed done even though it failed
        (
            "In 1961 the United States backed the failed invasion of Cuba at the Bay of Pigs.",
            "invasion",
            "asserted",
        ),
        ("After the failed Camp David summit in 2000, Arafat returned to Gaza.", "summit", "asserted"),
        (
            "The unsuccessful talks between Russia and Ukraine in Istanbul in 2022 produced no deal.",
            "talks",
            "asserted",
        ),
        ("The abortive coup against Erdogan in 2016 led to mass arrests in Turkey.", "coup", "asserted"),
        # failing to achieve a deed denies it: an attempt, or a deed whose failure means it was not done
        ("Russia's failed attempt to capture Kyiv in 2022 ended in a retreat.", "capture", "negated"),
        ("The failed capture of Kyiv in 2022 cost Russia many paratroopers.", "capture", "negated"),
    ],
)
def test_modality_failed_deed_was_done(token_of: Finder, sentence: str, word: str, expected: str) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # "it appears / seems / looks" over a deed told as done (past or perfect, no modal) is the writer's hedged
        # judgement of what happened: asserted, as the annotated analysis text codes it
        (
            "It appears that Russia moved tactical nuclear weapons to Belarus in 2023.",
            "moved",
            "asserted",
        ),
        ("It appears that Iran has supplied ballistic missiles to Russia.", "supplied", "asserted"),
        ("It seemed that North Korea had sent artillery shells to Russia.", "sent", "asserted"),
        ("It looks like Russia moved nuclear warheads to Belarus.", "moved", "asserted"),
        ("It looks as if Iran supplied drones to Russia.", "supplied", "asserted"),
        ("It seems as though North Korea sent troops to Russia.", "sent", "asserted"),
        # over a deed to come, a possible one or one under way it is a guess
        ("It appears that Russia will move nuclear weapons to Belarus.", "move", "hypothetical"),
        ("It seems that Iran may have supplied drones to Russia.", "supplied", "hypothetical"),
        ("It looks as if Russia is preparing an offensive against Kharkiv.", "preparing", "hypothetical"),
        ("Russia appears to have moved nuclear warheads to Belarus.", "moved", "hypothetical"),
        ("Apparently Russia moved nuclear warheads to Belarus.", "moved", "hypothetical"),
        # a fact stated plainly, or a time clause beside a verb of seeming, is not a guess
        ("Evidently Russia moved nuclear warheads to Belarus.", "moved", "asserted"),
        ("It is clear that Iran supplied drones to Russia.", "supplied", "asserted"),
        (
            "It seemed like an ordinary Monday in Kyiv when Russia launched its missiles on 10 October 2022.",
            "launched",
            "asserted",
        ),
        ("Russia moved nuclear warheads to Belarus, which appears to worry Poland.", "moved", "asserted"),
    ],
)
def test_modality_it_appears_hedges_what_is_not_told_as_done(
    token_of: Finder, sentence: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # deciding to meet plans the meeting; agreeing to meet is an agreement made
        ("The leaders of India and China decided to meet in Kazan.", "intended"),
        ("Putin and Erdogan have decided to hold talks in Sochi.", "intended"),
        ("Japan decided to hold talks with South Korea on export controls.", "intended"),
        ("Serbia and Kosovo agreed to meet in Brussels.", "asserted"),
        ("Japan and South Korea agreed to hold talks on export controls.", "asserted"),
        ("Egypt agreed to host talks between Israel and Hamas.", "asserted"),
    ],
)
def test_modality_decided_to_meet_is_planned_agreed_to_meet_is_agreed(
    code: Code, sentence: str, expected: str
) -> None:
    events = code(sentence)
    assert events, "no event"
    assert events[0].event == "AGREE"
    assert events[0].modality == expected


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a verb of seeming with an adjective of certainty asserts
        ("It seems clear that Russia moved tactical nuclear weapons to Belarus in 2023.", "moved"),
        ("It appears obvious that Iran supplied drones to Russia.", "supplied"),
        ("It seems certain that North Korea sent troops to Russia in 2024.", "sent"),
        # deed nouns joined to the verb of seeming or in an adjunct of time are given, outside the guess
        (
            "It seems that Moscow distrusts the West, especially after the expansion of NATO in 2004, and NATO's "
            "bombing of Serbia in 1999.",
            "bombing",
        ),
        (
            "It appears that Baku wants more land, especially after the capture of Shusha in 2020 and Azerbaijan's "
            "offensive in 2023.",
            "offensive",
        ),
        (
            "It appears that Baku wants more land, especially after the capture of Shusha in 2020 and Azerbaijan's "
            "offensive in 2023.",
            "capture",
        ),
    ],
)
def test_modality_seeming_certain_or_beside_the_guess_is_stated(
    token_of: Finder, sentence: str, word: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == "asserted"
