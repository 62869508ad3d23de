"""An alternative deed after "or else" is a second demand, not an ultimatum (thirty-second session, lead): talk22's
rule reads "told X to do Y or else." (a bare "or else") and "or else face ..." as a threat (139), but "ordered X
to do Y or else (to) do Z" only offers the party told another way to comply, as blind sets 12 and 13 code it.
Sentences written for these tests, true statements, coded through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "target"),
    [
        (
            "The International Court of Justice ordered Senegal to try Hissene Habre without delay or else extradite"
            " him to Belgium.",
            "REQUEST",
            "100",
            "SEN",
        ),
        (
            "Volodymyr Zelenskiy urged the Security Council to expel Russia or else to dissolve itself.",
            "REQUEST",
            None,
            None,
        ),
        # look-alikes that stay threats
        ("The Allies told Germany to sign the peace treaty or else.", "THREATEN", "139", "DEU"),
        (
            "The Soviet Union told Finland to cede the isthmus or else face the consequences.",
            "THREATEN",
            "139",
            "FIN",
        ),
    ],
)
def test_or_else_with_another_deed_is_a_second_demand(
    code: Code, text: str, plover: str, cameo: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, None, target, absent=("THREATEN",) if plover == "REQUEST" else ())
