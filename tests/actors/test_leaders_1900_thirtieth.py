"""Leaders of the first half of the century (older20, thirtieth session; issue 9): heads of state and government,
foreign ministers, commanders and movement leaders of 1900-1945 in `actors/data/leaders.tsv`, so that fresh text of
the period ("Mussolini", "Clemenceau", "Reza Shah", "Sultan Abdul Hamid II") names a party. Sentences written for these
tests (true statements about real events), real parse, real knowledge base."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.records import ActorMention

from .helpers import coded

Resolve = Callable[..., list[ActorMention]]


@pytest.mark.parametrize(
    ("sentence", "date", "span", "code", "sector"),
    [
        (
            "Adolf Hitler met Benito Mussolini at Klessheim Castle near Salzburg.",
            "1943-04-07",
            "Adolf Hitler",
            "DEU",
            "GOV",
        ),
        (
            "Adolf Hitler met Benito Mussolini at Klessheim Castle near Salzburg.",
            "1943-04-07",
            "Benito Mussolini",
            "ITA",
            "GOV",
        ),
        (
            "Georges Clemenceau quarrelled with Woodrow Wilson over the Rhineland.",
            "1919-04-07",
            "Georges Clemenceau",
            "FRA",
            "GOV",
        ),
        (
            "President Raymond Poincare visited London.",
            "1913-06-24",
            "President Raymond Poincare",
            "FRA",
            "GOV",
        ),
        ("Joachim von Ribbentrop flew to Moscow.", "1939-08-23", "Joachim von Ribbentrop", "DEU", "GOV"),
        ("Reza Shah gave up the throne in favour of his son.", "1941-09-16", "Reza Shah", "IRN", "GOV"),
        (
            "Sultan Abdul Hamid II restored the constitution.",
            "1908-07-24",
            "Sultan Abdul Hamid II",
            "TUR",
            "GOV",
        ),
        ("Lenin denounced the Provisional Government.", "1917-04-17", "Lenin", "RUS", None),
        ("Mussolini sent troops into Abyssinia.", "1935-10-03", "Mussolini", "ITA", "GOV"),
        ("Marshal Pilsudski seized power in Warsaw.", "1926-05-14", "Marshal Pilsudski", "POL", None),
        ("Pope Pius XI condemned the Nazi regime.", "1937-03-21", "Pope Pius XI", "VAT", "REL"),
    ],
)
def test_leader_of_the_first_half_of_the_century_resolves(
    actors: Resolve, sentence: str, date: str, span: str, code: str, sector: str | None
) -> None:
    found = coded(actors(sentence, date))
    assert span in found and found[span][0] == code, found
    if sector is not None:
        assert found[span][1] == sector, found


@pytest.mark.parametrize(
    ("sentence", "date", "span", "code"),
    [
        ("Reinhard Heydrich died of his wounds in Prague.", "1942-06-04", "Reinhard Heydrich", "DEU"),
        ("General Patton crossed the Rhine at Oppenheim.", "1945-03-22", "General Patton", "USA"),
        ("Field Marshal Paulus surrendered at Stalingrad.", "1943-01-31", "Field Marshal Paulus", "DEU"),
        ("General Allenby entered Jerusalem on foot.", "1917-12-11", "General Allenby", "GBR"),
        ("Admiral Darlan was shot dead in Algiers.", "1942-12-24", "Admiral Darlan", "FRA"),
        ("Zhang Xueliang detained Chiang Kai-shek at Xian.", "1936-12-12", "Zhang Xueliang", "CHN"),
        (
            "Rafael Trujillo ordered the massacre of Haitians along the border.",
            "1937-10-02",
            "Rafael Trujillo",
            "DOM",
        ),
    ],
)
def test_commander_or_minister_of_the_wars_resolves(
    actors: Resolve, sentence: str, date: str, span: str, code: str
) -> None:
    found = coded(actors(sentence, date))
    assert span in found and found[span][0] == code, found


@pytest.mark.parametrize(
    ("sentence", "date", "word"),
    [
        ("The city council of Lansing approved the budget.", "2019-05-03", "Lansing"),
        ("A hay harvest was lost to the floods.", "2019-05-03", "hay"),
        ("Mount McKinley was renamed Denali.", "2015-08-30", "McKinley"),
    ],
)
def test_surname_that_is_a_word_or_place_needs_its_title(
    actors: Resolve, sentence: str, date: str, word: str
) -> None:
    assert not [
        m
        for m in actors(sentence, date)
        if word in m.text and m.code == "USA" and (m.kb_id or "").startswith("person-")
    ]
