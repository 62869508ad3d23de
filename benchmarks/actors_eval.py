"""Actor resolver accuracy on the PLOVER gold records: recall of gold codes and precision of found codes.

Reads ../shared/eval/plover_gsr_dev.json (or the path given); prints figures and, with --errors N, the misses.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from realpolitik.nlp import build_pipeline, process

COUNTED_ROLES = ("actor", "coreference")
DEFAULT_GOLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "plover_gsr_dev.json"


def gold_codes(record: dict) -> set[str]:
    """The scorer's view of a record's actors: code[:3] of every source and target."""
    codes: set[str] = set()
    for role in ("source", "target"):
        actors = record.get(role)
        if isinstance(actors, list):
            for actor in actors:
                if isinstance(actor, dict) and actor.get("code"):
                    codes.add(str(actor["code"]).strip().upper()[:3])
    return codes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD))
    parser.add_argument("--errors", type=int, default=0, help="print up to N records with a miss or an extra")
    args = parser.parse_args(argv)
    path = Path(args.gold)
    if not path.exists():
        print(
            f"gold data not found at {path.resolve()}: the shared eval folder (../shared) is missing; nothing measured"
        )
        return 0  # not a failure of the project: the shared data is simply not beside it
    records = json.loads(path.read_text(encoding="utf-8"))["records"]
    nlp = build_pipeline(events=False)
    docs = process(nlp, ((r["text"], r.get("date")) for r in records))
    gold_total = gold_found = found_total = found_in_gold = 0
    country_total = country_in_gold = 0
    errors = []
    for record, doc in zip(records, docs, strict=True):
        gold = gold_codes(record)
        # Only mentions that stand for an actor count: a country named as a place ("talks in Baku") or as the
        # backer of someone else ("Iran-backed militias") is in doc._.actors but is not an actor of the event.
        found = {m.code.upper()[:3] for m in doc._.actors if m.role in COUNTED_ROLES}
        gold_total += len(gold)
        gold_found += len(gold & found)
        found_total += len(found)
        found_in_gold += len(found & gold)
        # Country codes only (ISO3 and X.. project codes), leaving out IGO/NGO/IMG organisation codes.
        countries = {c for c in found if c not in ("IGO", "NGO", "IMG")}
        country_total += len(countries)
        country_in_gold += len(countries & gold)
        if (gold - found) or (found - gold):
            errors.append((record["id"], sorted(gold - found), sorted(found - gold), record["text"]))
    recall = gold_found / gold_total if gold_total else 0.0
    precision = found_in_gold / found_total if found_total else 0.0
    print(f"gold file: {path.resolve()} ({len(records)} records)")
    print(
        "found codes: mentions with role actor or coreference; place and patron mentions are left out "
        "(they stay in doc._.actors)"
    )
    print(
        f"recall    {recall:.3f}  ({gold_found}/{gold_total} gold source/target codes found, compared on code[:3])"
    )
    print(
        f"precision {precision:.3f}  ({found_in_gold}/{found_total} distinct found codes per sentence are gold actors)"
    )
    country_precision = country_in_gold / country_total if country_total else 0.0
    print(
        f"precision {country_precision:.3f}  ({country_in_gold}/{country_total} found country codes, "
        "IGO/NGO/IMG left out, are gold actors)"
    )
    for rid, missed, extra, text in errors[: args.errors]:
        print(f"- {rid} missed={missed} extra={extra} :: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
