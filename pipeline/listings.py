"""Listing pages: the excerpts of other articles an index page shows, each line ending in a "read more" link.

Such an excerpt is another article's opening, cut short and shown without its own date: its "today" is not the
page's, and what it reports belongs to the article it links to. The links' words are the language's own, in
`resources/<language>/read_more.txt`; a language without the file has no excerpts found.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache
from pathlib import Path

import regex

_RESOURCES = Path(__file__).parent / "resources"
_TRAILING = regex.compile(r"[^\p{L}\p{N}]*$")  # the arrow, ellipsis or bracket after the link's words
_LINE = regex.compile(r"[^\n]+")


@cache
def _endings(language: str) -> tuple[str, ...]:
    """The language's "read more" phrases, lower-cased (none when it lists none)."""
    path = _RESOURCES / language / "read_more.txt"
    if not path.exists():
        return ()
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def is_excerpt(line: str, language: str) -> bool:
    """True when the line ends in one of the language's "read more" links, its words standing alone."""
    head = _TRAILING.sub("", line).lower()
    for ending in _endings(language):
        if head.endswith(ending):
            before = head[: len(head) - len(ending)]
            if not before or not (before[-1].isalnum() or before[-1] == "_"):
                return True
    return False


def excerpts(text: str, language: str) -> list[tuple[int, int]]:
    """The offsets of the text's lines that are excerpts of other articles, in order."""
    if not _endings(language):
        return []
    return [match.span() for match in _LINE.finditer(text) if is_excerpt(match.group(), language)]


def outside(spans: list[tuple[int, int]], excluded: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans (sorted, apart) that begin in none of the excluded ones."""
    if not excluded:
        return spans
    starts = [start for start, _ in excluded]
    kept = []
    for span in spans:
        i = bisect_right(starts, span[0]) - 1
        if i < 0 or span[0] >= excluded[i][1]:
            kept.append(span)
    return kept
