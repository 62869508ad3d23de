"""Event readings by category, eighteenth session (issue 9, deeds8): protest wording (strikes as leaving work, stoppages,
human chains, crowds packing, clogging or hemming in, charging, rising up and setting fire), each checked on sentences written for these tests (true
statements about real events) through the real pipeline, with look-alikes that keep their own reading. A source or
target left as None is not checked here.
"""

from __future__ import annotations

import pytest

from .helpers import Code, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # 143 working people leaving their pits, posts, classrooms or hospitals, or walking off the job or the set
        ("Thousands of Kenyan nurses walked off the job in December 2016 over pay.", "PROTEST", "143", "KEN", None),
        ("American actors walked off their film sets in July 2023 in a strike over pay.", "PROTEST", "143", "USA", None),
        ("Welsh coal miners quit the pits in March 1984 as the national strike began.", "PROTEST", "143", "GBR", None),
        ("Teachers in Poland left their classrooms in April 2019 in a nationwide strike over pay.", "PROTEST", "143", "POL", None),
        ("Thousands of South Korean trainee doctors left their hospitals in February 2024.", "PROTEST", "143", "KOR", None),
        # 143 a stoppage begun or staged
        ("Argentine unions staged a nationwide stoppage in May 2019 against the government's austerity.", "PROTEST", "143", None, None),
        # 141 a human chain of linked hands or arms; a square packed
        ("Hundreds of thousands of people in Hong Kong linked arms across the city in August 2019.", "PROTEST", "141", "HKG", None),
        ("About two million Lithuanians, Latvians and Estonians linked hands across their republics in August 1989.", "PROTEST", "141", None, None),
        ("Tens of thousands of Serbian students packed Belgrade's Slavija Square in March 2025.", "PROTEST", "141", "SRB", None),
        # 144 ways, buildings and vehicles clogged, shut or hemmed in by a crowd
        ("German farmers clogged the streets of Berlin with their tractors in January 2024.", "PROTEST", "144", "DEU", None),
        ("Hundreds of American students surrounded a police car at Berkeley in October 1964.", "PROTEST", "144", "USA", None),
        ("Striking British miners shut the Saltley coke depot in Birmingham in February 1972.", "PROTEST", "144", "GBR", None),
        # 145 a crowd charging at police, rising up or setting fire to things
        ("Greek protesters charged at the riot police in Athens in June 2011.", "PROTEST", "145", "GRC", None),
        ("Serbian demonstrators rushed at the riot police outside parliament in Belgrade in July 2020.", "PROTEST", "145", "SRB", None),
        ("Residents of South Africa's Vaal townships rose up against rent increases in September 1984.", "PROTEST", "145", "ZAF", None),
        ("Hungarians rose up against Soviet rule in Budapest in October 1956.", "PROTEST", "145", "HUN", None),
        ("Chilean protesters set fire to metro stations in Santiago in October 2019.", "PROTEST", "145", "CHL", None),
        ("Gabonese opposition supporters set fire to the parliament building in Libreville in August 2016.", "PROTEST", "145", "GAB", None),
    ],
)
def test_protest_wording(code: Code, text: str, plover: str, cameo: str, source: str, target: str) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "not_cameo"),
    [
        # leaders leaving a post strike nothing; leaders linking arms for a photograph protest nothing
        ("Britain's prime minister Theresa May left her post in July 2019.", "143"),
        ("Asian leaders linked arms for a group photograph at the ASEAN summit in Bangkok in November 2019.", "141"),
        # a state shutting a crossing obstructs no passage in protest; soldiers setting fire to villages riot not; a
        # stoppage of aid is no strike
        ("Egypt shut the Rafah crossing with Gaza in 2013.", "144"),
        ("Burmese soldiers set fire to Rohingya villages in Rakhine in 2017.", "145"),
        ("Israel ordered a stoppage of aid deliveries into Gaza in March 2025.", "143"),
    ],
)
def test_protest_wording_look_alikes(code: Code, text: str, not_cameo: str) -> None:
    assert all(e.cameo != not_cameo for e in code(text))
