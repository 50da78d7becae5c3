"""The Streamlit app in AppTest: widgets, filters, URL parameters, empty states and downloads."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import charts
from tests.dashboard_fixtures import write_build, write_kinds_build
from tests.test_dashboard_upload import ARTICLE

APP = "../dashboard/app.py"


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture build folder."""
    return write_build(tmp_path_factory.mktemp("build"))


def app(folder: Path, monkeypatch: pytest.MonkeyPatch, **params: str | list[str]) -> AppTest:
    """The app over `folder`, with URL parameters, after its first run."""
    monkeypatch.setenv("DASHBOARD_DATA", str(folder))
    at = AppTest.from_file(APP, default_timeout=30)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def table(at: AppTest) -> pd.DataFrame:
    """The events table as shown."""
    return at.dataframe[0].value


def decoded(value: object) -> object:
    """Plotly's base64 typed arrays ({dtype, bdata, shape}) back as NumPy arrays, recursively."""
    if isinstance(value, dict) and "bdata" in value:
        array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"])
        shape = value.get("shape")
        return array.reshape([int(n) for n in shape.split(",")]) if shape else array
    if isinstance(value, dict):
        return {key: decoded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [decoded(item) for item in value]
    return value


def figure(at: AppTest, index: int) -> go.Figure:
    """A Plotly chart of the page as a Figure, its numeric arrays decoded."""
    return go.Figure(decoded(json.loads(at.get("plotly_chart")[index].proto.spec)), skip_invalid=True)


def timeline_ids(at: AppTest) -> set[str]:
    """The event ids carried by the timeline's marks."""
    return {row[0] for trace in figure(at, 0).data if trace.mode == "markers" for row in trace.customdata}


def test_page_shows_contract_widgets_table_and_downloads(build: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(build, monkeypatch)
    assert {"Actors", "Topics", "Months", "With", "Outlets"} <= {w.label for w in at.sidebar.multiselect}
    assert at.sidebar.text_input(key="q").label == "Search"
    assert len(table(at)) == 6
    assert timeline_ids(at) == {"e1", "e2", "e3", "e4", "e5", "e6"}
    labels = [button.proto.label for button in at.get("download_button")]
    assert labels == ["Download CSV", "Download JSON", "Download Parquet", "Download TimelineJS"]


def test_deep_link_opens_filtered(build: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(build, monkeypatch, actor=["Russia"], month=["2022-02"])
    assert at.multiselect(key="actor").value == ["Russia"]
    assert at.multiselect(key="month").value == ["2022-02"]
    assert set(table(at)["event_id"]) == {"e1", "e2"}
    assert timeline_ids(at) == {"e1", "e2"}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"actor": ["NATO", "Ukraine"]}, {"e1", "e3", "e5", "e6"}),
        ({"actor": ["Russia"], "role": "as source"}, {"e1"}),
        ({"actor": ["Ukraine"], "role": "as target"}, {"e1", "e5"}),
        ({"actor": ["Russia"], "with": ["Ukraine"]}, {"e1"}),
        ({"outlet": ["Example Wire"], "with_actors": "true"}, {"e1", "e2", "e3", "e4", "e5", "e6"}),
        ({"topic": ["economy"]}, {"e4", "e5"}),
        ({"q": "GENEVA"}, {"e2"}),
        ({"type": ["CONSULT"], "status": ["planned"]}, {"e3"}),
        ({"precise": "true"}, {"e1", "e4", "e6"}),
        ({"from": "2022-03-01", "to": "2022-03-31"}, {"e4", "e6"}),
    ],
)
def test_url_parameters_filter(build: Path, monkeypatch: pytest.MonkeyPatch, params: dict, expected: set) -> None:
    assert set(table(app(build, monkeypatch, **params))["event_id"]) == expected


def test_changing_a_filter_narrows_chart_and_table(build: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(build, monkeypatch)
    at.multiselect(key="topic").select("security").run()
    assert set(table(at)["event_id"]) == {"e1", "e3"}
    assert timeline_ids(at) == {"e1", "e3"}
    at.text_input(key="q").set_value("next month").run()
    assert set(table(at)["event_id"]) == {"e3"}


def test_filters_that_match_nothing_say_so(build: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(build, monkeypatch, q="no such words")
    assert "No events match" in at.warning[0].value
    assert table(at).empty


def test_no_build_says_how_to_make_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(tmp_path / "missing", monkeypatch)
    assert "python -m pipeline build" in at.info[0].value
    assert not at.dataframe


def test_foreign_table_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_build(tmp_path)
    pd.DataFrame({"x": [1]}).to_parquet(tmp_path / "articles.parquet")
    at = app(tmp_path, monkeypatch)
    assert "not a `articles` table" in at.info[0].value


def test_many_events_are_drawn_as_counts(build: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(charts, "POINT_LIMIT", 3)
    at = app(build, monkeypatch)
    assert sum(int(row[0]) for trace in figure(at, 0).data for row in trace.customdata) == 6
    assert any("bubbles count them" in caption.value for caption in at.caption)


def test_lanes_and_colours_switch(build: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(build, monkeypatch, lane="topic", colour="topic")
    timeline = figure(at, 0)
    assert {trace.name for trace in timeline.data if trace.mode == "markers"} == {"diplomacy", "economy", "security"}
    assert timeline.layout.yaxis.title.text == "topic"


def test_actors_view_draws_matrix_and_top_actors(build: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(build, monkeypatch)
    charts_before = len(at.get("plotly_chart"))
    at.session_state["actors_view"] = True
    at.run()
    assert len(at.get("plotly_chart")) == charts_before + 2
    matrix = figure(at, -2).data[0]
    assert matrix.type == "heatmap" and int(matrix.z.sum()) == 6


@pytest.mark.slow
def test_uploaded_articles_join_the_view(build: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(build, monkeypatch)
    at.file_uploader(key="uploads").upload("talks.jsonl", ARTICLE, "application/json")
    at.run()
    at.button(key="build_uploads").click().run(timeout=180)
    assert not at.exception, at.exception
    assert "1 articles" in at.success[0].value
    assert "1 uploaded build" in at.caption[0].value
    assert len(table(at)) > 6
    at.multiselect(key="actor").select("Russia").run()
    try:
        assert {"e1", "e2", "e3", "e4"} < set(table(at)["event_id"])
    finally:
        for folder in at.session_state["added"]:
            shutil.rmtree(folder)


def test_facet_captions_count_the_filtered_events(build: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(build, monkeypatch, actor=["Ukraine"])
    captions = [caption.value for caption in at.sidebar.caption]
    assert "Ukraine 2" in captions
    assert "economy 1 · security 1" in captions  # topics of Ukraine's two events, not of the whole build


def test_months_filter_says_what_it_matches(build: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "quarter" in at_help(app(build, monkeypatch), "month")


def at_help(at: AppTest, key: str) -> str:
    """The help text of a sidebar multiselect."""
    return at.sidebar.multiselect(key=key).help or ""


def test_an_empty_matrix_says_so(build: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(build, monkeypatch, q="no such words")
    at.session_state["actors_view"] = True
    at.run()
    assert any("nothing to pair" in info.value for info in at.info)


def test_top_actors_open_where_the_data_is(build: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(build, monkeypatch, month=["2022-03"])
    at.session_state["actors_view"] = True
    at.run()
    first, last = (pd.Timestamp(x) for x in figure(at, -1).layout.xaxis.range)
    assert first <= pd.Timestamp("2022-03-02") and last >= pd.Timestamp("2022-03-14")
    assert last - first < pd.Timedelta(days=90)  # a window around March, not milliseconds nor decades


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"kind": ["press briefing", "fact sheet"]}, {"e1", "e4"}),
        ({"language": ["de"]}, {"e2", "e4"}),
        ({"language": ["de", "fr"], "kind": ["joint statement"]}, {"e3"}),
    ],
)
def test_kind_and_language_live_in_the_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, params: dict,
                                           expected: set) -> None:
    at = app(write_kinds_build(tmp_path), monkeypatch, **params)
    assert set(table(at)["event_id"]) == expected
    for key, values in params.items():
        assert at.multiselect(key=key).value == values
    assert [button.proto.label for button in at.get("download_button")][0] == "Download CSV"


def test_kind_and_language_captions_count_the_filtered_events(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(write_kinds_build(tmp_path), monkeypatch, language=["de"])
    captions = [caption.value for caption in at.sidebar.caption]
    assert "de 2" in captions
    assert "call or meeting readout 1 · fact sheet 1" in captions  # the German articles' kinds only
    assert {"Kind of document", "Languages"} <= {widget.label for widget in at.sidebar.multiselect}
