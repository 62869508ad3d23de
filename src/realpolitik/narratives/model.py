"""The model of narratives over stored frames: shares per outlet and window, opposing frames, events.

`narratives(store, pack)` gives the JSON shape of `realpolitik narratives --format json`: the
articles with their frames and evidence, then per outlet the share of its articles carrying each
frame (overall and per time window), the oppositions between outlets, and each frame set beside
the events the same outlet reports.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from ..errors import InputError
from ..store_narratives import Readable
from .pack import Pack

UNKNOWN_OUTLET = "(unknown outlet)"
UNDATED = "undated"


def window_of(day: str | None, unit: str = "month") -> str:
    """The label of the window holding an ISO date: 2023, 2023-Q3, 2023-07 (undated without one)."""
    if not day:
        return UNDATED
    d = date.fromisoformat(day[:10])
    if unit == "year":
        return f"{d.year}"
    if unit == "quarter":
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    return f"{d.year}-{d.month:02d}"


def _outlet(article: dict[str, Any]) -> str:
    return str(article.get("outlet") or UNKNOWN_OUTLET)


UNITS = ("month", "quarter", "year")


def fitting_unit(articles: list[dict[str, Any]], most: int = 8) -> str:
    """The finest window (month, quarter, year) that puts the dated articles in at most `most` windows: what
    a page of one column per window can show side by side (forty monthly columns cannot be read)."""
    for unit in UNITS:
        if len({window_of(a.get("date"), unit) for a in articles} - {UNDATED}) <= most:
            return unit
    return "year"


def outlet_shares(articles: list[dict[str, Any]], unit: str = "month") -> list[dict[str, Any]]:
    """Per outlet: its articles, the share carrying each frame, and the same per time window."""
    by_outlet: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for art in articles:
        by_outlet[_outlet(art)].append(art)

    def shares(arts: list[dict[str, Any]]) -> dict[str, dict[str, float | int]]:
        counts: dict[str, int] = defaultdict(int)
        for art in arts:
            for f in art["frames"]:
                counts[f["frame"]] += 1
        return {
            fid: {"articles": n, "share": round(n / len(arts), 3)}
            for fid, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        }

    out = []
    for outlet in sorted(by_outlet, key=lambda o: (o == UNKNOWN_OUTLET, o.lower())):
        arts = by_outlet[outlet]
        windows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for art in arts:
            windows[window_of(art.get("date"), unit)].append(art)
        out.append(
            {
                "outlet": outlet,
                "articles": len(arts),
                "frames": shares(arts),
                "windows": [
                    {"window": w, "articles": len(windows[w]), "frames": shares(windows[w])}
                    for w in sorted(windows, key=lambda w: (w == UNDATED, w))
                ],
            }
        )
    return out


def oppositions(pack: Pack, articles: list[dict[str, Any]], unit: str = "month") -> list[dict[str, Any]]:
    """Outlets telling opposite frames about the same actors in the same window, with both sides' sentences.

    A side counts when an article of the window carries the frame and one of its evidence sentences
    names an actor of the opposition. Undated articles take no side: "undated" is no window, and two of them
    may be years apart, so they are never paired as told at the same time (as undated reports take no part in
    the disagreements of `system.perspectives`). Articles whose outlet is unknown take no side either: pooled,
    they are no one outlet and cannot tell a story against one.
    """
    out = []
    for opp in pack.oppositions:
        actors = set(opp.actors)
        sides: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
        for art in articles:
            if not art.get("outlet") or not art.get("date"):
                continue
            win = window_of(art.get("date"), unit)
            for f in art["frames"]:
                if f["frame"] not in opp.frames:
                    continue
                for s in f["sentences"]:
                    if actors & set(s.get("actors") or []):
                        sides[win][f["frame"]].append(
                            {
                                "outlet": _outlet(art),
                                "article_id": art["article_id"],
                                "title": art.get("title"),
                                "date": art.get("date"),
                                "text": s["text"],
                                "score": s["score"],
                            }
                        )
                        break
        for win in sorted(sides):
            a, b = (sides[win].get(fid, []) for fid in opp.frames)
            if not a or not b:
                continue
            outlets_a = {s["outlet"] for s in a}
            outlets_b = {s["outlet"] for s in b}
            # the same outlet telling both is not a disagreement between outlets, unless others tell one
            if outlets_a == outlets_b and len(outlets_a) == 1:
                continue
            out.append(
                {
                    "frames": list(opp.frames),
                    "actors": list(opp.actors),
                    "why": opp.why,
                    "window": win,
                    "sides": [
                        {"frame": opp.frames[0], "outlets": sorted(outlets_a), "sentences": a},
                        {"frame": opp.frames[1], "outlets": sorted(outlets_b), "sentences": b},
                    ],
                }
            )
    return out


def beside_events(store: Readable, pack: Pack, articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """For each outlet telling a frame with an event check: the matching events that outlet reports."""
    from ..store_narratives import events_between_by_article, merge_between

    by_outlet: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for art in articles:
        by_outlet[_outlet(art)].append(art)
    order = sorted(by_outlet, key=lambda o: (o == UNKNOWN_OUTLET, o.lower()))
    out = []
    for check in pack.event_checks:
        # named outlets first, the unknown bucket last, as every list of outlets ("(" sorted it first)
        telling = {
            outlet: [a for a in by_outlet[outlet] if any(f["frame"] == check.frame for f in a["frames"])]
            for outlet in order
        }
        tellers = [outlet for outlet in order if telling[outlet]]
        if not tellers:
            continue
        # One query per check over the articles of every outlet that tells its frame; each outlet's count
        # and examples are taken from its own articles' rows (two queries per outlet and check before).
        found = events_between_by_article(
            store,
            [a["article_id"] for outlet in tellers for a in by_outlet[outlet]],
            check.actors,
            check.partners,
            check.quad_classes,
        )
        for outlet in tellers:
            arts = by_outlet[outlet]
            n_all, examples = merge_between(found, [a["article_id"] for a in arts])
            n_telling, _ = merge_between(found, [a["article_id"] for a in telling[outlet]])
            out.append(
                {
                    "frame": check.frame,
                    "check": check.name,
                    "outlet": outlet,
                    "articles_with_frame": len(telling[outlet]),
                    "articles": len(arts),
                    "events": n_all,
                    "events_in_frame_articles": n_telling,
                    "examples": examples,
                }
            )
    return out


def narratives(
    store: Readable,
    pack: Pack,
    *,
    outlet: str | None = None,
    frame: str | None = None,
    unit: str = "month",
) -> dict[str, Any]:
    """The articles with their frames and the model of narratives, as one JSON-ready dict."""
    from ..store_narratives import article_frames, has_frames

    if frame is not None and frame not in pack.frame_index:
        raise InputError(
            f"unknown frame {frame!r}",
            hint="frames of the pack: " + ", ".join(pack.ids),
        )
    if not has_frames(store):
        raise InputError(
            "the database holds no frames",
            path=store.path,
            hint="run `realpolitik analyze PATH... --db FILE` again: it detects frames for stored articles",
        )
    everything = article_frames(store, outlet=None)
    if outlet is not None:
        known = {_outlet(a) for a in everything}
        if outlet not in known and outlet != "":
            raise InputError(
                f"no articles from outlet {outlet!r}",
                hint="outlets in the database: " + ", ".join(sorted(known)),
            )
        everything = [a for a in everything if (a.get("outlet") or "") == outlet or _outlet(a) == outlet]
    shown = [a for a in everything if frame is None or any(f["frame"] == frame for f in a["frames"])]
    return {
        "pack": pack.name,
        "articles": shown,
        "outlets": outlet_shares(everything, unit),
        "oppositions": oppositions(pack, everything, unit),
        "events": beside_events(store, pack, everything),
    }


def view(store: Readable, pack: Pack, *, unit: str = "month") -> dict[str, Any] | None:
    """What the report and the web page show: `narratives` plus frame names and the outlet × frame grid.

    None when the database holds no frames (analysed before narratives, or with them off).
    """
    from ..store_narratives import has_frames

    if not has_frames(store):
        return None
    data = narratives(store, pack, unit=unit)
    used = [fid for fid in pack.ids if any(fid in o["frames"] for o in data["outlets"])]
    used += sorted({f for o in data["outlets"] for f in o["frames"]} - set(used))  # frames of another pack
    data["frame_names"] = {f.id: f.name for f in pack.frames}
    data["frame_definitions"] = {f.id: f.definition for f in pack.frames}
    data["used_frames"] = used
    data["framed_articles"] = sum(1 for a in data["articles"] if a["frames"])
    return data


def grid(articles: list[dict[str, Any]], unit: str = "month") -> dict[str, Any]:
    """Frames by outlet over time: one row per outlet, one cell per window, each frame with its sentences."""
    windows = sorted({window_of(a.get("date"), unit) for a in articles}, key=lambda w: (w == UNDATED, w))
    cells: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for art in articles:
        cells[(_outlet(art), window_of(art.get("date"), unit))].append(art)
    rows = []
    for outlet in sorted({_outlet(a) for a in articles}, key=lambda o: (o == UNKNOWN_OUTLET, o.lower())):
        row: dict[str, Any] = {"outlet": outlet, "cells": {}}
        for win in windows:
            arts = cells.get((outlet, win), [])
            frames: dict[str, dict[str, Any]] = {}
            for art in arts:
                for f in art["frames"]:
                    entry = frames.setdefault(
                        f["frame"], {"frame": f["frame"], "articles": 0, "sentences": []}
                    )
                    entry["articles"] += 1
                    entry["sentences"].extend(
                        {
                            "text": s["text"],
                            "score": s["score"],
                            "article_id": art["article_id"],
                            "title": art.get("title"),
                            "date": art.get("date"),
                        }
                        for s in f["sentences"]
                    )
            listed = sorted(frames.values(), key=lambda e: (-e["articles"], e["frame"]))
            for entry in listed:
                entry["share"] = round(entry["articles"] / len(arts), 3)
            row["cells"][win] = {"articles": len(arts), "frames": listed}
        rows.append(row)
    return {"windows": windows, "rows": rows}
