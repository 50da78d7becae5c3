"""Actor coverage on the State Department corpus: mentions per article, articles with an actor, top actors, speed.

`--sample N` also prints N random mentions with their sentence, for judging by hand.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from anywhere: `python bench/actor_coverage.py`

from pipeline.actors import find_actors  # noqa: E402
from pipeline.model import ActorMention  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "state_dept" / "state_dept_press_releases.jsonl"


def articles(path: Path) -> list[tuple[str, str, date]]:
    """(id, text, publication date) of every record in a JSON-lines corpus."""
    with path.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    return [(r["id"], r["text"], date.fromisoformat(r["date"][:10])) for r in records]


def context(text: str, mention: ActorMention, width: int = 90) -> str:
    """The mention in brackets with some words either side, on one line."""
    left = text[max(0, mention.start - width) : mention.start]
    right = text[mention.end : mention.end + width]
    return f"{left}[{mention.text}]{right}".replace("\n", " ")


def main() -> int:
    """Print the coverage figures (and a sample to judge) for the corpus."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--sample", type=int, default=0, help="print this many random mentions to judge")
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"skipped: {args.corpus} is absent")
        return 0
    corpus = articles(args.corpus)
    find_actors("Warm-up: Russia and NATO.", date(2021, 1, 1))
    start = time.perf_counter()
    found = [(doc_id, text, find_actors(text, published)) for doc_id, text, published in corpus]
    elapsed = time.perf_counter() - start
    counts = Counter(m.actor for _, _, mentions in found for m in mentions)
    total = sum(counts.values())
    print(f"articles: {len(corpus)}")
    print(f"mentions per article: {total / len(corpus):.1f}")
    print(f"articles with >= 1 actor: {sum(1 for *_, m in found if m) / len(corpus):.1%}")
    print(f"articles/s: {len(corpus) / elapsed:.0f}")
    print("most frequent actors:")
    for actor, count in counts.most_common(30):
        print(f"  {count:6d}  {actor}")
    if args.sample:
        pool = [(doc_id, text, m) for doc_id, text, mentions in found for m in mentions]
        print(f"\n{args.sample} random mentions (seed {args.seed}):")
        for i, (doc_id, text, m) in enumerate(random.Random(args.seed).sample(pool, args.sample), 1):
            print(f"{i:3d} {doc_id} -> {m.actor} ({m.actor_type}, {m.country or '-'})\n    {context(text, m)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
