"""A report that restates a deed the article has already reported with a date takes that deed's date (and, for a
definite deed noun, its reading), so the system model counts the deed once (events/restate.py).

The texts are dated 2024-03-01 by the `code` fixture; a report with no date of its own gets that date with the
precision "article" unless it restates an earlier deed.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.records import Event


def _by_trigger(events: list[Event], trigger: str) -> Event:
    found = [e for e in events if e.trigger == trigger]
    assert len(found) == 1, [(e.trigger, e.event, e.date) for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "trigger", "antecedent"),
    [
        (
            "India and Pakistan agreed on 25 February 2021 to observe the ceasefire along the Line of Control. "
            "The agreement was reached by the military commanders of India and Pakistan over a hotline.",
            "reached",
            "agreed observe",
        ),
        (
            "Ethiopia and Eritrea agreed on 9 July 2018 to end the state of war between them. "
            "The agreement was reached by the leaders of Ethiopia and Eritrea in Asmara.",
            "reached",
            "agreed end",
        ),
    ],
)
def test_restate_definite_deed_noun_is_the_deed_just_reported(
    code: Callable[[str], list[Event]], text: str, trigger: str, antecedent: str
) -> None:
    events = code(text)
    first, again = _by_trigger(events, antecedent), _by_trigger(events, trigger)
    assert (again.event, again.cameo, again.date, again.date_precision) == (
        first.event,
        first.cameo,
        first.date,
        "day",
    )
    assert again.reciprocal and {a.code for a in again.source} == {a.code for a in first.source}


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        (
            "Fighting broke out along the border between Kyrgyzstan and Tajikistan on 14 September 2022. "
            "Kyrgyzstan accused Tajikistan of attacking its villages. Both governments reported dozens of people killed.",
            "reported",
            "2022-09-14",
        ),
        (
            "Kyrgyzstan and Tajikistan signed a treaty on their shared border in Bishkek on 13 March 2025. "
            "The treaty was signed by the presidents of Kyrgyzstan and Tajikistan.",
            "signed",
            "2025-03-13",
        ),
    ],
)
def test_restate_undated_report_of_the_same_deed_takes_its_date(
    code: Callable[[str], list[Event]], text: str, trigger: str, day: str
) -> None:
    events = code(text)
    assert [e.date_precision for e in events if e.trigger == trigger] != []
    assert all(e.date == day and e.date_precision == "day" for e in events if e.trigger == trigger)
    # the accusation between them is another deed (another type): it keeps the article's date
    assert all(e.date_precision == "article" for e in events if e.event == "ACCUSE")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the text says it is another deed
        (
            "Russian forces shelled Ukrainian positions near Kharkiv on 1 March 2022. "
            "Russian forces shelled Ukrainian positions again.",
            "shelled",
        ),
        (
            "Russian forces shelled Ukrainian positions near Kharkiv on 1 March 2022. Ukraine accused Russia of war "
            "crimes. Russian artillery also shelled Ukrainian positions.",
            "shelled",
        ),
        # the same kind of deed between other parties
        (
            "India and Pakistan agreed on 25 February 2021 to observe the ceasefire along the Line of Control. "
            "China and India agreed to pull back troops from the Pangong Lake area.",
            "agreed pull",
        ),
    ],
)
def test_restate_another_deed_keeps_its_own_date(
    code: Callable[[str], list[Event]], text: str, trigger: str
) -> None:
    undated = [e for e in code(text) if e.trigger == trigger and e.date == "2024-03-01"]
    assert len(undated) == 1 and undated[0].date_precision == "article"


@pytest.mark.parametrize(
    ("text", "parties", "day"),
    [
        (
            "The presidents of Russia, Iran and Türkiye met in Tehran on 19 July 2022 for talks on Syria. "
            "Vladimir Putin was joined by Ebrahim Raisi and Recep Tayyip Erdoğan at the summit.",
            {"RUS", "IRN", "TUR"},
            "2022-07-19",
        ),
        (
            "The foreign ministers of Armenia and Azerbaijan met in Berlin on 28 February 2024. "
            "They were joined by the German foreign minister, Annalena Baerbock.",
            {"ARM", "AZE", "DEU"},
            "2024-02-28",
        ),
        (
            "Leaders of France, Germany, Russia and Ukraine met in Paris on 9 December 2019. "
            "Emmanuel Macron and Angela Merkel were joined by Vladimir Putin and Volodymyr Zelensky.",
            {"FRA", "DEU", "RUS", "UKR"},
            "2019-12-09",
        ),
    ],
)
def test_restate_meeting_told_as_being_joined_is_the_joint_meeting(
    code: Callable[[str], list[Event]], text: str, parties: set[str], day: str
) -> None:
    joined = _by_trigger(code(text), "joined")
    assert joined.reciprocal and not joined.target
    assert {a.code for a in joined.source} == parties
    assert (joined.date, joined.date_precision) == (day, "day")


def test_restate_meeting_of_fewer_parties_is_another_meeting(code: Callable[[str], list[Event]]) -> None:
    events = code(
        "The presidents of Russia, Iran and Türkiye met in Tehran on 19 July 2022 for talks on Syria. "
        "Vladimir Putin met Recep Tayyip Erdoğan alone on the sidelines."
    )
    later = [e for e in events if e.date_precision == "article" and e.event == "CONSULT"]
    assert len(later) == 1 and {a.code for a in (*later[0].source, *later[0].target)} == {"RUS", "TUR"}
