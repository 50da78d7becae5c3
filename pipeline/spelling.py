"""Spelling distances between names: how many edits apart, and a cheap lower bound of it."""

from __future__ import annotations

from collections import Counter
from functools import cache


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once every path exceeds the limit."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


@cache
def letters(alias: str) -> Counter[str]:
    """How often each character occurs in a known alias."""
    return Counter(alias)


def letters_apart(a: Counter[str], b: Counter[str]) -> int:
    """A lower bound of the edit distance, cheap to compute: the longer word's surplus letters each need an edit."""
    longer, shorter = (a, b) if a.total() >= b.total() else (b, a)
    return (longer - shorter).total()
