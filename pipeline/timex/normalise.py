"""Turn a matched expression into its TIMEX3 value, against the publication date or the narrative anchor."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from functools import partial

import regex

from pipeline.timex.calendar_years import (choose_year, day_of, decade, exists, full_year, holiday, known_year,
                                           months, narrative_year, precision, reported_year)
from pipeline.timex.context import Context, Resolved
from pipeline.timex.days import part_of_day, time, weekday, weekday_year, weekend
from pipeline.timex.grammar import Rule
from pipeline.timex.numbers import century, number, ordinal, spoken_year
from pipeline.timex.reports import report, reported_quarter
from pipeline.timex.tense_cues import since, tense
from pipeline.timex.values import (GRANULARITY, SEASON_MONTH, UNKNOWN, duration, joined_duration, move, value_span,
                                   write)

# The named groups the patterns may set (patterns.toml lists what each means).
FIELDS = ("era", "year", "spoken_year", "month", "day", "week", "week_number", "weekday", "weekdays", "holiday",
          "season", "weekend", "quarter", "decade", "century", "part_of_day", "hour", "minute", "meridiem", "shift",
          "number", "unit", "direction", "day_word", "reference", "frequency", "single", "year_shift", "story_shift",
          "period", "utc", "alternate", "and_number", "and_unit", "fraction")
_TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}


def resolve(match: regex.Match[str], rule: Rule, context: Context) -> Resolved | None:
    """The value of a match under its rule, or None when the words do not make a valid value."""
    # Only the rule's own groups are read: the match's groupdict would hold every rule's, and cost more.
    fields = {name: value for name in FIELDS if name in rule.groups and (value := match.group(name)) is not None}
    build = _KINDS[rule.kind]
    try:
        resolved = build(fields, rule, context, match)
    except (ValueError, OverflowError, KeyError, TypeError):  # impossible dates like February 30
        return None
    modifier = match.group("modifier") if "modifier" in rule.groups else None
    if resolved and modifier:
        resolved = _half(resolved, str(context.grammar.lookup("modifier", modifier)))
    if resolved and resolved.day and value_span(resolved.value)[2] == "quarter":
        context.last_quarter = resolved.day  # the quarter reported on, even the one the text is written in
    if resolved and resolved.day and _moves_story(rule, resolved, context):
        context.last = resolved.day
        context.last_precision = value_span(resolved.value)[2]
        if context.last_precision == "day":
            _note_ahead(context, resolved.day, "month" not in fields, match.end())
            context.last_day = resolved.day
    return resolved


def _note_ahead(context: Context, day: date, counted: bool, end: int) -> None:
    """Where the text last told a day after publication counted from it ("tomorrow", "Friday"), not one the calendar
    names ("December 18"); a clock time on that day carries it on."""
    if day != context.last_day:
        context.ahead_end = end if counted and context.published is not None and day > context.published else -1
    elif context.ahead_end >= 0:
        context.ahead_end = end


def _moves_story(rule: Rule, resolved: Resolved, context: Context) -> bool:
    """Whether a date moves the text on: not a longer period around its last date, nor a glance back from it."""
    if not rule.moves_story:
        return False
    if _within(resolved.value, context.last):
        return False
    # a narrative counting back from its last date ("the previous year", "two years ago") stays where it was:
    # "...the gains of the previous year. In January, the Germans..." goes on from the last date told. News
    # counts back from the publication date and compares periods with it: that is left as it is.
    looks_back = context.published is None and rule.kind in ("shift", "offset")
    return not (looks_back and context.last is not None and resolved.day is not None and resolved.day < context.last)


def _half(resolved: Resolved, modifier: str) -> Resolved:
    """A year under "the first/second half of" as that half (2008-H2); other values as they are."""
    if modifier in ("H1", "H2") and regex.fullmatch(r"\d{4}", resolved.value):
        return replace(resolved, value=f"{resolved.value}-{modifier}")
    return resolved


def _within(value: str, last: date | None) -> bool:
    """Whether a value is a longer period around the last date mentioned ("1941" after "December 7, 1941")."""
    first, end, precision = value_span(value)
    return last is not None and first is not None and precision != "day" and first < last <= end


def _calendar(fields: dict[str, str], rule: Rule, context: Context, match: regex.Match[str]) -> Resolved | None:
    """Dates named by calendar fields; missing years are chosen by tense around the anchor."""
    lookup = context.grammar.lookup
    anchor = context.published or context.last
    if "era" in fields:
        return _before_era(fields, context)
    if "decade" in fields:
        return Resolved("DATE", decade(str(lookup("decade", fields["decade"])), anchor), "explicit")
    if "century" in fields:
        return Resolved("DATE", f"{century(fields, anchor, context.grammar) - 1:02d}", "explicit")
    year = full_year(fields["year"], anchor) if "year" in fields else None
    if "spoken_year" in fields:
        year = spoken_year(fields["spoken_year"], context.grammar)
    basis = "explicit" if year is not None else "relative"
    if year is None and ("year_shift" in fields or "story_shift" in fields):
        year = _named_year(fields, context)
    if year is None and "shift" in fields and "weekday" not in fields and anchor is not None:
        year = _shifted_year(fields, anchor, context)
    if "quarter" in fields:
        quarter = ordinal("quarter", fields["quarter"], context.grammar)
        if quarter < 0:  # "the final quarter of 2009": counted from the end of the year
            quarter += 5
        if not 1 <= quarter <= 4:
            return None
        span = partial(months, 3 * quarter - 2, 3)
        if year is None and anchor is not None:
            year = reported_year(span, anchor, context.published is not None and tense(context, match) > 0)
        return _in_year(year, span, anchor, context, match, f"-Q{quarter}", basis, prefer=-1)
    if "season" in fields:
        season = str(lookup("season", fields["season"]))
        span = partial(months, SEASON_MONTH[season], 3)
        return _in_year(year, span, anchor, context, match, f"-{season}", basis, prefer=0)
    if "holiday" in fields:
        # the year is chosen as for any date, a well-known day keeps its own unless another is written ("11-S");
        # the day then depends on it (Thanksgiving moves)
        rule_ = str(lookup("holiday", fields["holiday"]))
        if year is None and (year := known_year(rule_)) is not None:
            basis = "explicit"
        day = _in_year(year, partial(holiday, rule_), anchor, context, match, "", basis, prefer=0).day
        pod = part_of_day(fields, context)
        return Resolved("TIME" if pod else "DATE", (day.isoformat() if day else "XXXX-XX-XX") + pod, basis, day)
    if "month" in fields:
        return _month_date(fields, year, anchor, context, match, basis)
    if "weekday" in fields and "day" in fields:  # "Friday the 4th": the 4th of a recent month that is a Friday
        return _day_of_month(fields, anchor, context, match)
    if "weekday" in fields:
        return weekday(fields, anchor, context, match)
    if "weekend" in fields:
        return weekend(anchor, context, match)
    if "hour" in fields or "meridiem" in fields:  # a clock time alone is on the last day told of
        return time(fields, context.last_day or anchor, context)
    if "part_of_day" in fields:  # "at night": that part of any day
        return Resolved("TIME", "XXXX-XX-XX" + part_of_day(fields, context), "explicit")
    if "day" in fields:  # "on the 5th": a day of a month the text does not name
        day_anchor = (context.last_day or context.last) if rule.anchor == "narrative" else None
        return _day_of_month(fields, day_anchor or anchor, context, match)
    if year is not None:
        return Resolved("DATE", f"{year:04d}", "explicit", date(year, 1, 1))
    return None


def _before_era(fields: dict[str, str], context: Context) -> Resolved:
    """A date before the Common Era: BC0480, BC0480-04, BC0481-FA, BC03 (the 4th century BC), BC047 (the 470s BC)."""
    lookup = context.grammar.lookup
    if "century" in fields:
        return Resolved("DATE", f"BC{ordinal('century', fields['century'], context.grammar) - 1:02d}", "explicit")
    if "decade" in fields:
        return Resolved("DATE", f"BC{int(fields['decade']) // 10:03d}", "explicit")
    value = f"BC{int(fields['year']):04d}"
    if "month" in fields:
        value += f"-{int(lookup('month', fields['month'])):02d}"
    elif "season" in fields:
        value += f"-{lookup('season', fields['season'])}"
    return Resolved("DATE", value, "explicit")


def _named_year(fields: dict[str, str], context: Context) -> int | None:
    """The year of "June last year" (from the publication date) or "August of that year" (from the last date)."""
    if "year_shift" in fields:
        base, word = context.published or context.last, fields["year_shift"]
    else:
        base, word = context.last or context.published, fields["story_shift"]
    return None if base is None else base.year + int(context.grammar.lookup("shift", word))


def _shifted_year(fields: dict[str, str], anchor: date, context: Context) -> int | None:
    """The year of `last November`, `next spring`, `this September`, `last Thanksgiving`."""
    lookup = context.grammar.lookup
    shift = int(lookup("shift", fields["shift"]))
    if "month" in fields and "day" in fields:  # "el pasado 2 de marzo": the last March 2 before publication
        span = partial(day_of, int(lookup("month", fields["month"])), int(str(lookup("day", fields["day"]))))
    elif "month" in fields:
        span = partial(months, int(lookup("month", fields["month"])), 1)
    elif "season" in fields:
        span = partial(months, SEASON_MONTH[str(lookup("season", fields["season"]))], 3)
    elif "holiday" in fields:
        span = partial(holiday, str(lookup("holiday", fields["holiday"])))
    else:  # a day of an unnamed month: its own rule reads the shift
        return None
    first, last = span(anchor.year)
    if shift < 0:
        return anchor.year if last < anchor else anchor.year - 1
    if shift > 0:
        return anchor.year if first > anchor else anchor.year + 1
    return anchor.year


def _month_date(fields: dict[str, str], year: int | None, anchor: date | None, context: Context,
                match: regex.Match[str], basis: str) -> Resolved | None:
    """A month, or a day of a month, with its year written or chosen."""
    month = int(context.grammar.lookup("month", fields["month"]))
    day = int(str(context.grammar.lookup("day", fields["day"]))) if "day" in fields else None
    if day is not None:
        date(2000 if year is None else year, month, day)  # raises on impossible days (2000 was a leap year)
        span = partial(day_of, month, day)
        suffix = f"-{month:02d}-{day:02d}"
    else:
        span = partial(months, month, 1)
        suffix = f"-{month:02d}"
    resolved = _in_year(year, span, anchor, context, match, suffix, basis, prefer=0)
    if day is not None and resolved.value[:4].isdigit() and not exists(int(resolved.value[:4]), month, day):
        return Resolved("DATE", "XXXX" + suffix, basis)  # February 29 in a common year: the year is unknown
    if day is not None and year is None and "weekday" in fields and resolved.day is not None:
        resolved = weekday_year(resolved, int(context.grammar.lookup("weekday", fields["weekday"])), suffix, basis)
    if "hour" in fields and day is not None:
        return time(fields, date.fromisoformat(resolved.value), context)
    if "part_of_day" in fields and day is not None:  # "the night of August 14": that part of the day
        return Resolved("TIME", resolved.value + part_of_day(fields, context), basis, resolved.day)
    if "week" in fields and resolved.day is not None:
        return _week_of(fields, resolved.day, day is not None, context)
    return resolved


def _day_of_month(fields: dict[str, str], anchor: date | None, context: Context, match: regex.Match[str]) -> Resolved:
    """A day of the month without its month: in the anchor's month or a neighbour, as `shift` or the tense points,
    else the nearest; written with its weekday, in one of the last months whose day it is, if any."""
    lookup = context.grammar.lookup
    day = int(str(lookup("day", fields["day"])))
    if anchor is None:
        return Resolved("DATE", f"XXXX-XX-{day:02d}", "relative")
    first = anchor.replace(day=1)
    months = [move(first, "M", k) for k in (-1, 0, 1)]
    days = [date(m.year, m.month, day) for m in months if exists(m.year, m.month, day)]
    if "weekday" in fields:
        weekday = int(str(lookup("weekday", fields["weekday"])))
        earlier = [move(first, "M", k) for k in (-3, -2)]
        days = [d for d in [date(m.year, m.month, day) for m in earlier if exists(m.year, m.month, day)] + days
                if d.isoweekday() == weekday] or days
    direction = int(str(lookup("shift", fields["shift"]))) if "shift" in fields else tense(context, match)
    pool = [d for d in days if (d - anchor).days * direction >= 0] or days
    chosen = min(pool, key=lambda d: (abs((d - anchor).days), d != anchor))
    return Resolved("DATE", chosen.isoformat(), "relative", chosen)


def _week_of(fields: dict[str, str], first: date, of_day: bool, context: Context) -> Resolved:
    """`the week of March 6` (the week holding the day), `the last week of March`, `the second week of May`."""
    if not of_day:
        nth = ordinal("week_number", fields["week_number"], context.grammar) if "week_number" in fields else 1
        last = months(first.month, 1, first.year)[1]
        # the nth week holds the month's 7th, 14th... day; the last one the day a week before its end
        first = last - timedelta(days=6) if nth < 0 else first + timedelta(days=7 * nth - 1)
    return Resolved("DATE", write(first, "week"), "relative", first)


def _in_year(year: int | None, span: Callable[[int], tuple[date, date]], anchor: date | None,
             context: Context, match: regex.Match[str], suffix: str, basis: str, prefer: int) -> Resolved:
    """A value `<year><suffix>`: the written year, else the one the tense points to, else XXXX."""
    if year is None:
        if anchor is None:
            return Resolved("DATE", "XXXX" + suffix, basis)
        past = context.published is not None and since(context, match)  # "since January 28" is past, however far back
        year = narrative_year(span, anchor) if context.published is None else choose_year(
            span, anchor, -1 if past else tense(context, match) or prefer,
            366 if past else context.grammar.tense_reach[precision(span)])
    return Resolved("DATE", f"{year:04d}{suffix}", basis, span(year)[0])


def _shift(fields: dict[str, str], rule: Rule, context: Context, match: regex.Match[str]) -> Resolved | None:
    """`next month`, `last week`, `the following day`, `the next morning`: the anchor moved by whole units."""
    lookup = context.grammar.lookup
    count = int(lookup("shift", fields["shift"])) if "shift" in fields else 0
    if "season" in fields:
        return _season_shift(str(lookup("season", fields["season"])), count, _anchor(rule, context, "Y"))
    unit = str(lookup("unit", fields["unit"])) if "unit" in fields else "D"  # a part of a day moves by days
    anchor = _anchor(rule, context, unit)
    if unit == "Q" and rule.anchor == "narrative" and context.last_precision != "quarter" and context.published:
        anchor = move(context.published, "Q", -1)  # "the quarter" before any is named: the last one reported
    granularity = GRANULARITY[unit]
    pod = part_of_day(fields, context)
    kind = "TIME" if pod else "DATE"
    if anchor is None:
        return Resolved(kind, UNKNOWN[granularity] + pod, "relative")
    day = move(anchor, unit, count)
    return Resolved(kind, write(day, granularity) + pod, "relative", day)


def _season_shift(season: str, count: int, anchor: date | None) -> Resolved:
    """`last summer`, `this winter`, `next spring` around the anchor."""
    if anchor is None:
        return Resolved("DATE", f"XXXX-{season}", "relative")
    start = date(anchor.year, SEASON_MONTH[season], 1)
    if count < 0 and start > anchor:
        start = start.replace(year=start.year - 1)
    elif count > 0 and start <= anchor:
        start = start.replace(year=start.year + 1)
    if abs(count) > 1:  # "the summer before last"-style counts beyond the nearest one
        start = start.replace(year=start.year + count - (1 if count > 0 else -1))
    return Resolved("DATE", f"{start.year:04d}-{season}", "relative", start)


def _offset(fields: dict[str, str], rule: Rule, context: Context, match: regex.Match[str]) -> Resolved | None:
    """`two years ago`, `three days later`: the anchor moved by a count of units."""
    lookup = context.grammar.lookup
    sign = int(lookup("direction", fields["direction"]))
    count = number(fields["number"], context.grammar) if "number" in fields else 1
    if count is None:
        return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "relative")
    unit = str(lookup("unit", fields["unit"]))
    granularity = GRANULARITY[unit]
    anchor = _anchor(rule, context, unit)
    if unit == "Y" and (quarter := reported_quarter(context)):
        # "a year ago" after a quarter's figures compares with that quarter a year before;
        # the comparison does not move the narrative on
        day = move(quarter, "Y", sign * int(count))
        return Resolved("DATE", write(day, "quarter"), "relative")
    if anchor is None or count != int(count):
        return Resolved("DATE", UNKNOWN[granularity], "relative")
    day = move(anchor, unit, sign * int(count))
    return Resolved("DATE", write(day, granularity), "relative", day)


def _duration(fields: dict[str, str], rule: Rule, context: Context, match: regex.Match[str]) -> Resolved | None:
    """`five years`, `a decade`, `two-hour`: P<count><unit>, X for an unknown count."""
    unit = str(context.grammar.lookup("unit", fields["unit"]))
    count = number(fields["number"], context.grammar) if "number" in fields else (1 if "single" in fields else None)
    if count is not None and "fraction" in fields:  # a fraction written after the unit ("two weeks and a half")
        count += float(str(context.grammar.lookup("fraction", fields["fraction"])))
    value = _period(count, unit, context)
    if "and_unit" in fields and count is not None:  # "two years and nine months": P2Y9M
        more = number(fields["and_number"], context.grammar)
        if more is not None:
            and_value = _period(more, str(context.grammar.lookup("unit", fields["and_unit"])), context)
            value = joined_duration(value, and_value, context.grammar.fractions_down)
    return Resolved(rule.type, value, "explicit")


def _set(fields: dict[str, str], rule: Rule, context: Context, match: regex.Match[str]) -> Resolved | None:
    """`every year`, `daily`, `each Thursday`, `Mondays`."""
    lookup = context.grammar.lookup
    if "frequency" in fields:
        return Resolved("SET", str(lookup("frequency", fields["frequency"])), "explicit")
    if "weekday" in fields or "weekdays" in fields:
        group = "weekday" if "weekday" in fields else "weekdays"
        weekday = int(str(lookup(group, fields[group])))
        return Resolved("SET", f"XXXX-WXX-{weekday}{part_of_day(fields, context)}", "explicit")
    if "alternate" in fields:  # "every other week": every second one
        count: float | None = float(str(lookup("alternate", fields["alternate"])))
    else:
        count = number(fields["number"], context.grammar) if "number" in fields else 1
    return Resolved("SET", _period(count, str(lookup("unit", fields["unit"])), context), "explicit")


def _reference(fields: dict[str, str], rule: Rule, context: Context, match: regex.Match[str]) -> Resolved:
    """`now`, `recently`, `the future`: PRESENT_REF, PAST_REF, FUTURE_REF; a vague span's fixed value under a DURATION rule."""
    return Resolved(rule.type, str(context.grammar.lookup("reference", fields["reference"])), "relative")


def _day(fields: dict[str, str], rule: Rule, context: Context, match: regex.Match[str]) -> Resolved:
    """`yesterday`, `tomorrow morning`, `this afternoon`, `last night`, `tonight`: a day near publication."""
    lookup = context.grammar.lookup
    offset = int(lookup("day_word", fields["day_word"])) if "day_word" in fields else (
        int(lookup("shift", fields["shift"])) if "shift" in fields else 0)
    pod = part_of_day(fields, context)
    kind = "TIME" if pod else "DATE"
    if context.published is None:
        return Resolved(kind, "XXXX-XX-XX" + pod, "relative")
    day = context.published + timedelta(days=offset)
    return Resolved(kind, day.isoformat() + pod, "relative", day)


def _period(count: float | None, unit: str, context: Context) -> str:
    """A TIMEX3 duration: P2Y, PT5H, a decade as the language's corpora write it (P10Y or P1DE), PXM for an unknown count."""
    factor, letter = context.grammar.duration_units.get(unit, (1, unit))
    if unit in _TIME_UNITS:
        return duration(count, _TIME_UNITS[unit], True, context.grammar.fractions_down)
    amount = None if count is None else round(count * factor, 3)  # 32.2 centuries: 3220 years
    return duration(amount, letter, False, context.grammar.fractions_down)


def _anchor(rule: Rule, context: Context, unit: str) -> date | None:
    """The date a relative expression counts from: the last date mentioned, or the publication date."""
    if rule.anchor == "narrative":
        last = context.last_day if GRANULARITY[unit] in ("day", "week", "weekend") else context.last
        return last or context.published
    return context.published or context.last


_KINDS: dict[str, Callable[..., Resolved | None]] = {
    "calendar": _calendar, "shift": _shift, "offset": _offset, "duration": _duration, "set": _set,
    "reference": _reference, "day": _day, "report": report,
}
