"""State: the filter values a click on the overview sets, as the sidebar widgets' session-state keys."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from dashboard.queries import NONE, OTHER

LANE_KEYS = {"actor": "actor", "topic": "topic"}  # lane dimension -> the multiselect it fills
SOURCE_ROLE = "as source"  # the actor lane is each event's source actor


def period_end(start: date, freq: str) -> date:
    """The last day of the week or month that begins on `start`."""
    if freq == "week":
        return start + timedelta(days=6)
    return (pd.Timestamp(start) + pd.offsets.MonthEnd(0)).date()


def drill(point: dict, lane: str, freq: str) -> dict[str, object]:
    """Session-state updates that narrow the view to a clicked bubble's lane and period.

    `point` is a Plotly selection point whose customdata is (count, lane, period as YYYY-MM-DD, breakdown).
    """
    data = point.get("customdata") or []
    if len(data) < 3:
        return {}
    lane_value, start = str(data[1]), date.fromisoformat(str(data[2]))
    updates: dict[str, object] = {"from": start, "to": period_end(start, freq)}
    if lane_value not in (NONE, OTHER):
        updates[LANE_KEYS[lane]] = [lane_value]
        if lane == "actor":
            updates["role"] = SOURCE_ROLE
    return updates
