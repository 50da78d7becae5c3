"""Charts: Plotly figures for the timeline, counts over time and who interacts with whom."""

from __future__ import annotations

import html
from datetime import date, timedelta

import pandas as pd
from plotly.colors import qualitative
import plotly.graph_objects as go

POINT_LIMIT = 5000  # above this many events the timeline shows counts, not marks
WEBGL_FROM = 1000  # SVG scatter slows past this; WebGL takes over (points only: it breaks error bars on dates)
PALETTE = qualitative.Plotly + qualitative.Dark24
HOVER = (
    "<b>%{customdata[1]}</b> (%{customdata[2]})<br>%{customdata[3]}<br>"
    "<i>%{customdata[4]}</i><br>%{customdata[5]}<extra></extra>"
)
SPAN_SYMBOL = "diamond"  # imprecise events: a span across their period with a diamond at its middle


def colours(values: pd.Series) -> dict[str, str]:
    """A stable colour per value (sorted, so that filtering keeps a value's colour within a chart)."""
    return {value: PALETTE[i % len(PALETTE)] for i, value in enumerate(sorted(set(values)))}


def hover_text(text: str, width: int = 90, limit: int = 300) -> str:
    """Article words escaped for Plotly's hover labels, wrapped, shortened: hover labels render tags."""
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    lines = [text[i : i + width] for i in range(0, len(text), width)] or [""]
    return "<br>".join(html.escape(line) for line in lines)


def custom_data(points: pd.DataFrame) -> pd.DataFrame:
    """Per mark: event id (text, so selections return it intact), date, date words, sentence, actors, source."""
    words = points["date_text"].fillna("").map(lambda text: f"'{text}'" if text else "publication date")
    return pd.DataFrame({
        "event_id": points["event_id"].astype(str),
        "date": points["date"].map(html.escape),
        "words": words.map(html.escape),
        "sentence": points["sentence"].fillna("").map(hover_text),
        "actors": points["actor_list"].fillna("").map(html.escape),
        "source": (points["source"].fillna("") + " · " + points["title"].fillna("")).map(hover_text),
    })


def framed(figure: go.Figure, window: tuple[date, date] | None) -> go.Figure:
    """Open the date axis on `window` (padded by a week), so stray far-off dates do not squash the rest."""
    if window:
        figure.update_xaxes(range=[window[0] - timedelta(days=7), window[1] + timedelta(days=7)])
    return figure


def timeline(points: pd.DataFrame, lane_label: str, colour_label: str) -> go.Figure:
    """One mark per event: day events as dots, coarser ones as a line across their period."""
    figure = go.Figure()
    palette = colours(points["colour"])
    points = points.assign(precise=points["precision"] == "day")
    marker = go.Scattergl if len(points) > WEBGL_FROM else go.Scatter
    for value, group in points.groupby("colour", sort=True):
        data = custom_data(group)
        spans = group[~group["precise"]]
        if not spans.empty:
            figure.add_trace(span_lines(spans, palette[value], str(value)))
        middle = group["date_start"] + (group["date_end"] - group["date_start"]) / 2
        figure.add_trace(marker(
            x=middle.to_numpy(), y=group["lane"].to_numpy(), mode="markers", name=str(value), legendgroup=str(value),
            customdata=data.to_numpy(), hovertemplate=HOVER,
            marker={"color": palette[value], "size": 9,
                    "symbol": [("circle" if precise else SPAN_SYMBOL) for precise in group["precise"]],
                    "line": {"width": 2, "color": palette[value]}},
        ))
    return _layout(figure, lane_label, colour_label, points["lane"].nunique())


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


def aggregated_timeline(counts: pd.DataFrame, lane_label: str, colour_label: str) -> go.Figure:
    """Too many events for marks: a bubble per lane and period, sized by its events, coloured by the commonest value."""
    palette = colours(counts["colour"])
    figure = go.Figure()
    biggest = max(int(counts["n"].max()), 1) if not counts.empty else 1
    for value, group in counts.groupby("colour", sort=True):
        # NumPy arrays, not Series: Plotly validates a Series several times slower.
        figure.add_trace(go.Scatter(
            x=group["period"].to_numpy(), y=group["lane"].to_numpy(), mode="markers", name=str(value),
            marker={"color": palette[value], "size": (6 + 30 * (group["n"] / biggest) ** 0.5).to_numpy(),
                    "opacity": 0.6},
            customdata=group[["n"]].to_numpy(),
            hovertemplate=f"%{{y}} · %{{x|%Y-%m-%d}}<br>%{{customdata[0]:,}} events, mostly {html.escape(str(value))}"
            "<extra></extra>",
        ))
    return _layout(figure, lane_label, colour_label, counts["lane"].nunique())


def _layout(figure: go.Figure, lane_label: str, colour_label: str, lanes: int) -> go.Figure:
    """Shared timeline layout: a date axis, one row per lane, the legend naming the colours."""
    figure.update_layout(
        height=min(900, 160 + 26 * max(lanes, 1)), margin={"l": 10, "r": 10, "t": 30, "b": 10},
        legend_title_text=colour_label, dragmode="zoom", hovermode="closest",
        xaxis={"type": "date", "title": None}, yaxis={"title": lane_label, "type": "category", "automargin": True},
    )
    return figure


def counts_chart(counts: pd.DataFrame, by_label: str) -> go.Figure:
    """Events per period as stacked bars, a trace per key (graph objects: px is slow on long frames)."""
    palette = colours(counts["key"])
    figure = go.Figure([
        go.Bar(x=group["period"].to_numpy(), y=group["n"].to_numpy(), name=str(key), marker_color=palette[key])
        for key, group in counts.groupby("key", sort=True)
    ])
    figure.update_layout(barmode="stack", height=320, margin={"l": 10, "r": 10, "t": 30, "b": 10},
                         legend_title_text=by_label, yaxis_title="events")
    return figure


def actor_matrix(pairs: pd.DataFrame) -> go.Figure:
    """A heat map of events by source actor (rows) and the actor they act on (columns)."""
    grid = pairs.pivot_table(index="source", columns="target", values="n", aggfunc="sum", fill_value=0)
    figure = go.Figure(go.Heatmap(
        z=grid.to_numpy(), x=list(grid.columns), y=list(grid.index), colorscale="Blues",
        hovertemplate="%{y} → %{x}: %{z} events<extra></extra>",
    ))
    figure.update_layout(
        height=min(700, 200 + 24 * len(grid)), margin={"l": 10, "r": 10, "t": 30, "b": 10},
        xaxis={"title": "acted on", "automargin": True}, yaxis={"title": "source", "automargin": True},
    )
    return figure


def top_actors_chart(counts: pd.DataFrame) -> go.Figure:
    """Events per period for the busiest actors, a line each."""
    palette = colours(counts["actor"])
    figure = go.Figure([
        go.Scatter(x=group["period"].to_numpy(), y=group["n"].to_numpy(), name=str(actor), mode="lines+markers",
                   line_color=palette[actor])
        for actor, group in counts.groupby("actor", sort=True)
    ])
    figure.update_layout(height=320, margin={"l": 10, "r": 10, "t": 30, "b": 10}, yaxis_title="events")
    return figure
