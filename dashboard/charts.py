"""Charts: Plotly figures for the timeline, counts over time and who interacts with whom."""

from __future__ import annotations

import html
from datetime import date, timedelta

import numpy as np
import pandas as pd
from plotly.colors import qualitative
import plotly.graph_objects as go

from dashboard.queries import COARSE, NONE, OTHER

# Above this many events the timeline shows counts, not marks: past it Plotly's SVG marks, and the WebGL canvases
# that replace them, took most of a filter change in a browser without a GPU (2,172 marks: 1.8 s, bubbles 0.9 s).
POINT_LIMIT = 1000
WEBGL_FROM = 1000  # SVG scatter slows past this; WebGL takes over (points only: it breaks error bars on dates)
NEAR_BLACK = {"#222A2A"}  # too close to the text colour to tell a category by
PALETTE = qualitative.Plotly + [colour for colour in qualitative.Dark24 if colour not in NEAR_BLACK]
HOVER = "<b>%{customdata[1]}</b> (%{customdata[2]})<br>%{customdata[3]}<br><i>%{customdata[4]}</i><extra></extra>"
HOVER_CHARS = 120  # of a sentence in a hover label: every mark's words travel to the browser on each rerun
CIRCLE, SPAN_SYMBOL = 0, 2  # Plotly's symbol numbers: day events are circles, coarser ones a span with a diamond
LAST_LANES = (NONE, OTHER)  # the lanes that are not one value: always at the bottom
COARSE_COLOUR = "#b0b7c3"
MIN_WINDOW = timedelta(days=62)  # the narrowest date axis: one event or one month still shows its bar and month ticks
PERIOD_DAYS = {"month": 30.4, "week": 7.0}
PERIODS = {"month": "M1", "week": 7 * 86_400_000}  # Plotly's xperiod: a bar sits in the middle of its period
BAR_SHARE = 0.8  # of a period a bar covers
LEGEND = {"traceorder": "normal"}  # stacked bars reverse their legend by default: one order in every chart
# Margins are set wide enough for the labels and the legend: when a label or the legend pushes a margin out, Plotly
# draws the whole chart a second time, which doubled each chart's drawing in a browser without a GPU.
CHAR_PX, CAPITAL_PX = 7, 9  # generous widths of a character of a 12 px label, and of a capital letter
LEGEND_PX = 60  # a legend entry's symbol and padding, and the gap between the plot and the legend
TITLE_PX = 48  # a rotated axis title, its gap to the tick labels and the theme's 8 px pad
BOTTOM_PX = 62  # date ticks of two lines (a day above its year) and the pad


def colours(values: pd.Series | list[str], universe: list[str] | None = None) -> dict[str, str]:
    """A colour per value, numbered in the sorted `universe` (the build's values: stable across filters and pages)."""
    ordered = sorted(set(universe or []) | set(values))
    return {value: PALETTE[i % len(PALETTE)] for i, value in enumerate(ordered)}


def lane_order(sizes: pd.Series) -> list[str]:
    """Lanes from the busiest at the top to the quietest, then "(none)" and "(other)" (top first)."""
    named = sizes.drop([lane for lane in LAST_LANES if lane in sizes.index])
    order = sorted(named.index, key=lambda lane: (-named[lane], lane))
    return order + [lane for lane in LAST_LANES if lane in sizes.index]


def margins(axis_labels: list[str], legend: list[str], legend_title: str = "") -> dict[str, int]:
    """Margins that hold the y axis's labels (and its title) and the legend on the right, so Plotly draws once."""
    widest = max((text_px(label) for label in axis_labels), default=0)
    entries = max((text_px(label) for label in [*legend, legend_title]), default=0)
    return {"l": TITLE_PX + widest, "r": LEGEND_PX + entries if legend else 10, "t": 30, "b": BOTTOM_PX}


def count_label(largest: float) -> str:
    """The widest tick label a count axis up to `largest` may show: its top tick can pass the count by a digit."""
    return f"{largest * 10:,.0f}"


def text_px(text: object) -> int:
    """A label's width in pixels, over- rather than underestimated (capitals are wider)."""
    return sum(CAPITAL_PX if char.isupper() else CHAR_PX for char in str(text))


def integer_axis(largest: float) -> dict[str, object]:
    """A count axis from 0 with whole-number ticks (no 0.2 steps for a handful of events)."""
    step = 1 if largest <= 6 else None  # above that Plotly's own steps (2, 5, 10…) are whole already
    return {"rangemode": "tozero", "tickformat": ",d", "dtick": step, "tick0": 0, "title": "events"}


def hover_text(text: str, width: int = 90, limit: int = 180) -> str:
    """Article words escaped for Plotly's hover labels, wrapped, shortened (a click shows them whole): hover labels
    render tags, and every mark's words travel to the browser."""
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    lines = [text[i : i + width] for i in range(0, len(text), width)] or [""]
    return "<br>".join(html.escape(line) for line in lines)


def custom_data(points: pd.DataFrame) -> pd.DataFrame:
    """Per mark: event id (text, so selections return it intact), date, date words, sentence's start, actors."""
    words = points["date_text"].fillna("").map(lambda text: f"'{text}'" if text else "publication date")
    return pd.DataFrame({
        "event_id": points["event_id"].astype(str),
        "date": points["date"].fillna("undated").map(html.escape),
        "words": words.map(html.escape),
        "sentence": points["sentence"].fillna("").map(lambda text: hover_text(text, limit=HOVER_CHARS)),
        "actors": points["actor_list"].fillna("").map(html.escape),
    })


def framed(figure: go.Figure, window: tuple[date, date] | None) -> go.Figure:
    """Open the date axis on `window` (padded by a week, widened to MIN_WINDOW), so stray far-off dates do not
    squash the rest (they stay reachable by zooming out) and one day does not become a millisecond axis."""
    if window:
        first, last = window[0] - timedelta(days=7), window[1] + timedelta(days=7)
        missing = MIN_WINDOW - (last - first)
        if missing > timedelta(0):
            first, last = first - missing / 2, last + missing / 2
        figure.update_xaxes(range=[first, last])
    return figure


def timeline(points: pd.DataFrame, lane_label: str, colour_label: str, universe: list[str] | None = None) -> go.Figure:
    """One mark per event: day events as dots, coarser ones as a line across their period."""
    figure = go.Figure()
    palette = colours(points["colour"], universe)
    points = points.assign(precise=points["precision"] == "day")
    marker = go.Scattergl if len(points) > WEBGL_FROM else go.Scatter
    hover = custom_data(points).to_numpy()  # once for all marks: per group, pandas' overhead dominated the chart
    for value, group in points.groupby("colour", sort=True):
        data = hover[points.index.get_indexer(group.index)]
        spans = group[~group["precise"]]
        if not spans.empty:
            figure.add_trace(span_lines(spans, palette[value], str(value)))
        middle = group["date_start"] + (group["date_end"] - group["date_start"]) / 2
        figure.add_trace(marker(
            x=middle.to_numpy(), y=group["lane"].to_numpy(), mode="markers", name=str(value), legendgroup=str(value),
            customdata=data, hovertemplate=HOVER,
            marker={"color": palette[value], "size": 9,
                    # Symbol numbers, not names: Plotly checks each name in a list, a numeric array at once.
                    "symbol": np.where(group["precise"].to_numpy(), CIRCLE, SPAN_SYMBOL),
                    "line": {"width": 2, "color": palette[value]}},
        ))
    return _layout(figure, lane_label, colour_label, lane_order(points["lane"].value_counts()))


def span_lines(spans: pd.DataFrame, colour: str, name: str) -> go.Scatter:
    """Line segments from each event's first to last day (None between segments breaks the line)."""
    xs: list[object] = []
    ys: list[object] = []
    for start, end, lane in zip(spans["date_start"], spans["date_end"] + timedelta(days=1), spans["lane"]):
        xs += [start, end, None]
        ys += [lane, lane, None]
    return go.Scatter(
        x=xs, y=ys, mode="lines", line={"color": colour, "width": 5}, opacity=0.45, legendgroup=name,
        showlegend=False, hoverinfo="skip", name=name,
    )


def aggregated_timeline(
    counts: pd.DataFrame, lane_label: str, colour_label: str, universe: list[str] | None = None
) -> go.Figure:
    """Too many events for marks: a bubble per lane and period, sized by its events, coloured by the commonest value,
    its hover giving every value's count; a click on it drills into that lane and period."""
    palette = colours(counts["colour"], universe)
    figure = go.Figure()
    biggest = max(int(counts["n"].max()), 1) if not counts.empty else 1
    for value, group in counts.groupby("colour", sort=True):
        # NumPy arrays, not Series: Plotly validates a Series several times slower. The lane and period travel in
        # customdata as text, so that a click hands them back intact.
        data = pd.DataFrame({"n": group["n"], "lane": group["lane"].astype(str),
                             "period": pd.to_datetime(group["period"]).dt.strftime("%Y-%m-%d"),
                             "breakdown": group["breakdown"].fillna("").map(html.escape)})
        figure.add_trace(go.Scatter(
            x=group["period"].to_numpy(), y=group["lane"].to_numpy(), mode="markers", name=str(value),
            marker={"color": palette[value], "size": (6 + 30 * (group["n"] / biggest) ** 0.5).to_numpy(),
                    "opacity": 0.6},
            customdata=data.to_numpy(),
            hovertemplate="%{y} · %{x|%Y-%m-%d}<br>%{customdata[0]:,} events: %{customdata[3]}"
            "<br><i>click to see them</i><extra></extra>",
        ))
    sizes = counts.groupby("lane")["n"].sum() if not counts.empty else pd.Series(dtype=int)
    return _layout(figure, lane_label, colour_label, lane_order(sizes))


def _layout(figure: go.Figure, lane_label: str, colour_label: str, lanes: list[str]) -> go.Figure:
    """Shared timeline layout: a date axis, one row per lane (busiest at the top), the legend naming the colours."""
    legend = [trace.name for trace in figure.data if trace.showlegend is not False]
    figure.update_layout(
        height=min(900, 160 + 26 * max(len(lanes), 1)), margin=margins(lanes, legend, colour_label),
        legend_title_text=colour_label, legend=LEGEND, dragmode="zoom", hovermode="closest",
        xaxis={"type": "date", "title": None},
        # A category axis draws its first category at the bottom: reversed, the busiest lane is on top.
        yaxis={"title": lane_label, "type": "category", "automargin": True, "categoryorder": "array",
               "categoryarray": lanes[::-1]},
    )
    return figure


def counts_chart(
    counts: pd.DataFrame, by_label: str, universe: list[str] | None = None, freq: str = "month"
) -> go.Figure:
    """Events per period as stacked bars, a trace per key, events dated more coarsely than a period in grey on top
    (spread over the periods they cover); bars a period wide, whatever the zoom (graph objects: px is slow).
    No legend: its colours are the timeline's beside it (hover names them); a second legend took half its column."""
    keys = counts["key"][counts["key"] != COARSE]
    palette = {**colours(keys, universe), COARSE: COARSE_COLOUR}
    width = PERIOD_DAYS[freq] * BAR_SHARE * 86_400_000  # ms: a date axis measures bar widths in milliseconds
    ordered = sorted(set(keys)) + ([COARSE] if (counts["key"] == COARSE).any() else [])
    figure = go.Figure([
        go.Bar(x=group["period"].to_numpy(), y=group["n"].to_numpy(), name=str(key), marker_color=palette[key],
               width=width, xperiod=PERIODS[freq], xperiodalignment="middle",
               hovertemplate="%{x|%Y-%m-%d}: %{y:,.1~f} events<extra>" + html.escape(key) + "</extra>")
        for key in ordered for group in [counts[counts["key"] == key]]
    ])
    totals = counts.groupby("period")["n"].sum()
    largest = totals.max() if len(totals) else 0
    figure.update_layout(barmode="stack", height=320, margin=margins([count_label(largest)], []),
                         legend_title_text=by_label, legend=LEGEND, showlegend=False,
                         yaxis=integer_axis(largest),
                         xaxis={"type": "date"})
    return figure


def actor_matrix(pairs: pd.DataFrame) -> go.Figure | None:
    """A heat map of events by source actor (rows) and the actor they act on (columns); None when there are none."""
    if pairs.empty:
        return None
    grid = pairs.pivot_table(index="source", columns="target", values="n", aggfunc="sum", fill_value=0)
    figure = go.Figure(go.Heatmap(
        z=grid.to_numpy(), x=list(grid.columns), y=list(grid.index), colorscale="Blues",
        hovertemplate="%{y} → %{x}: %{z} events<extra></extra>",
    ))
    figure.update_layout(
        height=min(700, 200 + 24 * len(grid)), margin={"l": 10, "r": 10, "t": 30, "b": 10},
        xaxis={"title": "acted on", "automargin": True, "type": "category"},
        yaxis={"title": "source", "automargin": True, "type": "category"},
    )
    return figure


def top_actors_chart(counts: pd.DataFrame) -> go.Figure:
    """Events per period for the busiest actors, a line each, busiest first in the legend."""
    palette = colours(counts["actor"])
    order = counts.groupby("actor")["n"].sum().sort_values(ascending=False, kind="stable").index
    figure = go.Figure([
        go.Scatter(x=group["period"].to_numpy(), y=group["n"].to_numpy(), name=str(actor), mode="lines+markers",
                   line_color=palette[actor])
        for actor in order for group in [counts[counts["actor"] == actor]]
    ])
    largest = counts["n"].max() if not counts.empty else 0
    figure.update_layout(height=320, margin=margins([count_label(largest)], [str(actor) for actor in order]),
                         yaxis=integer_axis(largest),
                         legend=LEGEND, xaxis={"type": "date"})
    return figure
