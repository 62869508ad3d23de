"""Look-alikes narrowed by the forty-eighth session's review (review48, issue 9). Sentences written for these tests,
true statements about real events, coded through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, some_event


@pytest.mark.parametrize(
    "text",
    [
        # a letter sent to a party is a message: what it is about is no cargo (no arms sent, 072)
        "In 1939 Albert Einstein sent a letter to Roosevelt about the atomic bomb.",
        "In 1962 Khrushchev sent a letter to Kennedy about the missiles in Cuba.",
    ],
)
def test_a_letter_sent_about_arms_is_a_message(code: Code, text: str) -> None:
    some_event(code, text, "CONSULT", "040", None, None, absent=("AID",))


def test_arms_sent_stay_aid(code: Code) -> None:
    some_event(code, "In 1987 Britain sent weapons to the Afghan rebels.", "AID", "072", "GBR", None)
