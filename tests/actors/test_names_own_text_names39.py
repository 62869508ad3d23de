"""Names read in their own text first (names39, issue 9, thirty-ninth session).

A bare surname or a title and surname the lists match is first the person the same text named in full before it
(`resolve._names_in_own_text`, `_surnames_of_text_people`): a person the lists know by that full name lends their
entry, a person only the text names takes the match away from the lists' namesake and lends their own code. Then a
clue of the sentence: the name's own description naming another state than the lists' namesake wins
(`_people_described`). Then the lists by date: among namesakes none of whom held office on the date, the one whose
offices are nearest in time (`_pick_person`). Before, each of these surnames went to a namesake of another state.
Look-alikes: the lists' person named in full before, a title the lists' person held on the date, a description that
agrees, a surname with no other reading.
"""

from __future__ import annotations

import pytest

from .helpers import Resolve


def _mentions(actors: Resolve, text: str, date: str, name: str) -> list[tuple[str, str | None, str | None]]:
    found = actors(text, date)
    at = text.rindex(name)  # the last occurrence: the surname after the full name
    return [
        (m.code, m.sector, m.kb_id) for m in found if m.start <= at < m.end or at <= m.start < at + len(name)
    ]


@pytest.mark.parametrize(
    ("date", "text", "name", "code"),
    [
        # a person only the text names, described in full before the surname
        (
            "2003-10-23",
            "Bob Brown, the leader of the Australian Greens, stood up in Canberra when Senator Brown interrupted "
            "President Bush.",
            "Brown",
            "AUS",
        ),
        (
            "2003-07-06",
            "Joseph Wilson, a former American ambassador, had gone to Niger, and Mr Wilson accused the White House of "
            "twisting the evidence.",
            "Wilson",
            "USA",
        ),
        # surname first: the East Asian order
        (
            "2018-02-10",
            "Kim Yong-nam, the head of North Korea's parliament, came to Pyeongchang for the Olympics, and Mr Kim met "
            "President Moon Jae-in.",
            "Kim",
            "PRK",
        ),
        # a full name the lists know lends its own entry
        (
            "2018-04-27",
            "Kim Jong Un crossed the line at Panmunjom in April 2018, and President Moon greeted Mr Kim there.",
            "Kim",
            "PRK",
        ),
        # a person only the text names, with an apposition; the bare surname after it
        (
            "1953-11-01",
            "Sir Ivone Kirkpatrick, a British diplomat, had been High Commissioner in Germany, and in 1953 Kirkpatrick "
            "became Permanent Under-Secretary at the Foreign Office.",
            "Kirkpatrick",
            "GBR",
        ),
        # a predicate of "become" that names an office describes the subject as an apposition does
        (
            "1939-03-01",
            "Sir Hughe Knatchbull-Hugessen became the British Ambassador in Ankara in 1939.",
            "Hughe Knatchbull-Hugessen",
            "GBR",
        ),
        # a clue of the sentence: an apposition that names another state or body than the lists' namesake
        (
            "1951-04-12",
            "The bishops opposed the health scheme of Dr Browne, the Irish Minister for Health.",
            "Browne",
            "IRL",
        ),
        (
            "1999-01-19",
            "General Clark, NATO's supreme commander in Europe, flew to Belgrade to see President Milosevic.",
            "Clark",
            "IGO-NATO",
        ),
        # dates: none of the namesakes in office; the one nearest in time
        (
            "2013-10-15",
            "Mr Johnson, the Mayor of London, led a trade mission to China.",
            "Johnson",
            "GBR",
        ),
        ("1955-06-01", "Mr Wilson spoke for the Labour Party in the Commons debate.", "Wilson", "GBR"),
    ],
)
def test_surname_read_in_its_own_text(actors: Resolve, date: str, text: str, name: str, code: str) -> None:
    codes = {c for c, _, _ in _mentions(actors, text, date, name)}
    assert codes == {code}, _mentions(actors, text, date, name)


def test_a_predicate_naming_no_office_describes_no_one(actors: Resolve) -> None:
    text = "John Glenn became the first American to orbit the Earth."
    assert not _mentions(actors, text, "1962-02-20", "John Glenn")


@pytest.mark.parametrize(
    ("date", "text", "name", "kb_id"),
    [
        # the lists' person named in full before keeps the entry
        (
            "2009-03-03",
            "Gordon Brown flew to Washington, and President Obama received Mr Brown at the White House.",
            "Brown",
            "person-brown-gordon",
        ),
        # a title the lists' person held on the date: another bearer of the surname named before does not take it
        (
            "1998-06-27",
            "Hillary Clinton travelled with her husband to China, and President Clinton met President Jiang Zemin in "
            "Beijing.",
            "Clinton",
            "person-clinton-bill",
        ),
        # a description that agrees keeps the lists' person and its sector
        (
            "1975-11-10",
            "Mr Moynihan, the American ambassador at the United Nations, denounced the resolution.",
            "Moynihan",
            "person-daniel-patrick-moynihan",
        ),
        # no other reading: the lists' person in office on the date
        ("2007-05-01", "Mr Browne visited the troops in Basra.", "Browne", "person-des-browne"),
        # the nearest in time is also the one out of office most recently
        ("1971-05-22", "Mr Johnson opened his library in Austin.", "Johnson", "person-lyndon-b-johnson"),
    ],
)
def test_the_lists_person_stays(actors: Resolve, date: str, text: str, name: str, kb_id: str) -> None:
    ids = {k for _, _, k in _mentions(actors, text, date, name)}
    assert ids == {kb_id}, _mentions(actors, text, date, name)
