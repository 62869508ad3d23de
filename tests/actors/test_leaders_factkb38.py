"""Fact check of names38's leaders.tsv rows (factkb38, issue 9, thirty-eighth session).

Lord Ismay's only row was his NATO term, so the person's code outside it was IGO-NATO ("General Ismay" of 1942,
"Lord Ismay" of 1950 and 1960); his British posts now make it GBR. George Robertson's defence row and his NATO row
were two entries with the same names and two codes; they are one person now, NATO's during his term only. Two title
surnames names38 added were also another state's official's in the news: "Admiral Fallon" (William Fallon, USA) was
GBR by Michael Fallon's, "Ambassador Sergeyev" of Ukraine (Yuriy Sergeyev) RUS by Igor Sergeyev's; each has an entry
now and the namesake rule takes the one in office on the date. names38's second part (heads of international
bodies) had the first case again: people with only an IGO row were the IGO's before and after it ("Foreign Minister
Almagro" 2012, "Governor Beasley" 1997, "Cindy McCain" 2008); their state posts are added.
"""

from __future__ import annotations

import pytest

from .helpers import Resolve


@pytest.mark.parametrize(
    ("date", "text", "name", "code"),
    [
        ("1942-06-01", "General Ismay met the chiefs of staff in London.", "General Ismay", "GBR"),
        ("1950-06-01", "Lord Ismay visited Karachi.", "Lord Ismay", "GBR"),
        ("1954-06-01", "Lord Ismay visited Karachi.", "Lord Ismay", "IGO-NATO"),
        ("1960-06-01", "Lord Ismay criticised the government.", "Lord Ismay", "GBR"),
        ("1998-06-01", "George Robertson visited Kosovo.", "George Robertson", "GBR"),
        ("2002-06-01", "Lord Robertson warned Russia.", "Lord Robertson", "IGO-NATO"),
        ("2012-06-01", "Lord Robertson spoke in Moscow.", "Lord Robertson", "GBR"),
        ("2007-06-01", "Admiral Fallon, the head of Central Command, visited Baghdad.", "Fallon", "USA"),
        ("2016-06-01", "Mr Fallon said Britain would send troops.", "Fallon", "GBR"),
        ("2014-03-15", "Ambassador Sergeyev of Ukraine accused Moscow.", "Ambassador Sergeyev", "UKR"),
        ("2000-06-01", "Marshal Sergeyev visited Chechnya.", "Sergeyev", "RUS"),
        ("2012-06-01", "Foreign Minister Almagro met his Argentine counterpart.", "Minister Almagro", "URY"),
        (
            "2018-06-01",
            "Secretary General Almagro condemned Venezuela.",
            "Secretary General Almagro",
            "IGO-OAS",
        ),
        ("1997-06-01", "Governor Beasley signed the bill.", "Governor Beasley", "USA"),
        ("2008-06-01", "Cindy McCain campaigned in Ohio.", "Cindy McCain", "USA"),
        ("2024-06-01", "Cindy McCain warned of famine in Gaza.", "Cindy McCain", "IGO-WFP"),
        (
            "2008-06-01",
            "Baroness Scotland, the Attorney General, defended the decision.",
            "Baroness Scotland",
            "GBR",
        ),
        ("1986-06-01", "Michel Camdessus raised interest rates.", "Michel Camdessus", "FRA"),
        ("1974-06-01", "Sonny Ramphal visited London.", "Sonny Ramphal", "GUY"),
    ],
)
def test_post_holders_code_outside_their_terms(
    actors: Resolve, date: str, text: str, name: str, code: str
) -> None:
    assert {m.code for m in actors(text, date) if m.text == name} == {code}
