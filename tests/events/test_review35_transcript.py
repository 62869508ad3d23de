"""A place in capitals before a colon ("NEW YORK:", "NEW DELHI:": a dateline) is no guest of a transcript, even
where another label makes the text one (review35 of report35's capitals guests). The transcript is written for
this test; the deeds it names took place (the General Assembly's vote of 2 March 2022 deploring Russia's invasion
of Ukraine), the words are not quotes. Real parse, real knowledge base."""

from __future__ import annotations

from spacy.language import Language

from .helpers import events_on

DATELINE = (
    "MODERATOR: Welcome to the programme. Tonight we discuss the vote in New York.\n\n"
    "NEW YORK: The United Nations General Assembly condemned Russia's invasion of Ukraine on 2 March 2022.\n\n"
    "ANNA BERG: Russia rejected the resolution of the General Assembly.\n\n"
    "SOFIA LIND: Russia vetoed the draft resolution in the Security Council on 25 February 2022.\n"
)


def test_a_dateline_in_capitals_is_no_speaker(nlp: Language) -> None:
    said = {e.attribution.text for e in events_on(nlp, DATELINE, "2022-03-03") if e.attribution is not None}
    assert "NEW YORK" not in said, said
    # (a guest in capitals still opens a turn, also when a place's name is part of the guest's: "Sofia")
    assert {"ANNA BERG", "SOFIA LIND"} <= said, said
