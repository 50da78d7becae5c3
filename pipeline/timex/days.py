"""Days of the week, weekends and clock times: the day a weekday names by tense, the time a clock gives."""

from __future__ import annotations

from datetime import date, timedelta

import regex

from pipeline.timex.calendar_years import exists
from pipeline.timex.context import Context, Resolved
from pipeline.timex.tense_cues import tense
from pipeline.timex.values import write

_AHEAD_REACH = 600  # characters after a day told ahead within which a weekday without a tense cue follows it
_MERIDIEM_HOURS = {"NOON": 12, "MIDNIGHT": 24}  # TIMEX3 writes the midnight that ends a day as T24:00


def weekday_year(resolved: Resolved, weekday: int, suffix: str, basis: str) -> Resolved:
    """A day written with its weekday and no year: the chosen year if the weekday agrees, else the year before
    or after that does ("Thursday 5 November" is in a year whose 5 November is a Thursday), else no year."""
    chosen = resolved.day
    assert chosen is not None
    for shift in (0, -1, 1):
        year = chosen.year + shift
        if exists(year, chosen.month, chosen.day) and date(year, chosen.month, chosen.day).isoweekday() == weekday:
            return resolved if shift == 0 else Resolved("DATE", f"{year:04d}{suffix}", basis, date(year, chosen.month, chosen.day))
    return Resolved("DATE", "XXXX" + suffix, basis)


def weekday(fields: dict[str, str], anchor: date | None, context: Context, match: regex.Match[str]) -> Resolved:
    """A weekday: the one of the anchor's week the tense or `next`/`last` points to."""
    weekday = int(context.grammar.lookup("weekday", fields["weekday"]))
    pod = part_of_day(fields, context)
    if anchor is None:
        return Resolved("TIME" if pod else "DATE", f"XXXX-WXX-{weekday}{pod}", "relative")
    shift = int(context.grammar.lookup("shift", fields["shift"])) if "shift" in fields else None
    # without a tense cue, the days ahead when the text has just told one ("tomorrow ... on Friday"), else the past
    ahead = 0 <= context.ahead_end and match.start() - context.ahead_end <= _AHEAD_REACH
    direction = shift if shift is not None else (tense(context, match) or (1 if ahead else -1))
    delta = weekday - anchor.isoweekday()
    if shift == 0:
        # "este domingo": the week's, unless the tense says it is the one just past or the one to come
        told = tense(context, match)
        day = anchor + timedelta(days=delta if not told else delta % 7 if told > 0 else -((-delta) % 7))
    elif direction > 0:
        day = anchor + timedelta(days=delta % 7 or (7 if shift else 0))
    elif shift is None and context.live and delta % 7 == 1:
        # a live page runs past its date: the day after it is news of that day, named by its weekday alone, where
        # a week-old day would be told otherwise ("last Friday", a date)
        day = anchor + timedelta(days=1)
    else:
        day = anchor - timedelta(days=(-delta) % 7 or (7 if shift else 0))
    if "hour" in fields or "meridiem" in fields:
        return time(fields, day, context)
    return Resolved("TIME" if pod else "DATE", day.isoformat() + pod, "relative", day)


def weekend(anchor: date | None, context: Context, match: regex.Match[str]) -> Resolved:
    """`the weekend`: the one just past in past tense or without a cue, else the coming one."""
    if anchor is None:
        return Resolved("DATE", "XXXX-WXX-WE", "relative")
    saturday = anchor + timedelta(days=6 - anchor.isoweekday())
    if anchor.isoweekday() < 6 and tense(context, match) <= 0:
        saturday -= timedelta(weeks=1)
    return Resolved("DATE", write(saturday, "weekend"), "relative", saturday)


def time(fields: dict[str, str], day: date | None, context: Context) -> Resolved:
    """A clock time on a day (the anchor, or the day a day word names)."""
    if "day_word" in fields and context.published:
        day = context.published + timedelta(days=int(context.grammar.lookup("day_word", fields["day_word"])))
    meridiem = str(context.grammar.lookup("meridiem", fields["meridiem"])) if "meridiem" in fields else ""
    hour = int(str(context.grammar.lookup("hour", fields["hour"]))) if "hour" in fields else _MERIDIEM_HOURS[meridiem]
    minute = int(fields.get("minute") or 0)
    if meridiem == "PM" and hour < 12:
        hour += 12
    elif meridiem == "AM" and hour == 12:
        hour = 0
    if hour > 24:
        raise ValueError(f"hour {hour}")
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    zone = "Z" if "utc" in fields else ""
    return Resolved("TIME", f"{prefix}T{hour:02d}:{minute:02d}{zone}", "relative", day)


def part_of_day(fields: dict[str, str], context: Context) -> str:
    """`TMO`, `TNI`... for a part of day, else empty."""
    if "part_of_day" not in fields:
        return ""
    return "T" + str(context.grammar.lookup("part_of_day", fields["part_of_day"]))
