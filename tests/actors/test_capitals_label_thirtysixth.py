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


def test_a_capitals_label_that_names_an_office_or_a_person_keeps_its_actor(actors: Resolve) -> None:
    # (review36: only a place's name inside a guest's name is dropped; before, every part of such a label was,
    # and "SPOKESWOMAN ZAKHAROVA:" lost Russia as the turn's speaker)
    text = (
        "MODERATOR: What did they say?\n\n"
        "SPOKESWOMAN ZAKHAROVA: We condemn the sanctions.\n\n"
        "KREMLIN SPOKESMAN: We reject the demands.\n\n"
        "UKRAINIAN OFFICIAL: We condemn the attack."
    )
    found = {(m.text, m.code) for m in actors(text, "2022-03-01")}
    assert {
        ("SPOKESWOMAN ZAKHAROVA", "RUS"),
        ("KREMLIN SPOKESMAN", "RUS"),
        ("UKRAINIAN OFFICIAL", "UKR"),
    } <= found, found
