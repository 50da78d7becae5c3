"""Distributed build: the per-article analysis on a Dask cluster, events written partitioned by month."""

from __future__ import annotations

import os
import shutil
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial
from datetime import date
from pathlib import Path

import dask
import pyarrow as pa
import pyarrow.parquet as pq
from distributed import Client, Future, LocalCluster

from pipeline import ingest, store
from pipeline.build import (
    CACHE,
    Batch,
    MonthParts,
    Staging,
    Summary,
    analyse_chunk,
    article_row,
    chunked,
    deduplicated,
    read_articles,
    record_read_error,
    stage,
    use_system_allocator,
)
from pipeline.model import Article, ReadError

PARTITIONED = ("events", "event_actors")  # written as DIR/<table>/YYYY/MM/part-N.parquet
SINGLE = ("articles", "mentions", "errors")  # streamed into one file each: read whole, never grouped by date
PROFILER = "distributed.worker.profile.enabled"
TASKS_PER_WORKER = 2  # chunks in flight per worker thread: keeps workers busy and the client's memory flat


# --- the whole build ---------------------------------------------------------------------------------


def build_distributed(
    inputs: list[Path],
    out: Path,
    published: date | None = None,
    scheduler: str | None = None,
    on_error: Callable[[ReadError], None] | None = None,
) -> Summary:
    """Read every article under `inputs`, analyse them on a Dask cluster and write the tables into `out`."""
    started = time.perf_counter()
    use_system_allocator()
    summary = Summary()
    staging = Staging(out)
    months = MonthParts(staging.folder / "by-month")

    record_error = partial(record_read_error, summary=summary, staging=staging, on_error=on_error)

    try:
        found = list(ingest.discover(inputs))
        for missing in (item for item in found if isinstance(item, ReadError)):
            record_error(missing)
        files = [path for path in found if isinstance(path, Path)]
        articles = read_articles(files, published, record_error, lambda _: None)
        with connected(scheduler) as client:
            for batch in on_cluster(client, chunked(counted(articles, staging, summary))):
                stage(batch, staging, months, summary, on_error)
        months.finish()
        summary.events = write_partitioned(staging, months, out)
        summary.errors = len(summary.error_rows)
    finally:
        staging.discard()
    summary.seconds = time.perf_counter() - started
    return summary


@contextmanager
def connected(scheduler: str | None) -> Iterator[Client]:
    """A client of the scheduler at `scheduler`, or of a local cluster of one process per core."""
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    # One single-threaded process per core: the analysis is pure Python, threads would share one GIL.
    # No statistical profiler: it samples each worker every 10 ms for Dask's dashboard, which is not served
    # here, and keeps 1,000 seconds of call trees, so the workers grew with the length of the build.
    with dask.config.set({PROFILER: False}), LocalCluster(
        n_workers=os.cpu_count() or 1, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        with Client(cluster) as client:
            yield client


def counted(articles: Iterable[Article], staging: Staging, summary: Summary) -> Iterator[Article]:
    """The articles, each staged in the articles table and counted as it passes."""
    for article in articles:
        staging.append("articles", [article_row(article)])
        summary.articles += 1
        yield article


def on_cluster(client: Client, chunks: Iterable[list[Article]]) -> Iterator[Batch]:
    """Analyse chunks on the cluster, a bounded number in flight, results in input order."""
    # Futures rather than one dask.bag: a bag needs the whole input in its graph, this streams it.
    # Each chunk is scattered to a worker, not put in the task: the scheduler keeps the graphs it was
    # sent long after their tasks end, so articles inside them held the client's memory to the input's size.
    in_flight = TASKS_PER_WORKER * max(1, sum(client.nthreads().values()))
    pending: deque[Future] = deque()
    for chunk in chunks:
        [data] = client.scatter([chunk], hash=False)
        pending.append(client.submit(analyse_chunk, data, pure=False))
        if len(pending) >= in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


# --- events staged by month --------------------------------------------------------------------------


# --- writing -----------------------------------------------------------------------------------------


def write_partitioned(staging: Staging, months: MonthParts, out: Path) -> int:
    """De-duplicate events month by month, write every table, then move them all into place; returns events."""
    ready = staging.folder / "ready"
    ready.mkdir()
    kept = write_months(months, ready)
    for table in SINGLE:
        finish_single(staging, table, ready)
    # The cache holds a local build's results for incremental rebuilds; it no longer matches these tables.
    shutil.rmtree(out / CACHE, ignore_errors=True)
    for table in PARTITIONED:
        install_folder(ready, out, table)
    for table in SINGLE:
        os.replace(ready / f"{table}.parquet", out / f"{table}.parquet")
        shutil.rmtree(out / table, ignore_errors=True)  # a partitioned copy from an earlier build
    os.replace(ready / "events.csv", out / "events.csv")
    return kept


def write_months(months: MonthParts, ready: Path) -> int:
    """Each month's events de-duplicated and written with their actors, and all of them to events.csv."""
    kept = 0
    parts: Counter[str] = Counter()  # a large month comes in several pieces, each its own part file
    with store.csv_writer(ready / "events.csv", "events") as csv:
        for month, _, deduped in deduplicated(months):
            events, actors = deduped["events"], deduped["event_actors"]
            name = f"part-{parts[month]}.parquet"
            parts[month] += 1
            write_part(ready / "events" / month / name, events)
            write_part(ready / "event_actors" / month / name, actors)
            csv.write_table(store.csv_ready(events))
            kept += len(events)
    return kept


def write_part(path: Path, data: pa.Table) -> None:
    """Write rows of a table as one part file of a partitioned folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(data, path)


def finish_single(staging: Staging, table: str, ready: Path) -> None:
    """Close a table streamed into the staging folder and move it to `ready` (an empty table if none)."""
    path = staging.finish(table)
    if path is None:
        pq.write_table(store.SCHEMAS[table].empty_table(), ready / f"{table}.parquet")
        return
    os.replace(path, ready / f"{table}.parquet")


def install_folder(ready: Path, out: Path, table: str) -> None:
    """Move a partitioned table into place, replacing an earlier folder or single file of it."""
    target = out / table
    if target.is_dir():
        target.rename(ready / f"{table}.old")  # removed with the staging folder
    (ready / table).rename(target)
    # Last: until now readers still found the whole earlier table, as read_table prefers the single file.
    (out / f"{table}.parquet").unlink(missing_ok=True)
