"""Parties, militias, unions and armed groups of the first half of the century (older20, thirtieth session; issue 9):
"the Committee of Union and Progress", "Blackshirts", "the Wafd", "the Trades Union Congress", "the Home Army", and the
Kuomintang as China's party on the mainland before December 1949 (Taiwan's after). Sentences written for these tests
(true statements about real events), real parse, real knowledge base."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.records import ActorMention

Resolve = Callable[..., list[ActorMention]]


@pytest.mark.parametrize(
    ("sentence", "date", "span", "code"),
    [
        (
            "Officers of the Committee of Union and Progress forced the Sultan to restore the constitution.",
            "1908-07-24",
            "Committee of Union and Progress",
            "TUR",
        ),
        ("Blackshirts marched on Rome.", "1922-10-28", "Blackshirts", "ITA"),
        ("The Wafd won the Egyptian election.", "1924-01-12", "Wafd", "EGY"),
        ("The Trades Union Congress called a general strike.", "1926-05-03", "Trades Union Congress", "GBR"),
        ("The Home Army rose against the Germans in Warsaw.", "1944-08-01", "Home Army", "POL"),
        ("The Kuomintang broke with the Communists in Shanghai.", "1927-04-12", "Kuomintang", "CHN"),
        ("The Kuomintang lost the presidential election.", "2016-01-16", "Kuomintang", "TWN"),
    ],
)
def test_group_of_the_first_half_of_the_century_resolves(
    actors: Resolve, sentence: str, date: str, span: str, code: str
) -> None:
    found = {m.text: m.code for m in actors(sentence, date)}
    assert found.get(span) == code, found
