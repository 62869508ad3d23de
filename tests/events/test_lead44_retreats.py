"""Look-alikes of the forty-fourth session's readings of ground given up (retreat44), narrowed by the lead after
review44's read: a position held "as" a title is an office left (a resignation, CONCEDE 0831), not ground given up;
a compound evacuated by the forces holding it is still a retreat. Sentences written for these tests, true statements
about real events, coded through the real pipeline."""

from __future__ import annotations

from .helpers import Code


def test_a_position_held_as_a_title_vacated_is_a_resignation(code: Code) -> None:
    events = code(
        "Kofi Annan vacated his position as secretary-general of the United Nations at the end of 2006."
    )
    assert [(e.event, e.cameo) for e in events] == [("CONCEDE", "0831")]


def test_a_compound_evacuated_by_its_marines_is_a_retreat(code: Code) -> None:
    events = code("The last American marines evacuated the embassy compound in Saigon on 30 April 1975.")
    assert [(e.event, e.cameo) for e in events] == [("RETREAT", "0874")]
    assert [a.code for a in events[0].source] == ["USA"]
