"""Tests of the highlight marks: actors and triggers in evidence, segments that cover the text exactly."""

from __future__ import annotations

from typing import Any

import pytest

from realpolitik.web.highlight import Mark, article_marks, evidence_marks, segments


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (
            {"evidence_text": "Iran and Iraq signed a deal.", "source": [{"code": "IRN", "text": "Iran"}],
             "target": [{"code": "IRQ", "text": "Iraq"}], "trigger": "signed", "event": "AGREE", "cameo": "057"},
            {("source", "Iran"), ("target", "Iraq"), ("trigger", "signed")},
        ),
        (
            # whole-word first: "Iran" must not land inside "Iranian"
            {"evidence_text": "Iranian media said Iran protested.", "source": [{"code": "IRN", "text": "Iran"}],
             "target": [], "trigger": "protested", "event": "PROTEST", "cameo": "140"},
            {("source", "Iran"), ("trigger", "protested")},
        ),
        (
            {"evidence_text": "Nothing matches here.", "source": [{"code": "RUS", "text": "Moscow"}],
             "target": [], "trigger": "", "event": "CONSULT", "cameo": "040"},
            set(),
        ),
    ],
)  # fmt: skip
def test_highlight_evidence_marks(event: dict[str, Any], expected: set[tuple[str, str]]) -> None:
    text = event["evidence_text"]
    marks = evidence_marks(event)
    assert {(m.kind, text[m.start : m.end]) for m in marks} == expected
    if event["evidence_text"].startswith("Iranian"):
        assert [m.start for m in marks if m.kind == "source"] == [19]


def test_highlight_segments_cover_text_and_nest() -> None:
    text = "Armenia and Azerbaijan signed it."
    segs = segments(
        text, [Mark(0, 33, "evidence"), Mark(0, 7, "actor", "ARM"), Mark(23, 29, "trigger")], [(0, "ev-0")]
    )
    assert "".join(s.text for s in segs) == text
    assert segs[0].text == "Armenia" and segs[0].css == "hl-actor hl-evidence" and segs[0].anchors == ["ev-0"]
    assert [s.text for s in segs if "trigger" in s.kinds] == ["signed"]


def test_highlight_segments_drop_out_of_range_marks() -> None:
    segs = segments("short", [Mark(3, 99, "actor"), Mark(-1, 2, "actor")])
    assert [(s.text, s.kinds) for s in segs] == [("short", [])]


def test_highlight_article_marks_mentions_and_evidence() -> None:
    art = {
        "text": "Russia sent troops. Nothing else.",
        "mentions": [{"start": 0, "end": 6, "code": "RUS", "sector": None, "why": "name"}],
        "events": [{"evidence_start": 0, "evidence_end": 19, "trigger": "sent troops", "event": "MOBILIZE",
                    "cameo": "150", "modality": "asserted", "source": [{"code": "RUS"}], "target": []}],
    }  # fmt: skip
    kinds = {(m.kind, art["text"][m.start : m.end]) for m in article_marks(art)}
    assert kinds == {("actor", "Russia"), ("evidence", "Russia sent troops."), ("trigger", "sent troops")}
