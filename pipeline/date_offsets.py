"""An act named as known after an interval and an offset word ("today, one year after these demonstrations"): dated
the interval away from the day its clause tells of, not on that day."""

from __future__ import annotations

import regex
from dateutil.relativedelta import relativedelta

from pipeline.clauses import Rules
from pipeline.event_dates import Dating
from pipeline.lexicon import WORD, Hit, normal
from pipeline.model import Timex
from pipeline.timex import value_span
from pipeline.timex.values import write

# a whole number of months or years; days and weeks are left out: measured on Timeline17, the day they moved an act
# to was right but took a report from a day the timeline holds (the bombers' drive "five days before the attacks")
_INTERVAL = regex.compile(r"P(\d+)([MY])")
_UNITS = {"M": ("months", "month"), "Y": ("years", "year")}
_COARSER = ("day", "week", "month", "quarter", "year")  # precisions from the finest
_PHRASE_REACH = 60  # characters before a noun within which its phrase and the offset word stand
_PHRASE_WORDS = 5  # words from the offset word to the noun at most ("after these peaceful demonstrations")


def offset_dating(rules: Rules, text: str, trigger: Hit, intervals: dict[int, Timex], dated: tuple[Timex, Dating]
                  ) -> Dating | None:
    """The date of a noun named after an interval and a word of the language's offsets ("today, one year after these
    demonstrations", "on Monday, two days before the vote"): the interval before (after) the day `dated` before the
    interval, at the interval's unit or that day's precision, whichever is coarser; None when no interval stands
    there, or the date is the noun's own ("a month before the July 7 bombings")."""
    own, dating = dated
    words = list(WORD.finditer(text, max(0, trigger.start - _PHRASE_REACH), trigger.start))[-_PHRASE_WORDS:]
    offset = next((i for i in range(len(words) - 1, -1, -1) if normal(words[i].group()) in rules.offsets), None)
    if offset is None or dating.start is None or not all(w.group()[0].isalnum() for w in words[offset:]):
        return None  # most known nouns follow no offset word: nothing more is read
    interval = intervals.get(len(text[: words[offset].start()].rstrip()))
    found = _INTERVAL.fullmatch(interval.value) if interval is not None else None
    if interval is None or found is None or own.end > interval.start or dating.precision not in _COARSER:
        return None
    unit, granularity = _UNITS[found.group(2)]
    shift = relativedelta(**{unit: int(found.group(1))})
    day = dating.start - shift if rules.offsets[normal(words[offset].group())] == "after" else dating.start + shift
    granularity = max(granularity, dating.precision, key=_COARSER.index)
    start, end, precision = value_span(value := write(day, granularity))
    return Dating(value, start, end, precision or granularity, text[interval.start : trigger.end], "relative")
