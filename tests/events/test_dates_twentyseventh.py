"""Event dates (twenty-seventh session, quality27; issue 9 item 4): four kinds of wrong dates an analyst traced to
events/dates.py, each on sentences written for these tests about real events of odd years.

(a) a year in an adverbial clause of time or cause ("after the army seized power in 2021, ...") or in a phrase
    after "after"/"since" dates that clause, not the main deed;
(b) a date that names an object ("breached the 2015 nuclear deal's cap") is the object's, not the deed's,
    unless the deed makes the object ("reached the July 2015 deal");
(c) a deadline ("by Sunday") does not date a demand made now, though it dates a deed still to come; "the next
    day", "five days later" count from the sentence's own date;
(d) "X said on Saturday that Y would ...": the day of saying does not date the deed still to come.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from realpolitik.records import Event

from .helpers import date_at, of_type

# (sentence, article date, trigger word, expected (date, precision))
CASES = [
    # (a) 2 February 2021 was a Tuesday; Ukraine's sanctions on three channels tied to Medvedchuk.
    (
        "Two years after the 2019 election, Ukraine imposed sanctions on three television channels tied to Viktor"
        " Medvedchuk.",
        "2021-02-04",
        "imposed",
        ("2021-02-04", "article"),
    ),
    (
        # (written first with "... tied to Viktor Medvedchuk on Tuesday.": the parser hangs the day on the
        # participle "tied", whose date is its own; the day is put where it reads as the deed's)
        "Two years after the 2019 election, Ukraine on Tuesday imposed sanctions on three television channels tied"
        " to Viktor Medvedchuk.",
        "2021-02-04",
        "imposed",
        ("2021-02-02", "day"),
    ),
    (
        "Eighteen years after the 2003 invasion, the United States agreed to end its combat mission in Iraq.",
        "2021-07-27",
        "agreed",
        ("2021-07-27", "article"),
    ),
    (
        "Since Hamas seized Gaza in 2007, Israel has kept the strip under a blockade.",
        "2021-05-20",
        "kept",
        ("2021-05-20", "article"),
    ),
    (
        "Two years after the army seized power in 2021, Myanmar's junta extended the state of emergency for six"
        " more months.",
        "2023-02-02",
        "extended",
        ("2023-02-02", "article"),
    ),
    (
        "After Turkey shot down a Russian jet in November 2015, Moscow imposed sanctions on Turkish goods.",
        "2015-11-30",
        "imposed",
        ("2015-11-30", "article"),
    ),
    # ... while the clause's own deed keeps its date
    (
        "After Turkey shot down a Russian jet in November 2015, Moscow imposed sanctions on Turkish goods.",
        "2015-11-30",
        "shot",
        ("2015-11-01", "month"),
    ),
    # ... and a clause of the same time ("when") still dates the main deed
    (
        "When Hamas attacked Israel in October 2023, Iran praised the assault.",
        "2023-12-01",
        "praised",
        ("2023-10-01", "month"),
    ),
    # (b) Iran passed the deal's limit on its stock of low-enriched uranium on Monday 1 July 2019.
    (
        "Iran breached the 2015 nuclear deal's cap on its stockpile of enriched uranium.",
        "2019-07-02",
        "breached",
        ("2019-07-02", "article"),
    ),
    (
        "Iran breached the 2015 nuclear deal's cap on its stockpile of enriched uranium on Monday.",
        "2019-07-02",
        "breached",
        ("2019-07-01", "day"),
    ),
    # the United States rejoined the Paris climate agreement on Friday 19 February 2021
    (
        "The United States rejoined the 2015 Paris climate agreement.",
        "2021-02-20",
        "rejoined",
        ("2021-02-20", "article"),
    ),
    (
        "The United States rejoined the 2015 Paris climate agreement on Friday.",
        "2021-02-20",
        "rejoined",
        ("2021-02-19", "day"),
    ),
    (
        "The United States withdrew from the 1987 INF Treaty in August 2019.",
        "2019-08-05",
        "withdrew",
        ("2019-08-01", "month"),
    ),
    # a deed that makes its object is dated by it
    (
        "Iran and six world powers reached the July 2015 nuclear deal in Vienna.",
        "2019-05-08",
        "reached",
        ("2015-07-01", "month"),
    ),
    # (c) the Karabakh offensive began on Tuesday 19 September 2023; the ceasefire was agreed on the 20th
    (
        "Azerbaijan launched an offensive in Karabakh on Tuesday, and the Karabakh authorities agreed to a ceasefire"
        " the next day.",
        "2023-09-21",
        "launched",
        ("2023-09-19", "day"),
    ),
    (
        "Azerbaijan launched an offensive in Karabakh on Tuesday, and the Karabakh authorities agreed to a ceasefire"
        " the next day.",
        "2023-09-21",
        "agreed",
        ("2023-09-20", "day"),
    ),
    # Hamas attacked on Saturday 7 October 2023; Israel's cabinet declared war on the 8th
    (
        "Hamas attacked Israel on Saturday, and Israel declared war the following day.",
        "2023-10-09",
        "declared",
        ("2023-10-08", "day"),
    ),
    # Turkey's parliament ratified Finland's accession on 30 March 2023; Finland joined NATO on 4 April
    (
        "Turkey's parliament approved Finland's membership on 30 March 2023, and Finland joined NATO five days"
        " later.",
        "2023-04-05",
        "joined",
        ("2023-04-04", "day"),
    ),
    # ECOWAS gave Niger's junta a week from Sunday 30 July 2023 to reinstate Bazoum
    (
        "ECOWAS told Niger's junta to reinstate President Bazoum by Sunday.",
        "2023-08-02",
        "told",
        ("2023-08-02", "article"),
    ),
    # (d) Putin said on Saturday 25 March 2023 that Russia would station tactical nuclear weapons in Belarus
    (
        "Putin said on Saturday that Russia would station tactical nuclear weapons in Belarus.",
        "2023-03-27",
        "station",
        ("2023-03-27", "article"),
    ),
    # Stoltenberg said on Monday 10 July 2023 that Erdogan would send Sweden's bid to parliament
    (
        "Stoltenberg said on Monday that Turkey would send Sweden's membership bid to its parliament.",
        "2023-07-14",
        "send",
        ("2023-07-14", "article"),
    ),
    # Biden said on Wednesday 14 April 2021 that the troops would leave by 11 September: a deadline of a deed to
    # come dates it
    (
        "Biden said on Wednesday that all American troops would leave Afghanistan by September 11.",
        "2021-04-15",
        "leave",
        ("2021-09-11", "day"),
    ),
    # the day of saying still dates a past deed it reports (as before)
    (
        "Ukraine said on Sunday that Russian missiles had struck Odesa.",
        "2023-07-24",
        "struck",
        ("2023-07-23", "day"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "article_date", "word", "expected"), CASES, ids=[f"{c[0][:50]}|{c[2]}" for c in CASES]
)
def test_dates27_event_date(
    bare_nlp: Language, sentence: str, article_date: str, word: str, expected: tuple[str | None, str]
) -> None:
    assert date_at(bare_nlp, sentence, article_date, word) == expected


# Through the coder (articles dated Friday 1 March 2024): a pledge, refusal or threat made by saying it is dated by
# the day it was said, read as a past day (before: the day a week after the article, as if the deed's future tense
# were the saying's, and a refusal so dated turned "intended"); a deed still to come is not dated by that day.
CODED = [
    (
        "Austria will not sign the United Nations migration pact, its government said on Wednesday.",
        "REJECT",
        "2024-02-28",
        "day",
        "asserted",
    ),
    (
        "Putin said on Saturday that Russia would station tactical nuclear weapons in Belarus.",
        "THREATEN",
        "2024-02-24",
        "day",
        "asserted",
    ),
    (
        "Lavrov will meet Blinken in Geneva, the Russian foreign ministry said on Tuesday.",
        "AGREE",
        "2024-02-27",
        "day",
        "asserted",
    ),
    (
        "Pashinyan will travel to Moscow for talks with Putin, his office said on Wednesday.",
        "AGREE",
        "2024-03-01",
        "article",
        "intended",
    ),
    (
        "Iran breached the 2015 nuclear deal's cap on its stockpile of enriched uranium on Monday.",
        "REJECT",
        "2024-02-26",
        "day",
        "asserted",
    ),
    (
        "ECOWAS told Niger's junta to reinstate President Bazoum by Sunday.",
        "REQUEST",
        "2024-03-01",
        "article",
        "asserted",
    ),
    (
        "Azerbaijan launched an offensive in Karabakh on Tuesday, and the Karabakh authorities agreed to a ceasefire"
        " the next day.",
        "AGREE",
        "2024-02-28",
        "day",
        "asserted",
    ),
]


@pytest.mark.parametrize(
    ("text", "plover", "when", "precision", "modality"), CODED, ids=[c[0][:50] for c in CODED]
)
def test_dates27_coded_event_date(
    code: Callable[[str], list[Event]], text: str, plover: str, when: str, precision: str, modality: str
) -> None:
    events = of_type(code(text), plover)
    assert events, code(text)
    assert [(e.date, e.date_precision, e.modality) for e in events] == [(when, precision, modality)], events


# Counted back from the sentence's own date ("the previous day", "five days earlier", "the day before" at the end of
# its clause); "the day before the vote" names no date of the sentence and dates nothing.
BACK = [
    # Azerbaijan halted its Karabakh offensive on Wednesday 20 September 2023, a day after it began
    (
        "Azerbaijan halted its offensive in Karabakh on Wednesday, after launching it the previous day.",
        "2023-09-21",
        "launching",
        ("2023-09-19", "day"),
    ),
    (
        "Finland joined NATO on 4 April 2023; Turkey's parliament had approved its membership five days earlier.",
        "2023-04-10",
        "approved",
        ("2023-03-30", "day"),
    ),
    # Turkey's referendum was held on Sunday 16 April 2017; the count was announced on Monday
    (
        "The count showed on Monday that Turkish voters had backed Erdogan's new constitution the day before.",
        "2017-04-18",
        "backed",
        ("2017-04-16", "day"),
    ),
    (
        "Russian forces shelled Kharkiv the day before the vote.",
        "2023-09-10",
        "shelled",
        ("2023-09-10", "article"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "article_date", "word", "expected"), BACK, ids=[c[0][:50] for c in BACK]
)
def test_dates27_counted_back(
    bare_nlp: Language, sentence: str, article_date: str, word: str, expected: tuple[str | None, str]
) -> None:
    assert date_at(bare_nlp, sentence, article_date, word) == expected
