"""`python -m pipeline.eval timelines DIR`: date F1 of our dated events against Timeline17's journalists' timelines."""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from pipeline.eval.meantime import spacing_rules
from pipeline.model import Article

_DAY_LINE = re.compile(r"^(\d{4}-\d{2}-\d{2})\s*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Collection:
    """A Timeline17 collection: its articles' files with their publication days, and the timeline's days."""

    name: str
    articles: list[tuple[Path, date]]
    timeline: frozenset[date]


@dataclass(frozen=True, slots=True)
class Result:
    """Date F1 of our ranking and of PUBCOUNT's, and the share of timeline days our events date at all."""

    name: str
    n_articles: int
    n_days: int
    f1: float
    found: float
    pubcount_f1: float


def read_collections(root: Path) -> list[Collection]:
    """Every collection under root: folders holding `InputDocs/<YYYY-MM-DD>/` and `timelines/`."""
    collections = []
    for folder in sorted(p for p in root.iterdir() if (p / "InputDocs").is_dir() and (p / "timelines").is_dir()):
        articles = [
            (path, date.fromisoformat(day.name))
            for day in sorted((folder / "InputDocs").iterdir())
            if day.is_dir()
            for path in sorted(day.iterdir())
            if path.is_file()
        ]
        timeline = sorted((folder / "timelines").glob("*.txt"))[0]
        days = frozenset(date.fromisoformat(d) for d in _DAY_LINE.findall(timeline.read_text(encoding="utf-8")))
        collections.append(Collection(folder.name, articles, days))
    return collections


def detokenise(line: str) -> str:
    """A tokenised sentence rejoined as running text ("Feb . 17 , 2011" -> "Feb. 17, 2011")."""
    spacing = spacing_rules("en")
    out = ""
    previous = ""
    for word in line.split():
        glued = not out or word in spacing.no_space_before or previous in spacing.no_space_after
        out += ("" if glued else " ") + spacing.replace.get(word, word)
        previous = word
    return out


def read_article(path: Path, published: date) -> tuple[Article, list[tuple[int, int]]]:
    """A Timeline17 article (tokenised, one sentence a line) as plain text, with its sentences' offsets."""
    lines = [detokenise(line.strip()) for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    spans, start = [], 0
    for line in lines:
        if line:
            spans.append((start, start + len(line)))
        start += len(line) + 1
    article = Article(path.name, str(path), "", "\n".join(lines), published, "metadata")
    return article, spans


def event_days(item: tuple[Path, date]) -> list[tuple[date, str, str]]:
    """The days one article's events are dated on (day precision only), each with its sentence and its date's words."""
    from pipeline import actors, timex
    from pipeline.events import extract_events

    article, spans = read_article(*item)
    found = timex.tag(article.text, article.published)
    events, _ = extract_events(article, found, actors.find_actors(article.text, article.published), spans)
    return [(e["date_start"], e["sentence"], e["date_text"] or "") for e in events if e["precision"] == "day"]


_NOT_WORD = re.compile(r"\W+")
_NUMBER = re.compile(r"\d")
_NEXT_DAY = timedelta(days=1)  # a publication day is some time zone's: the article may report its next day


def votes(reports: Iterable[tuple[date, Iterable[tuple[date, str, str]]]]) -> Counter[date]:
    """Articles per day they report, from each article's publication day and dated passages, earliest first."""
    return tally(reports)[0]


def tally(reports: Iterable[tuple[date, Iterable[tuple[date, str, str]]]]
          ) -> tuple[Counter[date], Counter[date], Counter[date]]:
    """Articles per day they report, of those the ones that write the day by its number ("on March 4"), and the ones
    published after it, that look back to it.

    Each article gives its publication day and its dated passages, each with the words of its date, earliest
    article first. A passage an earlier article holds already (the same words, whatever their case, spacing and
    punctuation) is not reported again: copies of a page and a site's repeated blocks are one report, as the
    build keeps one event for its many reports. A day after the day following publication is a plan, not a report.
    """
    counts: Counter[date] = Counter()
    numbered: Counter[date] = Counter()
    recalled: Counter[date] = Counter()
    seen: set[str] = set()
    for published, passages in reports:
        keyed = [(day, _NOT_WORD.sub(" ", passage).strip().lower(), words) for day, passage, words in passages]
        days: dict[date, bool] = {}
        for day, key, words in keyed:
            if key not in seen and day <= published + _NEXT_DAY:
                days[day] = days.get(day, False) or _NUMBER.search(words) is not None
        counts.update(days.keys())
        numbered.update(day for day, by_number in days.items() if by_number)
        recalled.update(day for day in days if day < published)
        seen.update(key for _, key, _ in keyed)
    return counts, numbered, recalled


def date_f1(ranked: list[date], timeline: frozenset[date]) -> float:
    """F1 of the top k ranked days against the timeline's k days, exact day."""
    chosen = set(ranked[: len(timeline)])
    hits = len(chosen & timeline)
    if not hits:
        return 0.0
    precision, recall = hits / len(chosen), hits / len(timeline)
    return 2 * precision * recall / (precision + recall)


def rank(votes: Counter[date], published: Counter[date], numbered: Counter[date] | None = None,
         recalled: Counter[date] | None = None) -> list[date]:
    """The days of the collection's period by votes, most first; on a tie the more often written by its number, then
    the one more articles came out on or looked back to later, then the earlier.

    A day a report writes by its number ("on March 4", "le 4 mars") was named for itself; one reached by a word of
    its own ("yesterday", "Friday") is mostly the day a report of the next days tells of, as news of any day does.
    A busy news day was a day of events, and so was one that later articles still recall (`recalled`: reports of
    the day in articles published after it).
    The period runs from the first publication day to the last: days outside it are the background the
    articles recall (an anniversary, an earlier war), not the story the collection follows. It opens a day earlier
    when that day is reported more than the first publication day itself: the first articles came out the day after
    the story began.
    """
    numbered, recalled = numbered or Counter(), recalled or Counter()
    first, last = min(published, default=date.min), max(published, default=date.max)
    if published and votes[first - _NEXT_DAY] > votes[first]:
        first -= _NEXT_DAY
    return sorted((day for day in votes if first <= day <= last),
                  key=lambda day: (-votes[day], -numbered[day], -published[day] - recalled[day], day))


def evaluate(collection: Collection, pool: ProcessPoolExecutor) -> Result:
    """Score one collection: our event-date ranking and the PUBCOUNT baseline, in the same run."""
    # an article votes once for each day it dates an event on: counts are reports
    reported = list(pool.map(event_days, collection.articles, chunksize=8))
    counts, numbered, recalled = tally(zip((day for _, day in collection.articles), reported))
    named = {day for passages in reported for day, _, _ in passages}  # found at all: counted or not
    published = Counter(day for _, day in collection.articles)
    return Result(
        name=collection.name,
        n_articles=len(collection.articles),
        n_days=len(collection.timeline),
        f1=date_f1(rank(counts, published, numbered, recalled), collection.timeline),
        found=len(collection.timeline & named) / len(collection.timeline),
        pubcount_f1=date_f1(rank(published, published), collection.timeline),
    )


def table(results: list[Result]) -> str:
    """The results, a line per collection and their mean."""
    lines = [f"{'collection':<22}{'articles':>9}{'days':>6}{'date F1':>9}{'found':>8}{'PUBCOUNT':>10}"]
    for r in results:
        lines.append(f"{r.name:<22}{r.n_articles:>9}{r.n_days:>6}{r.f1:>9.3f}{r.found:>8.3f}{r.pubcount_f1:>10.3f}")
    n = len(results)
    mean = [sum(getattr(r, field) for r in results) / n for field in ("f1", "found", "pubcount_f1")]
    lines.append(f"{'mean':<22}{'':>9}{'':>6}{mean[0]:>9.3f}{mean[1]:>8.3f}{mean[2]:>10.3f}")
    return "\n".join(lines)


def score_folder(root: Path, workers: int = 2) -> list[Result]:
    """Score every collection under the folder (none: an empty list)."""
    collections = read_collections(root) if root.is_dir() else []
    if not collections:
        return []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return [evaluate(collection, pool) for collection in collections]


def main(argv: list[str]) -> int:
    """Print the date F1 table for every collection under the folder; 2 when it holds none."""
    parser = argparse.ArgumentParser(prog="python -m pipeline.eval timelines")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--workers", type=int, default=2, help="processes that read articles (default 2)")
    args = parser.parse_args(argv)
    results = score_folder(args.folder, args.workers)
    if not results:
        parser.error(f"{args.folder}: no Timeline17 collections (InputDocs/ and timelines/) found")
    print(table(results))
    return 0
