"""Build: read every article, analyse those that changed on an executor, de-duplicate and write the tables."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq

from pipeline import dedup, ingest, incremental, shares, staging, store, tasks
from pipeline.analysis import ANALYSED_TABLES, Batch, error_row
from pipeline.executors import Executor, LocalProcesses
from pipeline.incremental import CACHE
from pipeline.model import Article, ReadError

Progress = Callable[[int, int], None]
OnError = Callable[[ReadError], None]


@dataclass(slots=True)
class Summary:
    """What a build did, for the closing line and for callers."""

    articles: int = 0
    events: int = 0
    errors: int = 0
    seconds: float = 0.0
    reused: int = 0
    error_rows: list[ReadError] = field(default_factory=list)

    def line(self) -> str:
        """The one-line summary printed at the end of a build."""
        reused = f" ({self.reused:,} unchanged)" if self.reused else ""
        return (
            f"{self.articles:,} articles{reused}, {self.events:,} events, {self.errors:,} errors "
            f"in {self.seconds:.1f} s"
        )


# --- reading -----------------------------------------------------------------------------------------


class UniqueIds:
    """Article ids made unique over a run, in input order: a later article with a taken id gets `~2`, `~3`..."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}

    def __call__(self, article_id: str) -> str:
        """The id to give the next article read with `article_id`."""
        count = self.seen.get(article_id, 0) + 1
        self.seen[article_id] = count
        return article_id if count == 1 else f"{article_id}~{count}"

    def renames(self, ids: list[str]) -> tuple[tuple[int, str], ...]:
        """(number in the list, new id) for the ids of a task's articles that an earlier article took."""
        return tuple((number, new) for number, old in enumerate(ids) if (new := self(old)) != old)


def read_articles(
    files: Iterable[Path], published: date | None, on_error: OnError, on_file: Callable[[Path], None]
) -> Iterator[Article]:
    """Every article of the files, read here, with unique ids; errors go to on_error as they are met."""
    unique = UniqueIds()
    for path in files:
        for record in ingest.read_path(path, published):
            if isinstance(record, ReadError):
                on_error(record)
            else:
                yield replace(record, article_id=unique(record.article_id))
        on_file(path)


# --- the whole build ---------------------------------------------------------------------------------


class Run:
    """One build's state: the staged tables, the events by month, the counts and the caller's callbacks."""

    def __init__(self, out: Path, on_error: OnError | None, progress: Progress | None, files: int) -> None:
        self.summary = Summary()
        self.reused: set[str] = set()
        self.unique = UniqueIds()
        self.staging = staging.Staging(out)
        self.months = dedup.MonthParts(self.staging.folder / "by-month")
        self.on_error, self.progress = on_error, progress
        self.files, self.files_done = files, 0

    def take(self, done: tasks.Done) -> None:
        """Stage a task's results, count its articles and the files it finished."""
        self.summary.articles += done.batch.tables["articles"].num_rows
        self.reused.update(done.reused)
        self.stage(done.batch)
        if finished := tasks.file_count(done.task):
            self.files_done += finished
            if self.progress:
                self.progress(self.files_done, self.files)

    def stage(self, batch: Batch) -> None:
        """Stage a batch (events and their actors by month, the other tables as they come), count its errors."""
        self.months.append(batch.tables["events"], batch.tables["event_actors"])
        for table in ("articles", *ANALYSED_TABLES):
            if table in batch.tables:
                self.staging.append(table, batch.tables[table])
        self.staging.append("errors", batch.errors)
        for row in batch.errors:
            self.count_error(ReadError(**row))

    def read_error(self, error: ReadError) -> None:
        """Stage and count a file or record that could not be read."""
        self.staging.append("errors", [error_row(error)])
        self.count_error(error)

    def count_error(self, error: ReadError) -> None:
        """Count an error and tell the caller."""
        self.summary.error_rows.append(error)
        if self.on_error:
            self.on_error(error)


def build(
    inputs: list[Path],
    out: Path,
    published: date | None = None,
    workers: int = 1,
    progress: Progress | None = None,
    on_error: OnError | None = None,
    full: bool = False,
    executor: Executor | None = None,
) -> Summary:
    """Read every article under `inputs`, analyse those that changed on `executor` and write the tables into `out`.

    Without an executor, the analysis runs on `workers` local processes. Each task reads its own share of the
    input (see `shares`): this process hands out file names and byte ranges, never articles.
    """
    started = time.perf_counter()
    found = list(ingest.discover(inputs))
    files = [path for path in found if isinstance(path, Path)]
    run = Run(out, on_error, progress, len(files))
    try:
        for missing in (item for item in found if isinstance(item, ReadError)):
            run.read_error(missing)
        _analyse(run, files, published, None if full else incremental.stamp(out), executor or LocalProcesses(workers))
        if (previous := incremental.previous_rows(out, run.reused)) is not None:
            tagged = dedup.by_month(previous["events"], previous["event_actors"])
            run.stage(Batch({"mentions": previous["mentions"], **dict(zip(("events", "event_actors"), tagged))}))
        run.months.finish()
        run.summary.events = write_outputs(run.staging, run.months, out)
        run.summary.errors = len(run.summary.error_rows)
    finally:
        run.staging.discard()
    run.summary.reused = len(run.reused)
    run.summary.seconds = time.perf_counter() - started
    return run.summary


def _analyse(
    run: Run, files: list[Path], published: date | None, previous: incremental.Stamp | None, executor: Executor
) -> None:
    """Run a task per share of the files on the executor and stage the results in input order."""
    arrivals = Arrivals(run)
    planned = (tasks.Task(group, published, previous) for group in shares.plan(files))
    for done in executor.map(tasks.run, arrivals.tasks(planned)):
        arrivals.arrived(done)
    if late := list(arrivals.reruns):  # due after the last planned task was handed out
        arrivals.reruns.clear()
        for done in executor.map(tasks.run, late):
            arrivals.arrived(done)


class Arrivals:
    """Results staged in input order, where a task whose ids an earlier one took is run again under new ids."""

    def __init__(self, run: Run) -> None:
        self.run = run
        self.reruns: deque[tasks.Task] = deque()  # handed out before the next planned task
        self.waiting: deque[tasks.Done | None] = deque()  # results in input order, None where a rerun's is due

    def tasks(self, planned: Iterable[tasks.Task]) -> Iterator[tasks.Task]:
        """The planned tasks, each after the reruns due by then."""
        for task in planned:
            while self.reruns:
                yield self.reruns.popleft()
            yield task

    def arrived(self, done: tasks.Done) -> None:
        """Take a result (a rerun's fills the first place kept for one), then stage what is next in input order."""
        if done.task.renames:
            self.waiting[self.waiting.index(None)] = done
        elif renames := self.run.unique.renames(done.ids):
            self.waiting.append(None)
            self.reruns.append(replace(done.task, renames=renames))
        else:
            self.waiting.append(done)
        while self.waiting and self.waiting[0] is not None:
            self.run.take(self.waiting.popleft())


# --- writing -----------------------------------------------------------------------------------------


def write_outputs(staged: staging.Staging, months: dedup.MonthParts, out: Path) -> int:
    """De-duplicate the events, write every table and the cache, move them into place; returns events kept.

    Only a few pieces of months are in memory at a time (see `dedup.joined`).
    """
    ready = staged.folder / "ready"
    (ready / CACHE).mkdir(parents=True)
    kept = _write_events(months, ready)
    for table in staging.TABLES:
        staged.finish(table, ready / f"{table}.parquet")
    staged.finish("analysed", ready / CACHE / "analysed.parquet")
    tables = [f"{table}.parquet" for table in store.SCHEMAS]
    # The list of analysed articles goes last: a build killed before it leaves the old list, whose rows are kept.
    cache = [f"{CACHE}/{name}.parquet" for name in ("events", "event_actors", "analysed")]
    staging.install(ready, out, [*tables, "events.csv", *cache])
    return kept


def _write_events(months: dedup.MonthParts, ready: Path) -> int:
    """Write the events and their actors (and, before de-duplication, the cache's copy) month by month."""
    targets = {
        ("events", False): ready / "events.parquet",
        ("event_actors", False): ready / "event_actors.parquet",
        ("events", True): ready / CACHE / "events.parquet",
        ("event_actors", True): ready / CACHE / "event_actors.parquet",
    }
    writers = {key: pq.ParquetWriter(path, store.SCHEMAS[key[0]]) for key, path in targets.items()}
    kept = 0
    try:
        with store.csv_writer(ready / "events.csv", "events") as csv:
            for raw, deduped in dedup.joined(months, dedup.MonthParts.PIECE_ROWS):
                for table in raw:
                    writers[table, True].write_table(raw[table].select(store.SCHEMAS[table].names))
                    writers[table, False].write_table(deduped[table])
                csv.write_table(store.csv_ready(deduped["events"]))
                kept += len(deduped["events"])
    finally:
        for writer in writers.values():
            writer.close()
    return kept
