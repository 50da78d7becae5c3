"""Distributed: the Dask executor, so that `build` runs its tasks on a Dask cluster."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import dask
from distributed import Client, LocalCluster
from distributed.scheduler import KilledWorker, NoValidWorkerError, NoWorkerError

from pipeline.build import Summary, build
from pipeline.executors import Item, Result, WorkersLost, in_order
from pipeline.model import ReadError

# How a cluster for builds is configured (a remote one through its DASK_* environment variables, see README).
# No statistical profiler: it samples each worker every 10 ms for Dask's dashboard, which is not served here,
# and keeps 1,000 seconds of call trees, so the workers grew with the length of the build. No log of the last
# messages sent on each connection: the scheduler kept a thousand messages per worker, results among them.
# A task with no worker left to run it fails after a minute instead of waiting for ever.
CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.low-level-log-length": 0,
    "distributed.scheduler.no-workers-timeout": "60s",
}
LOST = (KilledWorker, NoValidWorkerError, NoWorkerError, CancelledError)  # how Dask says a task's workers are gone
TASKS_PER_WORKER = 2  # tasks in flight per worker thread: keeps workers busy and the client's memory flat


class DaskExecutor:
    """Runs each item as a task of a Dask cluster: a task a lost worker held is run again on another."""

    def __init__(self, client: Client) -> None:
        self.client = client

    def map(self, function: Callable[[Item], Result], items: Iterable[Item]) -> Iterator[Result]:
        """The results of `function` over the items, computed on the cluster."""
        # A task names its share of the input (files, byte ranges) and reads it itself: nothing is scattered, so
        # the scheduler can run a lost worker's tasks again on another, and the client holds no article.
        in_flight = TASKS_PER_WORKER * max(1, sum(self.client.nthreads().values()))
        try:
            yield from in_order(lambda item: self.client.submit(function, item, pure=False), items, in_flight)
        except LOST as error:
            raise WorkersLost(f"the Dask cluster lost its workers ({type(error).__name__}: {error})") from error


@contextmanager
def connected(scheduler: str | None, workers: int | None = None) -> Iterator[Client]:
    """A client of the scheduler at `scheduler`, or of a local cluster of `workers` processes (default: a core each)."""
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    # One single-threaded process per worker: the analysis is pure Python, threads would share one GIL.
    with dask.config.set(CLUSTER_CONFIG), LocalCluster(
        n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        with Client(cluster) as client:
            yield client


def build_distributed(
    inputs: list[Path],
    out: Path,
    published: date | None = None,
    scheduler: str | None = None,
    on_error: Callable[[ReadError], None] | None = None,
    workers: int | None = None,
    full: bool = False,
) -> Summary:
    """`build` with its analysis on the Dask cluster at `scheduler` (or on a local one of `workers` processes)."""
    with connected(scheduler, workers) as client:
        return build(inputs, out, published, on_error=on_error, full=full, executor=DaskExecutor(client))
