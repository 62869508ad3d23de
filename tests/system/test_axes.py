"""Axes named in text, found on real spaCy parses with hand-built actor mentions, and their aggregation."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from realpolitik.extensions import register_extensions
from realpolitik.nlp import load_model
from realpolitik.records import ActorMention, Article
from realpolitik.store import Store
from realpolitik.system.axes import extract_axes, implied_triangles, stored_axes
from realpolitik.system.graph import signed_graph

from .conftest import spec, write_events


@pytest.fixture(scope="session")
def nlp() -> Language:
    register_extensions()
    return load_model()


def _doc(nlp: Language, text: str, actors: list[tuple[str, str]]):
    doc = nlp(text)
    mentions = []
    for surface, code in actors:
        start = text.index(surface)
        mentions.append(ActorMention(start, start + len(surface), surface, code, "GOV", code, "test"))
    doc._.actors = mentions
    return doc


CASES = [
    (
        "On 10 November 2020 Russia, Armenia and Azerbaijan signed a trilateral statement that ended the war.",
        [("Russia", "RUS"), ("Armenia", "ARM"), ("Azerbaijan", "AZE")],
        {("trilateral", ("ARM", "AZE", "RUS"))},
    ),
    (
        "Deputy foreign ministers met in Moscow in December 2021 under the 3+3 platform.",
        [("Moscow", "RUS")],
        {("platform", ("ARM", "AZE", "IRN", "RUS", "TUR"))},
    ),
    (
        "Commentators in Tehran warn of an Israeli-Turkish-Azerbaijani axis in the South Caucasus.",
        [("Tehran", "IRN"), ("Israeli", "ISR"), ("Turkish", "TUR"), ("Azerbaijani", "AZE")],
        {("axis", ("AZE", "ISR", "TUR"))},
    ),
    (
        "Armenia watched the Turkish–Azerbaijani military alliance with concern.",
        [("Armenia", "ARM"), ("Turkish", "TUR"), ("Azerbaijani", "AZE")],
        {("alliance", ("AZE", "TUR"))},
    ),
    (
        "With the Shusha Declaration of June 2021, Turkey and Azerbaijan sealed a formal alliance.",
        [("Turkey", "TUR"), ("Azerbaijan", "AZE")],
        {("alliance", ("AZE", "TUR"))},
    ),
    (
        "Russia, Armenia and Azerbaijan signed a trilateral statement that ended the fighting in Nagorno-Karabakh.",
        [("Russia", "RUS"), ("Armenia", "ARM"), ("Azerbaijan", "AZE"), ("Nagorno-Karabakh", "XNK")],
        {("trilateral", ("ARM", "AZE", "RUS"))},
    ),
    (
        "Since 2017 the Astana talks have relied on trilateral cooperation between Russia, Turkey and Iran in Syria.",
        [("Russia", "RUS"), ("Turkey", "TUR"), ("Iran", "IRN"), ("Syria", "SYR")],
        {("trilateral", ("IRN", "RUS", "TUR")), ("format", ("IRN", "RUS", "TUR"))},
    ),
    (
        "Western capitals watched the axis of Moscow and Tehran grow closer after 2022.",
        [("Moscow", "RUS"), ("Tehran", "IRN")],
        {("axis", ("IRN", "RUS"))},
    ),
    (
        "Armenia froze its participation in the Russian-led CSTO alliance in February 2024.",
        [("Armenia", "ARM"), ("Russian", "RUS"), ("CSTO", "IGO-CSTO")],
        set(),
    ),
    (
        "The statement of November 2020 that ended the war in Nagorno-Karabakh was not a trilateral treaty.",
        [("Nagorno-Karabakh", "XNK")],
        set(),
    ),
    ("NATO is a military alliance founded in 1949.", [("NATO", "IGO-NATO")], set()),
    ("The Western bloc imposed sanctions on Russia in 2022.", [("Russia", "RUS")], set()),
    (
        "Ankara and Moscow opened the TurkStream gas pipeline in January 2020.",
        [("Ankara", "TUR"), ("Moscow", "RUS")],
        set(),
    ),
]


@pytest.mark.parametrize(("text", "actors", "expected"), CASES)
def test_axes_extract(nlp: Language, text: str, actors, expected) -> None:
    got = {(a["kind"], tuple(a["members"])) for a in extract_axes(_doc(nlp, text, actors))}
    assert got == expected


def test_axes_extract_records_name_and_evidence(nlp: Language) -> None:
    text = "Iran and Azerbaijan share a long border. Commentators in Tehran warn of an Israeli-Turkish-Azerbaijani axis in the South Caucasus."
    doc = _doc(nlp, text, [("Tehran", "IRN"), ("Israeli", "ISR"), ("Turkish", "TUR"), ("Azerbaijani", "AZE")])
    (axis,) = extract_axes(doc)
    assert axis["name"] == "Israeli-Turkish-Azerbaijani axis"
    assert text[axis["evidence_start"] : axis["evidence_end"]] == axis["evidence_text"]
    assert axis["evidence_text"].startswith("Commentators")


def test_axes_stored_beside_events(nlp: Language, tmp_path: Path) -> None:
    db = write_events(
        tmp_path / "ax.duckdb",
        [spec("TUR", "AZE", "agree"), spec("ISR", "AZE", "aid"), spec("TUR", "ISR", "consult")],
    )
    text = "Commentators in Tehran warn of an Israeli-Turkish-Azerbaijani axis in the South Caucasus."
    doc = _doc(nlp, text, [("Tehran", "IRN"), ("Israeli", "ISR"), ("Turkish", "TUR"), ("Azerbaijani", "AZE")])
    with Store(db) as store:
        art = Article("axart", "ax.txt", 1, 1, "Axis", "2023-05-01", None, "Outlet C", "en", text)
        store.add_articles([art])
        store.save_analysis("axart", list(doc._.actors), [], text, axes=extract_axes(doc))
        (summary,) = stored_axes(store)
        assert summary.members == ("AZE", "ISR", "TUR")
        assert summary.outlets == ("Outlet C",) and summary.mentions == 1
        assert summary.supported is True
        # each tie rests on one article: uncertain, so no reading holds up
        assert set(summary.uncertain_ties) == {("AZE", "ISR"), ("AZE", "TUR"), ("ISR", "TUR")}
        assert summary.holds is None and summary.to_dict()["holds"] is None
        assert implied_triangles(signed_graph(store)) == [("AZE", "ISR", "TUR")]


def test_axes_name_runs_to_the_noun(nlp: Language) -> None:
    text = "In January 2021 the leaders of Russia, Azerbaijan and Armenia set up a trilateral working group."
    doc = _doc(nlp, text, [("Russia", "RUS"), ("Azerbaijan", "AZE"), ("Armenia", "ARM")])
    (axis,) = extract_axes(doc)
    assert (axis["name"], axis["members"]) == ("trilateral working group", ["ARM", "AZE", "RUS"])
