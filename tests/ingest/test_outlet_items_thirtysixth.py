"""An outlet's name read apart from the description of the item beside it (report36, issue 10).

The examples' podcast line "Regional Monitor Podcast, transcript (excerpt)" was stored as an outlet of its
own: the report counted seven outlets where the corpus has six, and a show of Regional Monitor counted as
an independent source beside Regional Monitor.
"""

import pytest

from realpolitik.ingest.clean import looks_like_outlet, outlet_name, without_item
from realpolitik.ingest.split import split_text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Regional Monitor Podcast, transcript (excerpt)", "Regional Monitor"),
        ("Regional Monitor Podcast", "Regional Monitor"),  # the show is counted as its outlet
        ("Example Radio - full text", "Example Radio"),
        ("Example Wire (audio)", "Example Wire"),
        ("Meridian Wire, episode 12", "Meridian Wire"),
        ("Meridian Wire | transcript of the show", "Meridian Wire"),
        ("RT (excerpt)", "RT"),
        # a name and nothing that describes an item: as it is
        ("Caspian Digest, Baku", "Caspian Digest, Baku"),
        ("Tehran Times (English edition)", "Tehran Times (English edition)"),
        ("Voice of America", "Voice of America"),
        # a show word after a name that is no outlet's stays part of the name
        ("Caspian Podcast", "Caspian Podcast"),
        ("The Podcast", "The Podcast"),
        # a description alone is not cut down to nothing
        ("(excerpt)", "(excerpt)"),
        ("CASPIAN DIGEST (AUDIO)", "Caspian Digest"),
    ],
)
def test_outlet_name_leaves_out_the_description_of_the_item(line: str, expected: str) -> None:
    assert outlet_name(line) == expected


def test_outlet_item_words_alone_are_no_description() -> None:
    # linking words and numbers need a describing word beside them
    assert without_item("Example Wire, of the 2") == "Example Wire, of the 2"
    assert looks_like_outlet("Regional Monitor Podcast, transcript (excerpt)")


PODCAST_DUMP = """Sochi Talks: A Roundtable

September 30, 2021

Regional Monitor Podcast, transcript (excerpt)

MODERATOR: Presidents Putin and Erdogan met in Sochi yesterday. What was on the table?

EMIL HART: Syria first of all, and then the South Caucasus. These two leaders disagree on almost every conflict.

MODERATOR: Is that cooperation stable?

EMIL HART: It is conditional.

EU Monitors Patrol Armenia's Border a Month After Launch

March 17 2023

By Tomas Relland

Regional Monitor

The European Union's civilian mission in Armenia has been patrolling the border with Azerbaijan since February.
Armenian officials welcomed the mission and said it had helped reduce tension along the border.
"""


def test_split_reads_a_podcast_line_as_its_outlet() -> None:
    podcast, patrol = split_text(PODCAST_DUMP, "dump.txt")
    assert (podcast.title, podcast.date, podcast.outlet) == (
        "Sochi Talks: A Roundtable",
        "2021-09-30",
        "Regional Monitor",
    )
    assert patrol.outlet == podcast.outlet  # one outlet, not two
    assert "transcript (excerpt)" not in podcast.text
    assert podcast.text.startswith("MODERATOR:")
    assert patrol.title == "EU Monitors Patrol Armenia's Border a Month After Launch"
