"""Score the coder's modality and attribution on the project's own modality set.

`benchmarks/modality/modality_set.json` holds sentences written for this project, each naming one deed
(PLOVER type, source and target codes) that the sentence either states as done (`factual`) or denies,
supposes, demands or plans. Printed:

- non-factual kept out: the share of non-factual deeds with no asserted event of their type (and source,
  when the deed names one): what the issue asks to be >= 0.9 on held-back seed sentences;
- factual kept in: the share of factual deeds coded as an asserted event of their type and source (so that
  coding nothing cannot score well);
- modality accuracy: the share of deeds, among those coded with their type, whose modality is the expected
  one (a demand's deed is consumed by the demand, so only coded deeds count);
- attribution: the share of reported factual deeds whose event carries the speaker's code.

Usage: python benchmarks/modality_eval.py [--set FILE] [--json] [--errors]
Needs no ../shared.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_SET = HERE / "modality" / "modality_set.json"


def read_set(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        sys.exit(f"{path}: cannot read the modality set: {exc}")
    records = data.get("records") if isinstance(data, dict) else None
    if not isinstance(records, list):
        sys.exit(f'{path}: expected {{"records": [...]}}')
    for number, rec in enumerate(records, 1):
        missing = [k for k in ("id", "text", "deed", "factual", "modality") if k not in rec]
        if missing:
            sys.exit(
                f"{path}: record {number}: missing {', '.join(missing)}; add them (see the 'about' text)"
            )
    return records


def _codes(actors: list[dict[str, Any]]) -> set[str]:
    return {str(a.get("code") or "")[:3] for a in actors}


def matches(event: dict[str, Any], deed: dict[str, Any]) -> bool:
    """An event stands for a deed when its type is the deed's and it names the deed's source (if any)."""
    if event.get("event") != deed["event"]:
        return False
    source = deed.get("source")
    parties = _codes(event.get("source") or []) | _codes(event.get("target") or [])
    return not source or source[:3] in parties


def score(records: list[dict[str, Any]], events: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The figures for some coded records (record id -> event dicts)."""
    kept_out = nonfactual = kept_in = factual = coded = modality_right = reported = attributed = 0
    errors: list[dict[str, Any]] = []
    for rec in records:
        deed = rec["deed"]
        found = [e for e in events.get(rec["id"], []) if matches(e, deed)]
        asserted = [e for e in found if e.get("modality") == "asserted"]
        if rec["factual"]:
            factual += 1
            ok = bool(asserted)
            kept_in += ok
        else:
            nonfactual += 1
            ok = not asserted
            kept_out += ok
        if found:
            coded += 1
            modality_right += found[0].get("modality") == rec["modality"]
        if rec["factual"] and rec.get("attribution"):
            reported += 1
            attribution = (asserted[0].get("attribution") or {}) if asserted else {}
            attributed += str(attribution.get("code") or "")[:3] == rec["attribution"]
        if not ok:
            errors.append({"id": rec["id"], "text": rec["text"], "factual": rec["factual"], "coded": found})

    def share(part: int, whole: int) -> float:
        return round(part / whole, 3) if whole else 0.0

    return {
        "records": len(records),
        "nonfactual": nonfactual,
        "nonfactual_kept_out": share(kept_out, nonfactual),
        "factual": factual,
        "factual_kept_in": share(kept_in, factual),
        "modality_accuracy_when_coded": share(modality_right, coded),
        "reported": reported,
        "attribution_accuracy": share(attributed, reported),
        "errors": errors,
    }


def code_records(records: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    from realpolitik.nlp import build_pipeline, process

    nlp = build_pipeline()
    items = [(str(r["text"]), r.get("date")) for r in records]
    return {
        rec["id"]: [e.to_dict() for e in (doc._.events or [])]
        for rec, doc in zip(records, process(nlp, items), strict=True)
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="the modality set (JSON)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--errors", action="store_true", help="print the deeds scored wrong")
    parser.add_argument("--batch", type=int, default=0, help="score only this batch of the set (0: all)")
    args = parser.parse_args()
    records = [r for r in read_set(args.set) if not args.batch or r.get("batch") == args.batch]
    result = score(records, code_records(records))
    errors = result.pop("errors")
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:30} {value}")
    if args.errors:
        for err in errors:
            print(json.dumps(err, ensure_ascii=False))


if __name__ == "__main__":
    main()
