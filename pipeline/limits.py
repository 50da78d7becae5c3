"""Limits on what one article may cost: a time budget that stops a stage caught in a runaway pattern."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

ARTICLE_SECONDS = 60.0  # a long article takes about a second; only a pathological pattern or input comes near this


class BudgetExceeded(TimeoutError):
    """Work on one article went over its time budget."""


@contextmanager
def time_budget(seconds: float = ARTICLE_SECONDS) -> Iterator[None]:
    """Raise BudgetExceeded in the block once `seconds` have passed; without a budget off the main thread."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signals reach only the main thread: a build's workers run there, a dashboard thread does not
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise BudgetExceeded(f"over the time budget of {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
