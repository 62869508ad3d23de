"""Build `data/leaders.json` (heads of state and government 1945-2024) from `data/leaders.tsv`.

Run `python -m realpolitik.actors.build_leaders` after editing the TSV; `--check` exits 1 when the pack on disk
differs from what the TSV gives (the test suite runs it). The format of the TSV is described at its top.

A person already in `people.json` (one of the names in common) keeps that entry's id, code and after-sector: the pack
adds only the names, surnames and offices that entry lacks (an office of the same code starting within 40 days of
one it has counts as the same), so the two packs never hold the same term twice.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

DATA = Path(__file__).with_name("data")
SOURCE = DATA / "leaders.tsv"
TARGET = DATA / "leaders.json"
PEOPLE = DATA / "people.json"
SHORT_ROLES = {
    "P": "President of {}",
    "PM": "Prime Minister of {}",
    "K": "King of {}",
    "FM": "Foreign Minister of {}",
}
SAME_TERM_DAYS = 40


def _slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return "person-" + re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def read_rows(path: Path = SOURCE) -> list[dict[str, Any]]:
    """The TSV's office rows, roles spelled out; errors name the line."""
    rows: list[dict[str, Any]] = []
    country: dict[str, str] = {}
    current = ""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if cells[0].startswith("@"):
            current = cells[0][1:]
            country[current] = cells[1]
            continue
        if len(cells) not in (6, 7):
            raise ValueError(f"{path}:{number}: expected 6 or 7 tab-separated cells, got {len(cells)}")
        code, role, names, surnames, start, end = cells[:6]
        sector = cells[6] if len(cells) == 7 else "GOV"
        if role in SHORT_ROLES:
            if current not in country:
                raise ValueError(f"{path}:{number}: '{role}' needs an '@CODE<TAB>name' line before it")
            role = SHORT_ROLES[role].format(country[current])
        for value in (start, end):
            if value:
                dt.date.fromisoformat(value)
        if not start or (end and end < start):
            raise ValueError(f"{path}:{number}: start {start!r} and end {end!r} are not a term")
        forms = _split(surnames)
        rows.append(
            {
                "code": code,
                "role": role,
                "names": _split(names),
                "surnames": [s for s in forms if not s.startswith("~")],
                "title_surnames": [s[1:] for s in forms if s.startswith("~")],
                "start": start,
                "end": end or None,
                "sector": sector,
                "line": number,
            }
        )
        if not rows[-1]["names"]:
            raise ValueError(f"{path}:{number}: a row names its person")
    return rows


def _same_term(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a.get("code") != b.get("code") or not a.get("start") or not b.get("start"):
        return False
    gap = dt.date.fromisoformat(a["start"]) - dt.date.fromisoformat(b["start"])
    return abs(gap.days) <= SAME_TERM_DAYS


def build(rows: list[dict[str, Any]], people: list[dict[str, Any]]) -> dict[str, Any]:
    by_name: dict[str, dict[str, Any]] = {}
    for person in people:
        for name in person.get("names", []):
            by_name.setdefault(name, person)
    out: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    for row in rows:
        key = row["names"][0]
        if key not in out:
            known = next((by_name[n] for n in row["names"] if n in by_name), None)
            entry: dict[str, Any] = {"id": known["id"] if known else _slug(key), "code": "", "names": []}
            entry["_known"] = known
            out[key] = entry
            order.append(key)
        entry = out[key]
        known = entry["_known"]
        have_names = set(known.get("names", [])) if known else set()
        for field, values in (
            ("names", row["names"]),
            ("surnames", row["surnames"]),
            ("title_surnames", row["title_surnames"]),
        ):
            had = set(known.get(field, [])) if known else set()
            if field == "names":
                had = have_names
            for value in values:
                if value not in had and value not in entry.setdefault(field, []):
                    entry[field].append(value)
        bare = set(entry.get("surnames", [])) | set(known.get("surnames", []) if known else [])
        titled = set(entry.get("title_surnames", [])) | set(known.get("title_surnames", []) if known else [])
        if bare & titled:
            # one row (or people.json) says the form is a common word or another's name, another that it stands
            # alone: the bare form would win silently
            raise ValueError(
                f"line {row['line']}: {key!r} has {sorted(bare & titled)} both as a surname and a title surname"
            )
        office = {k: row[k] for k in ("role", "code", "sector", "start", "end")}
        earlier = (known.get("offices") or known.get("periods") or []) if known else []
        if not any(_same_term(office, old) for old in earlier):
            entry.setdefault("offices", []).append(office)
    pack: list[dict[str, Any]] = []
    ids: set[str] = set()
    for key in order:
        entry = out[key]
        known = entry.pop("_known")
        if entry["id"] in ids:
            raise ValueError(f"two people would get the id {entry['id']!r}; name one of them differently")
        ids.add(entry["id"])
        if known:
            entry["code"] = known["code"]
            if "after_sector" in known:
                entry["after_sector"] = known["after_sector"]
        else:
            states = [o for o in entry.get("offices", []) if not o["code"].startswith("IGO-")]
            latest = max(states or entry["offices"], key=lambda o: o["start"])
            entry["code"] = latest["code"]
        if not entry["names"]:
            del entry["names"]
        if not (
            entry.get("names") or entry.get("surnames") or entry.get("title_surnames") or entry.get("offices")
        ):
            continue
        entry["offices"] = sorted(entry.get("offices", []), key=lambda o: o["start"])
        pack.append(
            {
                k: entry[k]
                for k in ("id", "code", "names", "surnames", "title_surnames", "after_sector", "offices")
                if entry.get(k)
            }
        )
    return {
        "pack": "leaders",
        "description": (
            "Heads of state and government 1945-2024 and some foreign and defence ministers, generated from "
            "leaders.tsv by realpolitik.actors.build_leaders; entries already in people.json get only what they lack."
        ),
        "people": pack,
    }


def render(pack: dict[str, Any]) -> str:
    lines = [
        "{",
        f' "pack": {json.dumps(pack["pack"])},',
        f' "description": {json.dumps(pack["description"], ensure_ascii=False)},',
        ' "people": [',
    ]
    people = pack["people"]
    for i, person in enumerate(people):
        lines.append("  " + json.dumps(person, ensure_ascii=False) + ("," if i + 1 < len(people) else ""))
    lines += [" ]", "}"]
    return "\n".join(lines) + "\n"


def generate() -> str:
    people = json.loads(PEOPLE.read_text(encoding="utf-8"))["people"]
    return render(build(read_rows(), people))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when leaders.json is not up to date")
    args = parser.parse_args(argv)
    text = generate()
    if args.check:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET} is out of date: run python -m realpolitik.actors.build_leaders", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET} ({text.count(chr(10)) - 5} people)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
