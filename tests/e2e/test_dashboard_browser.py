"""The dashboard in a real headless Chromium: it loads, filters narrow chart and table, links and downloads work."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.dashboard_fixtures import write_build, write_large_build
from tests.e2e.conftest import start_dashboard, stop

pytestmark = pytest.mark.e2e
TIMEOUT = 30_000  # ms: a cold Streamlit start on a busy 2-core machine


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory, browser: object) -> Iterator[str]:
    """The dashboard over the fixture build, served by `streamlit run`."""
    address, process = start_dashboard(write_build(tmp_path_factory.mktemp("build")))
    yield address
    stop(process)


def settled(page) -> None:
    """Wait until the app is connected and no script run is in progress."""
    from playwright.sync_api import expect

    app = page.locator("[data-testid='stApp'][data-test-connection-state='CONNECTED']"
                       "[data-test-script-state='notRunning']")
    expect(app).to_be_visible(timeout=TIMEOUT)


def expect_matches(page, count: int) -> None:
    """The headline caption and the timeline both show `count` events."""
    from playwright.sync_api import expect

    expect(page.get_by_text(f"{count:,} events match")).to_be_visible(timeout=TIMEOUT)
    settled(page)
    expect(page.locator(".st-key-timeline .scatterlayer .point")).to_have_count(count, timeout=TIMEOUT)


def open_page(page, url: str) -> None:
    """Load the dashboard and wait for its first run to finish."""
    page.goto(url)
    settled(page)


def test_page_loads_with_timeline_table_and_downloads(page, url: str) -> None:
    from playwright.sync_api import expect

    open_page(page, url)
    expect_matches(page, 6)
    expect(page.get_by_test_id("stDataFrame")).to_be_visible()
    expect(page.get_by_test_id("stDownloadButton")).to_have_count(4)
    for label in ("Actors", "Topics", "Months", "Search"):
        expect(page.get_by_test_id("stSidebar").get_by_text(label, exact=True)).to_be_visible()


def test_a_filter_narrows_chart_and_table(page, url: str) -> None:
    open_page(page, url)
    page.locator(".st-key-topic input").click()
    page.keyboard.type("security")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    expect_matches(page, 2)
    assert "topic=security" in page.url


def test_deep_link_opens_filtered(page, url: str) -> None:
    from playwright.sync_api import expect

    open_page(page, f"{url}/?actor=Russia&month=2022-02")
    expect_matches(page, 2)
    expect(page.locator(".st-key-actor").get_by_text("Russia", exact=True)).to_be_visible()


def test_csv_download_holds_the_filtered_rows(page, url: str, tmp_path: Path) -> None:
    open_page(page, f"{url}/?topic=economy")
    expect_matches(page, 2)
    with page.expect_download(timeout=TIMEOUT) as download:
        page.get_by_role("button", name="Download CSV").click()
    saved = tmp_path / "events.csv"
    download.value.save_as(saved)
    with saved.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(row["event_id"] for row in rows) == ["e4", "e5"]
    assert next(row for row in rows if row["event_id"] == "e4")["sentence"].startswith("'=")


def test_clicking_a_mark_shows_its_evidence(page, url: str) -> None:
    from playwright.sync_api import expect

    open_page(page, f"{url}/?q=next+month")
    expect_matches(page, 1)
    page.locator(".st-key-timeline .scatterlayer .point").first.click(force=True)
    evidence = page.locator("blockquote.evidence")
    expect(evidence).to_contain_text("NATO will meet Russia next month.", timeout=TIMEOUT)
    expect(evidence.locator("mark.date")).to_have_text("next month")
    expect(evidence.locator("mark.actor")).to_have_count(2)
    expect(page.get_by_text("'next month' in an article of 2021-12-21 -> 2022-01 (month)")).to_be_visible()


def click_first_row(page) -> None:
    """Select the table's first row by its row-selection cell (the grid is a canvas: click by position)."""
    grid = page.get_by_test_id("stDataFrame")
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 12, box["y"] + 35 + 17)


def test_the_last_selection_wins_mark_then_row(page, url: str) -> None:
    from playwright.sync_api import expect

    open_page(page, f"{url}/?topic=economy")
    expect_matches(page, 2)
    page.locator(".st-key-timeline .scatterlayer .point").first.click(force=True)  # AID, first in the legend: e5
    evidence = page.locator("blockquote.evidence")
    expect(evidence).to_contain_text("the United States will send <b>aid</b>", timeout=TIMEOUT)
    settled(page)
    click_first_row(page)  # e4: newest first within the reporting period, e5's quarter lies after it
    expect(evidence).to_contain_text("The European Union imposed sanctions on Russia.", timeout=TIMEOUT)
    expect(page.get_by_text("Press release e4")).to_be_visible()


@pytest.fixture(scope="module")
def large_url(tmp_path_factory: pytest.TempPathFactory, browser: object) -> Iterator[str]:
    """The dashboard over more events than the timeline marks one by one."""
    address, process = start_dashboard(write_large_build(tmp_path_factory.mktemp("large"), 900))
    yield address
    stop(process)


def test_clicking_a_bubble_drills_into_its_lane_and_period(page, large_url: str) -> None:
    from playwright.sync_api import expect

    open_page(page, large_url)
    expect(page.get_by_text("5,400 events match")).to_be_visible(timeout=TIMEOUT)
    bubble = page.locator(".st-key-timeline_counts .scatterlayer .point").first  # AID: United States, April 2022
    bubble.click(force=True)
    expect(page.get_by_text("900 events match")).to_be_visible(timeout=TIMEOUT)
    settled(page)
    assert "from=2022-04-01" in page.url and "to=2022-04-30" in page.url
    assert "actor=United" in page.url and "role=as" in page.url
    expect(page.locator(".st-key-timeline .scatterlayer .point").first).to_be_visible(timeout=TIMEOUT)


def test_timelinejs_download_is_named_after_the_filter(page, url: str, tmp_path: Path) -> None:
    open_page(page, f"{url}/?topic=economy")
    expect_matches(page, 2)
    with page.expect_download(timeout=TIMEOUT) as download:
        page.get_by_role("button", name="Download TimelineJS").click()
    assert download.value.suggested_filename == "events_economy.timeline.json"
    saved = tmp_path / "timeline.json"
    download.value.save_as(saved)
    slides = json.loads(saved.read_text(encoding="utf-8"))["events"]
    assert sorted(slide["unique_id"] for slide in slides) == ["e4", "e5"]


def test_a_click_on_a_mark_reruns_no_filter(page, url: str) -> None:
    from playwright.sync_api import expect

    open_page(page, f"{url}/?topic=economy")
    expect_matches(page, 2)
    page.evaluate("""() => { window.sidebarChanges = 0;
        new MutationObserver(() => { window.sidebarChanges++; }).observe(
            document.querySelector("[data-testid='stSidebar']"),
            {subtree: true, childList: true, attributes: true}); }""")
    # the sidebar may still finish drawing after the run that showed the matches: count only what the click does
    page.wait_for_timeout(1000)
    page.evaluate("window.sidebarChanges = 0")
    page.locator(".st-key-timeline .scatterlayer .point").first.click(force=True)
    expect(page.locator("blockquote.evidence")).to_be_visible(timeout=TIMEOUT)
    settled(page)
    assert page.evaluate("window.sidebarChanges") == 0  # only the charts, table and evidence ran again


@pytest.fixture(scope="module")
def timelinejs(request: pytest.FixtureRequest) -> Path:
    """Knight Lab's TimelineJS from npm, unpacked into pytest's cache."""
    from tests.e2e.timelinejs import timelinejs_page

    return timelinejs_page(Path(request.config.cache.mkdir("timelinejs")))


def test_timelinejs_loads_the_exported_timeline(page, url: str, timelinejs: Path, tmp_path: Path) -> None:
    from tests.e2e.timelinejs import LOAD

    open_page(page, f"{url}/?actor=Russia")
    expect_matches(page, 4)
    with page.expect_download(timeout=TIMEOUT) as download:
        page.get_by_role("button", name="Download TimelineJS").click()
    saved = tmp_path / "timeline.json"
    download.value.save_as(saved)
    exported = json.loads(saved.read_text(encoding="utf-8"))
    page.goto(timelinejs.as_uri())
    loaded = page.evaluate(LOAD, exported)
    assert loaded["errors"] == [] and loaded["ready"], loaded["message"]
    assert {slide["id"] for slide in loaded["events"]} == {"e1", "e2", "e3", "e4"}
    assert loaded["slides"] == 5 and loaded["markers"] == 4  # the title and a slide per event; a marker each
    by_id = {slide["id"]: slide for slide in loaded["events"]}
    assert (by_id["e1"]["year"], by_id["e1"]["month"], by_id["e1"]["day"]) == (2022, 2, 24)
    assert by_id["e2"]["day"] in (None, 1) and by_id["e2"]["month"] == 2  # a month-level event keeps no day
    assert {slide["group"] for slide in loaded["events"]} == {"Russia", "United States", "NATO", "European Union"}
    undated = {key: value for key, value in exported["events"][0].items() if key != "start_date"}
    broken = {**exported, "events": [undated]}
    assert page.evaluate(LOAD, broken)["errors"]  # the library does refuse what it cannot read


def test_charts_need_no_margin_pushed_out(page, url: str, large_url: str) -> None:
    # Plotly draws a chart a second time when a label or the legend pushes a margin out: the margins the figure sets
    # must be the ones drawn, for marks and for bubbles.
    for address in (url, large_url):
        open_page(page, address)
        page.wait_for_function("document.querySelectorAll('.js-plotly-plot .main-svg').length >= 4", timeout=TIMEOUT)
        drawn = page.evaluate("[...document.querySelectorAll('.js-plotly-plot')].map(chart => "
                              "[chart._fullLayout.margin, chart._fullLayout._size])")
        assert len(drawn) == 2
        for asked, used in drawn:
            assert [used[side] for side in "lrb"] == [asked[side] for side in "lrb"], (address, asked, used)
