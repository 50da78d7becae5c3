"""Words per second of the temporal tagger against dateparser.search_dates on the same texts, in one run."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from anywhere: `python bench/bench_timex.py`

from pipeline import timex  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "state_dept" / "state_dept_press_releases.jsonl"
EVAL = ROOT.parent / "shared" / "eval"
# gold corpora by language: each language's words/s against English's, on news of each
LANGUAGE_CORPORA = [("en", "tempeval3/TBAQ-cleaned/TimeBank"), ("de", "krauts_de/KRAUTS_DieZeit"),
                    ("de", "krauts_de/KRAUTS_Dolomiten-100"), ("es", "xtn_es/timebank"), ("es", "xtn_es/meantime"),
                    ("uk", "wikiwars_uk")]


def articles(path: Path, limit: int | None) -> list[tuple[str, date]]:
    """The first `limit` texts of a JSON-lines corpus with their publication dates."""
    with path.open(encoding="utf-8") as lines:
        records: Iterator[dict[str, str]] = (json.loads(line) for line in lines if line.strip())
        return [(r["text"], date.fromisoformat(r["date"][:10])) for r in islice(records, limit)]


def tag_with_dateparser(text: str, published: date) -> object:
    """dateparser's search over the text, anchored at the publication date as the tagger is."""
    from dateparser.search import search_dates

    base = datetime(published.year, published.month, published.day)
    return search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})


def seconds(run: Callable[[str, date], object], texts: list[tuple[str, date]]) -> float:
    """CPU seconds to run over every text, after one warm-up call so that start-up is left out."""
    run("Talks were held on 21 December 2021.", date(2021, 12, 21))
    # CPU time, not wall time: the machine is shared, and other processes would skew the ratio.
    start = time.process_time()
    for text, published in texts:
        run(text, published)
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    """Time both taggers and print words/s for each; the last line is the speed ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="JSON lines with `text` and `date`")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"skipped: {args.corpus} is absent (the corpus lives outside the repository)")
        return 0
    texts = articles(args.corpus, args.limit)
    words = sum(len(text.split()) for text, _ in texts)
    ours = seconds(lambda text, published: timex.tag(text, published), texts)
    theirs = seconds(tag_with_dateparser, texts)
    print(f"corpus          {args.corpus.name}: {len(texts)} articles, {words:,} words")
    print(f"timex.tag       {words / ours:>12,.0f} words/s  ({ours:.2f} CPU s)")
    print(f"search_dates    {words / theirs:>12,.0f} words/s  ({theirs:.2f} CPU s)")
    languages()
    print(f"speed ratio (timex.tag / dateparser.search_dates): {theirs / ours:.1f}x")
    return 0


def languages() -> None:
    """Words/s of the tagger in each language with a gold corpus, as a ratio to English's (target: at least 0.5)."""
    from pipeline.eval.corpus import read_corpus

    english = None
    for language, corpus in LANGUAGE_CORPORA:
        if not (EVAL / corpus).exists():
            print(f"skipped: {EVAL / corpus} is absent")
            continue
        texts = [(doc.text, doc.dct) for doc in read_corpus(EVAL / corpus)]
        words = sum(len(text.split()) for text, _ in texts)
        rate = words / seconds(lambda text, published: timex.tag(text, published, language), texts)
        english = english or (rate if language == "en" else None)
        ratio = f"  ({rate / english:.2f}x English)" if english else ""
        print(f"timex.tag {language}    {rate:>12,.0f} words/s on {corpus}{ratio}")


if __name__ == "__main__":
    sys.exit(main())
