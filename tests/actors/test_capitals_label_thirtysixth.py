"""A guest's name written in capitals on a transcript's speaker label is no place (report36, issue 10).

In the examples' podcast "SOFIA RANDE: ..." was read as Bulgaria (the capital's name, matched in capitals):
the article page marked "SOFIA" as an actor and Bulgaria gained two mentions. A label that is a name whole
("NEW YORK:", a dateline) still names its place, and the same name in the turn's text still counts.
"""

from __future__ import annotations

from collections.abc import Callable

from realpolitik.records import ActorMention

Resolve = Callable[..., list[ActorMention]]

PODCAST = (
    "MODERATOR: Presidents Putin and Erdogan met in Sochi yesterday. What was on the table?\n\n"
    "SOFIA RANDE: Russia and Turkey backed opposite sides in 2020, yet they run the centre together.\n\n"
    "JORDAN HALE: Both capitals prefer managing their rivalry.\n\n"
    "NEW YORK: Diplomats met at the United Nations.\n\n"
    "MODERATOR: Did anyone go to Sofia after the talks?"
)


def test_a_capitals_label_of_a_guest_names_no_place(actors: Resolve) -> None:
    found = {(m.text, m.code) for m in actors(PODCAST, "2021-09-30")}
    assert not {code for text, code in found if text in ("SOFIA", "JORDAN")}  # before: BGR and JOR
    assert ("NEW YORK", "USA") in found  # a label that is the place's name whole
    assert ("Sofia", "BGR") in found  # the city named in a sentence
    assert {("Russia", "RUS"), ("Turkey", "TUR")} <= found


def test_a_capitals_headline_keeps_its_places(actors: Resolve) -> None:
    found = {
        (m.text, m.code) for m in actors("SOFIA HOSTS BALKAN SUMMIT\n\nLeaders met on Friday.", "2023-05-02")
    }
    assert ("SOFIA", "BGR") in found  # no label: a headline in capitals
