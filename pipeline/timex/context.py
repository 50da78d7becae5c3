"""What resolving a date reads and updates as a text is read, and the value it gives."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from pipeline.timex.grammar import Grammar


@dataclass(slots=True)
class Context:
    """What resolution needs besides the match: the text, its publication date and the last date it mentioned."""

    grammar: Grammar
    text: str
    published: date | None
    last: date | None  # first day of the last date mentioned, at any precision
    last_day: date | None  # the last single day mentioned: what "the next day" counts from
    last_precision: str | None = None  # precision of the last date mentioned
    ahead_end: int = -1  # where the text last told a day after publication counted from it ("tomorrow"), else -1
    last_quarter: date | None = None  # first day of the last quarter mentioned
    live: bool = False  # a live page, updated past its date: its next day is named by a bare weekday
    signs: dict[int, int] = field(default_factory=dict)  # tense cue of each word looked at, by its offset


@dataclass(frozen=True, slots=True)
class Resolved:
    """A value with its type, whether the words alone fixed it, and the day it puts the narrative at."""

    type: str
    value: str
    basis: str
    day: date | None = None
