"""Build throughput on the State Department corpus and Timeline17, beside dateparser.search_dates alone.

Run from the repository root: `.venv/bin/python bench/bench_build.py [--limit N] [--sample N]`.
The corpora are read from ../shared relative to the repository root; the benchmark skips without them.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.build import build, read_articles  # noqa: E402
from pipeline.model import Article  # noqa: E402

SHARED = ROOT.parent / "shared"
STATE_DEPT = SHARED / "corpora" / "state_dept" / "state_dept_press_releases.jsonl"
TIMELINE17 = SHARED / "eval" / "timeline17"
TARGET = 300  # articles/s on this 2-core machine, from the issue


def timeline17_records() -> Iterator[dict]:
    """Timeline17's input documents as article records, dated by their folder's name."""
    for path in sorted(TIMELINE17.glob("*/InputDocs/*/*")):
        day = path.parent.name
        yield {"id": f"{path.parts[-4]}/{day}/{path.name}", "text": path.read_text(errors="replace"), "published": day}


def state_dept_records() -> Iterator[dict]:
    """The State Department press releases as they are stored."""
    with STATE_DEPT.open(encoding="utf-8") as lines:
        yield from (json.loads(line) for line in lines if line.strip())


def write_jsonl(records: Iterator[dict], path: Path, limit: int | None) -> Path:
    """Write up to `limit` records (all when None) as one JSON object a line."""
    with path.open("w", encoding="utf-8") as out:
        for number, record in enumerate(records):
            if limit is not None and number >= limit:
                break
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def corpora(folder: Path, limit: int | None) -> dict[str, Path]:
    """Each corpus as a JSONL file in `folder`."""
    return {
        "State Dept": write_jsonl(state_dept_records(), folder / "state_dept.jsonl", limit),
        "Timeline17": write_jsonl(timeline17_records(), folder / "timeline17.jsonl", limit),
    }


def build_rate(source: Path, out: Path, workers: int) -> tuple[int, float]:
    """(articles, articles/s) of a full build of `source` into a fresh folder."""
    started = time.perf_counter()
    summary = build([source], out, workers=workers, full=True)
    return summary.articles, summary.articles / (time.perf_counter() - started)


def dateparser_rate(source: Path, sample: int) -> float:
    """Articles/s of dateparser.search_dates alone, over every n-th article (a sample, extrapolated)."""
    from dateparser.search import search_dates

    articles = list(read_articles([source], None, lambda _: None, lambda _: None))
    chosen: list[Article] = articles[:: max(1, len(articles) // sample)][:sample]
    search_dates("warm-up on January 21, 2022", languages=["en"])  # its language data loads on first use
    started = time.perf_counter()
    for article in chosen:
        base = datetime.combine(article.published or date.today(), datetime.min.time())
        search_dates(article.text, languages=["en"], settings={"RELATIVE_BASE": base})
    return len(chosen) / (time.perf_counter() - started)


def corpora_missing() -> bool:
    """Say so when ../shared is absent; else print the machine's load, which slows every rate alike."""
    if not STATE_DEPT.exists() or not TIMELINE17.is_dir():
        print(f"skipped: the corpora are not in {SHARED} (../shared beside the repository)")
        return True
    # The ratios within a run stay comparable whatever else the machine does; the rates do not.
    print(f"load average before the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return False


def main() -> int:
    """Print each corpus's throughput and its ratio to dateparser; the last line is the headline."""
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--limit", type=int, help="articles per corpus (default: all)")
    options.add_argument("--sample", type=int, default=100, help="articles given to dateparser (default 100)")
    args = options.parse_args()
    if corpora_missing():
        return 0
    headline = []
    with tempfile.TemporaryDirectory(prefix="bench-build-") as temp:
        for name, source in corpora(Path(temp), args.limit).items():
            baseline = dateparser_rate(source, args.sample)
            print(f"{name}: dateparser.search_dates alone {baseline:.1f} articles/s ({args.sample} sampled)")
            for workers in (1, 2):
                count, rate = build_rate(source, Path(temp) / f"out-{name}-{workers}", workers)
                print(f"{name}: {count:,} articles, {workers} worker(s): {rate:.1f} articles/s = {rate / baseline:.2f}x dateparser")
            headline.append(f"{name} {rate:.0f} articles/s ({rate / baseline:.1f}x dateparser)")
    print(f"headline: build with 2 workers: {', '.join(headline)}; target {TARGET} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
