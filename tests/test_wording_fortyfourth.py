"""Who claims an event when two source mentions share words (forty-fourth session, the lead; a case claims43 left
open): one mention inside another is one party only when both carry one code or the longer joins several names,
so two states whose names share words ("Congo" inside "Democratic Republic of the Congo") are both written."""

from __future__ import annotations

import pytest

from realpolitik.wording import claimed_by

OUTLET = "Kinshasa Wire"


def _who(sources: list[tuple[str | None, str | None]]) -> str:
    # an accusation said (CAMEO 112, verbal conflict) with no attribution: said by its sources, as the outlet reports
    return claimed_by(None, None, None, OUTLET, quad_class=3, sources=sources, cameo="112")


@pytest.mark.parametrize(
    ("sources", "written"),
    [
        pytest.param(
            [("Congo", "COG"), ("the Democratic Republic of the Congo", "COD")],
            f"Congo and the Democratic Republic of the Congo (the sources, as {OUTLET} reports)",
            id="two_states_whose_names_share_words_are_both_written",
        ),
        pytest.param(
            [("the Kremlin", "RUS"), ("the Kremlin spokesman", "RUS")],
            f"the Kremlin spokesman (the source, as {OUTLET} reports)",
            id="one_party_named_twice_is_written_once_the_longer",
        ),
        pytest.param(
            [("Officials in Yerevan", "ARM"), ("Officials in Yerevan and Stepanakert", "XNK")],
            f"Officials in Yerevan and Stepanakert (the source, as {OUTLET} reports)",
            id="a_mention_inside_a_joined_mention_is_written_once",
        ),
        pytest.param(
            [("Armenia", "ARM"), ("Azerbaijan", "AZE")],
            f"Armenia and Azerbaijan (the sources, as {OUTLET} reports)",
            id="two_different_names_are_both_written",
        ),
    ],
)
def test_sources_whose_mentions_share_words(
    sources: list[tuple[str | None, str | None]], written: str
) -> None:
    assert _who(sources) == written
