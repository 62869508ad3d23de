"""A deed neither confirmed nor denied is left open, and a claim in the past under a verb of insisting is a
claim, not a demand (issue 9, ninth session): "Israel neither confirmed nor denied that it had struck X" and
"never confirmed that" are hypothetical, not negated; "Moscow insists that it did not shell the plant" denies
the shelling on Moscow's word, with no demand coded."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Token

from realpolitik.events.modality import classify_modality

from .helpers import Code, no_event

Finder = Callable[[str, str], Token]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        (
            "Israel neither confirmed nor denied that it had struck the Iranian consulate in Damascus.",
            "struck",
            "hypothetical",
        ),
        (
            "Israel did not confirm or deny that it had killed the Iranian scientist in 2020.",
            "killed",
            "hypothetical",
        ),
        (
            "Israel never confirmed that it had killed the Iranian scientist in 2020.",
            "killed",
            "hypothetical",
        ),
        (
            "Ukraine did not confirm that its drones had struck the refinery in Ryazan.",
            "struck",
            "hypothetical",
        ),
        # confirmed, or denied alone, keep their reading
        ("Israel confirmed that it had killed the Hamas leader in Gaza.", "killed", "asserted"),
        ("Russia denied that it had shelled the Zaporizhzhia plant.", "shelled", "negated"),
    ],
)
def test_modality_neither_confirmed_nor_denied_is_open(
    token_of: Finder, sentence: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


@pytest.mark.parametrize(
    ("sentence", "doer", "speaker"),
    [
        ("Moscow insists that it did not shell the Zaporizhzhia plant.", "RUS", "RUS"),
        ("Tehran insisted that it did not send drones to Russia for the war.", "IRN", "IRN"),
        ("Kyiv insisted that Russian troops did shell the Zaporizhzhia plant.", "RUS", "UKR"),
    ],
)
def test_modality_insisting_on_a_past_deed_is_a_claim_not_a_demand(
    code: Code, sentence: str, doer: str, speaker: str
) -> None:
    events = no_event(code, sentence, "REQUEST")
    deeds = [e for e in events if doer in {a.code for a in e.source}]
    assert deeds, "the deed is lost"
    assert deeds[0].attribution is not None and deeds[0].attribution.code == speaker
    assert deeds[0].modality == ("negated" if " not " in sentence else "asserted")
