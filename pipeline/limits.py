"""Limits on what one article may cost: a time budget that stops a stage caught in a runaway pattern."""

from __future__ import annotations

import ctypes
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

ARTICLE_SECONDS = 60.0  # a long article takes about a second; only a pathological pattern or input comes near this


class BudgetExceeded(TimeoutError):
    """Work on one article went over its time budget."""

    seconds = ARTICLE_SECONDS

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or f"over the time budget of {self.seconds:g} s")


@contextmanager
def time_budget(seconds: float = ARTICLE_SECONDS) -> Iterator[None]:
    """Raise BudgetExceeded in the block once `seconds` have passed, on the main thread or any other."""
    # Signals reach only the main thread, where a local build's workers run; a Dask worker or a
    # dashboard runs the analysis on another thread, where a timer raises the exception instead.
    budget = _alarm if threading.current_thread() is threading.main_thread() else _timer
    with budget(seconds):
        yield


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    """The budget on the main thread: an interval timer's signal."""
    def expire(signum: int, frame: FrameType | None) -> None:
        raise BudgetExceeded(f"over the time budget of {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _timer(seconds: float) -> Iterator[None]:
    """The budget on another thread: a timer that raises the exception in it, between two bytecodes."""
    target, lock, done = threading.get_ident(), threading.Lock(), []
    exceeded = type(BudgetExceeded.__name__, (BudgetExceeded,), {"seconds": seconds})  # raised as a class

    def expire() -> None:
        with lock:  # never once the block is left
            if not done:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(exceeded))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            done.append(True)
        timer.cancel()
