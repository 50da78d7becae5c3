"""The dashboard's query layer: every filter, option counts, paging and aggregates, over a fixture build."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pytest

from dashboard import data, queries
from dashboard.queries import Filters
from pipeline import store
from tests.dashboard_fixtures import tables as fixture_tables
from tests.dashboard_fixtures import write_build, write_tables


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    """A connection over the fixture build."""
    return data.connect((write_build(tmp_path_factory.mktemp("build")),))


def ids(con: duckdb.DuckDBPyConnection, filters: Filters) -> set[str]:
    """The event ids the filters keep, from the download query."""
    return set(queries.filtered(con, filters).column("event_id").to_pylist())


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(), {"e1", "e2", "e3", "e4", "e5", "e6"}),
        (Filters(actors=("Russia",)), {"e1", "e2", "e3", "e4"}),
        (Filters(actors=("Russia",), role="source"), {"e1"}),
        (Filters(actors=("NATO", "Ukraine")), {"e1", "e3", "e5", "e6"}),
        (Filters(actors=("NATO",), role="source"), {"e3"}),
        (Filters(topics=("security",)), {"e1", "e3"}),
        (Filters(event_types=("CONSULT", "AID")), {"e2", "e3", "e5"}),
        (Filters(months=("2022-02",)), {"e1", "e2"}),
        (Filters(months=("2022-01", "2022-04")), {"e3"}),  # e5 is dated to a quarter, not to its first month
        (Filters(date_from=date(2022, 3, 1)), {"e4", "e5", "e6"}),
        (Filters(date_to=date(2022, 1, 15)), {"e3"}),
        (Filters(date_from=date(2022, 2, 10), date_to=date(2022, 2, 10)), {"e2"}),
        (Filters(statuses=("planned", "conditional")), {"e3", "e5"}),
        (Filters(search="geneva"), {"e2"}),
        (Filters(search="PRESS RELEASE E4"), {"e4"}),
        (Filters(precise_only=True), {"e1", "e4", "e6"}),
        (Filters(actors=("Russia",), months=("2022-02",), precise_only=True), {"e1"}),
        (Filters(topics=("economy",), statuses=("occurred",)), {"e4"}),
        (Filters(actors=("Nobody",)), set()),
        (Filters(actors=("Ukraine",), role="target"), {"e1", "e5"}),
        (Filters(actors=("Russia",), partners=("Ukraine",)), {"e1"}),
        (Filters(actors=("Ukraine",), partners=("Russia",)), {"e1"}),
        (Filters(actors=("Ukraine",), role="source", partners=("Russia",)), set()),
        (Filters(actors=("Russia",), role="source", partners=("Ukraine",)), {"e1"}),
        (Filters(partners=("NATO",)), {"e3", "e6"}),
        (Filters(outlets=("Example Wire",)), {"e1", "e2", "e3", "e4", "e5", "e6"}),
        (Filters(outlets=("Other Wire",)), set()),
    ],
)
def test_filters_intersect(con: duckdb.DuckDBPyConnection, filters: Filters, expected: set[str]) -> None:
    assert ids(con, filters) == expected
    assert queries.count(con, filters) == len(expected)


@pytest.mark.parametrize("text", ["'; DROP TABLE events; --", "%", "_", "\\", "' OR 1=1 --", "<b>"])
def test_search_takes_user_text_literally(con: duckdb.DuckDBPyConnection, text: str) -> None:
    expected = {"e5"} if text == "<b>" else set()
    assert ids(con, Filters(search=text)) == expected
    assert queries.count(con, Filters()) == 6  # the table is still there


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("actor", {"Russia": 4, "NATO": 2, "Ukraine": 2, "United States": 2, "European Union": 1,
                   "Volodymyr Zelensky": 1}),
        ("topic", {"diplomacy": 3, "security": 2, "economy": 2}),
        ("event_type", {"CONSULT": 2, "ASSAULT": 1, "SANCTION": 1, "AID": 1, "STATEMENT": 1}),
        ("month", {"2022-01": 1, "2022-02": 2, "2022-03": 2}),
        ("status", {"occurred": 4, "planned": 1, "conditional": 1}),
    ],
)
def test_options_count_events(con: duckdb.DuckDBPyConnection, field: str, expected: dict[str, int]) -> None:
    options = queries.options(con, field)
    assert dict(zip(options["value"], options["n"])) == expected
    assert options["n"].is_monotonic_decreasing or field == "month"


def test_months_are_listed_in_order(con: duckdb.DuckDBPyConnection) -> None:
    assert queries.options(con, "month")["value"].tolist() == ["2022-01", "2022-02", "2022-03"]


def test_pages_cover_every_event_once_newest_first(con: duckdb.DuckDBPyConnection) -> None:
    pages = [queries.page(con, Filters(), size=4, number=n) for n in (1, 2, 3)]
    assert [len(p) for p in pages] == [4, 2, 0]
    seen = [eid for p in pages for eid in p["event_id"]]
    assert sorted(seen) == ["e1", "e2", "e3", "e4", "e5", "e6"]
    # Newest first within the reporting period (last article 2022-03-15); e5, planned for April, comes after it.
    assert seen == ["e6", "e4", "e1", "e2", "e3", "e5"]


def test_points_limit_and_lanes(con: duckdb.DuckDBPyConnection) -> None:
    marks = queries.points(con, Filters(), "actor", "event_type", limit=3)
    assert marks["event_id"].tolist() == ["e3", "e2", "e1"]
    assert set(marks["lane"]) == {"NATO", "United States", "Russia"}
    folded = queries.points(con, Filters(), "topic", "event_type", limit=10, lanes=1)
    assert set(folded["lane"]) == {"diplomacy", queries.OTHER}


@pytest.mark.parametrize("freq", ["month", "week"])
def test_counts_over_time_sum_to_the_filtered_count(con: duckdb.DuckDBPyConnection, freq: str) -> None:
    counts = queries.counts_over_time(con, Filters(), freq, "event_type")
    assert counts["n"].sum() == pytest.approx(6)
    grid = queries.lane_counts(con, Filters(topics=("economy",)), "topic", "event_type", freq)
    assert grid["n"].sum() == 2


def test_coarse_events_are_spread_over_their_months_not_put_in_the_first(con: duckdb.DuckDBPyConnection) -> None:
    counts = queries.counts_over_time(con, Filters(), "month", "event_type")
    coarse = counts[counts["key"] == queries.COARSE]
    spread = dict(zip(coarse["period"].dt.strftime("%Y-%m"), coarse["n"]))
    # e5, dated to 2022-Q2, is a third of an event in each of April, May and June, not one event in April.
    assert spread == pytest.approx({"2022-04": 1 / 3, "2022-05": 1 / 3, "2022-06": 1 / 3})
    precise = counts[counts["key"] != queries.COARSE]
    assert precise["n"].sum() == 5 and "AID" not in set(precise["key"])
    weekly = queries.counts_over_time(con, Filters(months=("2022-02",)), "week", "event_type")
    assert weekly[weekly["key"] == queries.COARSE]["n"].sum() == pytest.approx(1)  # e2, February, over its weeks


def test_unknown_frequency_is_refused(con: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(ValueError):
        queries.counts_over_time(con, Filters(), "day; DROP TABLE events", "topic")


def test_actor_pairs_roll_people_up_and_count_joint_sources_both_ways(tmp_path: Path) -> None:
    rows = fixture_tables()
    actors = rows["event_actors"].to_pylist()
    for row in actors:  # e2: the United States and Russia met, both subjects, no target
        if row["event_id"] == "e2":
            row["role"] = "source"
    rows["event_actors"] = pa.Table.from_pylist(actors, schema=rows["event_actors"].schema)
    con = data.connect((write_tables(tmp_path, rows),))
    pairs = set(zip(*queries.actor_pairs(con, Filters()).to_dict("list").values()))
    assert {("United States", "Russia", 1), ("Russia", "United States", 1), ("Ukraine", "NATO", 1)} <= pairs
    assert not any("Zelensky" in source or "Zelensky" in target for source, target, _ in pairs)
    people = queries.actor_pairs(con, Filters(), people=True)
    assert ("Volodymyr Zelensky", "NATO") in set(zip(people["source"], people["target"]))


def test_actor_pairs_go_from_source_to_others(con: duckdb.DuckDBPyConnection) -> None:
    pairs = queries.actor_pairs(con, Filters(actors=("Russia",)))
    assert set(zip(pairs["source"], pairs["target"], pairs["n"])) == {
        ("Russia", "Ukraine", 1), ("United States", "Russia", 1), ("NATO", "Russia", 1),
        ("European Union", "Russia", 1),
    }


def test_top_actors_over_time(con: duckdb.DuckDBPyConnection) -> None:
    top = queries.top_actors(con, Filters(), "month", limit=1)
    assert set(top["actor"]) == {"Russia"}
    assert top["n"].sum() == 4


def test_event_detail_has_actor_words(con: duckdb.DuckDBPyConnection) -> None:
    record = queries.event(con, "e6")
    assert record["date_text"] == "March 14"
    assert {(w["actor"], w["role"]) for w in record["actor_words"]} == {
        ("Volodymyr Zelensky", "source"), ("NATO", "target"),
    }
    assert queries.event(con, "missing") is None


def test_date_bounds(con: duckdb.DuckDBPyConnection) -> None:
    assert queries.date_bounds(con) == (date(2022, 1, 1), date(2022, 6, 30))


def test_table_page_drops_links_that_are_not_web_links(tmp_path: Path) -> None:
    tables = fixture_tables()
    events = tables["events"].to_pylist()
    events[0]["url"] = "javascript:alert(1)"
    tables["events"] = pa.Table.from_pylist(events, schema=store.SCHEMAS["events"])
    write_tables(tmp_path, tables)
    rows = queries.page(data.connect((tmp_path,)), Filters())
    urls = dict(zip(rows["event_id"], rows["url"]))
    assert pd.isna(urls["e1"]) and urls["e2"] == "https://example.org/e2"


@pytest.mark.parametrize(
    ("filters", "share", "expected"),
    [(Filters(), 0.0, (date(2022, 1, 1), date(2022, 6, 30))),
     (Filters(topics=("security",)), 0.0, (date(2022, 1, 1), date(2022, 2, 24))),
     (Filters(search="zzz"), 0.0, None)],
)
def test_date_window(con: duckdb.DuckDBPyConnection, filters: Filters, share: float, expected: tuple | None) -> None:
    assert queries.date_window(con, filters, share) == expected


def test_lane_counts_give_one_bubble_per_lane_and_period(con: duckdb.DuckDBPyConnection) -> None:
    grid = queries.lane_counts(con, Filters(), "topic", "status", "month", lanes=0)
    assert set(grid["lane"]) == {queries.OTHER}
    assert not grid.duplicated(["lane", "period"]).any()
    assert dict(zip(grid["period"].dt.strftime("%Y-%m"), zip(grid["colour"], grid["n"]))) == {
        "2022-01": ("planned", 1), "2022-02": ("occurred", 2), "2022-03": ("occurred", 2),
        "2022-04": ("conditional", 1),
    }


def test_coarse_dates_have_no_month_and_a_week_takes_its_middle_day(tmp_path: Path) -> None:
    rows = fixture_tables()
    events = rows["events"].to_pylist()
    events[0].update(date="2022-W05", precision="week", date_start=date(2022, 1, 31), date_end=date(2022, 2, 6))
    events[1].update(date="2022", precision="year", date_start=date(2022, 1, 1), date_end=date(2022, 12, 31))
    rows["events"] = pa.Table.from_pylist(events, schema=rows["events"].schema)
    con = data.connect((write_tables(tmp_path, rows),))
    assert ids(con, Filters(months=("2022-02",))) == {"e1"}
    assert ids(con, Filters(months=("2022-01",))) == {"e3"}


def test_facet_counts_count_the_filtered_events(con: duckdb.DuckDBPyConnection) -> None:
    whole = dict(queries.options(con, "topic").itertuples(index=False))
    narrowed = dict(queries.options(con, "topic", Filters(actors=("Ukraine",))).itertuples(index=False))
    assert whole == {"diplomacy": 3, "economy": 2, "security": 2}
    assert narrowed == {"security": 1, "economy": 1}
    actors = dict(queries.options(con, "actor", Filters(months=("2022-03",))).itertuples(index=False))
    assert actors == {"European Union": 1, "Russia": 1, "Volodymyr Zelensky": 1, "NATO": 1}


def test_event_carries_trigger_and_where_its_date_words_stand(tmp_path: Path) -> None:
    rows = fixture_tables()
    events = rows["events"]
    triggers = {"trigger": "met", "trigger_start": 18, "trigger_end": 21, "language": "en"}
    for name, value in triggers.items():
        column = pa.array([value] * len(events))
        if name in events.column_names:  # the contract's trigger columns, empty in the fixture
            events = events.set_column(events.schema.get_field_index(name), name, column.cast(events.schema.field(name).type))
        else:
            events = events.append_column(name, column)
    rows["events"] = events
    mention = {"article_id": "a-e2", "mention_id": "m1", "text": "This month", "start": 400, "end": 410,
               "type": "DATE", "value": "2022-02", "date_start": None, "date_end": None, "precision": "month"}
    rows["mentions"] = pa.Table.from_pylist([mention], schema=store.SCHEMAS["mentions"])
    con = data.connect((write_tables(tmp_path, rows),))
    record = queries.event(con, "e2")
    assert (record["trigger"], record["trigger_start"], record["language"]) == ("met", 18, "en")
    assert record["date_offset"] == 400 and record["path"] == "a-e2.txt"
    assert queries.event(con, "e1")["date_offset"] is None  # no mention of its words


def test_builds_without_trigger_columns_read_them_as_empty(con: duckdb.DuckDBPyConnection) -> None:
    record = queries.event(con, "e1")
    assert record["trigger"] is None and pd.isna(record["trigger_start"])


def test_counts_leave_out_dates_wider_than_two_years(tmp_path: Path) -> None:
    rows = fixture_tables()
    events = rows["events"].to_pylist()
    events[1].update(date="19", precision="century", date_start=date(1900, 1, 1), date_end=date(1999, 12, 31))
    rows["events"] = pa.Table.from_pylist(events, schema=rows["events"].schema)
    con = data.connect((write_tables(tmp_path, rows),))
    counts = queries.counts_over_time(con, Filters(), "month", "event_type")
    assert counts["n"].sum() == pytest.approx(5) and counts["period"].min().year == 2022
