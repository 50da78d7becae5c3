"""Reported periods: the quarter or month a report's figures are for ("the 1988 quarter", "the latest period")."""

from __future__ import annotations

from datetime import date

import regex

from pipeline.timex.calendar_years import full_year
from pipeline.timex.context import Context, Resolved
from pipeline.timex.grammar import Rule
from pipeline.timex.values import UNKNOWN, move, write


def report(fields: dict[str, str], rule: Rule, context: Context, match: regex.Match[str]) -> Resolved | None:
    """`the 1988 quarter`, `the latest period`, `the same month a year ago`: the period figures are reported for."""
    lookup = context.grammar.lookup
    unit = str(lookup("period", fields["period"]))
    year = full_year(fields["year"], context.published) if "year" in fields else None
    first, granularity = _period_under_report(unit, year, context)
    if first is None:
        return Resolved("DATE", UNKNOWN[granularity], "relative")
    if year is not None:
        first = first.replace(year=year)
    if "year_shift" in fields:
        first = move(first, "Y", int(lookup("shift", fields["year_shift"])))
    # a comparison with another period does not move the narrative on: no day
    return Resolved("DATE", write(first, granularity), "explicit" if year is not None else "relative")


def _period_under_report(unit: str, year: int | None, context: Context) -> tuple[date | None, str]:
    """The first day and granularity of the period a report speaks of: a quarter (Q), a month (M) or either (P)."""
    quarter = reported_quarter(context)
    if quarter is not None and unit != "M":
        return quarter, "quarter"
    if unit != "Q" and year is None and context.last is not None and context.last_precision in ("month", "quarter"):
        return context.last, str(context.last_precision)
    if unit == "P" and year is not None:  # "the 1988 period" outside any quarter: the year
        return date(year, 1, 1), "year"
    granularity = "month" if unit == "M" else "quarter"
    if context.published is None:
        return None, granularity
    return move(context.published, "Q" if granularity == "quarter" else "M", -1), granularity  # the last one past


def reported_quarter(context: Context) -> date | None:
    """The last quarter mentioned while the text is still in it ("the quarter ended Sept. 30")."""
    quarter, last = context.last_quarter, context.last
    if quarter is None or last is None or not quarter <= last < move(quarter, "Q", 1):
        return None
    return quarter
