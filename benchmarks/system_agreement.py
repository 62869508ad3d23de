"""Does the model call allies allies and adversaries adversaries? Prints agreement, asserts nothing.

Analyses a corpus (default: examples/corpus, and ../shared/seeds when present) into a temporary
DuckDB and compares the sign of each dyad with well-documented relations of 2020-2025.
Usage: python benchmarks/system_agreement.py [PATH ...]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from realpolitik.config import Settings
from realpolitik.pipeline import analyze
from realpolitik.store import Store
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


def check(label: str, paths: list[Path]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "agreement.duckdb"
        result = analyze(paths, db, Settings(), progress=False)
        print(f"\n== {label}: {result.articles_coded} articles coded, {result.events} events")
        with Store(db, read_only=True) as store:
            overall = {(d.a, d.b): d for d in dyads(store, window="all")}
            hits = total = 0
            for pair, sign in EXPECTED.items():
                d = overall.get(pair)
                if d is None:
                    print(f"  {pair[0]}-{pair[1]:9} expected {sign:+d}  no events")
                    continue
                total += 1
                ok = d.sign == sign
                hits += ok
                print(
                    f"  {pair[0]}-{pair[1]:9} expected {sign:+d}  net {d.net:+.3f} over {d.events:3d} events"
                    f"  {'ok' if ok else 'WRONG'}"
                )
            share = f"{hits / total:.2f}" if total else "n/a"
            print(f"  agreement: {hits}/{total} = {share}")
            b = blocs(store)
            print("  blocs:", " | ".join(", ".join(x) for x in b.blocs if len(x) > 1))
            bal = balance(store)
            print(f"  balance: {bal.balance} over {bal.triads} triads")
            for t in bal.unbalanced[:5]:
                print(f"    unbalanced: {t.description}")


def main() -> None:
    if len(sys.argv) > 1:
        check("given inputs", [Path(p) for p in sys.argv[1:]])
        return
    check("examples/corpus", [ROOT / "examples" / "corpus"])
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():
        check("../shared/seeds", sorted(p for p in seeds.iterdir() if p.suffix == ".txt"))
    else:
        print(f"\n(../shared/seeds not found at {seeds}: seed agreement not measured)")


if __name__ == "__main__":
    main()
