"""The leaders pack (heads of state and government 1945-2024, `actors/data/leaders.tsv` -> `leaders.json`) and the
title surnames it brings: sentences the project wrote about true events, real parse, real knowledge base."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.actors import build_leaders
from realpolitik.actors.kb import load_kb
from realpolitik.records import ActorMention

from .helpers import coded

Resolve = Callable[..., list[ActorMention]]


def test_leaders_pack_is_generated_from_the_tsv() -> None:
    assert build_leaders.main(["--check"]) == 0


def test_leaders_pack_adds_only_what_people_json_lacks() -> None:
    pack = build_leaders.build(build_leaders.read_rows(), [])
    extended = build_leaders.build(
        build_leaders.read_rows(),
        [
            {
                "id": "person-major",
                "code": "GBR",
                "names": ["John Major"],
                "offices": [{"role": "PM", "code": "GBR", "start": "1990-11-28", "end": "1997-05-02"}],
            }
        ],
    )
    alone = next(p for p in pack["people"] if "John Major" in p.get("names", []))
    assert alone["offices"] and alone["title_surnames"] == ["Major"]
    merged = next(p for p in extended["people"] if p["id"] == "person-major")
    assert "offices" not in merged and "names" not in merged and merged["title_surnames"] == ["Major"]


# The heads of state or government of these states are known on every date from the year given (independence, the
# founding of the state or 1946) to 2024: G20 states, the permanent members and others often in the news.
COVERED = {
    "USA": 1946, "GBR": 1946, "FRA": 1946, "RUS": 1946, "CHN": 1950, "DEU": 1950, "ITA": 1946, "JPN": 1946,
    "CAN": 1946, "AUS": 1946, "IND": 1948, "PAK": 1948, "BRA": 1957, "MEX": 1946, "ARG": 1947, "ZAF": 1946,
    "TUR": 1946, "SAU": 1946, "IDN": 1946, "KOR": 1949, "ISR": 1949, "ESP": 1946, "VNM": 1946, "PHL": 1947,
    "CUB": 1946, "SWE": 1947, "GRC": 1998, "EGY": 1954, "IRQ": 2005, "TWN": 1951, "PRK": 1949, "POL": 1957,
}  # fmt: skip
HEADS = (
    "President",
    "Prime Minister",
    "Premier",
    "Chancellor",
    "King",
    "Queen",
    "Emperor",
    "leader",
    "Taoiseach",
)


@pytest.mark.parametrize("code", sorted(COVERED))
def test_head_of_state_or_government_known_every_year(code: str) -> None:
    kb = load_kb()
    offices = [
        p
        for e in kb.entries.values()
        if e.kind == "person"
        for p in e.periods
        if p.code == code and p.sector == "GOV" and any(h in p.role for h in HEADS)
    ]
    gaps = [
        f"{year}{day}"
        for year in range(COVERED[code], 2025)
        for day in ("-02-01", "-08-01")
        if not any(p.covers(f"{year}{day}") for p in offices)
    ]
    assert not gaps, f"{code}: no head of state or government on {gaps[:5]}"


@pytest.mark.parametrize(
    ("sentence", "date", "span", "code", "sector"),
    [
        # title and surname, no country word, in office on the date
        (
            "President Truman ordered the Berlin airlift to go on.",
            "1948-07-20",
            "President Truman",
            "USA",
            "GOV",
        ),
        ("Chancellor Adenauer flew to Moscow for talks.", "1955-09-09", "Chancellor Adenauer", "DEU", "GOV"),
        (
            "Premier Zhou Enlai received the Pakistani envoy.",
            "1963-03-02",
            "Premier Zhou Enlai",
            "CHN",
            "GOV",
        ),
        (
            "Premier Kosygin met President Johnson at Glassboro.",
            "1967-06-23",
            "Premier Kosygin",
            "RUS",
            "GOV",
        ),
        (
            "Premier Kosygin met President Johnson at Glassboro.",
            "1967-06-23",
            "President Johnson",
            "USA",
            "GOV",
        ),
        (
            "President Sukarno broke off talks with the Dutch.",
            "1957-12-05",
            "President Sukarno",
            "IDN",
            "GOV",
        ),
        (
            "Prime Minister Nehru welcomed the Soviet leaders.",
            "1955-11-18",
            "Prime Minister Nehru",
            "IND",
            "GOV",
        ),
        # a surname that is a common word or a first name needs its title
        ("Prime Minister Major flew to Washington.", "1991-12-20", "Prime Minister Major", "GBR", "GOV"),
        ("President Ford pardoned his predecessor.", "1974-09-08", "President Ford", "USA", "GOV"),
        ("President Park declared martial law.", "1972-10-17", "President Park", "KOR", "GOV"),
        ("President Park visited Beijing.", "2015-09-02", "President Park", "KOR", "GOV"),
        ("Premier Li received the Thai king.", "1991-03-03", "Premier Li", "CHN", "GOV"),
        ("Prime Minister Zia met the Indian envoy.", "1993-05-03", "Prime Minister Zia", "BGD", "GOV"),
        ("General Zia met the Indian envoy.", "1983-05-03", "General Zia", "PAK", "GOV"),
        # known outside the term: a national of the country, with the sector of that time
        ("Richard Nixon met Chiang Kai-shek in Taipei.", "1967-04-05", "Richard Nixon", "USA", "ELI"),
        ("Richard Nixon met Chiang Kai-shek in Taipei.", "1967-04-05", "Chiang Kai-shek", "TWN", "GOV"),
        ("Mr Heath criticised the government's policy.", "1981-03-03", "Heath", "GBR", "ELI"),
        ("Khrushchev denounced Stalin in a secret speech.", "1956-02-25", "Stalin", "RUS", "ELI"),
    ],
)
def test_titled_leader_resolves(
    actors: Resolve, sentence: str, date: str, span: str, code: str, sector: str | None
) -> None:
    found = coded(actors(sentence, date))
    assert found.get(span) == (code, sector), found


@pytest.mark.parametrize(
    ("sentence", "date", "word"),
    [
        ("Ford Motor workers went on strike in Detroit.", "1975-03-03", "Ford"),
        ("Major General Kim said the troops would stay.", "1979-05-03", "Major"),
        ("A ban on imports of the grain took effect.", "2009-05-03", "ban"),
        ("Brown and Wilson signed the lease on Tuesday.", "1965-06-01", "Wilson"),
    ],
)
def test_title_surname_needs_its_title(actors: Resolve, sentence: str, date: str, word: str) -> None:
    assert not [m for m in actors(sentence, date) if word in m.text and m.code in ("USA", "GBR", "IGO-UN")]


# Issue 9, thirteenth session (roles3): foreign ministers of more states and heads of government of Ireland and
# Bulgaria, named bare as wire copy names them.
@pytest.mark.parametrize(
    ("sentence", "date", "span", "code"),
    [
        ("Sushma Swaraj flew to Kabul for talks.", "2015-12-25", "Sushma Swaraj", "IND"),
        ("Taro Kono summoned the South Korean ambassador.", "2019-07-19", "Taro Kono", "JPN"),
        ("Kang Kyung-wha met her Japanese counterpart in Bangkok.", "2019-08-02", "Kang Kyung-wha", "KOR"),
        ("Hoshyar Zebari addressed the Arab League in Cairo.", "2011-03-02", "Hoshyar Zebari", "IRQ"),
        ("Saud al-Faisal met the American envoy in Jeddah.", "1990-08-06", "Saud al-Faisal", "SAU"),
        ("Garret FitzGerald signed the agreement at Hillsborough.", "1985-11-15", "Garret FitzGerald", "IRL"),
        ("Boyko Borisov resigned in February 2013.", "2013-02-20", "Boyko Borisov", "BGR"),
    ],
)
def test_ministers_and_heads_of_more_states_resolve(
    actors: Resolve, sentence: str, date: str, span: str, code: str
) -> None:
    found = coded(actors(sentence, date))
    assert found.get(span) == (code, "GOV"), found
