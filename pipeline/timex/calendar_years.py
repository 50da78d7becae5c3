"""Calendar arithmetic: the days a month, holiday or period holds, and the year a date written without one falls in."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta

import regex
from dateutil.easter import easter

_NARRATIVE_REACH = 60  # days past a year's end within which a narrative's bare month moves into the next year


def exists(year: int, month: int, day: int) -> bool:
    """Whether the calendar has that day."""
    return day <= calendar.monthrange(year, month)[1]


def months(first: int, count: int, year: int) -> tuple[date, date]:
    """The first and last day of `count` months from month `first` of the year."""
    carry, month = divmod(first - 1 + count, 12)
    return date(year, first, 1), date(year + carry, month + 1, 1) - timedelta(days=1)


def day_of(month: int, day: int, year: int) -> tuple[date, date]:
    """The day of the year as a one-day period (February 29 falls back to the 28th in common years)."""
    single = date(year, month, min(day, calendar.monthrange(year, month)[1]))
    return single, single


def holiday(rule: str, year: int) -> tuple[date, date]:
    """The day of a holiday in a year: "12-25" is fixed, "11/4/4" the fourth Thursday of November, "E+49" the
    49th day after Easter Sunday (the feasts that move with Easter: Pentecost, Corpus Christi, Good Friday "E-2");
    a well-known day "2001-09-11" is its month and day in that year."""
    if rule.startswith("E"):
        day_ = easter(year) + timedelta(days=int(rule[1:]))
        return day_, day_
    if "/" not in rule:
        month, day = map(int, rule.split("-")[-2:])
        return day_of(month, day, year)
    month, nth, weekday = map(int, rule.split("/"))
    if nth > 0:
        first = date(year, month, 1)
        day_ = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    else:
        last = months(month, 1, year)[1]
        day_ = last - timedelta(days=(last.isoweekday() - weekday) % 7 + 7 * (-nth - 1))
    return day_, day_


def known_year(rule: str) -> int | None:
    """The year of a well-known day named by its date ("2001-09-11": "11-S", "11-Septembre"), None for a holiday."""
    return int(rule[:4]) if rule.count("-") == 2 else None


def full_year(text: str, anchor: date | None) -> int:
    """A year from three or four digits, or from two digits read in the anchor's century window."""
    if len(text) >= 3:  # "im Jahr 578": a year of the first millennium
        return int(text)
    base = (anchor or date(2000, 1, 1)).year
    year = base // 100 * 100 + int(text)
    return year - 100 if year > base + 10 and year >= 100 else year  # no year before 0 in the first century


def decade(text: str, anchor: date | None) -> str:
    """`199` for the 1990s, the '90s or the 90s."""
    digits = regex.sub(r"\D", "", text)
    if len(digits) == 4:
        return digits[:3]
    return f"{full_year(digits, anchor) // 10:03d}"


def narrative_year(span: Callable[[int], tuple[date, date]], anchor: date) -> int:
    """A narrative stays in the year it last named, unless the date comes soon after that year's end."""
    # "Japan attacked on 7 December 1941 ... In January, the Allies signed" moves on to 1942
    following = span(anchor.year + 1)[0]
    if span(anchor.year)[1] < anchor and (following - anchor).days <= _NARRATIVE_REACH:
        return anchor.year + 1
    return anchor.year


def reported_year(span: Callable[[int], tuple[date, date]], anchor: date, ahead: bool) -> int:
    """The year of a quarter named without one: the latest begun (the one figures are reported for), or the nearest
    when its clause speaks of what is to come ("will close in the fourth quarter" in August: this year's; "expects
    third-quarter earnings" in October: the quarter just over, not next year's)."""
    if ahead:
        return min((anchor.year - 1, anchor.year, anchor.year + 1), key=lambda y: _distance(span(y), anchor))
    return max(y for y in (anchor.year - 1, anchor.year) if span(y)[0] <= anchor)


def precision(span: Callable[[int], tuple[date, date]]) -> str:
    """`day` for a period of one day, else `month` (months, quarters, seasons)."""
    first, last = span(2001)
    return "day" if first == last else "month"


def choose_year(span: Callable[[int], tuple[date, date]], anchor: date, direction: int, reach: int) -> int:
    """The year the tense points to when that is within about a year, else the nearest one."""
    years = [anchor.year - 1, anchor.year, anchor.year + 1]
    nearest = min(years, key=lambda y: (_distance(span(y), anchor), y != anchor.year))
    if direction > 0:
        chosen = min(y for y in years if span(y)[1] >= anchor)
    elif direction < 0:
        chosen = max(y for y in years if span(y)[0] <= anchor)
    else:
        return nearest
    # a past-tense "Oct. 31" written on October 26 is this year's: tense only picks within reach
    return chosen if _distance(span(chosen), anchor) <= reach else nearest


def _distance(period: tuple[date, date], day: date) -> int:
    """Days between a period and a day (0 inside the period)."""
    start, end = period
    return max((start - day).days, (day - end).days, 0)
