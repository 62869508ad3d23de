"""/narratives "Opposite stories" never pairs undated articles (report36, issue 10).

"undated" was one window: two undated articles, possibly years apart (on the seeds three outlets' articles
carry no date), were compared as if told at the same time. Undated articles now take no side, as undated
reports take no part in the disagreements of the outlets page.
"""

from __future__ import annotations

from .conftest import get, narrative_article


def test_undated_articles_are_never_paired_in_opposite_stories() -> None:
    from realpolitik.narratives import load_pack
    from realpolitik.narratives.model import oppositions

    pack = load_pack()
    opp = pack.oppositions[0]
    first, second = opp.frames
    actor = opp.actors[0]
    # two outlets, opposite frames, both undated: no opposition (before: one, in the window "undated")
    undated = [
        narrative_article("a1", "Wire One", first, actor, None),
        narrative_article("a2", "Wire Two", second, actor, None),
    ]
    assert oppositions(pack, undated) == []
    # the same two dated in one month make one, for that month, for every unit
    dated = [
        narrative_article("a1", "Wire One", first, actor, "2021-03-02"),
        narrative_article("a2", "Wire Two", second, actor, "2021-03-20"),
    ]
    for unit, window in (("month", "2021-03"), ("quarter", "2021-Q1"), ("year", "2021")):
        (found,) = oppositions(pack, dated, unit)
        assert found["window"] == window
    # an undated article beside a dated one of the other frame takes no side either
    assert oppositions(pack, [dated[0], undated[1]]) == []
    # and an undated article of a third outlet adds nothing to a dated opposition
    third = narrative_article("a3", "Wire Three", second, actor, None)
    (found,) = oppositions(pack, [*dated, third])
    assert [s["outlets"] for s in found["sides"]] == [["Wire One"], ["Wire Two"]]


def test_the_page_says_undated_articles_take_no_side(example_server: str) -> None:
    html = get(example_server + "/narratives").text
    section = html.split("Opposite stories about the same actors", 1)[1].split("Frames beside events", 1)[0]
    assert "Undated articles take none either" in section
    assert ">undated ·" not in section  # no opposition is drawn in a window "undated"
