"""Actor resolver overhead: time to resolve 1,000 parsed sentences relative to spaCy's parse of them.

Sentences come from ../shared/seeds when present (read at run time), else from the project's own templates.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
import time
from pathlib import Path

from realpolitik.actors.resolve import ActorResolver
from realpolitik.extensions import register_extensions
from realpolitik.nlp import load_model

SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"

# The project's own template sentences: every combination of subject, verb phrase and object.
SUBJECTS = [
    "Azerbaijan's President Ilham Aliyev",
    "Armenian Prime Minister Nikol Pashinyan",
    "The Kremlin",
    "Turkish officials",
    "Russian peacekeepers",
    "The Iranian foreign ministry",
    "Israeli defence companies",
    "The European Union",
    "Georgian opposition parties",
    "A spokesman for the OSCE",
]
VERBS = [
    "met representatives of",
    "criticised",
    "signed an agreement with",
    "accused",
    "called for talks with",
    "sent observers to",
    "welcomed a statement by",
    "warned",
    "promised aid to",
    "rejected a proposal from",
]
OBJECTS = [
    "Moscow on Tuesday.",
    "the government in Yerevan after the clashes.",
    "Baku officials during the summit in Ankara.",
    "the United States and France, the two countries that co-chaired the Minsk Group.",
    "Tehran over the border crossing near Nakhchivan.",
    "the Azerbaijani army and its allies.",
]


def template_sentences(n: int) -> list[str]:
    combos = itertools.product(SUBJECTS, VERBS, OBJECTS)
    return [f"{s} {v} {o}" for s, v, o in itertools.islice(itertools.cycle(combos), n)]


def seed_sentences(n: int) -> list[str]:
    out: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for line in text.splitlines():
            for sent in re.split(r"(?<=[.!?])\s+", line.strip()):
                if len(sent.split()) >= 6:
                    out.append(sent)
                if len(out) >= n:
                    return out
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=1000, help="number of sentences")
    parser.add_argument("--repeat", type=int, default=3, help="best of N timings")
    args = parser.parse_args(argv)
    register_extensions()
    if SEEDS.exists():
        sentences = seed_sentences(args.n)
        origin = f"the seed documents in {SEEDS.resolve()}"
        if len(sentences) < args.n:
            sentences += template_sentences(args.n - len(sentences))
            origin += " topped up with template sentences"
    else:
        sentences = template_sentences(args.n)
        origin = "the project's template sentences (../shared/seeds not found)"
    nlp = load_model()
    resolver = ActorResolver(nlp)
    parse_times, resolve_times = [], []
    mentions = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        docs = list(nlp.pipe(sentences, batch_size=64))
        t1 = time.perf_counter()
        mentions = 0
        for doc in docs:
            mentions += len(resolver.resolve(doc))
        t2 = time.perf_counter()
        parse_times.append(t1 - t0)
        resolve_times.append(t2 - t1)
    parse, resolve = min(parse_times), min(resolve_times)
    print(f"sentences: {len(sentences)} from {origin}")
    print(f"spaCy parse (bare model):   {parse:.3f} s  ({len(sentences) / parse:.0f} sentences/s)")
    print(f"actor resolution:           {resolve:.3f} s  ({mentions} mentions)")
    print(f"overhead: {100 * resolve / parse:.1f}% of the parse time (target < 20%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
