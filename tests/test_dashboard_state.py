"""What a click on an overview bubble sets in the filters."""

from __future__ import annotations

from datetime import date

from dashboard import state
from dashboard.queries import OTHER


def test_a_bubble_drills_into_its_lane_and_month() -> None:
    point = {"customdata": [12, "Russia", "2022-02-01", "CONSULT 8 · ASSAULT 4"]}
    assert state.drill(point, "actor", "month") == {
        "from": date(2022, 2, 1), "to": date(2022, 2, 28), "actor": ["Russia"], "role": "as source"}


def test_a_bubble_of_a_topic_week_or_the_other_lane() -> None:
    week = state.drill({"customdata": [3, "security", "2022-02-21", ""]}, "topic", "week")
    assert week == {"from": date(2022, 2, 21), "to": date(2022, 2, 27), "topic": ["security"]}
    other = state.drill({"customdata": [3, OTHER, "2022-02-01", ""]}, "actor", "month")
    assert other == {"from": date(2022, 2, 1), "to": date(2022, 2, 28)}
    assert state.drill({}, "actor", "month") == {}
