"""Dyads over time on hand-built events with known counts, scores and trends."""

from __future__ import annotations

import pytest

from realpolitik.errors import InputError
from realpolitik.store import EventFilter, Reader, Store
from realpolitik.system import net_of
from realpolitik.system.dyads import directed_dyads, dyad_evidence, dyad_trends, dyads
from realpolitik.system.perspectives import outlet_dyads

from .conftest import spec

TURNING = [
    spec("ARM", "AZE", "agree", "2021-01-10", "Outlet A"),
    spec("AZE", "ARM", "aid", "2021-01-20", "Outlet B"),
    spec("AZE", "ARM", "consult", "2021-02-03", "Outlet A"),
    spec("AZE", "ARM", "assault", "2021-04-02", "Outlet A"),
    spec("ARM", "AZE", "accuse", "2021-04-05", "Outlet B"),
    spec("RUS", "TUR", "agree", "2021-04-07", "Outlet B", "hypothetical"),
]


def test_dyads_counts_quads_net_and_outlets(make_db) -> None:
    db = make_db(TURNING)
    with Store(db, read_only=True) as store:
        (overall,) = dyads(store, window="all")
    assert (overall.a, overall.b) == ("ARM", "AZE")
    assert overall.events == 5
    assert overall.quad_counts == (2, 1, 1, 1)
    # weights: 1 + 2 + 1 - 2 - 1 = 1 over magnitudes 7
    assert overall.net == pytest.approx(1 / 7, abs=1e-4)
    assert overall.goldstein == pytest.approx((8 + 7 + 1 - 10 - 2) / 5, abs=1e-3)
    assert overall.outlets == 2 and overall.articles == 5
    assert overall.outlet_names == ("Outlet A", "Outlet B")


@pytest.mark.parametrize(
    ("window", "labels"),
    [
        ("month", ["2021-01", "2021-02", "2021-04"]),
        ("quarter", ["2021-Q1", "2021-Q2"]),
        ("year", ["2021"]),
        ("week", ["2021-W01", "2021-W03", "2021-W05", "2021-W13", "2021-W14"]),
    ],
)
def test_dyads_windows(make_db, window: str, labels: list[str]) -> None:
    db = make_db(TURNING)
    got = sorted({d.window for d in dyads(Store(db, read_only=True), window=window)})
    assert got == labels


def test_dyads_modalities_on_request(make_db) -> None:
    db = make_db(TURNING)
    store = Store(db, read_only=True)
    assert {(d.a, d.b) for d in dyads(store, window="all")} == {("ARM", "AZE")}
    every = dyads(store, EventFilter(modalities=None), window="all")
    assert {(d.a, d.b) for d in every} == {("ARM", "AZE"), ("RUS", "TUR")}
    only = dyads(store, EventFilter(modalities=("hypothetical",)), window="all")
    assert [(d.a, d.b, d.events) for d in only] == [("RUS", "TUR", 1)]


@pytest.mark.parametrize(
    ("since", "until", "actor", "expected"),
    [
        ("2021-04-01", None, None, 2),
        (None, "2021-01-31", None, 2),
        ("2021-02-01", "2021-02-28", None, 1),
        (None, None, "RUS", 0),
        (None, None, "AZE", 5),
    ],
)
def test_dyads_filters(make_db, since, until, actor, expected: int) -> None:
    db = make_db(TURNING)
    got = dyads(
        Store(db, read_only=True), EventFilter.of(since=since, until=until, actor=actor), window="all"
    )
    assert sum(d.events for d in got) == expected


def test_dyads_reciprocal_event_counts_once(make_db) -> None:
    db = make_db([spec("TUR", "AZE", "agree", reciprocal=True), spec("AZE", "TUR", "aid")])
    store = Store(db, read_only=True)
    (d,) = dyads(store, window="all")
    assert d.events == 2
    directed = {(x.source, x.target): x.events for x in directed_dyads(store, window="all")}
    assert directed == {("TUR", "AZE"): 1, ("AZE", "TUR"): 2}


def test_dyad_trend_turns_from_cooperation_to_conflict(make_db) -> None:
    db = make_db(TURNING)
    (trend,) = dyad_trends(Store(db, read_only=True), window="month")
    assert trend.shift == "cooperation->conflict"
    assert (trend.first_sign, trend.last_sign) == (1, -1)
    assert trend.slope < 0
    assert [p[0] for p in trend.points] == ["2021-01", "2021-02", "2021-04"]


def test_dyad_evidence_traces_a_window(make_db) -> None:
    db = make_db(TURNING)
    store = Store(db, read_only=True)
    rows = dyad_evidence(store, "AZE", "ARM", window="2021-04", window_unit="month")
    assert [r.event for r in rows] == ["ASSAULT", "ACCUSE"]
    assert all(r.evidence_text.endswith(".") and r.outlet for r in rows)
    april = next(d for d in dyads(store) if d.window == "2021-04")
    assert {r.event_id for r in rows} == set(april.event_ids)
    directed = dyad_evidence(store, "AZE", "ARM", directed=True)
    assert [r.event for r in directed] == ["AID", "CONSULT", "ASSAULT"]


@pytest.mark.parametrize(
    "kwargs", [{"window": "fortnight"}, {"since": "15/06/2021"}, {"modalities": ["rumoured"]}]
)
def test_dyads_bad_filters_raise_input_error(make_db, kwargs) -> None:
    db = make_db(TURNING)
    with pytest.raises(InputError):
        window = kwargs.pop("window", "month")
        dyads(Store(db, read_only=True), EventFilter.of(**kwargs), window=window)


def test_dyads_net_counts_an_event_once_across_outlets(make_db) -> None:
    # one-a-day: one assault restated three times and one agreement reported by two outlets are two
    # events; the support still counts every report, article and outlet
    db = make_db(
        [
            spec("AZE", "ARM", "assault", "2022-09-13", "Outlet A"),
            spec("AZE", "ARM", "assault", "2022-09-13", "Outlet A"),
            spec("AZE", "ARM", "assault", "2022-09-13", "Outlet A"),
            spec("ARM", "AZE", "agree", "2022-09-14", "Outlet A"),
            spec("ARM", "AZE", "agree", "2022-09-14", "Outlet B"),
        ]
    )
    (d,) = dyads(Store(db, read_only=True), window="all")
    assert (d.events, d.articles, d.outlets) == (5, 5, 2)
    # one assault (-2) against one agreement (+1): -1 over 3
    assert d.net == pytest.approx(-1 / 3, abs=1e-4)
    assert net_of(dyad_evidence(Store(db, read_only=True), "ARM", "AZE"), ("ARM", "AZE")) == d.net
    # an outlet's own view still counts only its own reports
    by_outlet = {o.outlet: o.net for o in outlet_dyads(Store(db, read_only=True))}
    assert by_outlet == {"Outlet A": pytest.approx(-1 / 3, abs=1e-4), "Outlet B": 1.0}


def test_dyads_background_mention_of_a_dated_event_counts_once(make_db) -> None:
    # a trilateral signing on 10 November 2020, named again as "the 2020 statement" in articles of
    # 2023 and 2024 (dated to the year only), is one event; a vague mention of another type, or
    # of another year, or by the other side alone, is not that event
    three = "ARM+AZE+RUS"
    base = [
        spec(three, "", "agree", "2020-11-10", "Outlet A", reciprocal=True),
        spec("AZE", "ARM", "assault", "2022-09-13", "Outlet B"),
    ]
    mentions = [
        spec(three, "", "agree", "2020-01-01", "Outlet B", reciprocal=True, article_day="2023-02-23", precision="year"),
        spec(three, "", "agree", "2020-11-01", "Outlet C", reciprocal=True, article_day="2024-04-17", precision="month"),
    ]  # fmt: skip
    store = Store(make_db(base), read_only=True)
    (alone,) = [d for d in dyads(store, window="all") if (d.a, d.b) == ("ARM", "AZE")]
    store = Store(make_db(base + mentions), read_only=True)
    pairs = {(d.a, d.b): d for d in dyads(store, window="all")}
    again = pairs[("ARM", "AZE")]
    assert (again.events, again.articles) == (4, 4)
    # the signing (1/2 for each pair of three) against one assault: 0.5 - 2 over 2.5
    assert alone.net == again.net == pytest.approx(-0.6, abs=1e-4)
    assert net_of(dyad_evidence(store, "ARM", "AZE"), ("ARM", "AZE")) == again.net
    # the monthly view puts the mention in the month of the event it names
    months = {d.window for d in dyads(store) if (d.a, d.b) == ("ARM", "RUS")}
    assert months == {"2020-11"}
    # a vague mention that names no dated report of the same kind stays an event of its own,
    # and two such mentions of one year are one
    other = [
        spec("AZE", "ARM", "agree", "2021-01-01", "Outlet B", article_day="2023-02-23", precision="year"),
        spec("AZE", "ARM", "agree", "2021-01-01", "Outlet C", article_day="2024-02-23", precision="year"),
        spec("ARM", "AZE", "assault", "2022-01-01", "Outlet C", article_day="2024-02-23", precision="year"),
    ]
    store = Store(make_db(base + mentions + other), read_only=True)
    (d,) = [d for d in dyads(store, window="all") if (d.a, d.b) == ("ARM", "AZE")]
    # + one agreement (+1) of 2021 and Armenia's own assault of 2022 (-2): 0.5 - 2 + 1 - 2 over 5.5
    assert d.net == pytest.approx(-2.5 / 5.5, abs=1e-4)
    assert net_of(dyad_evidence(store, "ARM", "AZE"), ("ARM", "AZE")) == d.net


def test_dyads_restated_group_event_weighs_as_its_fullest_report(make_db) -> None:
    # a five-party meeting, then a sentence bringing two of its ministers to one table (same day,
    # same type): one meeting, weighing 1/4 for each pair, not a bilateral one
    five = "ARM+AZE+IRN+RUS+TUR"
    specs = [
        spec(five, "", "consult", "2023-10-23", "Outlet A", reciprocal=True),
        spec("ARM+AZE", "", "consult", "2023-10-23", "Outlet A", reciprocal=True),
        spec("ARM", "AZE", "accuse", "2023-10-30", "Outlet B"),
    ]
    store = Store(make_db(specs), read_only=True)
    pairs = {(d.a, d.b): d for d in dyads(store, window="all")}
    assert pairs[("ARM", "AZE")].events == 3
    assert pairs[("ARM", "AZE")].net == pytest.approx((0.25 - 1) / 1.25, abs=1e-4)
    assert net_of(dyad_evidence(store, "ARM", "AZE"), ("ARM", "AZE")) == pairs[("ARM", "AZE")].net


@pytest.mark.parametrize("order", ["appeal first", "demand first"])
def test_dyads_reports_of_opposite_sign_are_never_one_event(make_db, order) -> None:
    # PLOVER's REQUEST holds CAMEO's appeals (verbal cooperation) and demands (verbal conflict): an
    # appeal and a demand by one side on one day are two reports of opposite sign, so they are two
    # events, not one whose sign is that of whichever article id sorts first; a background mention
    # of the appeal (dated to its month) is the appeal again, never the demand
    reports = [
        spec("ARM", "AZE", "appeal", "2021-01-11", "Outlet A"),
        spec("ARM", "AZE", "demand", "2021-01-11", "Outlet B"),
    ]
    if order == "demand first":
        reports.reverse()
    mention = spec(
        "ARM", "AZE", "appeal", "2021-01-01", "Outlet C", article_day="2021-03-01", precision="month"
    )
    store = Store(make_db([*reports, mention]), read_only=True)
    (d,) = dyads(store, window="all")
    assert d.events == 3
    # the appeal (+1, one event of two reports) and the demand (-1): 0 over 2
    assert d.net == 0.0
    assert net_of(dyad_evidence(store, "ARM", "AZE"), ("ARM", "AZE")) == d.net
    by_month = {m.window: m.net for m in dyads(store)}
    assert by_month == {"2021-01": 0.0}
    # what each article gives the net: the appeal shared by its two reports, the demand whole
    sums = Reader.of(store).article_sums(pairs=[("ARM", "AZE")])[("ARM", "AZE")]
    assert sorted((num, den) for _, num, den, _ in sums) == [(-1.0, 1.0), (0.5, 0.5), (0.5, 0.5)]


def test_dyads_event_reported_by_many_articles_is_shared_in_the_bootstrap(make_db) -> None:
    # one agreement reported by five articles and one assault in a sixth: the agreement drops out of
    # a replicate only when none of its five reports is drawn (e^-5), so the interval does not reach
    # -1, as it would if one of the five articles carried the whole event
    specs = [spec("ARM", "AZE", "agree", "2021-01-11", "Outlet A") for _ in range(5)]
    specs.append(spec("AZE", "ARM", "assault", "2021-05-12", "Outlet A"))
    (d,) = dyads(Store(make_db(specs), read_only=True), window="all")
    assert d.net == pytest.approx(-1 / 3, abs=1e-4)
    assert -1.0 < d.ci_low < d.net < d.ci_high


def test_article_sums_are_what_each_article_gives_the_net(make_db) -> None:
    # an agreement reported by two articles (shared: +0.5 each), a five-party meeting (1/4) and two
    # assaults on other days, one article each: the per-article sums add up to the pair's net, and a
    # pair's events to its reports
    five = "ARM+AZE+IRN+RUS+TUR"
    specs = [
        spec("ARM", "AZE", "agree", "2021-01-11", "Outlet A"),
        spec("ARM", "AZE", "agree", "2021-01-11", "Outlet B"),
        spec(five, "", "consult", "2021-12-10", "Outlet A", reciprocal=True),
        spec("AZE", "ARM", "assault", "2022-09-13", "Outlet C"),
        spec("AZE", "ARM", "assault", "2022-09-14", "Outlet C"),
    ]
    store = Store(make_db(specs), read_only=True)
    reader = Reader.of(store)
    sums = reader.article_sums(pairs=[("ARM", "AZE")])[("ARM", "AZE")]
    keys = dict(store.con.execute("SELECT id, hash(id) FROM articles").fetchall())
    by_article = {art: (num, den, n) for art, key in keys.items() for k, num, den, n in sums if k == key}
    assert by_article == {
        "art0000": (0.5, 0.5, 1),
        "art0001": (0.5, 0.5, 1),
        "art0002": (0.25, 0.25, 1),
        "art0003": (-2.0, 2.0, 1),
        "art0004": (-2.0, 2.0, 1),
    }
    (d,) = [d for d in dyads(store, window="all") if (d.a, d.b) == ("ARM", "AZE")]
    assert sum(x[1] for x in sums) / sum(x[2] for x in sums) == pytest.approx(d.net, abs=1e-4)
    assert sum(x[3] for x in sums) == d.events
    # cut short at `max_articles`: one row beyond it, as `leave_one_out` needs to skip the pair
    assert len(reader.article_sums(pairs=[("ARM", "AZE")], max_articles=2)[("ARM", "AZE")]) == 3
    assert reader.article_sums(pairs=[]) == {}


def test_dyads_net_counts_each_sides_deed_of_a_day_apart(make_db) -> None:
    # "A shelled B" and "B shelled A" the same day are two deeds, not one restated; a joint clash of
    # the same day (reciprocal) is a third
    specs = [
        spec("AZE", "ARM", "assault", "2022-09-13", "Outlet A"),
        spec("AZE", "ARM", "assault", "2022-09-13", "Outlet A"),  # restated: still one
        spec("ARM", "AZE", "assault", "2022-09-13", "Outlet A"),
        spec("ARM+AZE", "", "assault", "2022-09-13", "Outlet A", reciprocal=True),
        spec("ARM", "AZE", "agree", "2022-09-14", "Outlet A"),
        spec("AZE", "ARM", "agree", "2022-09-14", "Outlet A"),
    ]
    db = make_db(specs)
    (d,) = dyads(Store(db, read_only=True), window="all")
    assert d.events == 6
    # three assault reports (-2 each) against two agreement reports (+1 each): -4 over 8
    assert d.net == -0.5
    # the per-outlet and directed views count the same way
    rows = dyad_evidence(Store(db, read_only=True), "ARM", "AZE")
    assert net_of(rows, ("ARM", "AZE")) == net_of(rows, ("AZE", "ARM")) == -0.5
    (od,) = outlet_dyads(Store(db, read_only=True))
    assert od.net == -0.5
    by_dir = {(x.source, x.target): x.net for x in directed_dyads(Store(db, read_only=True), window="all")}
    # the joint clash counts both ways; each side's own assault once for its direction
    assert by_dir[("AZE", "ARM")] == by_dir[("ARM", "AZE")] == round((-2 - 2 + 1) / 5, 4)


@pytest.mark.parametrize(
    ("kinds", "shift"),
    [
        (["assault", "accuse", "agree"], "conflict->cooperation"),
        (["agree", "assault", "aid"], "stable"),
        (["agree"], "single window"),
    ],
)
def test_dyad_trend_shifts(make_db, kinds: list[str], shift: str) -> None:
    months = ["2022-01-15", "2022-03-15", "2022-06-15"]
    # each window on two articles of two outlets: the floor a window needs to count for a shift
    db = make_db(
        [spec("ARM", "TUR", k, months[i], o) for i, k in enumerate(kinds) for o in ("Outlet A", "Outlet B")]
    )
    (trend,) = dyad_trends(Store(db, read_only=True), window="month")
    assert trend.shift == shift
    assert len(trend.points) == len(kinds)


def test_dyad_trends_need_a_time_window(make_db) -> None:
    with pytest.raises(InputError, match="time window"):
        dyad_trends(Store(make_db(TURNING), read_only=True), window="all")


@pytest.mark.parametrize(
    ("label", "unit"),
    [("2021-13", "month"), ("April", "month"), ("2021-Q5", "quarter"), ("21", "day"), ("MMXXI", "year")],
)
def test_dyad_evidence_bad_window_label(make_db, label: str, unit: str) -> None:
    with pytest.raises(InputError, match="cannot read"):
        dyad_evidence(Store(make_db(TURNING), read_only=True), "ARM", "AZE", window=label, window_unit=unit)


def test_dyads_group_event_is_shared_over_its_pairs(make_db) -> None:
    five = "ARM+AZE+IRN+RUS+TUR"
    db = make_db(
        [
            spec(five, "", "consult", "2021-12-10", "Outlet A", reciprocal=True),
            spec(five, "", "consult", "2023-10-23", "Outlet A", reciprocal=True),
            spec("ARM", "AZE", "accuse", "2022-09-16", "Outlet B"),
        ]
    )
    store = Store(db, read_only=True)
    pairs = {(d.a, d.b): d for d in dyads(store, window="all")}
    assert len(pairs) == 10
    arm_aze = pairs[("ARM", "AZE")]
    assert (arm_aze.events, arm_aze.quad_counts) == (3, (2, 0, 1, 0))
    # two five-party meetings weigh 1/4 each against one bilateral accusation
    assert arm_aze.net == pytest.approx((0.25 + 0.25 - 1) / 1.5, abs=1e-4)
    assert pairs[("IRN", "RUS")].net == 1.0


def test_dyads_trends_from_loaded_dyads_equal_the_store_path(make_db) -> None:
    from realpolitik.system import dyad_trends, trends_from_dyads

    store = Store(make_db(TURNING), read_only=True)
    by_month = dyads(store, window="month")
    trends = trends_from_dyads(by_month, window="month")
    assert trends and trends == dyad_trends(store, window="month")
    with pytest.raises(InputError):
        trends_from_dyads(by_month, window="all")


# --- support and uncertainty --------------------------------------------------------------------

AGREEING = [spec("AZE", "TUR", "agree", f"2021-0{m}-10", f"Outlet {m % 3}") for m in range(1, 9)]
SPLIT = [spec("ARM", "RUS", "agree", "2021-01-10"), spec("RUS", "ARM", "accuse", "2021-02-10")]


def test_dyads_interval_is_seeded_and_reproducible(make_db) -> None:
    from realpolitik.system import ModelSettings

    store = Store(make_db([*AGREEING[:3], *SPLIT, spec("ARM", "RUS", "aid", "2021-03-01")]), read_only=True)
    first = dyads(store, window="all")
    assert first == dyads(store, window="all")  # same seed, same intervals
    other = dyads(store, window="all", settings=ModelSettings(seed=7))
    assert [(d.a, d.b, d.net) for d in other] == [(d.a, d.b, d.net) for d in first]
    for d in first:
        assert d.ci_low <= d.net <= d.ci_high


def test_dyads_reading_follows_the_interval(make_db) -> None:
    store = Store(make_db(AGREEING + SPLIT), read_only=True)
    pairs = {(d.a, d.b): d for d in dyads(store, window="all")}
    agreeing, split = pairs[("AZE", "TUR")], pairs[("ARM", "RUS")]
    # eight articles all cooperative: every resample is +1, so the bootstrap interval is a point; what
    # eight agreeing articles support at most (the Wilson floor) is kept beside it
    assert (agreeing.ci_low, agreeing.ci_high, agreeing.reading) == (1.0, 1.0, "cooperative")
    assert (agreeing.floor_low, agreeing.floor_high, agreeing.firm, agreeing.thin) == (
        0.3512,
        1.0,
        True,
        False,
    )
    # one agreement, one accusation in two articles: the resamples range from -1 to +1
    assert split.net == 0.0 and (split.ci_low, split.ci_high) == (-1.0, 1.0)
    assert split.reading == "uncertain" and split.uncertain
    row = split.to_dict()
    assert {"ci_low", "ci_high", "reading", "net", "sign", "articles", "outlets", "events"} <= set(row)
    assert row["reading"] == "uncertain" and row["sign"] == 0


def test_dyads_resample_articles_not_events(make_db, tmp_path) -> None:
    """One article restating a claim many times is one draw: its events do not narrow the interval."""
    from realpolitik.records import Article, Event, EventActor

    db = tmp_path / "restated.duckdb"
    with Store(db) as store:
        texts = {
            "one": "Synthetic record: AZE and TUR agree, restated.",
            "two": "Synthetic record: ARM and AZE fight.",
        }
        for aid, text in texts.items():
            store.add_articles([Article(id=aid, source=f"{aid}.txt", start_line=1, end_line=1, title=aid,
                                        date="2021-06-01", author=None, outlet=f"Outlet {aid}", language="en", text=text)])  # fmt: skip
        agree = [
            Event(event="AGREE", cameo="057", goldstein=8.0, quad_class=1, source=(EventActor("AZE", "GOV", "AZE"),),
                  target=(EventActor("TUR", "GOV", "TUR"),), modality="asserted", attribution=None,
                  date=f"2021-05-{day:02d}", date_precision="day", evidence_start=0, evidence_end=10)
            for day in range(1, 11)
        ]  # fmt: skip
        store.save_analysis("one", [], agree, texts["one"])
        clash = Event(event="ASSAULT", cameo="190", goldstein=-10.0, quad_class=4,
                      source=(EventActor("AZE", "GOV", "AZE"),), target=(EventActor("TUR", "GOV", "TUR"),),
                      modality="asserted", attribution=None, date="2021-05-20", date_precision="day",
                      evidence_start=0, evidence_end=10)  # fmt: skip
        store.save_analysis("two", [], [clash], texts["two"])
    (d,) = dyads(Store(db, read_only=True), window="all")
    assert (d.events, d.articles) == (11, 2)
    # ten restatements in one article against one clash in another: net is positive, but a resample
    # holding only the clash's article is as likely as one holding only the restating article
    assert d.net > 0 and d.ci_low == -1.0 and d.reading == "uncertain"


def test_dyads_parties_on_one_side_count_for_the_pair_when_reciprocal(make_db) -> None:
    db = make_db(
        [
            # "Armenia and Azerbaijan clashed": no target, marked reciprocal by the coder
            spec("ARM+AZE", "", "assault", "2022-09-13", reciprocal=True),
            spec("", "IRN+AZE", "accuse", "2022-09-14", reciprocal=True),  # coded with targets only
            spec("AZE", "AZE", "sanction", "2022-09-15"),  # a self-event: never a dyad
            spec("TUR", "TUR+AZE", "aid", "2022-09-16"),  # TUR-AZE only, never TUR-TUR
            # "Russia and Georgia condemned the attack" (the attacker uncoded): acting together on
            # someone else is no relation between the two
            spec("RUS+GEO", "", "accuse", "2022-09-17"),
            spec("", "FRA+GEO", "aid", "2022-09-18"),
        ]
    )
    store = Store(db, read_only=True)
    pairs = {(d.a, d.b): d for d in dyads(store, window="all")}
    assert set(pairs) == {("ARM", "AZE"), ("AZE", "IRN"), ("AZE", "TUR")}
    assert pairs[("ARM", "AZE")].net == -1.0 and pairs[("AZE", "IRN")].net == -1.0
    directed = {(x.source, x.target) for x in directed_dyads(store, window="all")}
    assert {("ARM", "AZE"), ("AZE", "ARM"), ("AZE", "IRN"), ("IRN", "AZE")} <= directed
    assert not any(s == t for s, t in directed)
    from realpolitik.system.graph import signed_graph

    g = signed_graph(store)
    assert not any(u == v for u, v in g.edges) and g.nodes["AZE"]["events"] == 3
    # the self-event stays in the store and in the actor's own events
    assert [r.event for r in dyad_evidence(store, "ARM", "AZE")] == ["ASSAULT"]
    assert dyad_evidence(store, "GEO", "RUS") == [] and dyad_evidence(store, "FRA", "GEO") == []
    assert Reader.of(store).count_events(EventFilter(dyad=("GEO", "RUS"))) == 0
    from realpolitik.system import load_events

    assert "SANCTION" in {r.event for r in load_events(store, EventFilter.of(actor="AZE"))}


def test_dyads_few_agreeing_articles_keep_their_reading_but_read_thin(make_db) -> None:
    """Two articles of one outlet that agree give +1.00 [+1.00, +1.00]: the bootstrap cannot widen an
    interval over articles that all point one way. The pair keeps that reading (the issue's rule),
    but on fewer than four articles it is thin: it says so in words, carries the interval so few
    articles support at most (the Wilson floor) beside its own, and is not firm, so blocs leave it out."""
    two = [spec("IRN", "RUS", "agree", f"2021-03-{d:02d}") for d in (1, 9)]
    four = [spec("AZE", "ISR", "aid", f"2021-04-{d:02d}", f"Outlet {d % 2}") for d in (1, 9, 17, 25)]
    many = [
        spec("ARM", "RUS", "agree", f"2021-{m:02d}-{d:02d}", f"Outlet {d % 3}")
        for m in (5, 6)
        for d in range(1, 8)
    ]
    pairs = {(d.a, d.b): d for d in dyads(Store(make_db(two + four + many), read_only=True), window="all")}
    thin, edge, firm = pairs[("IRN", "RUS")], pairs[("AZE", "ISR")], pairs[("ARM", "RUS")]
    assert (thin.net, thin.articles, thin.ci_low, thin.ci_high) == (1.0, 2, 1.0, 1.0)
    assert (thin.floor_low, thin.floor_high, thin.floor_reading) == (-0.3152, 1.0, "uncertain")
    assert thin.reading == "cooperative" and thin.thin and not thin.firm
    assert thin.reading_text == "cooperative, thin: 2 articles"
    row = thin.to_dict()
    assert (row["reading"], row["thin"], row["floor_low"], row["floor_high"]) == (
        "cooperative",
        True,
        -0.3152,
        1.0,
    )
    # four agreeing articles just clear zero under the floor; fourteen stand well clear of it
    assert (edge.floor_low, edge.reading, edge.thin, edge.firm) == (0.0202, "cooperative", False, True)
    assert (firm.articles, firm.floor_low, firm.reading_text, firm.firm) == (14, 0.5694, "cooperative", True)
    # a pair on one article spans the whole range, and is thin too
    lone = dyads(Store(make_db([spec("ARM", "FRA", "agree")]), read_only=True), window="all")[0]
    assert (lone.ci_low, lone.ci_high, lone.reading_text) == (-1.0, 1.0, "uncertain, thin: 1 article")
    assert (lone.floor_low, lone.floor_high, lone.firm) == (-1.0, 1.0, False)


def test_dyads_headline_floor_is_a_setting(make_db) -> None:
    """A pair on fewer articles than `min_articles` (2 by default) reads uncertain whatever its
    articles say: raised to 3, the two agreeing articles that read cooperative give -1..+1."""
    from realpolitik.system import ModelSettings

    two = [spec("IRN", "RUS", "agree", f"2021-03-{d:02d}") for d in (1, 9)]
    three = [spec("AZE", "TUR", "agree", f"2021-04-{d:02d}") for d in (1, 9, 17)]
    store = Store(make_db(two + three), read_only=True)
    default = {(d.a, d.b): d for d in dyads(store, window="all")}
    raised = {(d.a, d.b): d for d in dyads(store, window="all", settings=ModelSettings(min_articles=3))}
    assert default[("IRN", "RUS")].reading == "cooperative"
    low = raised[("IRN", "RUS")]
    assert (low.ci_low, low.ci_high, low.reading, low.floor_low, low.floor_high) == (
        -1.0,
        1.0,
        "uncertain",
        -1.0,
        1.0,
    )
    assert raised[("AZE", "TUR")].reading == "cooperative" == default[("AZE", "TUR")].reading


def test_dyads_floor_is_the_wider_of_bootstrap_and_wilson_on_each_side(make_db) -> None:
    """Twelve fights and four agreements in sixteen articles: resampling the articles gives the
    interval `ci_low`..`ci_high` itself; the floor interval is the wider of it and the Wilson interval
    of sixteen articles on each side (the bootstrap sees the weight of the fights at the lower end, the
    Wilson interval is wider at the upper one), so it never claims more than either says."""
    from realpolitik.resample import intervals, replicates, small_sample_floor

    specs = [spec("ARM", "AZE", "assault", f"2021-{m:02d}-10", f"Outlet {m % 3}") for m in range(1, 13)]
    specs += [spec("ARM", "AZE", "agree", f"2022-{m:02d}-10", f"Outlet {m % 3}") for m in range(1, 5)]
    store = Store(make_db(specs), read_only=True)
    (d,) = dyads(store, window="all")
    (rep,) = list(
        replicates(Reader.of(store)._article_rows(EventFilter(), "all"), width=3, runs=200, seed=42)
    )
    boot_low, boot_high = intervals(rep.num, rep.den, 0.95)
    floor_low, floor_high = small_sample_floor([d.net], [d.articles], 0.95)
    assert (d.ci_low, d.ci_high) == (round(float(boot_low[0]), 4), round(float(boot_high[0]), 4))
    assert d.articles == 16 and d.reading == "conflictual" and not d.thin and d.firm
    assert d.floor_low == round(float(boot_low[0]), 4) < round(float(floor_low[0]), 4)
    assert d.floor_high == round(float(floor_high[0]), 4) > round(float(boot_high[0]), 4)


def test_resample_small_sample_floor_values() -> None:
    from realpolitik.resample import fewest_certain, small_sample_floor

    low, high = small_sample_floor([1.0, 1.0, 1.0, -1.0, 0.0], [2, 4, 14, 3, 0], 0.95)
    assert [round(float(x), 2) for x in low] == [-0.32, 0.02, 0.57, -1.0, -1.0]
    assert [round(float(x), 2) for x in high] == [1.0, 1.0, 1.0, 0.12, 1.0]
    assert fewest_certain(0.95) == 4 and fewest_certain(0.99) == 7


def test_dyads_reading_near_the_boundary_does_not_turn_on_the_seed(make_db) -> None:
    """Six attacks and one aid delivery, each in its own article (net -0.71): about as many of 200
    replicates land on the cooperative side of zero as the 2.5 % tail allows, so with 200 replicates
    alone the pair reads conflictual or uncertain by the seed. Carried on to `REFINED_RUNS` where
    200 cannot decide (`resample.undecided`), it reads the same on every seed."""
    days = [f"2021-{m:02d}-10" for m in range(1, 8)]
    db = make_db([spec("AZE", "IRN", "assault", d) for d in days[:6]] + [spec("AZE", "IRN", "aid", days[6])])

    def readings(refined: int) -> set[str]:
        with Reader.open(db) as reader:
            found = [reader.pair_aggregates(runs=200, seed=s, refined_runs=refined)[0] for s in range(1, 31)]
        return {
            "conflictual" if p.ci_high < 0 else "cooperative" if p.ci_low > 0 else "uncertain" for p in found
        }

    assert readings(refined=200) == {"conflictual", "uncertain"}
    assert len(readings(refined=2000)) == 1


def _poisson_sides(
    conflict: int, conflict_weight: int, cooperation: int, cooperation_weight: int
) -> tuple[float, float]:
    """The exact chance that an article bootstrap (Poisson(1) draws per article) puts the net of
    `conflict` articles of weight -`conflict_weight` and `cooperation` articles of weight
    +`cooperation_weight` below zero and above it, given that it draws any of them: the sums of the
    draws on each side are Poisson(`conflict`) and Poisson(`cooperation`)."""
    from math import exp, factorial

    def p(mean: int, k: int) -> float:
        return exp(-mean) * mean**k / factorial(k)

    below = above = drawn = 0.0
    for x in range(40):
        for y in range(40):
            if x == y == 0:
                continue
            chance = p(conflict, x) * p(cooperation, y)
            drawn += chance
            net = cooperation_weight * y - conflict_weight * x
            below += chance if net < 0 else 0.0
            above += chance if net > 0 else 0.0
    return below / drawn, above / drawn


# Four attacks against three agreements, four aid deliveries against three accusations, two
# accusations against two agreements, six agreements: one article and one day each. All in 2021.
LEANING = (
    [spec("AZE", "IRN", "assault", f"2021-0{m}-03") for m in (1, 2, 3, 4)]
    + [spec("IRN", "AZE", "agree", f"2021-0{m}-05") for m in (5, 6, 7)]
    + [spec("AZE", "TUR", "aid", f"2021-0{m}-07") for m in (1, 2, 3, 4)]
    + [spec("TUR", "AZE", "accuse", f"2021-0{m}-09") for m in (5, 6, 7)]
    + [
        spec("ARM", "RUS", kind, f"2021-0{m}-11")
        for kind, m in (("accuse", 1), ("accuse", 2), ("agree", 3), ("agree", 4))
    ]
    + [spec("ISR", "USA", "agree", f"2021-0{m}-13") for m in range(1, 7)]
)


def test_dyads_share_of_replicates_on_each_side_is_the_bootstraps(make_db) -> None:
    """Four attacks (-2 each) against three agreements (+1 each), one article each: the article
    bootstrap puts the net below zero with chance 0.853 and above with 0.094 (the sums of the Poisson
    draws on each side are Poisson(4) and Poisson(3)). The interval reaches zero, so the reading is
    uncertain; `share_conflictual` is that chance estimated over the very replicates of the interval
    (seeded, so the same on every run), and the mirror pair leans cooperative by the same figures."""
    from realpolitik.resample import replicates, sides

    store = Store(make_db(LEANING), read_only=True)
    pairs = {(d.a, d.b): d for d in dyads(store, window="all")}
    aze_irn, aze_tur, arm_rus, isr_usa = (
        pairs[k] for k in [("AZE", "IRN"), ("AZE", "TUR"), ("ARM", "RUS"), ("ISR", "USA")]
    )
    below, above = _poisson_sides(4, 2, 3, 1)
    assert (round(below, 3), round(above, 3)) == (0.853, 0.094)
    # within four standard errors of 200 replicates of the exact chances
    assert abs(aze_irn.share_conflictual - below) < 4 * (below * (1 - below) / 200) ** 0.5
    assert abs(aze_irn.share_cooperative - above) < 4 * (above * (1 - above) / 200) ** 0.5
    assert aze_irn.reading == "uncertain" and aze_irn.ci_low < 0 < aze_irn.ci_high
    # the shares are those of the interval's own replicates: no second resampling
    rows = Reader.of(store)._article_rows(EventFilter(), "all", [("AZE", "IRN")])
    (rep,) = list(replicates(rows, width=3, runs=200, seed=42))
    down, up = sides(rep.num, rep.den)
    assert (aze_irn.share_conflictual, aze_irn.share_cooperative) == (
        round(float(down[0]), 4),
        round(float(up[0]), 4),
    )
    # the mirror: aid against accusations leans cooperative, the same articles weighed the other way
    assert (aze_tur.share_cooperative, aze_tur.share_conflictual) != (None, None)
    assert abs(aze_tur.share_cooperative - below) < 4 * (below * (1 - below) / 200) ** 0.5
    # two accusations against two agreements: no side holds three replicates in four
    even = _poisson_sides(2, 1, 2, 1)
    assert round(even[0], 3) == round(even[1], 3) == 0.404
    assert max(arm_rus.share_conflictual, arm_rus.share_cooperative) < 0.6
    # six agreements: every replicate above zero, a firm reading
    assert (isr_usa.share_conflictual, isr_usa.share_cooperative, isr_usa.reading) == (
        0.0,
        1.0,
        "cooperative",
    )
    # reproducible: the same seed gives the same shares
    again = {(d.a, d.b): d for d in dyads(store, window="all")}
    assert all(
        (again[k].share_conflictual, again[k].share_cooperative) == (d.share_conflictual, d.share_cooperative)
        for k, d in pairs.items()
    )
    # a window holding the whole corpus gives the whole period's shares
    year = {(d.a, d.b): d for d in dyads(store, window="year")}
    assert all(
        (year[k].share_conflictual, year[k].share_cooperative) == (d.share_conflictual, d.share_cooperative)
        for k, d in pairs.items()
    )


def test_dyads_an_uncertain_pair_leans_where_three_replicates_in_four_fall(make_db) -> None:
    """The lean is said, never read: an uncertain pair with at least `ModelSettings.lean` (0.75) of
    its replicates on one side says "uncertain, leans conflictual (88 %)" and carries `lean`; its
    `reading` stays uncertain. A firm pair, an even one and one on a single article (not resampled: no
    shares) have no lean. The threshold is one setting: raised to 0.9, the 88 % pair no longer leans."""
    from realpolitik.system import ModelSettings

    store = Store(make_db([*LEANING, spec("ARM", "FRA", "assault", "2021-08-01")]), read_only=True)
    pairs = {(d.a, d.b): d for d in dyads(store, window="all")}
    aze_irn, aze_tur = pairs[("AZE", "IRN")], pairs[("AZE", "TUR")]
    assert (aze_irn.share_conflictual, aze_irn.share_cooperative) == (0.8838, 0.0859)
    assert (aze_irn.reading, aze_irn.lean, aze_irn.lean_share) == ("uncertain", "conflictual", 0.8838)
    assert aze_irn.reading_text == "uncertain, leans conflictual (88 %)"
    assert (aze_tur.reading, aze_tur.lean) == ("uncertain", "cooperative")
    assert aze_tur.reading_text == "uncertain, leans cooperative (81 %)"
    assert (pairs[("ARM", "RUS")].lean, pairs[("ARM", "RUS")].reading_text) == (None, "uncertain")
    assert (pairs[("ISR", "USA")].lean, pairs[("ISR", "USA")].reading_text) == (None, "cooperative")
    lone = pairs[("ARM", "FRA")]
    assert (lone.share_conflictual, lone.share_cooperative, lone.lean) == (None, None, None)
    assert lone.reading_text == "uncertain, thin: 1 article"
    row = aze_irn.to_dict()
    assert (row["share_conflictual"], row["share_cooperative"], row["lean"]) == (
        0.8838,
        0.0859,
        "conflictual",
    )
    assert row["reading"] == "uncertain" and row["ci_low"] == aze_irn.ci_low
    assert (lone.to_dict()["share_conflictual"], lone.to_dict()["lean"]) == (None, None)
    strict = {(d.a, d.b): d for d in dyads(store, window="all", settings=ModelSettings(lean=0.9))}
    assert strict[("AZE", "IRN")].lean is None and strict[("AZE", "IRN")].reading_text == "uncertain"
    assert strict[("AZE", "IRN")].share_conflictual == 0.8838  # the shares do not depend on the threshold
    with pytest.raises(InputError, match="lean share"):
        ModelSettings(lean=0.5)


def test_dyads_json_keeps_every_key_and_adds_the_shares(make_db) -> None:
    """The JSON of a dyad keeps the keys (and values) it had and gains the shares and the lean."""
    (d,) = [
        x
        for x in dyads(Store(make_db(LEANING), read_only=True), window="all")
        if (x.a, x.b) == ("AZE", "IRN")
    ]
    row = d.to_dict()
    assert list(row)[:21] == [
        "a", "b", "window", "events", "quad_counts", "goldstein", "net", "sign", "outlets", "articles",
        "outlet_names", "first_date", "last_date", "event_ids", "ci_low", "ci_high", "reading", "thin",
        "floor_low", "floor_high", "floor_reading",
    ]  # fmt: skip
    assert list(row)[21:] == ["share_conflictual", "share_cooperative", "lean"]
    assert (row["net"], row["sign"], row["articles"], row["reading"]) == (-0.4545, -1, 7, "uncertain")


def test_dyads_percent_never_rounds_to_all_or_none() -> None:
    from realpolitik.system.dyads import percent

    assert [percent(x) for x in (0.8838, 0.865, 0.875, 0.9996, 1.0, 0.0004, 0.0)] == [
        "88 %", "87 %", "88 %", "99 %", "100 %", "1 %", "0 %",
    ]  # fmt: skip


def test_why_uncertain_says_what_each_side_rests_on_and_what_moves_the_interval(make_db) -> None:
    """An uncertain pair says why in one line, from its events: four attacks in four articles beside
    three agreements in three (AZE-IRN), the heavier side first with the share of the weight it
    carries, the articles that give one side only, and the share of resampled corpora on each side
    beside the 97.5 % a reading needs. A pair with a reading has no such line; a pair on one article
    says it is too few to resample. One read of the events serves every pair (`explain_dyads`)."""
    from realpolitik.system.dyads import explain_dyads, why_uncertain

    store = Store(make_db([*LEANING, spec("GEO", "TUR", "consult", "2021-02-02")]), read_only=True)
    found = dyads(store, window="all")
    whys = explain_dyads(store, found)
    assert set(whys) == {
        ("AZE", "IRN", "all"),
        ("AZE", "TUR", "all"),
        ("ARM", "RUS", "all"),
        ("GEO", "TUR", "all"),
    }
    aze_irn = whys[("AZE", "IRN", "all")]
    assert (aze_irn.conflictual_events, aze_irn.cooperative_events) == (4, 3)
    assert (aze_irn.conflictual_articles, aze_irn.cooperative_articles, aze_irn.articles) == (4, 3, 7)
    assert (aze_irn.conflictual_kind, aze_irn.cooperative_kind) == ("attacks", "agreements")
    assert aze_irn.text == (
        "4 conflictual events (most often attacks) in 4 articles beside 3 cooperative events (most often "
        "agreements) in 3 articles; 7 articles from 1 outlet; conflict carries 73 % of the weight; 4 articles "
        "give only conflict, 3 only cooperation: resampled, the net falls below zero in 88 % of draws and above "
        "in 9 %, short of the 97.5 % a reading needs"
    )
    assert whys[("AZE", "TUR", "all")].text.startswith(
        "4 cooperative events (most often aid) in 4 articles beside"
    )
    assert "each side carries half the weight" in whys[("ARM", "RUS", "all")].text
    assert whys[("GEO", "TUR", "all")].text == (
        "1 cooperative event (talks) in 1 article; 1 article from 1 outlet; too few articles to resample, so "
        "the interval is −1 to +1"
    )
    firm = next(d for d in found if (d.a, d.b) == ("ISR", "USA"))
    assert why_uncertain(firm, dyad_evidence(store, "ISR", "USA")) is None
    # the same line from the pair's own evidence, as the web app's pair page reads it
    aze = next(d for d in found if (d.a, d.b) == ("AZE", "IRN"))
    assert why_uncertain(aze, dyad_evidence(store, "AZE", "IRN")) == aze_irn


def test_the_two_shares_of_a_why_line_never_add_up_to_more_than_all() -> None:
    """The why line of an uncertain pair writes the larger share of resampled corpora as `percent`
    does and the smaller one so that the two never add up to more than 100 % (0.775 and 0.225 read
    "78 %" and "22 %", not "78 %" and "23 %"); shares that leave room keep their own rounding."""
    from realpolitik.system.dyads import _rest, percent

    assert (percent(0.775), _rest(0.775, 0.225)) == ("78 %", "22 %")
    assert (percent(0.89), _rest(0.89, 0.11)) == ("89 %", "11 %")
    assert _rest(0.60, 0.30) == "30 %"
    assert _rest(0.995, 0.005) == "1 %"


def test_a_share_is_never_written_on_the_other_side_of_the_threshold_it_is_held_to(make_db) -> None:
    """A share of resampled corpora just under a threshold the text holds it up to is never rounded up
    onto it: an uncertain pair with 74.75 % of its corpora below zero leans neither way (under 75 %), and
    its why line writes 74 %, not the 75 % that would contradict "fewer than 75 %" (ARM-IGO-CSTO on the
    examples read 75 % under that heading); a bloc membership held in 79.5 % of runs, under the 80 % a
    stable one needs, is 79 %. Shares clear of a threshold keep their rounding."""
    from dataclasses import replace

    from realpolitik.system.blocs import Blocs
    from realpolitik.system.dyads import _rest, percent, why_uncertain

    assert percent(0.7475) == "75 %" and percent(0.7475, 0.75) == "74 %"
    assert percent(0.75, 0.75) == "75 %" and percent(0.89, 0.75) == "89 %" and percent(0.30, 0.75) == "30 %"
    assert _rest(0.7475, 0.2525, 0.75) == "25 %"
    store = Store(make_db(LEANING), read_only=True)
    aze = next(d for d in dyads(store, window="all") if (d.a, d.b) == ("AZE", "IRN"))
    even = replace(aze, share_conflictual=0.7475, share_cooperative=0.2525)
    assert even.uncertain and even.lean is None
    text = why_uncertain(even, dyad_evidence(store, "AZE", "IRN")).text
    assert "below zero in 74 % of draws and above in 25 %" in text, text
    found = Blocs(
        blocs=(("AZE", "TUR"),),
        membership=(("AZE", 0), ("TUR", 0)),
        frustration=0,
        frustrated_edges=(),
        seed=0,
        stability=(("AZE", 0.795), ("TUR", 0.97)),
        runs=200,
    )
    assert found.unstable == ("AZE",)
    assert (found.stability_percent("AZE"), found.stability_percent("TUR")) == (79, 97)
    assert found.stability_percent("GEO") is None
    assert found.to_dict()["stable_at"] == 0.8


def test_explain_dyads_reads_only_the_events_of_the_uncertain_pairs(make_db, monkeypatch) -> None:
    """`explain_dyads` (CLI `dyads --explain`, the report's why lines) reads the uncertain pairs' own
    events by their ids, not every event of the filter, and writes the same lines; dyads without their
    ids are explained from the filter's events as before."""
    import importlib
    from dataclasses import replace

    D = importlib.import_module("realpolitik.system.dyads")  # the package's `dyads` is the function
    store = Store(make_db(LEANING), read_only=True)
    found = dyads(store, window="all")
    seen: list[EventFilter] = []
    real = D.load_events

    def spy(source, flt):  # type: ignore[no-untyped-def]
        seen.append(flt)
        return real(source, flt)

    monkeypatch.setattr(D, "load_events", spy)
    whys = D.explain_dyads(store, found)
    uncertain = [d for d in found if d.uncertain]
    assert [f.event_ids is not None for f in seen] == [True]
    assert len(seen[0].event_ids) == sum(d.events for d in uncertain) < len(LEANING)
    seen.clear()
    without_ids = [replace(d, event_ids=()) for d in found]
    assert {k: w.text for k, w in D.explain_dyads(store, without_ids).items()} == {
        k: w.text for k, w in whys.items()
    }
    assert [f.event_ids for f in seen] == [None]
