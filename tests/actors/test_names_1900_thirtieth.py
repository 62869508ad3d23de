"""Names of the first half of the century (older20, thirtieth session; issue 9): states, armed forces, police and
legislatures as wire copy of 1900-1950 names them ("the Ottoman Empire", "Abyssinian troops", "the Red Army", "the
Wehrmacht", "the Reichstag") and places of the time ("Petrograd", "Constantinople", "Manchuria", "Salonika"), so that
fresh text of the period names its parties and places. Sentences written for these tests (true statements about real
events), real parse, real knowledge base."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.records import ActorMention

Resolve = Callable[..., list[ActorMention]]


@pytest.mark.parametrize(
    ("sentence", "date", "span", "code"),
    [
        (
            "The Ottoman Empire entered the war on the side of Germany.",
            "1914-11-02",
            "Ottoman Empire",
            "TUR",
        ),
        ("Ottoman troops evacuated Jerusalem.", "1917-12-08", "Ottoman troops", "TUR"),
        ("Italy invaded Abyssinia.", "1935-10-03", "Abyssinia", "ETH"),
        ("The Red Army crossed into eastern Poland.", "1939-09-17", "Red Army", "RUS"),
        ("The Wehrmacht marched into Austria.", "1938-03-12", "Wehrmacht", "DEU"),
        ("The Luftwaffe bombed Coventry.", "1940-11-14", "Luftwaffe", "DEU"),
        ("The Royal Navy sank the Bismarck.", "1941-05-27", "Royal Navy", "GBR"),
        ("The Reichstag passed the Enabling Act.", "1933-03-23", "Reichstag", "DEU"),
        ("Austria-Hungary declared war on Serbia.", "1914-07-28", "Austria-Hungary", "AUT"),
        ("The strikers marched through Petrograd.", "1917-03-08", "Petrograd", "RUS"),
        ("Allied troops landed at Salonika.", "1915-10-05", "Salonika", "GRC"),
        ("Japanese troops overran Manchuria.", "1931-12-01", "Manchuria", "CHN"),
    ],
)
def test_name_of_the_first_half_of_the_century_resolves(
    actors: Resolve, sentence: str, date: str, span: str, code: str
) -> None:
    found = {m.text: m.code for m in actors(sentence, date)}
    assert found.get(span) == code, found


def test_red_army_faction_is_no_soviet_army(actors: Resolve) -> None:
    found = {
        m.text: m.code for m in actors("The Red Army Faction kidnapped Hanns Martin Schleyer.", "1977-09-05")
    }
    assert "RUS" not in found.values(), found
