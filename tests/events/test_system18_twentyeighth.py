"""Twenty-eighth session (system18, issue 10): misreadings found in the audit of the events behind Armenia-Azerbaijan
and Azerbaijan-Iran on examples/corpus, fixed as categories. Own sentences, odd years or no year."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.records import Event

Code = Callable[[str], list[Event]]


# ---- a visit's host is the place visited, not the neighbour its border is shared with ---------------------------


@pytest.mark.parametrize(
    ("text", "doer", "neighbour"),
    [
        (
            "Chinese President Xi Jinping visited Nyingchi, near the border with India, in July 2021.",
            "CHN",
            "IND",
        ),
        (
            "Indian Prime Minister Narendra Modi visited troops at Lepcha, near the border with China, in November 2023.",
            "IND",
            "CHN",
        ),
        ("US President Joe Biden visited El Paso, on the border with Mexico, in January 2023.", "USA", "MEX"),
        (
            "Erdogan flew to Hatay, on the border with Syria, two days after the earthquake in February 2023.",
            "TUR",
            "SYR",
        ),
    ],
)
def test_a_visit_to_a_place_on_a_border_is_no_visit_to_the_neighbour(
    code: Code, text: str, doer: str, neighbour: str
) -> None:
    visits = [e for e in code(text) if e.cameo == "042"]
    assert visits and {a.code for a in visits[0].source} == {doer}, visits
    assert neighbour not in {a.code for a in visits[0].target}, visits


@pytest.mark.parametrize(
    ("text", "host"),
    [
        # the place's own state is named: it stays the host
        (
            "Turkish President Tayyip Erdogan flew to Nakhchivan, Azerbaijan's exclave on the border with Armenia, "
            "in September 2023.",
            "AZE",
        ),
        ("Vladimir Putin flew to Tehran in November 2015 for talks with Iran's supreme leader.", "IRN"),
    ],
)
def test_a_visit_to_a_named_state_keeps_its_host(code: Code, text: str, host: str) -> None:
    visits = [e for e in code(text) if e.cameo == "042"]
    assert visits and host in {a.code for a in visits[0].target}, visits


# ---- a group named before doing a one-sided deed to no one is not reciprocal ------------------------------------


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "The leaders of the BRICS countries met in Johannesburg in August 2023. "
            "The leaders criticised unilateral trade measures.",
            None,
        ),
        (
            "Vladimir Putin, Recep Tayyip Erdogan and Hassan Rouhani met in Sochi in February 2019. "
            "The three leaders reviewed the work of the constitutional committee.",
            {"RUS", "TUR", "IRN"},
        ),
    ],
)
def test_a_one_sided_deed_of_a_group_named_before_is_not_reciprocal(
    code: Code, text: str, group: set[str] | None
) -> None:
    second = [e for e in code(text) if e.evidence_start > 0 and e.quad_class in (3, 4)]
    assert second, second
    assert not second[0].reciprocal, second
    if group is not None:
        assert {a.code for a in second[0].source} == group, second


@pytest.mark.parametrize(
    "text",
    [
        "Xi Jinping and Vladimir Putin held talks in Moscow in March 2023. The two leaders signed a joint statement.",
        "Vladimir Putin, Recep Tayyip Erdogan and Hassan Rouhani met in Ankara in September 2019. "
        "The three leaders agreed to work together on a new Syrian constitution.",
        "Serbia and Kosovo held talks in Brussels in February 2023. The sides met again in Ohrid in March.",
    ],
)
def test_a_deed_done_with_each_other_by_a_group_named_before_stays_reciprocal(code: Code, text: str) -> None:
    second = [e for e in code(text) if e.evidence_start > 0]
    assert second and second[0].reciprocal, second


# ---- a fee charged is a price asked, not an accusation ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "London began charging drivers a daily fee to enter the city centre in February 2003.",
        "Oslo charges drivers a toll to enter the city.",
        "Stockholm charges drivers a congestion tax on weekdays.",
    ],
)
def test_a_fee_charged_is_no_accusation(code: Code, text: str) -> None:
    assert not [e for e in code(text) if e.cameo.startswith("112")], code(text)


@pytest.mark.parametrize(
    "text",
    [
        "Turkish prosecutors charged the businessman Osman Kavala over the Gezi Park protests in 2019.",
        "Russian investigators charged the American journalist Evan Gershkovich with espionage in 2023.",
    ],
)
def test_a_person_charged_over_or_with_a_crime_is_still_accused(code: Code, text: str) -> None:
    assert [e for e in code(text) if e.cameo.startswith("112")], code(text)
