"""Property-based test of the `code` contract: exactly one output line per non-blank input line, in
input order, whatever a line holds."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from realpolitik.coding import code_jsonl
from realpolitik.config import Settings
from realpolitik.nlp import cached_pipeline

pytestmark = pytest.mark.fuzz

TEXTS = [
    "Russia deployed peacekeepers to Nagorno-Karabakh in November 2020.",
    "Georgia applied for membership of the European Union.",
    "Armenia and Azerbaijan fought a war in 2020.",
]

record = st.fixed_dictionaries(
    {"id": st.text(max_size=8), "text": st.one_of(st.sampled_from(TEXTS), st.text(max_size=60))},
    optional={"date": st.one_of(st.just("2021-05-01"), st.text(max_size=12), st.integers())},
)


def _line(value: object) -> str:
    return json.dumps(value)


lines = st.lists(
    st.one_of(
        record.map(_line),
        st.just('{"id": "s", "text": "broken \\ud800 text"}'),
        st.just('{"id": "\\udfff", "text": "' + TEXTS[0] + '"}'),
        st.just('{"id": "x", "text": "' + TEXTS[1] + ' \\u202e reversed"}'),
        st.text(max_size=40).filter(lambda s: "\n" not in s and "\r" not in s),
        st.just("[1, 2, 3]"),
        st.just("   "),
    ),
    min_size=1,
    max_size=12,
)


@given(lines)
def test_coding_fuzz_one_output_line_per_input_line(raw_lines: list[str]) -> None:
    nlp = cached_pipeline()
    data = [(line + "\n").encode("utf-8", "surrogatepass") for line in raw_lines]
    out = io.StringIO()
    report = code_jsonl(data, out, Settings(batch_size=4), nlp=nlp)
    written = out.getvalue().splitlines()
    expected = [i for i, line in enumerate(raw_lines, 1) if line.strip()]
    assert len(written) == len(expected) == report.coded + len(report.failed)
    for number, text in zip(expected, written, strict=True):
        row = json.loads(text)
        assert set(row) >= {"id", "events"}
        if "error" in row:
            assert row["line"] == number and row["events"] == []
        else:
            source = json.loads(raw_lines[number - 1])
            assert row["id"] == source["id"]
