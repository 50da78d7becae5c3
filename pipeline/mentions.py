"""Candidate actor mentions, and how overlapping candidates are settled."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from pipeline.gazetteer import Gazetteer

_NAMED_WITHIN = 600  # characters: "the alliance" far from "NATO" is often another alliance
COLLECTIVE = ("state", "organization")  # what may stand before a title or inside a name
WORD_BEFORE = regex.compile(r"(?<![\w'’.-])(\p{Lu}\p{Ll}+)[^\S\n]+$")  # a capitalised word right before, on its line


@dataclass(slots=True)
class Hit:
    """A candidate mention before overlaps are settled; priority breaks ties between equal spans."""

    start: int
    end: int
    actor: str
    priority: int = 1
    when_named: bool = False
    country: str = ""  # for people found by title only
    kind: str = ""
    role: str = ""
    others: tuple[str, ...] = ()  # other actors a context-only alias may stand for ("the agency")


def matches(pattern: re.Pattern[str], openings: list[tuple[int, str]], text: str) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), the pattern tried only where one of its openings (which begin every match) begins."""
    end = 0
    for start in sorted({last - len(word) + 1 for last, word in openings}):
        if start >= end and (match := pattern.match(text, start)) is not None:
            end = match.end()
            yield match


def adjacent_before(gaz: Gazetteer, hits_by_end: dict[int, Hit], text: str, position: int) -> Hit | None:
    """A state or organisation mention ending right before a position ("Russian ", "Ukraine's ")."""
    # ") " for "Republic of Korea (ROK) Special Representative"; " 's " for tokenised text
    possessives = gaz.grammar.get("possessives", ())
    for gap in (" ", ") ", *(f"{p} " for p in possessives), *(f" {p} " for p in possessives)):
        hit = hits_by_end.get(position - len(gap))
        if hit and text[position - len(gap) : position] == gap and gaz.types.get(hit.actor) in COLLECTIVE:
            return hit
    return None


def leftmost_longest(hits: list[Hit]) -> list[Hit]:
    """Non-overlapping hits: at each place the longest, ties to the lowest priority number."""
    chosen: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, h.start - h.end, h.priority)):
        if not chosen or hit.start >= chosen[-1].end:
            chosen.append(hit)
    return chosen


def named_only(hits: list[Hit]) -> list[Hit]:
    """Drop blocked phrases, and context-only aliases whose actor is not mentioned shortly before them."""
    named: dict[str, int] = {}  # actor -> end of its latest mention
    kept = []
    for hit in hits:
        if not hit.actor:
            continue
        if hit.when_named:  # of the actors it may stand for, the one mentioned last
            hit.actor = max((hit.actor, *hit.others), key=lambda actor: named.get(actor, -_NAMED_WITHIN))
        # a kept context-only alias carries the naming on: a story names "the court" once, then keeps calling it so
        if not hit.when_named or hit.start - named.get(hit.actor, -_NAMED_WITHIN) < _NAMED_WITHIN:
            named[hit.actor] = hit.end
            kept.append(hit)
    return kept


def overlaps(hits: list[Hit], starts: list[int], start: int, end: int) -> bool:
    """True when the span overlaps one of the hits (sorted and not overlapping each other; `starts` are theirs)."""
    i = bisect_left(starts, end)
    return i > 0 and hits[i - 1].end > start  # of the hits starting before the span ends, the last ends last


def merge(chosen: list[Hit], extra: list[Hit]) -> list[Hit]:
    """Add hits that overlap none already chosen."""
    starts = [h.start for h in chosen]
    merged = list(chosen)
    for hit in leftmost_longest(extra):
        if not overlaps(chosen, starts, hit.start, hit.end):
            merged.append(hit)
    return sorted(merged, key=lambda h: h.start)
