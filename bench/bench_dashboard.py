"""Dashboard at a million events: first render, filter change and memory, against a pandas full scan.

    python bench/bench_dashboard.py [--source BUILD] [--events 1000000] [--browser [--screenshot docs/screenshot.png]]
    python bench/bench_dashboard.py --browser-only [--busy] [--source BUILD]

Browser figures are timed in the page (checked on every animation frame, to the page's last change), and the
six-event page measured in the same run is the yardstick: this machine's speed drifts twofold between runs.

A real build (`--source`, else the State Department corpus built once into bench/out/) is repeated with new ids
and dates shifted by whole weeks until it holds `--events` events. The last line is the headline figure.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode

import duckdb
import pandas as pd
import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard import data, queries  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "state_dept" / "state_dept_press_releases.jsonl"
OUT = ROOT / "bench" / "out"
REPEATS = 5
WAIT_MS = 120_000  # a browser step slower than this is a failure to report, not a figure
MISS_MS = 15_000  # a click whose evidence has not come by then missed its mark


def source_build(source: Path | None) -> Path:
    """The build to repeat: the one given, or the State Department corpus built once into bench/out/."""
    if source:
        return source
    target = OUT / "state_dept_build"
    if not (target / "events.parquet").exists():
        if not CORPUS.exists():
            sys.exit(f"skipped: {CORPUS} is absent (the shared corpora sit beside the repository); pass --source")
        command = [sys.executable, "-m", "pipeline", "build", str(CORPUS), "--out", str(target)]
        subprocess.run(command, cwd=ROOT, check=True)
    return target


def scale(source: Path, events: int) -> Path:
    """Repeat the source build's tables with new ids and dates shifted by `copy` weeks, up to `events` events."""
    target = OUT / f"dashboard_{events}"
    if (target / "events.parquet").exists():
        return target
    target.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    events_scan = data.scan_expression(data.table_source(source, "events"))
    have = con.execute(f"SELECT count(*) FROM {events_scan}").fetchone()[0]
    copies = math.ceil(events / max(have, 1))
    shifted = {
        "events": """SELECT * EXCLUDE (copy) REPLACE (event_id || '-' || copy AS event_id,
                      article_id || '-' || copy AS article_id, published + 7 * copy AS published,
                      date_start + 7 * copy AS date_start, date_end + 7 * copy AS date_end)""",
        "event_actors": "SELECT * EXCLUDE (copy) REPLACE (event_id || '-' || copy AS event_id)",
        "articles": "SELECT * EXCLUDE (copy) REPLACE (article_id || '-' || copy AS article_id, "
                    "published + 7 * copy AS published)",
    }
    for table, select in shifted.items():
        scan = data.scan_expression(data.table_source(source, table))
        repeated = f"(SELECT *, range::INTEGER AS copy FROM {scan}, range({copies}))"
        limit = f" QUALIFY row_number() OVER () <= {events}" if table == "events" else ""
        con.execute(f"COPY ({select} FROM {repeated}{limit}) TO '{target / (table + '.parquet')}' (FORMAT parquet)")
    return target


def timed(action: Callable[[], object], repeats: int = REPEATS) -> float:
    """The median wall time of `action` in milliseconds."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def rss_mb() -> float:
    """This process's resident memory in MB."""
    return psutil.Process().memory_info().rss / 2**20


def busiest(con: duckdb.DuckDBPyConnection) -> tuple[str, str, str]:
    """The busiest actor, month and topic: filters that keep many rows (the slow case)."""
    options = [queries.options(con, field) for field in ("actor", "month", "topic")]
    return tuple(choices.sort_values("n", ascending=False)["value"].iloc[0] for choices in options)


def query_layer(folder: Path) -> dict[str, float]:
    """Load time, memory and the queries a filter change runs, through the dashboard's DuckDB layer."""
    before = rss_mb()
    started = time.perf_counter()
    con = data.connect((folder,))
    load = (time.perf_counter() - started) * 1000
    actor, month, topic = busiest(con)
    filters = queries.Filters(actors=(actor,), months=(month,))

    def filter_change() -> None:
        queries.count(con, filters)
        queries.points(con, filters, "actor", "event_type", 5000)
        queries.counts_over_time(con, filters, "month", "event_type")
        queries.page(con, filters)

    return {
        "load_ms": load, "memory_mb": rss_mb() - before, "filter_ms": timed(filter_change),
        "search_ms": timed(lambda: queries.count(con, queries.Filters(search="ceasefire"))),
        "topic_ms": timed(lambda: queries.counts_over_time(con, queries.Filters(topics=(topic,)), "week", "topic")),
        "actor": actor, "month": month, "topic": topic,
    }


def pandas_baseline(folder: Path, actor: str, month: str, topic: str) -> dict[str, float]:
    """The same filters as full scans of a pandas DataFrame of the events table."""
    started = time.perf_counter()
    events = pd.read_parquet(folder / "events.parquet")
    load = (time.perf_counter() - started) * 1000
    months = pd.to_datetime(events["date_start"]).dt.strftime("%Y-%m")

    def filter_change() -> None:
        kept = events[events["actors"].map(lambda actors: actor in actors) & (months == month)]
        len(kept)
        kept.groupby([months[kept.index], "event_type"]).size()
        kept.sort_values("date_start").head(100)

    def topic_counts() -> None:
        kept = events[events["topics"].map(lambda topics: topic in topics)]
        kept.groupby([pd.to_datetime(kept["date_start"]).dt.to_period("W"), "topic"]).size()

    return {
        "load_ms": load, "filter_ms": timed(filter_change),
        "search_ms": timed(lambda: events["sentence"].str.contains("ceasefire", case=False).sum()),
        "topic_ms": timed(topic_counts),
    }


def apptest(folder: Path, actor: str, month: str) -> dict[str, float]:
    """First render (cold: loads the build; warm: a new session) and a filter change, in Streamlit's AppTest."""
    from streamlit.testing.v1 import AppTest

    os.environ["DASHBOARD_DATA"] = str(folder)
    app = str(ROOT / "dashboard" / "app.py")
    started = time.perf_counter()
    first = AppTest.from_file(app, default_timeout=600).run()
    cold = (time.perf_counter() - started) * 1000
    assert not first.exception, first.exception
    started = time.perf_counter()
    session = AppTest.from_file(app, default_timeout=600).run()
    warm = (time.perf_counter() - started) * 1000

    def filter_change() -> float:
        session.multiselect(key="actor").set_value([]).run()
        return timed(lambda: session.multiselect(key="actor").set_value([actor]).run(), 1)

    change_ms = statistics.median(filter_change() for _ in range(REPEATS))
    month_ms = timed(lambda: session.multiselect(key="month").set_value([month]).run(), 1)
    assert not session.exception, session.exception
    return {"cold_ms": cold, "warm_ms": warm, "filter_ms": change_ms, "month_ms": month_ms}


# Playwright's `expect` re-checks after 100, 250, 500 and 1000 ms: timings taken with it snap to those steps (a
# 0.4 s change reads as 0.85 s). These checks run in the page on every animation frame instead, and a step ends at
# the page's last change (Plotly draws after the script has finished), seen by a MutationObserver.
WATCH = """() => { window.lastChange = performance.now();
    new MutationObserver(() => { window.lastChange = performance.now(); }).observe(
        document.body, {subtree: true, childList: true, attributes: true, characterData: true}); }"""
READY = """(text) => { const app = document.querySelector("[data-testid='stApp']");
    return !!app && app.dataset.testScriptState === 'notRunning' && document.body.innerText.includes(text)
        && !!document.querySelector("[data-testid='stPlotlyChart'] .main-svg"); }"""
CHANGED = """(before) => { const box = document.querySelector("blockquote.evidence");
    return !!box && box.innerText !== before; }"""
QUIET_MS = 300  # no change to the page for this long: it has finished drawing


def settle(page, started: float, wait: str, argument: str, timeout: float = WAIT_MS) -> float:
    """Ms from `started` (the page's clock) to the page's last change once `wait` holds and the page is quiet."""
    page.wait_for_function(wait, arg=argument, polling="raf", timeout=timeout)
    page.wait_for_function(f"() => performance.now() - window.lastChange >= {QUIET_MS}", polling="raf",
                           timeout=WAIT_MS)
    return page.evaluate("window.lastChange") - started


def act(page, action: Callable[[], None], wait: str, argument: str, timeout: float = WAIT_MS) -> float:
    """Ms from `action` to the page settled with `wait` true."""
    started = page.evaluate("performance.now()")
    action()
    return settle(page, started, wait, argument, timeout)


def first_load(browser_: object, url: str, text: str) -> tuple[float, object]:
    """Ms from opening `url` in a new browser context (no cache, a new session) to the page drawn; and the page."""
    context = browser_.new_context(viewport={"width": 1500, "height": 1100})
    page = context.new_page()
    page.add_init_script("document.addEventListener('DOMContentLoaded', () => (" + WATCH + ")())")
    page.goto(url)
    return settle(page, 0.0, READY, text), page  # the page's clock starts with the navigation


def browser(folder: Path, actor: str, month: str, screenshot: Path | None = None) -> dict[str, float]:
    """In headless Chromium against `streamlit run`: a first load on a cold server, first loads of new sessions on
    a warm one, an actor filter added and removed, the evidence of a click on a mark (medians of REPEATS), and the
    server's memory. With `screenshot`, the page opened on `?actor=ACTOR&month=MONTH` is saved there."""
    from playwright.sync_api import sync_playwright

    from tests.e2e.conftest import QUIET_FLAGS, start_dashboard, stop

    con = data.connect((folder,))
    total, narrowed = queries.count(con, queries.Filters()), queries.count(con, queries.Filters(actors=(actor,)))
    linked = queries.count(con, queries.Filters(actors=(actor,), months=(month,)))
    con.close()
    everything, some = f"{total:,} events match", f"{narrowed:,} events match"
    url, process = start_dashboard(folder)
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=QUIET_FLAGS)
            cold, page = first_load(chromium, url, everything)
            page.context.close()
            timings = {"load_cold_ms": cold}
            loads = []
            for _ in range(REPEATS):
                took, page = first_load(chromium, url, everything)
                loads.append(took)
                page.context.close()
            timings["load_ms"] = statistics.median(loads)
            _, page = first_load(chromium, url, everything)
            field = page.locator(".st-key-actor input")
            adds, removals = [], []
            for _ in range(REPEATS):
                field.click()
                page.keyboard.type(actor)
                adds.append(act(page, lambda: page.keyboard.press("Enter"), READY, some))
                page.keyboard.press("Escape")
                field.click()
                removals.append(act(page, lambda: page.keyboard.press("Backspace"), READY, everything))
                page.keyboard.press("Escape")
            timings["filter_ms"], timings["unfilter_ms"] = statistics.median(adds), statistics.median(removals)
            page.goto(f"{url}/?{urlencode({'actor': actor, 'month': month})}")
            settle(page, 0.0, READY, f"{linked:,} events match")
            timings["evidence_ms"] = evidence_clicks(page)
            if screenshot:
                page.screenshot(path=str(screenshot))
            chromium.close()
        timings["server_mb"] = psutil.Process(process.pid).memory_info().rss / 2**20
    finally:
        stop(process)
    return timings


def evidence_clicks(page) -> float:
    """Median ms from a click on a timeline mark to its sentence drawn in the evidence panel (marks spread over
    lanes). A click that shows no new sentence (Plotly cleared the selection where marks overlap, or the mark holds
    the sentence already shown) is not a sample: the next mark is tried."""
    from playwright.sync_api import Error

    marks = page.locator(".st-key-timeline .scatterlayer .point")
    count = marks.count()
    if count == 0:  # over POINT_LIMIT events the timeline is the bubbles' overview: a click drills down instead
        return math.nan
    step = max(1, count // (3 * REPEATS))
    times: list[float] = []
    for number in range(3 * REPEATS):
        if len(times) == REPEATS:
            break
        shown = page.evaluate("document.querySelector('blockquote.evidence')?.innerText ?? ''")
        try:
            times.append(act(page, lambda: marks.nth(number * step % count).click(force=True), CHANGED, shown,
                             MISS_MS))
        except Error:
            continue
    return statistics.median(times)


class Busy:
    """A pipeline build of the State Department corpus run over and over beside the measurement (a busy machine)."""

    def __init__(self) -> None:
        self.process: subprocess.Popen | None = None
        self.stopped = False

    def __enter__(self) -> "Busy":
        import threading

        def loop() -> None:
            while not self.stopped:
                command = [sys.executable, "-m", "pipeline", "build", str(CORPUS), "--out", str(OUT / "busy_build")]
                self.process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL,
                                                stderr=subprocess.DEVNULL)
                self.process.wait()

        self.thread = threading.Thread(target=loop, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stopped = True
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait()
        self.thread.join()


def print_browser(label: str, web: dict[str, float], base: dict[str, float]) -> None:
    """One line of browser figures, with ratios to the six-event page measured in the same run."""
    print(f"browser, {label}: first load on a cold server {web['load_cold_ms']:.0f} ms, "
          f"first load of a new session {web['load_ms']:.0f} ms "
          f"({web['load_ms'] / base['load_ms']:.1f}x), actor filter {web['filter_ms']:.0f} ms "
          f"({web['filter_ms'] / base['filter_ms']:.1f}x), removed {web['unfilter_ms']:.0f} ms, "
          + (f"evidence of a click {web['evidence_ms']:.0f} ms ({web['evidence_ms'] / base['evidence_ms']:.1f}x), "
             if not math.isnan(web["evidence_ms"]) else "no marks to click (the overview's bubbles drill down), ")
          + f"server memory {web['server_mb']:.0f} MB")


def source_filter(source: Path) -> tuple[str, str]:
    """A busy actor of the build that is not the whole build, and its busiest month: the filter the browser sets."""
    con = data.connect((source,))
    actor = queries.options(con, "actor")["value"].iloc[2]
    month = queries.options(con, "month", queries.Filters(actors=(actor,))).sort_values("n")["value"].iloc[-1]
    con.close()
    return actor, month


def browser_only(source: Path, screenshot: Path | None, busy: bool) -> None:
    """The browser figures of the source build beside the six-event page, idle and (with `busy`) during a build."""
    from tests.dashboard_fixtures import write_build

    tiny_folder = write_build(OUT / "browser_baseline")
    actor, month = source_filter(source)
    runs: list[tuple[str, Callable[[], object]]] = [("idle", contextlib.nullcontext)]
    for label, context in runs + ([("during a build", Busy)] if busy else []):
        with context():
            tiny = browser(tiny_folder, "Russia", "2022-02")
            print_browser(f"{label}, six-event page (baseline)", tiny, tiny)
            print_browser(f"{label}, {source.name} (actor={actor!r}, month={month})",
                          browser(source, actor, month, screenshot if label == "idle" else None), tiny)


def main() -> None:
    """Scale a build, measure every layer, print ratios; the last line is the headline."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="a build folder to repeat (default: the State Department corpus)")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--browser", action="store_true", help="also measure in headless Chromium")
    parser.add_argument("--screenshot", type=Path, help="with --browser: save the source build's page here")
    parser.add_argument("--browser-only", action="store_true",
                        help="only the browser figures of the source build (and the six-event page)")
    parser.add_argument("--busy", action="store_true", help="with --browser-only: measure again while a build runs")
    args = parser.parse_args()
    source = source_build(args.source)
    if args.browser_only:
        browser_only(source, args.screenshot, args.busy)
        return
    folder = scale(source, args.events)
    duck = query_layer(folder)
    base = pandas_baseline(folder, duck["actor"], duck["month"], duck["topic"])
    print(f"{args.events:,} events in {folder}; filter: actor={duck['actor']!r} month={duck['month']}")
    print(f"{'step':<34}{'DuckDB ms':>12}{'pandas ms':>12}{'ratio':>9}")
    for step in ("load_ms", "filter_ms", "search_ms", "topic_ms"):
        print(f"{step:<34}{duck[step]:>12.1f}{base[step]:>12.1f}{duck[step] / base[step]:>9.3f}")
    print(f"DuckDB tables in memory: {duck['memory_mb']:.0f} MB")
    app = apptest(folder, duck["actor"], duck["month"])
    print(f"AppTest first render (loads the build): {app['cold_ms']:.0f} ms; new session: {app['warm_ms']:.0f} ms")
    print(f"AppTest actor filter change: {app['filter_ms']:.0f} ms; month added: {app['month_ms']:.0f} ms "
          f"({app['filter_ms'] / base['filter_ms']:.2f}x the pandas scan's filter alone)")
    print(f"process memory after AppTest: {rss_mb():.0f} MB (includes the pandas baseline's frame)")
    if args.browser:
        from tests.dashboard_fixtures import write_build

        tiny = browser(write_build(OUT / "browser_baseline"), "Russia", "2022-02")
        print_browser("six-event page (baseline)", tiny, tiny)
        # the source's own filter: the scaled build's month may be one the source does not have
        print_browser(f"source build {source.name}", browser(source, *source_filter(source), args.screenshot), tiny)
        print_browser(f"{args.events:,} events", browser(folder, duck["actor"], duck["month"]), tiny)
    print(f"headline: at {args.events:,} events a filter change takes {app['filter_ms']:.0f} ms in AppTest "
          f"({duck['filter_ms']:.0f} ms of queries, {duck['filter_ms'] / base['filter_ms']:.2f}x a pandas full scan), "
          f"first render {app['warm_ms']:.0f} ms")


if __name__ == "__main__":
    main()
