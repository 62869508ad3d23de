"""Refuge, joint work, trade bars and inquiries, thirty-eighth session (issue 9, deeds38; probes
benchmarks/probes/deeds38-1..4.json).

- A person carried away by another party's craft, ship or forces is given refuge (075): a verb of carrying
  (`coder_words.json` `refuge_verbs`) whose object is a named person or a ruler, whose carrier is of another party,
  with a word of leaving or a "to safety" phrase (`refuge_paths`), a rescue verb (`refuge_self_verbs`) or "took in"
  (`refuge_taking_verbs`); not a person carried out of the carrier's own country (a deportation).
- A passive of two objects names its doer in a "by" phrase the parser hangs on the object it keeps ("was granted
  asylum by X").
- One's firms barred or forbidden from selling, trading or lending to a party: a trade bar (163) aimed at that party.
- Finding out an open question ("to find out whether / why / what / who") is an inquiry (090), as establishing
  whether is.
- A work opened by two parties and named by a name the parser splits ("the Power of Siberia pipeline", "the Baltic
  Pipe") is joint (061); suspects handed over (people told as accused, wanted, charged) are judicial cooperation (063);
  secrets, plans or texts handed over are intelligence shared (064).

Each is checked on sentences written for these tests (true statements about real events) through the real pipeline;
each fails on the code before this session's change. A source or target left as None is not checked.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        # a person carried away, out of a place or to safety by another state's craft
        (
            "American helicopters carried Ferdinand Marcos away from Malacanang Palace in February 1986.",
            "075",
            "USA",
            "PHL",
        ),
        (
            "The British battleship Malaya carried Sultan Mehmed VI away from Constantinople in November 1922.",
            "075",
            "GBR",
            "TUR",
        ),
        # the passive, the carrier's craft in an "aboard" phrase
        (
            "King Haakon and the Norwegian Government were taken aboard a British cruiser at Tromso in June 1940.",
            "075",
            "GBR",
            "NOR",
        ),
        # taken in
        (
            "Spain took in the Venezuelan opposition leader Edmundo Gonzalez in September 2024.",
            "075",
            "ESP",
            "VEN",
        ),
        # the passive of two objects: the granter in the "by" phrase on the object kept
        (
            "Lieutenant General Raoul Cedras was granted asylum by Panama in October 1994.",
            "075",
            "PAN",
            "HTI",
        ),
    ],
)
def test_deeds38_refuge(code: Code, text: str, cameo: str, source: str | None, target: str | None) -> None:
    some_event(code, text, "AID", cameo, source, target)


def test_deeds38_deportation_is_no_refuge(code: Code) -> None:
    # a person carried out of the carrier's own country is deported
    events = code("Britain flew the Jordanian preacher Abu Qatada out of the country in July 2013.")
    assert not [e for e in events if e.cameo == "075"], events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "President Kennedy barred American companies from trading with Cuba in February 1962.",
            "USA",
            "CUB",
        ),
        (
            "In November 1997 President Clinton barred American companies from investing in Sudan.",
            "USA",
            "SDN",
        ),
        (
            "The Commerce Department barred American firms from selling chips to Huawei in May 2019.",
            "USA",
            "CHN",
        ),
    ],
)
def test_deeds38_trade_barred(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "SANCTION", "163", source, target)


def test_deeds38_publication_barred_is_no_trade_bar(code: Code) -> None:
    # a court barring newspapers from publishing is no trade bar
    no_event(
        code, "In 1987 British courts barred newspapers from publishing extracts from Spycatcher.", "SANCTION"
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "In January 1975 President Ford appointed a commission under Nelson Rockefeller to find out whether the "
            "CIA had broken the law.",
            "USA",
        ),
        (
            "The Israeli government set up a commission under Yitzhak Kahan in September 1982 to find out who was "
            "responsible for the massacre at Sabra and Shatila.",
            "ISR",
        ),
    ],
)
def test_deeds38_finding_out_is_an_inquiry(code: Code, text: str, source: str) -> None:
    some_event(code, text, "ACCUSE", "090", source, None)


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        # a work named by a name the parser splits
        ("Poland and Denmark opened the Baltic Pipe in September 2022.", "061", "POL DNK", ""),
        ("Russia and China opened the Power of Siberia pipeline in December 2019.", "061", "RUS CHN", ""),
        # suspects handed over
        (
            "Pakistan handed over a man wanted for the 1993 World Trade Center bombing to the United States in "
            "February 1995.",
            "063",
            "PAK",
            "USA",
        ),
        # secrets handed over
        (
            "Britain handed over the secret of the cavity magnetron to the United States in September 1940.",
            "064",
            "GBR",
            "USA",
        ),
    ],
)
def test_deeds38_joint_work(code: Code, text: str, cameo: str, source: str, target: str) -> None:
    some_event(code, text, "COOPERATE", cameo, source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # troops arriving with a protective purpose of their own (docs/annotation-conventions.md 14.4 (c))
        ("French troops flew into Bangui in December 2013 to protect civilians.", "FRA", "CAF"),
        # ... or at the head of a force sent to keep the peace
        (
            "Nigerian troops landed in Monrovia in August 2003 at the head of a West African force sent to keep the "
            "peace.",
            "NGA",
            "LBR",
        ),
        # a landing begun at a request
        (
            "Australian troops began landing in Honiara in July 2003 at the request of the Solomon Islands government.",
            "AUS",
            "SLB",
        ),
    ],
)
def test_deeds38_protective_landing(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "AID", "074", source, target)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target", "absent"),
    [
        # deeds38 invasion with purpose is no protection
        # a purpose of force is no protection
        (
            "Soviet troops poured into Czechoslovakia in August 1968 to crush the Prague Spring.",
            "ASSAULT",
            None,
            "RUS",
            "CZE",
            ("AID",),
        ),
        # deeds38 inspectors travelling to find out
        # inspectors sent to find out whether are the inquiry, not a visit (14.4 (c)), aimed at the party of the place
        (
            "United Nations inspectors flew to Baghdad in November 2002 to find out whether Iraq still had weapons of "
            "mass destruction.",
            "ACCUSE",
            "090",
            "IGO-UN",
            "IRQ",
            ("CONSULT",),
        ),
    ],
)
def test_deeds38_readings(
    code: Code,
    text: str,
    plover: str,
    cameo: str | None,
    source: str | None,
    target: str | None,
    absent: tuple[str, ...],
) -> None:
    some_event(code, text, plover, cameo, source, target, absent=absent)
