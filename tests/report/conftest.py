"""A small real DuckDB built with `Store` from hand-written articles and events, for the report tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from realpolitik.records import Article, Attribution, Event, EventActor, Skipped
from realpolitik.store import Store

SCRIPT = "<script>alert('x')</script>"

# Text written for these tests; the facts are real (2020 war and 10 November statement, the 3+3 format,
# the 2015 downing of a Russian jet by Türkiye, Armenia's 2022 appeal to the CSTO, its 2023 criticism of the Russian peacekeepers,
# the strikes of September 2022 and the Lachin blockade).
MONITOR_1 = (
    "Armenia, Azerbaijan and Russia signed a trilateral statement on 10 November 2020 that ended the war. "
    "Azerbaijani forces shelled Armenian positions near Shusha in early November. "
    "Ankara praised Baku throughout the fighting. "
    f"Türkiye welcomed the statement on 11 November 2020 {SCRIPT}."
)
MONITOR_2 = (
    "Leaders in Baku and Ankara promoted the 3+3 platform for the region in December 2020. "
    "Officials warned that Azerbaijan could attack Armenia again if talks failed."
)
WIRE_1 = (
    "Armenian troops fired on Azerbaijani units along the line of contact in October 2020. "
    "Yerevan accused Moscow of failing to keep the Lachin corridor open in 2023. "
    "The CSTO did not send troops after Armenia asked for help in September 2022. "
    "Turkish fighter jets shot down a Russian bomber near the Syrian border in November 2015."
)
# Two more reports of the Armenia–Azerbaijan conflict, so that pair rests on four articles: fewer
# cannot read as certain (the interval's small-sample floor). Real events: Azerbaijan's strikes on
# Armenian towns such as Jermuk on 13 September 2022, and Armenia's protest at the blocking of the
# Lachin corridor that began on 12 December 2022.
WIRE_2 = "Azerbaijani forces struck Jermuk and other towns inside Armenia on 13 September 2022."
WIRE_3 = "Armenia accused Azerbaijan of blocking the Lachin corridor in December 2022."
DUPLICATE = MONITOR_1 + " "


@dataclass(frozen=True)
class Built:
    db: Path
    articles: dict[str, Article]


def _actor(code: str, sector: str | None = "GOV") -> tuple[EventActor, ...]:
    return (EventActor(code, sector, code),)


def _event(
    text: str,
    sentence: str,
    event: str,
    cameo: str,
    goldstein: float,
    quad: int,
    src: str,
    tgt: str,
    date: str,
    modality: str = "asserted",
    attribution: Attribution | None = None,
) -> Event:
    start = text.index(sentence)
    return Event(
        event=event,
        cameo=cameo,
        goldstein=goldstein,
        quad_class=quad,
        source=_actor(src),
        target=_actor(tgt),
        modality=modality,
        attribution=attribution,
        date=date,
        date_precision="day",
        evidence_start=start,
        evidence_end=start + len(sentence),
    )


def _article(aid: str, text: str, outlet: str, date: str, title: str, dup: str | None = None) -> Article:
    return Article(
        id=aid,
        source=f"corpus/{aid}.txt",
        start_line=1,
        end_line=3,
        title=title,
        date=date,
        author=None,
        outlet=outlet,
        language="en",
        text=text,
        duplicate_of=dup,
    )


@pytest.fixture(scope="session")
def built_db(tmp_path_factory: pytest.TempPathFactory) -> Built:
    db = tmp_path_factory.mktemp("report") / "small.duckdb"
    arts = {
        "m1": _article("m1", MONITOR_1, "Caucasus Monitor", "2020-11-11", f"After the war {SCRIPT}"),
        "m2": _article("m2", MONITOR_2, "Caucasus Monitor", "2020-12-12", "A regional platform"),
        "w1": _article("w1", WIRE_1, "Eastern Wire", "2023-06-01", "Allies in doubt"),
        "d1": _article("d1", DUPLICATE, "Syndicated Daily", "2020-11-12", "After the war (copy)", dup="m1"),
        "w2": _article("w2", WIRE_2, "Eastern Wire", "2022-09-14", "Strikes inside Armenia"),
        "w3": _article("w3", WIRE_3, "Eastern Wire", "2023-01-10", "The corridor"),
    }
    m1, m2, w1 = MONITOR_1, MONITOR_2, WIRE_1
    s_sign = (
        "Armenia, Azerbaijan and Russia signed a trilateral statement on 10 November 2020 that ended the war."
    )
    s_shell = "Azerbaijani forces shelled Armenian positions near Shusha in early November."
    s_praise = "Ankara praised Baku throughout the fighting."
    s_script = f"Türkiye welcomed the statement on 11 November 2020 {SCRIPT}."
    s_fire = "Armenian troops fired on Azerbaijani units along the line of contact in October 2020."
    s_accuse = "Yerevan accused Moscow of failing to keep the Lachin corridor open in 2023."
    s_csto = "The CSTO did not send troops after Armenia asked for help in September 2022."
    s_jet = "Turkish fighter jets shot down a Russian bomber near the Syrian border in November 2015."
    s_threat = "Officials warned that Azerbaijan could attack Armenia again if talks failed."
    events = {
        "m1": [
            _event(m1, s_sign, "AGREE", "057", 8.0, 1, "RUS", "AZE", "2020-11-10"),
            _event(m1, s_sign, "AGREE", "057", 8.0, 1, "ARM", "RUS", "2020-11-10"),
            _event(m1, s_shell, "ASSAULT", "190", -10.0, 4, "AZE", "ARM", "2020-11-05"),
            _event(m1, s_praise, "SUPPORT", "051", 3.4, 1, "TUR", "AZE", "2020-10-15"),
            _event(m1, s_script, "SUPPORT", "051", 3.4, 1, "TUR", "AZE", "2020-11-11"),
        ],
        "m2": [
            _event(
                m2,
                s_threat,
                "THREATEN",
                "138",
                -7.0,
                3,
                "AZE",
                "ARM",
                "2020-12-12",
                "hypothetical",
                Attribution("Officials", None, None, "speaker"),
            ),
        ],
        "w1": [
            _event(w1, s_fire, "ASSAULT", "190", -10.0, 4, "ARM", "AZE", "2020-10-04"),
            _event(w1, s_accuse, "ACCUSE", "112", -2.0, 3, "ARM", "RUS", "2023-05-20"),
            _event(w1, s_csto, "AID", "070", 7.0, 2, "IGO-CSTO", "ARM", "2022-09-14", "negated"),
            _event(w1, s_jet, "ASSAULT", "190", -10.0, 4, "TUR", "RUS", "2015-11-24"),
        ],
        "w2": [_event(WIRE_2, WIRE_2, "ASSAULT", "190", -10.0, 4, "AZE", "ARM", "2022-09-13")],
        "w3": [_event(WIRE_3, WIRE_3, "ACCUSE", "112", -2.0, 3, "ARM", "AZE", "2022-12-20")],
    }
    axes = {
        "m2": [
            {
                "name": "3+3 platform",
                "kind": "platform",
                "members": ["ARM", "AZE", "GEO", "IRN", "RUS", "TUR"],
                "evidence_start": 0,
                "evidence_end": 87,
                "evidence_text": "Leaders in Baku and Ankara promoted the 3+3 platform for the region in December 2020.",
            },
        ]
    }
    with Store(db) as store:
        store.add_articles(arts.values())
        store.add_skipped(
            [
                Skipped("corpus/broken.html", 4, "not UTF-8 text"),
                Skipped("corpus/empty.txt", None, "empty file"),
            ]
        )
        for aid, evs in events.items():
            store.save_analysis(aid, [], evs, arts[aid].text, axes.get(aid, []))
    return Built(db=db, articles=arts)
