"""Frame detection on a real spaCy parse: sentence hits with cues, article frames with evidence."""

from __future__ import annotations

import dataclasses

import pytest

from realpolitik.narratives import detect_texts, load_pack
from realpolitik.narratives.detect import article_frames, sentence_hits
from realpolitik.nlp import cached_pipeline, process

PACK = load_pack()


@pytest.mark.parametrize("frame", PACK.frames, ids=lambda f: f.id)
def test_detect_each_pack_example_expresses_its_frame(frame: object) -> None:
    nlp = cached_pipeline(events=False)
    for text, doc in zip(frame.examples, process(nlp, ((e, None) for e in frame.examples)), strict=True):  # type: ignore[attr-defined]
        found = {h.frame for h in sentence_hits(PACK, doc)}
        assert frame.id in found, text  # type: ignore[attr-defined]


ARTICLE = (
    "Fighters recruited by a foreign sponsor were flown to the front and paid a monthly salary. "
    "Local officials said the mercenaries arrived in groups of fifty. "
    "The weather in the capital was mild for the season. "
    "A columnist argued that hired militants now decide battles that armies used to fight."
)


def test_detect_article_frames_carry_their_best_sentences_with_cues() -> None:
    [det] = detect_texts(PACK, [ARTICLE])
    assert det.frames[0].frame == "proxy_mercenaries"
    top = det.frames[0]
    assert 1 <= len(top.sentences) <= PACK.evidence
    assert top.sentences[0].score >= top.sentences[-1].score
    assert all(s.cue and s.matched for s in top.sentences)
    assert all("weather" not in s.text for s in top.sentences)
    assert all(ARTICLE[s.start : s.end].strip() == s.text for s in top.sentences)


def test_detect_neutral_text_carries_no_frame() -> None:
    [det] = detect_texts(
        PACK, ["The ministry published its annual budget. Farmers expect a good harvest this autumn."]
    )
    assert det.frames == () and det.hits == ()


def test_detect_repeated_sentence_counts_once() -> None:
    once = "Critics say the Kremlin is building a USSR 2.0 out of dependent neighbours."
    [det] = detect_texts(PACK, [f"{once}\n\n{once}"])
    [frame] = [f for f in det.frames if f.frame == "russian_imperial_restoration"]
    assert len(frame.sentences) == 1


def test_detect_threshold_decides_presence() -> None:
    [det] = detect_texts(PACK, ["Talks resumed on Monday."])  # one weak cue: below the sentence threshold
    assert det.hits == ()
    strict = dataclasses.replace(PACK, article_threshold=1.0)
    assert article_frames(strict, detect_texts(PACK, [ARTICLE])[0].hits) == ()


def test_detect_actor_cue_uses_the_resolved_actors() -> None:
    # the sentence hit records the actors the resolver found in it (used to match opposing frames)
    [det] = detect_texts(PACK, ["Tel Aviv sold drones to Baku again this year."])
    hit = next(h for h in det.hits if h.frame == "israel_azerbaijan_axis")
    assert {"ISR", "AZE"} <= set(hit.actors)
