"""`python -m pipeline.eval crisis DIR`: date F1 of the days an ML-Crisis language's articles date, against PUBCOUNT."""

from __future__ import annotations

import argparse
import re
from bisect import bisect_right
from collections import Counter
from datetime import date
from pathlib import Path

from pipeline.eval.timelines import _DAY_LINE, Result, date_f1, rank, table, tally
from pipeline.language import detect
from pipeline.furniture import own_sentences
from pipeline.timex.values import value_span

_LINE = re.compile(r"[^\n]+")


def read_collection(root: Path, name: str) -> tuple[list[tuple[Path, date]], frozenset[date]]:
    """A collection's articles (`<name>/<YYYY-MM-DD>/*.txt`) and its reference timeline's days."""
    articles = [(path, date.fromisoformat(day.name)) for day in sorted((root / name).iterdir()) if day.is_dir()
                for path in sorted(day.glob("*.txt"))]
    reference = (root / "reference" / f"{name}.txt").read_text(encoding="utf-8")
    return articles, frozenset(date.fromisoformat(day) for day in _DAY_LINE.findall(reference))


def collections(root: Path) -> list[str]:
    """The names of the collections of one language's folder: those with a reference timeline."""
    if not (root / "reference").is_dir():
        return []
    return sorted(p.stem for p in (root / "reference").glob("*.txt") if (root / p.stem).is_dir())


def mentioned_days(path: Path, published: date) -> list[tuple[date, str, str]]:
    """The days one article names at day precision, in its detected language, each with its line and own words.

    The page's furniture is left out as the build leaves out its events: a listing page's excerpts of other
    articles, readers' comments, and the site's notices (a line opening "Published on ...").
    """
    from pipeline import timex

    text = path.read_text(encoding="utf-8", errors="replace")
    language = detect(text)
    lines = own_sentences(text, [match.span() for match in _LINE.finditer(text)], language)
    starts = [start for start, _ in lines]
    named = []
    for found in timex.tag(text, published, language):
        if found.type != "DATE" or (span := value_span(found.value))[2] != "day":
            continue
        i = bisect_right(starts, found.start) - 1
        if i >= 0 and found.start < lines[i][1]:  # in a line of the article's own, not an excerpt's
            named.append((span[0], text[lines[i][0]:lines[i][1]], found.text))
    return named


def evaluate(root: Path, name: str) -> Result:
    """Score one collection: the days its articles date, by the number of articles naming each, and PUBCOUNT."""
    # Dated mentions are read here, not events: a mention is what an event takes its day from, and the
    # Spanish, French and Italian trigger lexicons miss many of the events these articles report (read
    # through the events, the six collections score 0.283 on average against 0.324).
    articles, timeline = read_collection(root, name)
    reported = [(published, mentioned_days(path, published)) for path, published in articles]
    votes, numbered, recalled = tally(reported)
    named = {day for _, passages in reported for day, _, _ in passages}  # found at all: counted or not
    published_days = Counter(day for _, day in articles)
    return Result(name=f"{root.name}/{name}", n_articles=len(articles), n_days=len(timeline),
                  f1=date_f1(rank(votes, published_days, numbered, recalled), timeline),
                  found=len(timeline & named) / len(timeline) if timeline else 0.0,
                  pubcount_f1=date_f1(rank(published_days, published_days), timeline))


def score_folder(root: Path) -> list[Result]:
    """Every collection of one language's folder (none: an empty list)."""
    return [evaluate(root, name) for name in collections(root)]


def main(argv: list[str]) -> int:
    """Print the date F1 table for each language folder given; 2 when one holds no collection."""
    parser = argparse.ArgumentParser(prog="python -m pipeline.eval crisis")
    parser.add_argument("folders", type=Path, nargs="+", help="language folders of ML-Crisis (es, fr, it)")
    args = parser.parse_args(argv)
    results = []
    for folder in args.folders:
        if not (found := score_folder(folder)):
            parser.error(f"{folder}: no ML-Crisis collections (reference/<name>.txt and <name>/) found")
        results += found
    print(table(results))
    return 0
