"""Does the model call allies allies and adversaries adversaries? Prints agreement, asserts nothing.

Analyses a corpus (default: examples/corpus, and ../shared/seeds when present) into a temporary
DuckDB and compares the sign of each dyad with well-documented relations of 2020-2025.
Also prints each pair's interval and reading, the blocs with their stability, and how often leaving
one article out changes the bloc of an actor whose stability is at least 0.8.
Usage: python benchmarks/system_agreement.py [PATH ...] | --db DB [DB ...]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from realpolitik.config import Settings
from realpolitik.pipeline import analyze
from realpolitik.store import EventFilter, Reader
from realpolitik.system import balance, blocs, dyads

# Relations over 2020-2025 that are a matter of record (+1 aligned, -1 adversarial). Pairs whose
# character changed within the period (Armenia-Russia, Russia-Türkiye, Armenia-Türkiye) are left out.
EXPECTED: dict[tuple[str, str], int] = {
    ("AZE", "TUR"): 1,  # Shusha Declaration on allied relations, June 2021
    ("AZE", "ISR"): 1,  # arms supplies; Azerbaijan's embassy in Israel opened in 2023
    ("IRN", "RUS"): 1,  # drones and military cooperation from 2022
    ("ARM", "FRA"): 1,  # French arms deliveries to Armenia from 2023
    ("ARM", "AZE"): -1,  # wars of 2020 and 2023, border clashes of 2022
    ("IRN", "ISR"): -1,
    ("AZE", "IRN"): -1,  # the 2023 attack on Azerbaijan's embassy in Tehran, border drills
    ("RUS", "UKR"): -1,
}

ROOT = Path(__file__).resolve().parents[1]


def _stable_core(found: object, actor: str, stable: set[str]) -> frozenset[str]:
    for b in found.blocs:  # type: ignore[attr-defined]
        if actor in b:
            return frozenset(b) & stable
    return frozenset({actor})


def report_db(db: Path) -> None:
    with Reader.open(db) as store:
        overall = {(d.a, d.b): d for d in dyads(store, window="all")}
        hits = uncertain = total = 0
        for pair, sign in EXPECTED.items():
            d = overall.get(pair)
            if d is None:
                print(f"  {pair[0]}-{pair[1]:9} expected {sign:+d}  no events")
                continue
            total += 1
            want = "cooperative" if sign > 0 else "conflictual"
            hits += d.reading == want
            uncertain += d.reading == "uncertain"
            print(
                f"  {pair[0]}-{pair[1]:9} expected {want:11}  net {d.net:+.3f} [{d.ci_low:+.2f}, {d.ci_high:+.2f}] "
                f"{d.reading:11} over {d.events:3d} events in {d.articles:2d} articles"
                f"  {'ok' if d.reading == want else ('uncertain' if d.reading == 'uncertain' else 'WRONG')}"
            )
        print(f"  reading agrees: {hits}/{total}, uncertain: {uncertain}/{total}")
        b = blocs(store)
        stab = dict(b.stability)
        print(
            "  blocs:",
            " | ".join(", ".join(f"{x} {stab.get(x, 0):.2f}" for x in g) for g in b.blocs if len(g) > 1),
        )
        print(
            f"  uncertain dyads left out of the blocs: {b.uncertain_left_out}; unstable: {', '.join(b.unstable) or 'none'}"
        )
        same = b.bloc_of("AZE") is not None and b.bloc_of("AZE") == b.bloc_of("TUR")
        apart = b.bloc_of("ARM") is None or b.bloc_of("ARM") != b.bloc_of("AZE")
        print(f"  Türkiye and Azerbaijan in one bloc: {same}; Armenia outside Azerbaijan's bloc: {apart}")
        stable = {a for a, v in b.stability if v >= 0.8}
        articles = [r[0] for r in store.query("SELECT DISTINCT article_id FROM events ORDER BY 1")]
        changed = 0
        for art in articles:
            without = blocs(store, EventFilter(without_articles=(art,)))
            changed += any(_stable_core(without, a, stable) != _stable_core(b, a, stable) for a in stable)
        print(
            f"  leave one article out ({len(articles)} articles): the bloc of an actor with stability >= 0.8 "
            f"changed in {changed} of them ({len(stable)} such actors)"
        )
        bal = balance(store)
        print(f"  balance: {bal.balance} over {bal.triads} triads")
        for t in bal.unbalanced[:5]:
            print(f"    unbalanced: {t.description}")


def check(label: str, paths: list[Path]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "agreement.duckdb"
        result = analyze(paths, db, Settings(), progress=False)
        print(f"\n== {label}: {result.articles_coded} articles coded, {result.events} events")
        report_db(db)


def main() -> None:
    args = sys.argv[1:]
    if args and args[0] == "--db":
        for db in args[1:]:
            print(f"\n== {db}")
            report_db(Path(db))
        return
    if args:
        check("given inputs", [Path(p) for p in args])
        return
    check("examples/corpus", [ROOT / "examples" / "corpus"])
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():
        check("../shared/seeds", sorted(p for p in seeds.iterdir() if p.suffix == ".txt"))
    else:
        print(f"\n(../shared/seeds not found at {seeds}: seed agreement not measured)")


if __name__ == "__main__":
    main()
