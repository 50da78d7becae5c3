"""The dashboard (`streamlit run dashboard/app.py -- --data DIR`): widgets wired to the query, chart, export modules."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `streamlit run` puts only dashboard/ on the path

from dashboard import articles, charts, data, evidence, exports, queries, state, upload  # noqa: E402

PAGE_SIZE = 100
# Bound widgets put their option labels in the URL, so the options are the words shown: label -> dimension.
LANES = {"source actor": "actor", "topic": "topic"}
COLOURS = {"event type": "event_type", "topic": "topic"}
ROLES = {"either side": "any", "as source": "source", "as target": "target"}
MONTHS_HELP = ("Events dated within the month (to a day, week or the month itself). An event dated only to a "
               "quarter, a year or more is in no month: find it with From and To.")
KIND_HELP = "Read from the article's title by the rules of dashboard/document_kinds.csv; 'other' where none fits."

st.set_page_config(page_title="Diplomatic Event Timeline", layout="wide")


@st.cache_resource(max_entries=4, show_spinner="Loading the build…")
def connection(folders: tuple[str, ...], stamp: tuple[float, ...]) -> duckdb.DuckDBPyConnection:
    """One DuckDB per set of build folders; `stamp` (the tables' mtimes) makes a rebuild a new entry."""
    return data.connect(tuple(Path(folder) for folder in folders))


@st.cache_data(max_entries=32, show_spinner=False)
def option_counts(folders: tuple[str, ...], stamp: tuple[float, ...], field: str) -> dict[str, int]:
    """A filter's choices and their numbers of events, for one build."""
    counts = queries.options(connection(folders, stamp), field)
    return dict(zip(counts["value"], counts["n"].astype(int)))


@st.cache_data(max_entries=256, show_spinner=False)
def facet_counts(folders: tuple[str, ...], stamp: tuple[float, ...], field: str, key: str,
                 _filters: queries.Filters) -> dict[str, int]:
    """A filter's values counted among the filtered events (`key` is the filters' repr: the cache key)."""
    counts = queries.options(connection(folders, stamp), field, _filters)
    return dict(zip(counts["value"], counts["n"].astype(int)))


@st.cache_data(max_entries=8, show_spinner=False)
def date_bounds(folders: tuple[str, ...], stamp: tuple[float, ...]) -> tuple[date, date] | None:
    """The first and last day the build's events cover, for the date pickers' limits."""
    return queries.date_bounds(connection(folders, stamp))


@st.cache_data(max_entries=64, show_spinner=False)
def date_window(folders: tuple[str, ...], stamp: tuple[float, ...], key: str, _filters: queries.Filters
                ) -> tuple[date, date] | None:
    """The charts' first view for these filters (`key` is their repr): a click reruns the charts, not this query."""
    return queries.date_window(connection(folders, stamp), _filters)


@st.cache_data(max_entries=64, show_spinner=False)
def table_page(folders: tuple[str, ...], stamp: tuple[float, ...], key: str, _filters: queries.Filters, number: int
               ) -> pd.DataFrame:
    """One page of the table for these filters (`key` is their repr), kept for the clicks that rerun the charts."""
    return queries.page(connection(folders, stamp), _filters, PAGE_SIZE, number)


def multiselect(label: str, key: str, counts: dict[str, int], help: str | None = None) -> tuple[str, ...]:
    """A URL-bound multiselect whose options are the build's values, most frequent first."""
    # The URL holds the option's label, so labels stay bare names: `?actor=Russia`, not `?actor=Russia (4)`.
    return tuple(st.multiselect(label, list(counts), key=key, bind="query-params", help=help))


def facet_captions(folders: tuple[str, ...], stamp: tuple[float, ...], filters: queries.Filters,
                   slots: dict[str, tuple[DeltaGenerator, tuple[str, ...]]]) -> None:
    """Under each filter, its chosen (else busiest) values counted among the filtered events, as Datasette's facets."""
    for field, (slot, chosen) in slots.items():
        counts = facet_counts(folders, stamp, field, repr(filters), filters)
        shown = chosen or sorted(counts, key=counts.__getitem__, reverse=True)[:4]
        slot.caption(" · ".join(f"{value} {counts.get(value, 0):,}" for value in shown) or "none among these events")


def sidebar_filters(folders: tuple[str, ...], stamp: tuple[float, ...], box: DeltaGenerator) -> queries.Filters:
    """The sidebar's filters, each bound to a URL parameter, with counts of the filtered events beneath them."""
    slots: dict[str, tuple[DeltaGenerator, tuple[str, ...]]] = {}

    def facet(label: str, key: str, field: str, help: str | None = None) -> tuple[str, ...]:
        chosen = multiselect(label, key, option_counts(folders, stamp, field), help)
        slots[field] = (st.empty(), chosen)  # filled once every filter is known
        return chosen

    with box:
        st.header("Filters")
        actors = facet("Actors", "actor", "actor")
        role = st.radio("Actor's part", list(ROLES), key="role", bind="query-params", horizontal=True)
        partners = multiselect("With", "with", option_counts(folders, stamp, "actor"),
                               help="Events between the Actors and these (Russia with Ukraine: Russia ↔ Ukraine); "
                                    "with 'as source', the Actors act on these.")
        topics = facet("Topics", "topic", "topic")
        kinds = facet("Event types", "type", "event_type")
        months = facet("Months", "month", "month", help=MONTHS_HELP)
        statuses = facet("Status", "status", "status")
        outlets = facet("Outlets", "outlet", "outlet")
        documents = facet("Kind of document", "kind", "kind", help=KIND_HELP)
        languages = facet("Languages", "language", "language", help="The article's language (ISO 639-1 code).")
        first, last = date_bounds(folders, stamp) or (None, None)
        date_from = st.date_input("From", value=None, min_value=first, max_value=last, key="from",
                                  bind="query-params")
        date_to = st.date_input("To", value=None, min_value=first, max_value=last, key="to", bind="query-params")
        search = st.text_input("Search", key="q", bind="query-params", placeholder="words in sentence or title")
        precise = st.toggle("Hide imprecise dates", key="precise", bind="query-params")
        with_actors = st.toggle("Only events with actors", key="with_actors", bind="query-params")
    filters = queries.Filters(
        actors=actors, role=ROLES[role], partners=partners, topics=topics, event_types=kinds, months=months,
        date_from=date_from, date_to=date_to, statuses=statuses, outlets=outlets, kinds=documents,
        languages=languages, search=search or "",
        precise_only=precise, with_actors=with_actors,
    )
    facet_captions(folders, stamp, filters, slots)
    return filters


def upload_panel() -> None:
    """Article files dropped here are built by the pipeline and shown with the current build."""
    with st.sidebar.expander("Add articles"):
        files = st.file_uploader(
            "Article files", type=upload.UPLOAD_TYPES, accept_multiple_files=True, key="uploads",
            max_upload_size=upload.MAX_FILE_MB,
        )
        if files and st.button("Build and add", key="build_uploads"):
            bar = st.progress(0.0, text="Building…")
            try:
                out, summary = upload.build_uploads(
                    [(file.name, file.getvalue()) for file in files],
                    progress=lambda done, total: bar.progress(done / max(total, 1), text=f"{done} of {total} files"),
                )
            except ValueError as error:
                st.error(str(error))
                return
            st.session_state.setdefault("added", []).append(str(out))
            st.success(summary.line())


@st.cache_resource(max_entries=64, show_spinner=False)
def figure(folders: tuple[str, ...], stamp: tuple[float, ...], key: str, _draw: Callable[[], go.Figure | None]
           ) -> go.Figure | None:
    """A chart drawn once per build and `key` (what it shows, filters included) and shared, not copied: Plotly
    spends most of a rerun building figures, and a click or a selection redraws the same ones."""
    return _draw()


@st.cache_data(max_entries=8, show_spinner=False)
def universe(folders: tuple[str, ...], stamp: tuple[float, ...], field: str) -> list[str]:
    """Every value of a colour dimension in the build: its colours stay put whatever the filters."""
    return sorted(option_counts(folders, stamp, field)) + [queries.NONE]


def timeline_section(con: duckdb.DuckDBPyConnection, filters: queries.Filters, total: int,
                     window: tuple[date, date] | None, colours: Callable[[str], list[str]],
                     drawn: Callable[[str, Callable[[], go.Figure | None]], go.Figure | None]) -> list[str]:
    """The timeline and the counts chart; returns the event ids selected on the timeline."""
    left, middle, right = st.columns(3)
    lane_label = left.segmented_control("Lanes", list(LANES), default="source actor", key="lane",
                                        bind="query-params", required=True)
    colour_label = middle.segmented_control("Colour", list(COLOURS), default="event type", key="colour",
                                            bind="query-params", required=True)
    lane, colour = LANES[lane_label], COLOURS[colour_label]
    freq = right.segmented_control("Per", list(queries.FREQUENCIES), default="month", key="per",
                                   bind="query-params", required=True)
    chart, counts = st.columns([3, 2])
    selected: list[str] = []
    if total <= charts.POINT_LIMIT:
        marks = drawn(f"timeline {lane} {colour}", lambda: charts.framed(charts.timeline(
            queries.points(con, filters, lane, colour, charts.POINT_LIMIT), lane_label, colour_label, colours(colour)),
            window))
        picked = chart.plotly_chart(
            marks, key="timeline",
            on_select=remember("timeline"), alt="Timeline of the filtered events",
        )
        selected = [point["customdata"][0] for point in picked.selection.points if point.get("customdata")]
    else:
        chart.caption(f"{total:,} events: bubbles count them per {freq}. Click a bubble to see its events.")
        bubbles = drawn(f"bubbles {lane} {colour} {freq}", lambda: charts.framed(charts.aggregated_timeline(
            queries.lane_counts(con, filters, lane, colour, freq), lane_label, colour_label, colours(colour)), window))
        chart.plotly_chart(
            bubbles,
            key="timeline_counts", alt="Events per lane and period", selection_mode="points",
            on_select=lambda: drill_down(lane, freq),
        )
    over_time = drawn(f"counts {colour} {freq}", lambda: charts.framed(charts.counts_chart(
        queries.counts_over_time(con, filters, freq, colour), colour_label, colours(colour), freq), window))
    counts.plotly_chart(over_time, key="counts", alt="Events over time")
    counts.caption(f"One colour per {colour_label} in both charts; hover a bar for its name. Grey: events dated "
                   f"only to a longer span than a {freq} (a quarter, a year…), spread evenly "
                   "over the periods they cover; events dated only to a decade or a century are not counted here.")
    return selected


def drill_down(lane: str, freq: str) -> None:
    """A clicked bubble narrows the filters (and so the URL) to its lane and period."""
    points = st.session_state["timeline_counts"].selection.points
    if points:
        st.session_state.update(state.drill(points[0], lane, freq), drilled=True)  # the sidebar must follow


def remember(source: str) -> Callable[[], None]:
    """A selection callback noting which widget was selected last: its selection is the one the evidence shows."""
    return lambda: st.session_state.update(evidence_from=source)


def evidence_panel(con: duckdb.DuckDBPyConnection, selections: dict[str, list[str]]) -> None:
    """The last selected event: its article, its sentence between its neighbours with its words marked, its date."""
    st.subheader("Evidence")
    event_ids = evidence.last_selection(selections, st.session_state.get("evidence_from"))
    if not event_ids:
        st.caption("Click or box-select a mark on the timeline, or select a row of the table, to see its evidence.")
        return
    event_id = event_ids[0]
    if len(event_ids) > 1:
        event_id = st.selectbox("Selected events", event_ids[:200], key="evidence_pick")
    record = queries.event(con, event_id)
    if record is None:
        st.warning("That event is not in this build any more.")
        return
    record = articles.with_context(record)
    st.html(evidence.article_html(record))
    st.html(f'<blockquote class="evidence">{evidence.evidence_html(record)}</blockquote>')
    elsewhere = evidence.date_sentence_html(record)
    if elsewhere:
        st.caption("The date words come from this sentence of the article:")
        st.html(f'<blockquote class="date-sentence">{elsewhere}</blockquote>')
    st.text(f"Date: {evidence.derivation(record)}")
    st.text(f"Actors: {evidence.roles_line(record)} · {record['event_type']} · {record['status']}")
    link = evidence.web_link(record["url"])
    if link:
        st.link_button("Open the article", link)


def table_section(con: duckdb.DuckDBPyConnection, folders: tuple[str, ...], stamp: tuple[float, ...],
                  filters: queries.Filters, total: int) -> list[str]:
    """A page of the filtered events and the downloads of all of them; returns the selected row's event id."""
    pages = max(1, -(-total // PAGE_SIZE))
    number = st.number_input(f"Page (of {pages:,})", min_value=1, max_value=pages, value=1, key="page", width=180)
    rows = table_page(folders, stamp, repr(filters), filters, int(number))
    state = st.dataframe(
        rows, key="table", on_select=remember("table"), selection_mode="single-row", hide_index=True,
        column_config={
            "url": st.column_config.LinkColumn("source link"), "actors": st.column_config.ListColumn("actors"),
            "date_start": st.column_config.DateColumn("from"), "date_end": st.column_config.DateColumn("to"),
            "n_sources": st.column_config.NumberColumn("sources"),
        },
    )
    download_buttons(con, filters)
    return [rows["event_id"].iloc[row] for row in state.selection.rows if row < len(rows)]


def download_buttons(con: duckdb.DuckDBPyConnection, filters: queries.Filters) -> None:
    """CSV, JSON, Parquet and TimelineJS of exactly the filtered events, named after the filter, built when clicked."""
    group = "topic" if st.session_state.get("lane") == "topic" else "actor"  # TimelineJS rows follow the lanes
    for column, (name, (extension, mime)) in zip(st.columns(len(exports.FORMATS)), exports.FORMATS.items()):
        write = exports.WRITERS[name]
        build = (lambda: exports.to_timelinejs(queries.filtered(con, filters), group)) if name == "TimelineJS" \
            else (lambda write=write: write(queries.filtered(con, filters)))
        column.download_button(
            f"Download {name}", data=build, file_name=exports.file_name(filters, extension), mime=mime,
            on_click="ignore", key=f"download_{name.lower()}",
            help="A slide per event for TimelineJS (timeline.knightlab.com)" if name == "TimelineJS" else None,
        )


def actors_view(con: duckdb.DuckDBPyConnection, filters: queries.Filters, window: tuple[date, date] | None,
                drawn: Callable[[str, Callable[[], go.Figure | None]], go.Figure | None]) -> None:
    """Who acts on whom among the filtered events, and the busiest actors over time."""
    view = st.expander("Who interacts with whom", on_change="rerun", key="actors_view")
    if view.open:
        with view:
            people = st.toggle("People apart from their state or organisation", key="people")
            matrix, lines = st.columns(2)
            pairs = drawn(f"matrix {people}",
                          lambda: charts.actor_matrix(queries.actor_pairs(con, filters, people=people)))
            if pairs is None:
                matrix.info("No event among these has both a source and another actor: nothing to pair.")
            else:
                matrix.plotly_chart(pairs, key="matrix", alt="Source actors by actors acted on")
            freq = st.session_state.get("per") or "month"
            top = drawn(f"top actors {freq}", lambda: charts.framed(
                charts.top_actors_chart(queries.top_actors(con, filters, freq)), window))
            lines.plotly_chart(top, key="top_actors", alt="Busiest actors over time")


@st.fragment
def main_view(con: duckdb.DuckDBPyConnection, folders: tuple[str, ...], stamp: tuple[float, ...],
              filters: queries.Filters, total: int) -> None:
    """Charts, table and evidence: a click, a page or a chart setting reruns these, never the sidebar's filters."""
    if st.session_state.pop("drilled", False):
        st.rerun()  # a drilled bubble changed the filters: the whole page follows
    window = date_window(folders, stamp, repr(filters), filters)
    drawn = drawer(folders, stamp, filters)
    chosen = timeline_section(con, filters, total, window, lambda field: universe(folders, stamp, field), drawn)
    table_chosen = table_section(con, folders, stamp, filters, total)
    evidence_panel(con, {"timeline": chosen, "table": table_chosen})
    actors_view(con, filters, window, drawn)


def drawer(folders: tuple[str, ...], stamp: tuple[float, ...], filters: queries.Filters
           ) -> Callable[[str, Callable[[], go.Figure | None]], go.Figure | None]:
    """Draws a chart (named by its kind and settings) for these filters, from the shared cache when drawn before."""
    return lambda what, draw: figure(folders, stamp, f"{what} {filters!r}", draw)


st.title("Diplomatic Event Timeline")
filter_box = st.sidebar.container()  # filters sit above the upload panel but need the folders it may add to
upload_panel()
folder = data.data_folder(sys.argv[1:], dict(os.environ))
folders = (str(folder.resolve()), *st.session_state.get("added", []))
try:
    stamp = data.build_stamp(tuple(Path(f) for f in folders))
    con = connection(folders, stamp)
except data.BuildError as error:
    st.info(str(error))
    st.stop()

filters = sidebar_filters(folders, stamp, filter_box)
total = queries.count(con, filters)
st.caption(f"{total:,} events match, of {queries.count(con, queries.Filters()):,} in `{folder}`"
           + (f" and {len(folders) - 1} uploaded build(s)" if len(folders) > 1 else ""))
if total == 0:
    st.warning("No events match these filters. Remove a filter or clear the search to see more.")
main_view(con, folders, stamp, filters, total)
