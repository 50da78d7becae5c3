"""Executors: where a build's tasks run: in this process, or on local worker processes that die with it."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when the thread that forked it ends
LIVENESS_SECONDS = 1.0  # where the kernel has no parent-death signal, how often a worker looks for its parent


class WorkersLost(RuntimeError):
    """The executor can no longer run the build's work: its workers are gone."""


class Pending(Protocol[Result]):
    """A result still being computed (a concurrent.futures or a Dask future)."""

    def result(self) -> Result: ...


class Executor(Protocol):
    """Runs a function over items somewhere and hands back the results in the items' order."""

    def map(self, function: Callable[[Item], Result], items: Iterable[Item]) -> Iterator[Result]: ...


def in_order(submit: Callable[[Item], Pending[Result]], items: Iterable[Item], in_flight: int) -> Iterator[Result]:
    """Submit items as the results come back, at most `in_flight` at a time, results in input order."""
    pending: deque[Pending[Result]] = deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= in_flight:  # keeps memory flat however large the input
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class InProcess:
    """Every item in this process, one after another."""

    def map(self, function: Callable[[Item], Result], items: Iterable[Item]) -> Iterator[Result]:
        """The results of `function` over the items."""
        return map(function, items)


class LocalProcesses:
    """Worker processes on this machine, which exit as soon as the process that started them is gone."""

    def __init__(self, workers: int) -> None:
        self.workers = workers

    def map(self, function: Callable[[Item], Result], items: Iterable[Item]) -> Iterator[Result]:
        """The results of `function` over the items, computed on the workers."""
        if self.workers <= 1:
            yield from map(function, items)
            return
        with ProcessPoolExecutor(self.workers, initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
            try:
                yield from in_order(lambda item: pool.submit(function, item), items, 2 * self.workers)
            except BrokenProcessPool as error:  # a worker killed, by the out-of-memory killer for one
                raise WorkersLost(f"a worker process died ({error})") from error


def die_with_parent(parent: int) -> None:
    """Make this worker exit when its parent does (killed, or out of memory), rather than live on orphaned."""
    # A pool's workers wait for work from their parent forever: after a SIGKILL of the build they were
    # left idle, adopted by init, for good. The kernel's parent-death signal ends them with it.
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    else:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)


def _watch_parent(parent: int) -> None:
    """Exit this process once its parent is gone (where there is no parent-death signal)."""
    while os.getppid() == parent:
        time.sleep(LIVENESS_SECONDS)
    os._exit(1)
