"""A deed told of a thing that names no party (issue 9, forty-ninth session: none49).

Records with no codable event were given one because a deed verb had a thing, not a party, as its doer: a safety
valve that blew read as force, boilers that exploded as a bombing, a torrent of mud that buried villages and killed
people as a killing. `things.thing_doer` reads the doer's kind from WordNet's lexicographer files
(`data/wordnet_thing_nouns.txt`: an artifact, an event, a natural object, a phenomenon or a substance, never a person
or a group) and drops the deed when no party is named on the doer. Weapons, armour, warcraft, aircraft and forces
keep theirs (a car bomb, missiles), as do events whose parties are named ("clashes between Greek and Turkish
Cypriots").

The sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.events.build_lexicon import (
    THING_NOUNS_HEADER,
    default_thing_nouns_output,
    default_wordnet_source,
    thing_nouns_text,
)
from realpolitik.events.things import thing_nouns

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    "text",
    [
        "A safety valve on a tank at the fertiliser plant near Toulouse blew shortly after ten on Friday, loosing a"
        " cloud of ammonia over the nearby suburbs.",
        "The boilers of the river steamer exploded off Memphis before dawn on Thursday, killing more than a thousand"
        " of the soldiers on board.",
    ],
)
def test_none49_thing_doer_no_event(code: Code, text: str) -> None:
    no_event(code, text)


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        # a weapon is a party's even when none is named on it
        (
            "A car bomb exploded outside the French embassy in Tripoli on Tuesday, wounding two French guards.",
            "ASSAULT",
            None,
            "FRA",
        ),
        (
            "NATO missiles destroyed the main bridge over the Danube at Novi Sad on Thursday.",
            "ASSAULT",
            "IGO-NATO",
            None,
        ),
        # an event whose parties are named on it
        (
            "Clashes between Greek and Turkish Cypriots had killed hundreds on the island since December.",
            "ASSAULT",
            None,
            None,
        ),
    ],
)
def test_none49_party_things_keep_their_deed(
    code: Code, text: str, plover: str, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, None, source, target)


def test_none49_thing_nouns_by_lexicographer_file() -> None:
    kinds = thing_nouns()
    assert kinds["valve"] == "artifact"  # (the heart's valve comes first; the machine's second)
    assert kinds["volcano"] == "object"
    assert kinds["gale"] == "phenomenon"
    assert kinds["lava"] == "substance"
    assert kinds["explosion"] == "event"
    # a person or a group among the first two senses, or a deed and an artifact
    assert not {"booster", "embassy", "convoy", "launch", "shot"} & set(kinds)


def test_none49_thing_nouns_file_is_generated(tmp_path: Path) -> None:
    (tmp_path / "index.noun").write_text(
        "  1 licence line\nvalve n 2 0 2 0 00000001 00000002\nsailor n 1 0 1 0 00000003\n", encoding="latin-1"
    )
    (tmp_path / "data.noun").write_text(
        "00000001 08 n 01 valve 0 000 | a heart's valve\n"
        "00000002 06 n 01 valve 0 000 | a machine's valve\n"
        "00000003 18 n 01 sailor 0 000 | a sailor\n",
        encoding="latin-1",
    )
    text, counts = thing_nouns_text(tmp_path)
    assert text == THING_NOUNS_HEADER + "valve artifact\n"
    assert counts == {"nouns": 1}
    source = default_wordnet_source()
    if not (source / "data.noun").is_file():
        pytest.skip("WordNet is not installed")
    text, _ = thing_nouns_text(source)
    assert default_thing_nouns_output().read_text(encoding="utf-8") == text, (
        "run python -m realpolitik.events.build_lexicon"
    )
