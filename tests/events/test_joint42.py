"""Joint action read from togetherness, forty-second session (issue 9, joint42; probe benchmarks/probes/joint42-1.json).

- A deed of any verb the lexicon has no reading for (or only a no-event one of the dictionary's, or a hand no-event
  one named by its particle alone: "lifted off") is the parties' material cooperation (06x by what is done,
  joint.cooperation_code) when its doers are two or more states bound by a coordination ("A and B sent ...",
  "American and Soviet crews", "teams from A and B") or by a comitative partner of another state ("with the Soviet
  Union", "beside the Soviet commander"): a reciprocal deed, every party a source (triggers._togetherness,
  joint.coordinated_doers, joint.comitative_partners; coder_words.json joint_comitative_preps).
- A reading that wants a pair ("opened a bridge", +pair) finds it in such a partner too.
- Never: a verb whose first WordNet sense is a state, a change, words, a contest, eating, a feeling, a perception or
  having (data/wordnet_no_deed_verbs.txt: "share a border", "became allies"), a deed of conflict (a verb whose bare
  reading is one, or an object that is a deed of force or a weapon: "laid down a barrage"), doers acting on each other
  ("played each other"), a journey with a companion, a verb whose clause tells the deed, "with the help of X" (no
  party at the head of the phrase), or a "with" phrase of circumstance ("with 900 refugees still aboard").

Sentences written for these tests (true statements about real events), coded through the real pipeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.events.build_lexicon import (
    NO_DEED_VERBS_HEADER,
    default_no_deed_verbs_output,
    default_wordnet_source,
    no_deed_verbs_text,
)
from realpolitik.events.joint import no_deed_verbs

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "cameo", "sources"),
    [
        # coordinated states, an ordinary verb of doing
        ("The Soviet Union and Vietnam sent the first Vietnamese into space in July 1980.", "060", "RUS VNM"),
        # coordinated adjectives of two states on the doers
        (
            "Estonian and Finnish engineers laid a power cable under the Gulf of Finland in 2006.",
            "061",
            "EST FIN",
        ),
        # a comitative partner of another state
        (
            "Mongolia sent its first cosmonaut into orbit with the Soviet Union in March 1981.",
            "060",
            "MNG RUS",
        ),
    ],
)
def test_joint42_deeds_told_by_togetherness(code: Code, text: str, cameo: str | None, sources: str) -> None:
    some_event(code, text, "COOPERATE", cameo, sources, "")


def test_joint42_a_pair_made_by_a_partner(code: Code) -> None:
    some_event(
        code,
        "Vladimir Putin opened the Blue Stream gas pipeline beside Silvio Berlusconi and Tayyip Erdogan in November "
        "2005.",
        "COOPERATE",
        "061",
        "RUS ITA TUR",
        "",
    )


@pytest.mark.parametrize(
    "text",
    [
        # a state, not a deed
        "India and China share a long Himalayan border.",
        # a change of state
        "Germany and Japan became allies in 1940.",
        # a contest: the doers act on each other
        "Argentina and England played each other in the quarter-finals of the 1986 World Cup.",
        # a deed of force named by the object
        "British and French guns laid down a barrage on the German lines on the Somme in June 1916.",
        # "with the help of X": no party heads the phrase
        "Egypt built the Aswan High Dam with the help of the Soviet Union in the 1960s.",
        # a journey with a companion keeps its own reading
        "Emmanuel Macron travelled to Beijing with Ursula von der Leyen in April 2023.",
        # a "with" phrase of circumstance names no partner
        "The United States turned the liner St. Louis away from Miami in June 1939 with more than 900 German Jewish"
        " refugees still aboard.",
    ],
)
def test_joint42_look_alikes(code: Code, text: str) -> None:
    no_event(code, text, "COOPERATE")


def test_joint42_state_verbs_are_built_from_the_first_sense(tmp_path: Path) -> None:
    # share (v): first a state, then a deed of giving; send (v): first a motion
    lic = "  1 This software and database is being provided to you, the LICENSEE, by Princeton University\n"
    (tmp_path / "index.verb").write_text(
        lic + "share v 2 1 @ 2 0 00000100 00000200\nsend v 1 1 @ 1 0 00000300\n", encoding="latin-1"
    )
    (tmp_path / "data.verb").write_text(
        lic
        + "00000100 42 v 01 share 0 000 00 | have in common\n"
        + "00000200 40 v 01 share 0 000 00 | give out\n"
        + "00000300 38 v 01 send 0 000 00 | cause to go\n",
        encoding="latin-1",
    )
    text, counts = no_deed_verbs_text(tmp_path)
    assert text == NO_DEED_VERBS_HEADER + "share stative\n"
    assert counts == {"verbs": 1}


def test_joint42_state_verbs_file_is_in_sync_with_wordnet() -> None:
    if not (default_wordnet_source() / "data.verb").is_file():
        pytest.skip("WordNet's verb files are not there (Debian's wordnet-base)")
    text, _ = no_deed_verbs_text(default_wordnet_source())
    assert default_no_deed_verbs_output().read_text(encoding="utf-8") == text, (
        "run `python -m realpolitik.events.build_lexicon`"
    )
    assert {"share", "become", "compete"} <= no_deed_verbs()
    assert not {"send", "open", "launch"} & no_deed_verbs()
