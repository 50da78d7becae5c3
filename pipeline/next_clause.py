"""The date of a clause opened right after a trigger: "He warned when he opened the probe two months ago", "the
terrorist attacks that claimed the lives of Israelis earlier this year"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.preceding import word_before
from pipeline.lexicon import WORD, Hit, normal
from pipeline.model import Timex

if TYPE_CHECKING:  # the datings read here are made in event_dates, which asks for this date
    from pipeline.event_dates import Dating, Datings

_REACH = 70  # characters after a trigger within which a date of the clause opened right after it is its own


def next_clause_dating(datings: Datings, clause_end: int, trigger: Hit, reach: int) -> tuple[Timex, Dating] | None:
    """For a trigger that ends its clause, the first date of the next within reach, where a word of the language's
    date clauses opens it ("He warned when he opened the probe two months ago") or, for an act named as known (a
    `reach`), a relative word ("the terrorist attacks that claimed the lives of Israelis earlier this year")."""
    text, rules = datings.text, datings.rules
    first = WORD.match(text, clause_end)
    if rules is None or first is None or text[trigger.end : clause_end].strip():
        return None  # most clauses end after other words than their trigger: nothing more is read
    word, end = normal(first.group()), trigger.end + (reach or _REACH)
    relative = reach and word in rules.kinds_of_acts.get("relative", ())
    if word not in rules.date_clauses and not relative:
        return None
    end = next((hit.start for hit in rules.breaks.find(text, first.end(), end)), end)  # that clause only
    # "the attacks that have gone on since May": a date the span starts from is no day of theirs; a clause of the
    # time tells it of an act of its own ("when he opened the probe") or of the trigger's by a preposition ("stepped
    # down as chairman in March"), not of a name ("as the host of APEC 2024")
    return next(((t, d) for t, d in datings.within(clause_end, end) if t.start not in datings.perfect_bounds
                 and (relative or word_before(rules, text, t.start) in rules.prepositions
                      or any(hit.label != "-" for hit in rules.triggers.find(text, first.end(), t.start)))), None)
