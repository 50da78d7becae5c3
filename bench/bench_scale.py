"""Scale: articles/s and peak memory of the whole process tree from 1k articles up to N, local and on Dask.

Run from the repository root: `.venv/bin/python bench/bench_scale.py [--n 100000] [--engines local dask]`.
The corpora (../shared), shuffled once, are repeated with new ids; each size is built by `python -m pipeline build`
in a fresh process, so that start-up and worker processes are counted as a user sees them.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psutil

from bench_build import ROOT, corpora_missing, state_dept_records, timeline17_records

SHARD = 5_000  # articles per input file: a news archive arrives as many files (each cut into tasks of 32 lines)
TARGET_MB = 1024


def repeated(n: int) -> Iterator[dict]:
    """N article records: the corpora over and over, each round with new ids."""
    originals = list(state_dept_records()) + list(timeline17_records())
    # shuffled once, so that every size holds the same mix of short press releases and long news articles
    # and the per-article costs compare
    random.Random(0).shuffle(originals)
    for number, record in enumerate(itertools.islice(itertools.cycle(originals), n)):
        yield {**record, "id": f"{record['id']}#{number // len(originals)}"}


def write_shards(n: int, folder: Path) -> Path:
    """N articles as JSONL files of SHARD articles each, in `folder`."""
    folder.mkdir()
    records = repeated(n)
    for shard in itertools.count():
        batch = list(itertools.islice(records, SHARD))
        if not batch:
            return folder
        (folder / f"part-{shard:05d}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in batch))


def tree_rss(process: psutil.Process) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    total = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            total += member.memory_info().rss
        except psutil.NoSuchProcess:  # a worker that ended between the listing and the reading
            pass
    return total


def run_build(inputs: Path, out: Path, engine: str) -> tuple[float, float]:
    """(seconds, peak MB of the process tree) of one `python -m pipeline build` run."""
    command = [sys.executable, "-m", "pipeline", "build", str(inputs), "--out", str(out), "--engine", engine]
    log = out.with_suffix(".log")
    with log.open("wb") as errors:
        started = time.perf_counter()
        child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=errors)
        process, peak = psutil.Process(child.pid), 0
        while child.poll() is None:
            peak = max(peak, tree_rss(process))
            time.sleep(0.2)
        seconds = time.perf_counter() - started
    if child.returncode != 0:
        raise SystemExit(f"build failed ({child.returncode}): {' '.join(command)}\n{log.read_text()[-2000:]}")
    return seconds, peak / 2**20


def sizes(n: int) -> list[int]:
    """1,000, 10,000, 100,000 ... up to n, and n itself."""
    steps = [size for size in (10**k for k in range(3, 9)) if size < n]
    return steps + [n]


def main() -> int:
    """Print articles/s, per-article cost and peak memory per size and engine; the last line is the headline."""
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--n", type=int, default=100_000, help="the largest number of articles (default 100,000)")
    options.add_argument("--engines", nargs="+", default=["local", "dask"], choices=["local", "dask"])
    args = options.parse_args()
    if corpora_missing():
        return 0
    headline = []
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as temp:
        for engine in args.engines:
            baseline = None
            for size in sizes(args.n):
                inputs = write_shards(size, Path(temp) / f"in-{engine}-{size}")
                seconds, peak = run_build(inputs, Path(temp) / f"out-{engine}-{size}", engine)
                cost = seconds / size * 1000
                baseline = baseline or cost
                print(
                    f"{engine}: {size:,} articles in {seconds:.1f} s: {size / seconds:.1f} articles/s, "
                    f"{cost:.2f} ms/article ({cost / baseline:.2f}x the cost at {sizes(args.n)[0]:,}), "
                    f"peak {peak:,.0f} MB ({peak / TARGET_MB:.2f}x the {TARGET_MB} MB target)"
                )
            headline.append(f"{engine} {size / seconds:.0f} articles/s, peak {peak:,.0f} MB, cost {cost / baseline:.2f}x")
    print(f"headline at {args.n:,} articles: {'; '.join(headline)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
