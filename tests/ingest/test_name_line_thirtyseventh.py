"""A headline of capitalised words with no function word is no author's name line (report37, issue 10).

`is_name_line` read "EU Monitors Patrol Armenia's Border" as a personal name, so a short weak line before it (a
caption, "More on this story.") took the headline as its author's line and became the next article's title.
"""

from __future__ import annotations

import pytest

from realpolitik.ingest.clean import is_name_line
from realpolitik.ingest.split import split_text

BODY1 = " ".join(
    ["Armenian and Azerbaijani negotiators met in Brussels on Monday to discuss the border commission."] * 3
)
BODY2 = " ".join(
    ["The European Union mission in Armenia sent more monitors to the border villages this week."] * 3
)


@pytest.mark.parametrize(
    "line",
    [
        "EU Monitors Patrol Armenia's Border",  # a possessive
        "Russia’s Lavrov Visits Baku",
        "NATO Envoy Visits Yerevan",  # an acronym before the last word
        "Putin Meets EU Leaders",
        "EU Envoy Visits Baku",  # an actor's acronym of two letters
    ],
)
def test_a_headline_is_no_name_line(line: str) -> None:
    assert not is_name_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Mark Teller",
        "Sean O'Brien",
        "Juan Carlos de la Vega",
        "Jean DUPONT",
        "EMIL HART",
        "José Luis Rodríguez Zapatero",
        # two initials are no acronym (review37: "PJ Crowley" had stopped being a name line)
        "PJ Crowley",
        "JD Vance",
    ],
)
def test_names_stay_name_lines(line: str) -> None:
    assert is_name_line(line)


@pytest.mark.parametrize(
    ("weak", "headline"),
    [
        ("Photo: EU mission.", "EU Monitors Patrol Armenia's Border"),
        ("Read the full statement here.", "NATO Envoy Visits Yerevan"),
        (
            "More on this story.",
            "Putin Meets Erdogan Again",
        ),  # no possessive, no acronym: the weak line is short
    ],
)
def test_a_short_weak_line_does_not_take_the_next_headline(weak: str, headline: str) -> None:
    text = f"Talks Resume in Brussels\n\nMarch 3, 2023\n\n{BODY1}\n\n{weak}\n\n{headline}\n\nMarch 17, 2023\n\n{BODY2}\n"
    titles = [(a.title, a.date) for a in split_text(text, "dump.txt")]
    assert titles == [
        ("Talks Resume in Brussels", "2023-03-03"),
        (headline, "2023-03-17"),
    ]  # before: the weak line


@pytest.mark.parametrize("author", ["Mark Teller", "Juan Carlos Vega"])
def test_a_weak_title_keeps_its_author(author: str) -> None:
    text = (
        f"Talks Resume in Brussels\n\nMarch 3, 2023\n\n{BODY1}\n\nArmenia and Azerbaijan resume talks.\n\n"
        f"{author}\n\nMarch 17, 2023\n\n{BODY2}\n"
    )
    second = split_text(text, "dump.txt")[1]
    assert (second.title, second.author) == ("Armenia and Azerbaijan resume talks.", author)


# ---- thirty-eighth session: a weak line of five words or more ------------------------------------------------

LEAD = (
    "Vladimir Putin met Recep Tayyip Erdogan again on Friday in Sochi, where the two presidents discussed grain "
    "exports across the Black Sea and the war in Syria."
)
WEAK5 = "Armenia and Azerbaijan resume talks."


@pytest.mark.parametrize("headline", ["Putin Meets Erdogan Again", "Erdogan Hosts Putin Again"])
def test_a_longer_weak_line_does_not_take_a_headline_its_lead_repeats(headline: str) -> None:
    text = f"Talks Resume in Brussels\n\nMarch 3, 2023\n\n{BODY1}\n\n{WEAK5}\n\n{headline}\n\nMarch 17, 2023\n\n{LEAD}\n"
    titles = [a.title for a in split_text(text, "dump.txt")]
    assert titles == [
        "Talks Resume in Brussels",
        headline,
    ]  # before: the weak line, with the headline its author


@pytest.mark.parametrize("author", ["Mark Teller", "Juan Carlos Vega", "Anna Maria Weiss"])
def test_a_longer_weak_title_keeps_an_author_its_lead_does_not_name(author: str) -> None:
    text = f"Talks Resume in Brussels\n\nMarch 3, 2023\n\n{BODY1}\n\n{WEAK5}\n\n{author}\n\nMarch 17, 2023\n\n{LEAD}\n"
    second = split_text(text, "dump.txt")[1]
    assert (second.title, second.author) == (WEAK5, author)
