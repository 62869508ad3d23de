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


# Parties and armed groups of one country the knowledge base lacked (doers34, thirty-fourth session; issue 9): the
# country's own code, REB for armed groups (`global.json`); an army named with a state's adjective was the state's
# own before ("the Japanese Red Army", "the Sudan Liberation Army": MIL). True statements about real events.
@pytest.mark.parametrize(
    ("sentence", "date", "span", "code"),
    [
        (
            "The Karen National Union signed a ceasefire.",
            "2012-01-12",
            "Karen National Union",
            ("MMR", "REB"),
        ),
        ("Aum Shinrikyo released sarin on the subway.", "1995-03-20", "Aum Shinrikyo", ("JPN", "REB")),
        ("The Japanese Red Army hijacked an airliner.", "1977-09-28", "Japanese Red Army", ("JPN", "REB")),
        (
            "The Janatha Vimukthi Peramuna rose in 1971.",
            "1971-04-05",
            "Janatha Vimukthi Peramuna",
            ("LKA", "REB"),
        ),
        ("Hezb-i-Islami shelled Kabul.", "1992-08-10", "Hezb-i-Islami", ("AFG", "REB")),
        ("Move Forward won the election.", "2023-05-14", "Move Forward", ("THA", "OPP")),
        (
            "The Freedom and Justice Party called for protests.",
            "2013-07-05",
            "Freedom and Justice Party",
            ("EGY", "PTY"),
        ),
        (
            "The Sudan Liberation Army attacked El Fasher.",
            "2003-04-25",
            "Sudan Liberation Army",
            ("SDN", "REB"),
        ),
        ("The Pathet Lao took Vientiane.", "1975-08-23", "Pathet Lao", ("LAO", "REB")),
    ],
)
def test_group_of_one_country_by_its_name_resolves(
    actors: Resolve, sentence: str, date: str, span: str, code: tuple[str, str]
) -> None:
    found = {m.text: (m.code, m.sector) for m in actors(sentence, date)}
    assert found.get(span) == code, found
