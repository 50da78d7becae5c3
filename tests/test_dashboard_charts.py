"""Chart functions: precision-aware timeline marks, safe hover text, aggregation and the actors views."""

from __future__ import annotations

from datetime import date

import duckdb
import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard import charts, data, queries
from dashboard.queries import Filters
from tests.dashboard_fixtures import write_build


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    """A connection over the fixture build."""
    return data.connect((write_build(tmp_path_factory.mktemp("build")),))


def marker_traces(figure) -> list:
    """The traces that carry one mark per event."""
    return [trace for trace in figure.data if trace.mode == "markers"]


def test_timeline_has_one_mark_per_event_coloured_by_value(con: duckdb.DuckDBPyConnection) -> None:
    marks = queries.points(con, Filters(), "actor", "event_type", 100)
    figure = charts.timeline(marks, "Source actor", "Event type")
    traces = marker_traces(figure)
    assert sum(len(trace.x) for trace in traces) == 6
    assert {trace.name for trace in traces} == {"ASSAULT", "CONSULT", "SANCTION", "AID", "STATEMENT"}
    ids = {row[0] for trace in traces for row in trace.customdata}
    assert ids == {"e1", "e2", "e3", "e4", "e5", "e6"}
    assert figure.layout.xaxis.type == "date"


def test_imprecise_events_are_spans_across_their_period(con: duckdb.DuckDBPyConnection) -> None:
    marks = queries.points(con, Filters(event_types=("CONSULT",)), "topic", "event_type", 100)
    figure = charts.timeline(marks, "Topic", "Event type")
    [line] = [trace for trace in figure.data if trace.mode == "lines"]
    starts = [pd.Timestamp(x).date().isoformat() for x in line.x[0::3]]
    ends = [pd.Timestamp(x).date().isoformat() for x in line.x[1::3]]
    assert sorted(zip(starts, ends)) == [("2022-01-01", "2022-02-01"), ("2022-02-01", "2022-03-01")]
    [dots] = marker_traces(figure)
    assert set(dots.marker.symbol) == {charts.SPAN_SYMBOL}


def test_day_events_are_dots_without_spans(con: duckdb.DuckDBPyConnection) -> None:
    figure = charts.timeline(queries.points(con, Filters(precise_only=True), "actor", "topic", 100), "a", "b")
    assert not [trace for trace in figure.data if trace.mode == "lines"]
    assert {symbol for trace in marker_traces(figure) for symbol in trace.marker.symbol} == {charts.CIRCLE}


def test_hover_text_is_escaped_and_carries_the_evidence(con: duckdb.DuckDBPyConnection) -> None:
    figure = charts.timeline(queries.points(con, Filters(event_types=("AID",)), "actor", "topic", 100), "a", "b")
    [row] = marker_traces(figure)[0].customdata
    assert "&lt;b&gt;aid&lt;/b&gt;" in row[3] and "<b>aid" not in row[3]
    assert row[2] == "&#x27;in the second quarter&#x27;"
    assert row[4] == "United States, Ukraine"


def test_hover_labels_stay_short_the_evidence_holds_the_rest() -> None:
    day = pd.Timestamp("2022-01-01")
    marks = pd.DataFrame({
        "event_id": ["x"], "date_start": day, "date_end": day, "precision": "day", "date": "2022-01-01",
        "date_text": "", "sentence": ["word " * 100], "title": ["A long title " * 10], "source": ["Wire"],
        "url": "", "actor_list": "Russia", "lane": "Russia", "colour": "CONSULT",
    })
    [row] = marker_traces(charts.timeline(marks, "a", "b"))[0].customdata
    assert len(row) == 5 and len(row[3].replace("<br>", "")) <= charts.HOVER_CHARS
    assert not any("title" in str(cell) or "Wire" in str(cell) for cell in row)


@pytest.mark.parametrize(("rows", "kind"), [(10, "scatter"), (charts.WEBGL_FROM + 1, "scattergl")])
def test_many_points_switch_to_webgl(rows: int, kind: str) -> None:
    day = pd.Timestamp("2022-01-01")
    marks = pd.DataFrame({
        "event_id": [f"x{i}" for i in range(rows)], "date_start": day, "date_end": day, "precision": "day",
        "date": "2022-01-01", "date_text": "", "sentence": "s", "title": "t", "source": "w", "url": "",
        "actor_list": "A", "lane": "A", "colour": "c",
    })
    [trace] = charts.timeline(marks, "a", "b").data
    assert trace.type == kind


def test_aggregated_timeline_sizes_bubbles_by_count(con: duckdb.DuckDBPyConnection) -> None:
    grid = queries.lane_counts(con, Filters(), "topic", "topic", "month")
    figure = charts.aggregated_timeline(grid, "Topic", "Topic")
    assert sum(int(row[0]) for trace in figure.data for row in trace.customdata) == 6
    assert len(figure.data) == 3


def test_counts_chart_stacks_by_key(con: duckdb.DuckDBPyConnection) -> None:
    figure = charts.counts_chart(queries.counts_over_time(con, Filters(), "month", "topic"), "Topic")
    assert figure.layout.barmode == "stack"
    assert sum(sum(trace.y) for trace in figure.data) == 6


def test_actor_matrix_and_top_actors(con: duckdb.DuckDBPyConnection) -> None:
    matrix = charts.actor_matrix(queries.actor_pairs(con, Filters()))
    assert matrix.data[0].z.sum() == 6
    assert "United States" in matrix.data[0].y
    lines = charts.top_actors_chart(queries.top_actors(con, Filters(), "month", limit=2))
    assert {trace.name for trace in lines.data} == {"Russia", "NATO"}


def test_colours_are_stable_per_value() -> None:
    assert charts.colours(pd.Series(["b", "a"])) == charts.colours(pd.Series(["a", "b", "a"]))


def test_empty_filters_draw_an_empty_timeline(con: duckdb.DuckDBPyConnection) -> None:
    figure = charts.timeline(queries.points(con, Filters(search="zzz"), "actor", "topic", 100), "a", "b")
    assert len(figure.data) == 0


def test_framed_opens_the_axis_on_the_window() -> None:
    figure = charts.framed(go.Figure(), (date(2022, 1, 8), date(2022, 3, 1)))
    assert tuple(figure.layout.xaxis.range) == (date(2022, 1, 1), date(2022, 3, 8))
    assert charts.framed(go.Figure(), None).layout.xaxis.range is None


def test_colours_stay_put_when_a_filter_drops_values(con: duckdb.DuckDBPyConnection) -> None:
    build = sorted(queries.options(con, "event_type")["value"])
    whole = charts.counts_chart(queries.counts_over_time(con, Filters(), "month", "event_type"), "t", build)
    narrowed = charts.counts_chart(
        queries.counts_over_time(con, Filters(event_types=("STATEMENT",)), "month", "event_type"), "t", build)
    colour = {trace.name: trace.marker.color for trace in whole.data}
    assert narrowed.data[0].name == "STATEMENT" and narrowed.data[0].marker.color == colour["STATEMENT"]
    marks = charts.timeline(queries.points(con, Filters(event_types=("STATEMENT",)), "actor", "event_type", 100),
                            "a", "t", build)
    assert marker_traces(marks)[0].marker.color == colour["STATEMENT"]


def test_both_charts_list_their_legends_in_one_order(con: duckdb.DuckDBPyConnection) -> None:
    counts = charts.counts_chart(queries.counts_over_time(con, Filters(), "month", "event_type"), "t")
    marks = charts.timeline(queries.points(con, Filters(), "actor", "event_type", 100), "a", "t")
    assert counts.layout.legend.traceorder == marks.layout.legend.traceorder == "normal"
    names = [trace.name for trace in counts.data if trace.name != queries.COARSE]
    legend = [trace.name for trace in marker_traces(marks)]
    assert names == sorted(names) and legend == sorted(legend)
    assert [name for name in legend if name in names] == names
    assert counts.data[-1].name == queries.COARSE and counts.data[-1].marker.color == charts.COARSE_COLOUR


def test_one_month_of_counts_draws_wide_bars_on_a_whole_number_axis(con: duckdb.DuckDBPyConnection) -> None:
    counts = queries.counts_over_time(con, Filters(months=("2022-03",)), "month", "event_type")
    figure = charts.framed(charts.counts_chart(counts, "t", freq="month"), (date(2022, 3, 2), date(2022, 3, 14)))
    assert all(trace.width > 20 * 86_400_000 for trace in figure.data)  # weeks wide, not a 1 ms line
    assert figure.layout.yaxis.dtick == 1 and figure.layout.yaxis.tickformat == ",d"
    first, last = figure.layout.xaxis.range
    assert pd.Timestamp(last) - pd.Timestamp(first) >= charts.MIN_WINDOW


def test_lanes_run_from_the_busiest_with_none_and_other_last() -> None:
    sizes = pd.Series({queries.OTHER: 50, "Haiti": 2, queries.NONE: 90, "United States": 40, "Russia": 7})
    assert charts.lane_order(sizes) == ["United States", "Russia", "Haiti", queries.NONE, queries.OTHER]


def test_bubbles_break_down_their_events_and_order_lanes(con: duckdb.DuckDBPyConnection) -> None:
    grid = queries.lane_counts(con, Filters(), "topic", "event_type", "month")
    figure = charts.aggregated_timeline(grid, "Topic", "Type")
    rows = [row for trace in figure.data for row in trace.customdata]
    march = next(row for row in rows if row[1] == "economy" and row[2] == "2022-03-01")
    assert march[3] == "SANCTION 1"
    diplomacy = next(row for row in rows if row[1] == "diplomacy" and row[2] == "2022-03-01")
    assert diplomacy[3] == "STATEMENT 1"
    assert list(figure.layout.yaxis.categoryarray)[-1] == "diplomacy"  # the busiest lane, drawn on top


def test_an_empty_matrix_is_said_not_drawn(con: duckdb.DuckDBPyConnection) -> None:
    assert charts.actor_matrix(queries.actor_pairs(con, Filters(search="zzz"))) is None


def test_an_undated_event_is_said_undated_not_a_failure() -> None:
    day = pd.Timestamp("2022-01-01")
    marks = pd.DataFrame({
        "event_id": ["a", "b"], "date_start": [day, pd.NaT], "date_end": [day, pd.NaT], "precision": "day",
        "date": ["2022-01-01", None], "date_text": "", "sentence": "s", "title": "t", "source": "w", "url": "",
        "actor_list": "A", "lane": "A", "colour": "c",
    })
    [trace] = marker_traces(charts.timeline(marks, "a", "b"))
    assert [row[1] for row in trace.customdata] == ["2022-01-01", "undated"]


def test_margins_hold_the_widest_lane_and_legend_entry(con: duckdb.DuckDBPyConnection) -> None:
    # Set wide enough up front, Plotly need not push a margin out and draw the chart a second time.
    marks = queries.points(con, Filters(), "actor", "event_type", 100)
    figure = charts.timeline(marks, "Source actor", "Event type")
    lanes = set(marks["lane"])
    assert figure.layout.margin.l >= charts.TITLE_PX + max(charts.text_px(lane) for lane in lanes)
    assert figure.layout.margin.r >= charts.LEGEND_PX + charts.text_px("STATEMENT")
    longer = charts.timeline(marks.assign(lane="Organization for Security and Co-operation in Europe"), "a", "b")
    assert longer.layout.margin.l > figure.layout.margin.l
    counts = charts.counts_chart(queries.counts_over_time(con, Filters(), "month", "event_type"), "Event type")
    assert counts.layout.showlegend is False and counts.layout.margin.r < charts.LEGEND_PX  # the timeline's legend
    assert counts.layout.margin.l >= charts.TITLE_PX + charts.text_px(charts.count_label(6))
    assert charts.count_label(980) == "9,800"  # a top tick of 1,000 above 980 events still fits
