"""TIMEX3 values: writing a date at a granularity, moving dates by units, and the days a value covers."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

import regex

# Granularity of each unit letter when a date is written at that unit.
GRANULARITY = {"D": "day", "W": "week", "WE": "weekend", "M": "month", "Q": "quarter", "Y": "year",
               "DE": "decade", "CE": "century", "H": "day", "MIN": "day", "S": "day"}
SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # first month of each season
# The value of a date of each granularity whose place in the calendar the text does not give.
UNKNOWN = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
           "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXX", "century": "XX"}
_SPAN = regex.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)(?:-WE)?|Q(?P<q>[1-4])|H(?P<h>[12])"
    r"|(?P<s>SP|SU|FA|WI)))?"
    r"(?:T.*)?|(?P<decade>\d{3})|(?P<century>\d\d)"
)


def write(day: date, granularity: str) -> str:
    """The TIMEX3 value of the period of the given granularity that contains the day."""
    if granularity in ("week", "weekend"):
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if granularity == "weekend" else "")
    return {
        "day": lambda: day.isoformat(),
        "month": lambda: f"{day.year:04d}-{day.month:02d}",
        "quarter": lambda: f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}",
        "year": lambda: f"{day.year:04d}",
        "decade": lambda: f"{day.year // 10:03d}",
        "century": lambda: f"{day.year // 100:02d}",
    }[granularity]()


_PER_DAY = {"H": 24, "MIN": 24 * 60, "S": 24 * 60 * 60}
# The next smaller unit of a day and of the clock units, by the parts of a duration value (T marks the clock's):
# a fraction of them may be written in it ("half an hour": PT30M, "a minute and a half": PT1M30S)
_SMALLER = {"D": ("TH", 24), "TH": ("TM", 60), "TM": ("TS", 60)}
_ORDER = ("L", "CE", "DE", "Y", "Q", "M", "W", "D", "TH", "TM", "TS")  # the places of a duration's parts
_PART = regex.compile(r"(T?)([\d.]+|X)([A-Z]+)")


def move(day: date, unit: str, count: int) -> date:
    """The day moved by count units (months and years keep the day of month where they can)."""
    if unit == "D":
        return day + timedelta(days=count)
    if unit in _PER_DAY:  # with no time of day, only whole days move the date: "an hour ago" is still today
        return day + timedelta(days=int(count / _PER_DAY[unit]))
    if unit in ("W", "WE"):
        return day + timedelta(weeks=count)
    months = count * {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}[unit]
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    year = min(max(year, 1), 9999)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


@lru_cache(maxsize=8192)  # a text names the same dates again and again, and every stage asks for their spans
def value_span(value: str) -> tuple[date | None, date | None, str | None]:
    """First and last day a TIMEX3 date value covers and its precision; Nones for other values."""
    match = _SPAN.fullmatch(value)
    if not match:
        return None, None, None
    if match["decade"]:
        start = int(match["decade"]) * 10
        return _years(max(start, 1), start + 9, "decade")
    if match["century"]:
        start = int(match["century"]) * 100
        return _years(max(start, 1), start + 99, "century")
    year = int(match["y"])
    try:
        return _within_year(year, match)
    except ValueError:  # impossible calendar fields such as 2021-02-30
        return None, None, None


def _within_year(year: int, match: regex.Match[str]) -> tuple[date, date, str]:
    """The span of a value that names a year or a part of one."""
    if match["d"]:
        day = date(year, int(match["m"]), int(match["d"]))
        return day, day, "day"
    if match["m"]:
        month = int(match["m"])
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month"
    if match["w"]:
        monday = date.fromisocalendar(year, int(match["w"]), 1)
        return monday, monday + timedelta(days=6), "week"
    if match["q"]:
        first = (int(match["q"]) - 1) * 3 + 1
        return date(year, first, 1), date(year, first + 2, calendar.monthrange(year, first + 2)[1]), "quarter"
    if match["h"]:
        first = 1 if match["h"] == "1" else 7
        return date(year, first, 1), date(year, first + 5, calendar.monthrange(year, first + 5)[1]), "half"
    if match["s"]:
        start = date(year, SEASON_MONTH[match["s"]], 1)
        end = move(start, "M", 3) - timedelta(days=1)
        return start, end, "season"
    return date(year, 1, 1), date(year, 12, 31), "year"


def _years(first: int, last: int, precision: str) -> tuple[date, date, str]:
    """The span from the first day of one year to the last day of another."""
    return date(first, 1, 1), date(last, 12, 31), precision


def duration(amount: float | None, letter: str, clock: bool, smaller: bool) -> str:
    """A TIMEX3 duration of an amount of one unit: P2Y, PT5H, PXM for an unknown amount; with `smaller`, a
    fraction of a day or clock unit in the next smaller unit as far as that makes whole ones (1.5 hours: PT1H30M)."""
    if amount is None:
        return f"P{'T' if clock else ''}X{letter}"
    return _write(_descend({("T" if clock else "") + letter: amount}, smaller))


def joined_duration(first: str, second: str, smaller: bool) -> str:
    """Two durations told as one, each part in its place: P2Y9M, P1DT2H, "half an hour and half a day" PT12.5H
    (only the last part of a value may have a fraction: PT0.5H0.5D is no value)."""
    parts: dict[str, float] = {}
    for value in (first, second):
        for clock, amount, letter in _PART.findall(value[1:]):
            if amount == "X":
                return first  # an unknown amount cannot be added to
            parts[clock + letter] = parts.get(clock + letter, 0) + float(amount)
    return _write(_descend(parts, smaller))


def _descend(parts: dict[str, float], smaller: bool) -> dict[str, float]:
    """The parts with the fraction of any but the last, and with `smaller` of the last too, carried into the next
    smaller unit while that makes whole ones (a third of an hour stays PT0.333H, not PT19M59.88S)."""
    for key in sorted(parts, key=_place):
        amount, last = parts[key], key == max(parts, key=_place)
        if amount == int(amount) or key not in _SMALLER or (last and not smaller):
            continue
        down, factor = _SMALLER[key]
        carried = round((amount - int(amount)) * factor, 3)
        if last and carried != int(carried):
            continue
        parts[key] = int(amount)
        parts[down] = parts.get(down, 0) + carried
    return {key: amount for key, amount in parts.items() if amount or len(parts) == 1}


def _place(key: str) -> int:
    """Where a part stands in a duration value (unknown letters last)."""
    return _ORDER.index(key) if key in _ORDER else len(_ORDER)


def _write(parts: dict[str, float]) -> str:
    """P, the date parts in their order, then T and the clock parts; amounts without needless decimals."""
    keys = sorted(parts, key=_place)
    written = [f"{round(parts[key], 3):.3f}".rstrip("0").rstrip(".") + key.removeprefix("T") for key in keys]
    clock = next((i for i, key in enumerate(keys) if key.startswith("T")), None)
    if clock is not None:
        written.insert(clock, "T")
    return "P" + "".join(written)
