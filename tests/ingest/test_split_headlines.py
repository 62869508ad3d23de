"""The splitter's headline score and related-link lists (issue 11): a headline with no dateline or
byline after a paragraph opens an article; a "Related Posts" list with teasers is not an article."""

from __future__ import annotations

import pytest

from realpolitik.ingest.split import _headline_weights, headline_score, split_text

BORDER = (
    "Armenia and Azerbaijan agreed on 19 April 2024 to delimit a first section of their border, between "
    "the Tavush region of Armenia and the Gazakh district of Azerbaijan. Under the deal Armenia agreed to "
    "hand four abandoned villages to Azerbaijan, and surveyors began to place border markers in May."
)
GEORGIA = (
    "Georgia applied for membership of the European Union on 3 March 2022, days after Russia invaded "
    "Ukraine; Moldova applied on the same day. The European Council granted Georgia the status of a "
    "candidate country in December 2023."
)
TEASER_MOLDOVA = (
    "The European Union opened accession negotiations with Moldova and Ukraine in June 2024 at an "
    "intergovernmental conference in Luxembourg. The talks cover the chapters of European law that each "
    "candidate has to adopt before it can join the Union, a process that usually takes many years…"
)
TEASER_UKRAINE = (
    "Ukraine submitted its application for membership of the European Union on 28 February 2022, four "
    "days after the Russian invasion began. The European Council granted Ukraine candidate status in June "
    "2022 together with Moldova, while Georgia was first asked to meet a list of conditions. Read more"
)
PEACEKEEPERS = (
    "Russia completed the withdrawal of its peacekeepers from the Karabakh region of Azerbaijan in June "
    "2024. The contingent had been deployed under the trilateral statement of November 2020, which ended "
    "six weeks of war between Armenia and Azerbaijan."
)

DUMP = f"""\
Armenia and Azerbaijan Agree on a First Border Section

April 19, 2024

By Jane Holloway

{BORDER}

Georgia Applies for Membership of the European Union

{GEORGIA}

Related Posts

Moldova and Ukraine Open Accession Talks
{TEASER_MOLDOVA}

Ukraine Applies for Membership
{TEASER_UKRAINE}

Russian Peacekeepers Leave Karabakh

June 12, 2024

{PEACEKEEPERS}
"""


def test_split_headline_without_dateline_after_a_paragraph_opens_an_article() -> None:
    articles = split_text(DUMP, "dump.txt")
    # Before: the Georgian article was merged into the border article, and the related list's second
    # teaser became an article of its own.
    assert [a.title for a in articles] == [
        "Armenia and Azerbaijan Agree on a First Border Section",
        "Georgia Applies for Membership of the European Union",
        "Russian Peacekeepers Leave Karabakh",
    ]
    border, georgia, peace = articles
    assert border.text.strip() == BORDER and georgia.text.strip() == GEORGIA
    assert "Moldova and Ukraine Open" not in georgia.text and "Read more" not in peace.text
    assert peace.date == "2024-06-12" and peace.text.strip() == PEACEKEEPERS


@pytest.mark.parametrize(
    "heading", ["Related News/Posts", "RELATED POSTS:", "Related news and videos", "See also"]
)
def test_split_related_headings_start_a_list_of_links(heading: str) -> None:
    dump = DUMP.replace("Related Posts", heading)
    assert [a.title for a in split_text(dump, "dump.txt")][1:] == [
        "Georgia Applies for Membership of the European Union",
        "Russian Peacekeepers Leave Karabakh",
    ]


@pytest.mark.parametrize(
    ("line", "prev", "nxt", "opens"),
    [
        # a headline in title case whose lead repeats its words, after a paragraph: a new article
        ("Georgia Applies for Membership of the European Union", BORDER, GEORGIA, True),
        # a short section heading inside an article does not
        ("The Next Steps", BORDER, PEACEKEEPERS, False),
        # a sentence-case line that the next paragraph does not echo does not
        ("What the agreement means for the region", BORDER, PEACEKEEPERS, False),
        # a section heading of an analysis, echoed by its paragraph but not in full, stays inside
        (
            "Russia and Iran: Diverging Interests",
            BORDER,
            "Russia and Iran disagree on the transit routes. " * 4,
            False,
        ),
        # nor a headline-like line that is not preceded by a finished paragraph nor followed by one
        ("Georgia Applies for Membership", "Key points", "Tbilisi", False),
    ],
)
def test_split_headline_score_reads_length_case_and_context(
    line: str, prev: str, nxt: str, opens: bool
) -> None:
    assert (headline_score(line, 2, 2, prev, nxt) >= _headline_weights()["threshold"]) is opens
