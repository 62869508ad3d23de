"""The narrative pack: the starter pack's frames, validation errors that name the file and entry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from realpolitik.errors import NarrativePackError
from realpolitik.narratives import DEFAULT_PACK, load_pack, parse_pack

REQUIRED = [
    "multipolar_order",
    "western_interference",
    "russian_imperial_restoration",
    "russian_decline",
    "turkic_expansion",
    "turkish_azerbaijani_brotherhood",
    "russia_turkey_coopetition",
    "israel_azerbaijan_axis",
    "iran_encirclement",
    "armenia_abandoned",
    "proxy_mercenaries",
    "mediation_peace",
]


def _pack(**over: object) -> dict[str, object]:
    raw: dict[str, object] = {
        "name": "tiny",
        "frames": [
            {
                "id": "calm",
                "name": "Calm",
                "definition": "Everything is calm.",
                "actors": ["ARM"],
                "cues": [{"id": "calm_word", "all": [["calm", "quiet"]], "weight": 0.8}],
                "examples": ["The border stayed calm all week."],
            }
        ],
    }
    raw.update(over)
    return raw


def test_pack_starter_holds_the_required_frames_with_definitions_and_examples() -> None:
    pack = load_pack()
    assert set(REQUIRED) <= set(pack.ids)
    for frame in pack.frames:
        assert frame.name and len(frame.definition) > 80
        assert frame.cues and len(frame.examples) >= 3
    assert 0 < pack.sentence_threshold <= pack.article_threshold or pack.article_threshold < 1
    assert {tuple(o.frames) for o in pack.oppositions} >= {
        ("russian_imperial_restoration", "russian_decline")
    }


def test_pack_digest_changes_with_the_text() -> None:
    a = parse_pack(json.dumps(_pack()), "a.json")
    b = parse_pack(json.dumps(_pack(article_threshold=0.9)), "a.json")
    assert a.digest != b.digest and a.name == "tiny"


@pytest.mark.parametrize(
    ("raw", "needle"),
    [
        ('{"frames": [', "not valid JSON"),
        (json.dumps(_pack(colour="red")), "unknown key(s) ['colour']"),
        (json.dumps(_pack(frames=[])), "'frames' must be a non-empty list"),
        (
            json.dumps(
                _pack(frames=[{**_pack()["frames"][0], "cues": [{"id": "x", "all": [["re:(unclosed"]]}]}])
            ),  # type: ignore[index]
            "frame 'calm' cues[0] cue 'x': bad regular expression",
        ),
        (
            json.dumps(_pack(frames=[{**_pack()["frames"][0], "cues": [{"id": "x", "all": [["$NOPE"]]}]}])),  # type: ignore[index]
            "unknown term list '$NOPE'",
        ),
        (json.dumps(_pack(frames=[_pack()["frames"][0]] * 2)), "duplicate frame id(s) ['calm']"),  # type: ignore[index]
        (
            json.dumps(_pack(oppositions=[{"frames": ["calm", "storm"], "actors": [], "why": "x"}])),
            "oppositions[0]",
        ),
        (json.dumps(_pack(article_threshold=2)), "'article_threshold' must be a number in (0, 1]"),
    ],
)
def test_pack_errors_name_the_file_and_the_entry(raw: str, needle: str) -> None:
    with pytest.raises(NarrativePackError) as info:
        parse_pack(raw, "packs/mine.json")
    assert str(info.value).startswith("packs/mine.json")
    assert needle in str(info.value)
    assert info.value.exit_code == 2


def test_pack_missing_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(NarrativePackError, match="--narratives"):
        load_pack(tmp_path / "absent.json")


def test_pack_starter_is_the_default_file() -> None:
    assert load_pack().path == str(DEFAULT_PACK)
