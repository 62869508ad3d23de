"""People the knowledge base does not know, coded by their own description in the sentence (names38, issue 9).

`resolve._people_described`: a name with no mention takes the code of the first actor its description names: an
adjective, a possessive or a metonym before a noun and the name, an apposition after or before the name (also with
a title, a hyphenated surname or initials), a relative clause of leading, "of" and a state or its army after a name
of two words or more. Before, these names carried no code ("the Irish teacher Brian Keenan" coded only "Irish
teacher"; "Count Hatzfeldt, the German Ambassador" only the apposition). Look-alikes: an origin ("the
Russian-born painter"), a place after the noun ("minister in Peking"), another side's noun ("Putin's counterpart").
"""

from __future__ import annotations

import pytest

from .helpers import Resolve


def _codes(actors: Resolve, text: str, date: str, name: str) -> set[str | None]:
    return {m.code for m in actors(text, date) if m.text == name}


@pytest.mark.parametrize(
    ("date", "text", "name", "code"),
    [
        # an adjective and a noun that is no actor's before the name
        (
            "2013-08-01",
            "Russia granted asylum to the American fugitive Edward Snowden.",
            "Edward Snowden",
            "USA",
        ),
        ("1990-08-24", "Kidnappers in Beirut freed the Irish teacher Brian Keenan.", "Brian Keenan", "IRL"),
        (
            "2019-03-01",
            "Pakistan handed back the Indian pilot Abhinandan Varthaman at the Wagah crossing.",
            "Abhinandan Varthaman",
            "IND",
        ),
        # one plural noun before two names joined by "and"
        (
            "2011-09-21",
            "Iran freed the American hikers Shane Bauer and Josh Fattal on Wednesday.",
            "Josh Fattal",
            "USA",
        ),
        # an apposition after the name: an adjective of a noun that is no actor's
        (
            "2010-12-17",
            "Mohamed Bouazizi, a Tunisian street vendor, set himself on fire.",
            "Mohamed Bouazizi",
            "TUN",
        ),
        (
            "2018-10-12",
            "A Turkish court ordered the release of Andrew Brunson, an American pastor.",
            "Andrew Brunson",
            "USA",
        ),
        # a title, a hyphenated surname or initials before an apposition
        (
            "1898-09-02",
            "The agreement was signed by Arthur Balfour and Count Hatzfeldt, the German Ambassador.",
            "Count Hatzfeldt",
            "DEU",
        ),
        (
            "1914-08-01",
            "Count Pourtales, the German Ambassador, called on the Russian foreign minister.",
            "Pourtales",
            "DEU",
        ),
        (
            "1976-07-21",
            "Christopher Ewart-Biggs, Britain's ambassador to Ireland, was killed by a landmine in Dublin.",
            "Christopher Ewart-Biggs",
            "GBR",
        ),
        (
            "1910-03-13",
            "Detectives arrested Mr. V. D. Savarkar, an Indian law student, at Victoria station.",
            "V. D. Savarkar",
            "IND",
        ),
        # a relative clause of leading
        (
            "1920-01-16",
            "Count Albert Apponyi, who leads Hungary's peace delegation, protested against the terms.",
            "Albert Apponyi",
            "HUN",
        ),
        # "of" and a state or a state's army after a name of two words or more
        (
            "1945-09-02",
            "General Tomoyuki Yamashita of the Japanese army surrendered to American forces.",
            "General Tomoyuki Yamashita",
            "JPN",
        ),
        (
            "1911-05-21",
            "Sultan Abd al-Hafid of Morocco asked France for troops.",
            "Sultan Abd al-Hafid",
            "MAR",
        ),
        # another person lends through a possessive
        (
            "2023-07-10",
            "Kim Jong Un's sister, Kim Yo Jong, accused the United States of flying spy planes.",
            "Kim Yo Jong",
            "PRK",
        ),
        # a possessive state before the name
        (
            "1999-05-05",
            "Indonesia's Ali Alatas and Portugal's Jaime Gama signed the accord on East Timor.",
            "Jaime Gama",
            "PRT",
        ),
    ],
)
def test_a_person_takes_the_code_of_the_actor_the_description_names(
    actors: Resolve, date: str, text: str, name: str, code: str
) -> None:
    assert _codes(actors, text, date, name) == {code}


def test_the_first_actor_of_the_description_is_the_persons_side(actors: Resolve) -> None:
    # "of Paris" says which garrison, not whose: the general is German only
    text = "General Dietrich von Choltitz, commander of the German garrison of Paris, surrendered the city."
    assert _codes(actors, text, "1944-08-25", "Dietrich von Choltitz") == {"DEU"}
    # a place after the noun says where the minister served
    text = "Baron Clemens von Ketteler, Germany's minister in Peking, was shot dead in the street."
    assert _codes(actors, text, "1900-06-20", "Clemens von Ketteler") == {"DEU"}


def test_the_name_is_coded_again_as_a_bare_surname(actors: Resolve) -> None:
    text = "Mohamed Bouazizi, a Tunisian street vendor, set himself on fire. Bouazizi died in January."
    assert [(m.text, m.code) for m in actors(text, "2010-12-17") if "Bouazizi" in m.text] == [
        ("Mohamed Bouazizi", "TUN"),
        ("Bouazizi", "TUN"),
    ]


@pytest.mark.parametrize(
    ("date", "text", "name"),
    [
        # an origin, not a side
        ("1985-03-28", "The Russian-born painter Marc Chagall died in the south of France.", "Marc Chagall"),
        # a nickname with "of" and a place is one word of a name
        ("1963-04-08", "The film Lawrence of Arabia won the award for best picture.", "Lawrence"),
    ],
)
def test_an_origin_or_a_place_lends_nothing(actors: Resolve, date: str, text: str, name: str) -> None:
    assert not (
        {c for m in actors(text, date) if name in m.text and m.text != "Arabia" for c in [m.code]} - {None}
    )


@pytest.mark.parametrize(
    ("date", "text", "name", "code", "sector"),
    [
        # holders of a few posts, named without their country (leaders.tsv, names38 rows)
        (
            "2019-02-23",
            "Patrick Shanahan visited the border at McAllen, Texas.",
            "Patrick Shanahan",
            "USA",
            "MIL",
        ),
        ("1906-08-30", "Lord Haldane inspected the German army's manoeuvres.", "Lord Haldane", "GBR", "MIL"),
        (
            "1995-09-13",
            "Richard Holbrooke met Slobodan Milosevic near Belgrade.",
            "Richard Holbrooke",
            "USA",
            "GOV",
        ),
        ("1962-10-25", "Adlai Stevenson confronted Valerian Zorin.", "Valerian Zorin", "RUS", "GOV"),
        (
            "1979-12-24",
            "Dmitry Ustinov signed the directive to send troops into Afghanistan.",
            "Dmitry Ustinov",
            "RUS",
            "MIL",
        ),
        (
            "2014-03-15",
            "Vitaly Churkin vetoed the draft resolution on Crimea.",
            "Vitaly Churkin",
            "RUS",
            "GOV",
        ),
        # heads of international bodies (names38, second part)
        (
            "2008-07-14",
            "Luis Moreno Ocampo asked the judges for an arrest warrant for Omar al-Bashir.",
            "Luis Moreno Ocampo",
            "IGO-ICC",
            "JUD",
        ),
        (
            "2016-05-31",
            "Luis Almagro invoked the Inter-American Democratic Charter against Venezuela.",
            "Luis Almagro",
            "IGO-OAS",
            "GOV",
        ),
    ],
)
def test_holders_of_posts_named_alone(
    actors: Resolve, date: str, text: str, name: str, code: str, sector: str
) -> None:
    assert {(m.code, m.sector) for m in actors(text, date) if m.text == name} == {(code, sector)}


@pytest.mark.parametrize(
    ("date", "text", "surname"),
    [
        # a surname shared with other people is left out of the rows: these stay someone else's or no one's
        ("1963-06-11", "Governor Wallace stood in the schoolhouse door.", "Wallace"),
        ("2000-01-14", "President Portillo of Guatemala took office in January 2000.", "Portillo"),
    ],
)
def test_shared_surnames_of_post_holders_name_no_briton(
    actors: Resolve, date: str, text: str, surname: str
) -> None:
    assert not any(m.code == "GBR" for m in actors(text, date) if surname in m.text)
