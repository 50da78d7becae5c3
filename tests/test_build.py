"""Build: the whole path from a folder of articles to the contract's tables."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pyarrow.ipc as ipc
import pyarrow.parquet as pq
import pytest

from pipeline import analysis, store
from pipeline.build import build
from pipeline.dedup import MonthParts

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "articles"
STORY = (
    "Russian Foreign Minister Sergei Lavrov met Secretary of State Antony Blinken in Geneva on January 21, 2022. "
    "The two sides will hold more talks next month."
)


def folder_of_mixed_files(root: Path) -> Path:
    """A folder with good articles in several formats and one bad file of each kind."""
    root.mkdir()
    (root / "good.txt").write_text(f"Geneva talks\n{STORY}\n")
    (root / "good.txt.meta.json").write_text('{"published": "2022-01-21", "source": "Wire"}')
    (root / "records.jsonl").write_text(json.dumps({"id": "j1", "text": STORY, "published": "2022-01-22"}) + "\n{oops\n")
    (root / "table.csv").write_text("id,body\n1,hello\n")
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    return root


def test_build_writes_every_table_and_keeps_good_records(tmp_path: Path) -> None:
    out = tmp_path / "out"
    seen = []
    summary = build([folder_of_mixed_files(tmp_path / "in")], out, on_error=seen.append)
    assert summary.articles == 2 and summary.errors == 4 == len(seen)
    assert {p.name for p in out.iterdir()} == {f"{t}.parquet" for t in store.SCHEMAS} | {"events.csv", "cache"}
    for table, schema in store.SCHEMAS.items():
        assert pq.read_schema(out / f"{table}.parquet").names == schema.names
    articles = store.read_table(out, "articles")
    assert sorted(articles["article_id"]) == ["good", "j1"]
    assert articles.set_index("article_id").loc["good", "published_from"] == "metadata"
    errors = store.read_table(out, "errors")
    assert sorted(Path(p.split(":")[0]).name for p in errors["path"]) == ["binary.txt", "empty.txt", "records.jsonl", "table.csv"]
    events = store.read_table(out, "events")
    assert summary.events == len(events) > 0
    assert set(events["article_id"]) <= {"good", "j1"}


def test_build_of_the_seed_dates_events_against_its_publication_date(tmp_path: Path) -> None:
    summary = build([SEED], tmp_path)
    assert summary.articles == 1 and summary.errors == 0
    events = store.read_table(tmp_path, "events")
    assert (events["published"] == date(2021, 12, 21)).all()
    assert "2022-01" in set(events["date"])  # "talks ... next month", "in January"
    mentions = store.read_table(tmp_path, "mentions")
    assert {"next month", "December 21"} <= set(mentions["text"])


def test_parallel_build_equals_one_worker_build(tmp_path: Path) -> None:
    records = [{"id": f"r{n}", "text": STORY, "published": f"2022-01-{n % 28 + 1:02d}"} for n in range(80)]
    source = tmp_path / "many.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in records))
    build([source], tmp_path / "one", workers=1)
    build([source], tmp_path / "two", workers=2)
    for table in store.SCHEMAS:
        assert store.read_table(tmp_path / "one", table).equals(store.read_table(tmp_path / "two", table)), table


@pytest.mark.parametrize(
    "limits",
    [{"PIECE_ROWS": 4}, {"BATCH_ROWS": 12}, {"PIECE_ROWS": 4, "BATCH_ROWS": 7}],
    ids=["pieces", "staged on disk", "both"],
)
def test_a_month_too_large_to_hold_is_deduplicated_in_pieces_with_the_same_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limits: dict[str, int]
) -> None:
    stories = [STORY, "Ukraine and Russia agreed on January 3, 2022 to meet again.", "NATO met on January 5, 2022."]
    records = [{"id": f"r{n}", "text": stories[n % 3], "published": "2022-01-21"} for n in range(30)]
    source = tmp_path / "reports.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in records))
    build([source], tmp_path / "whole")
    for name, rows in limits.items():
        monkeypatch.setattr(MonthParts, name, rows)
    build([source], tmp_path / "pieces")
    assert (store.read_table(tmp_path / "whole", "events")["n_sources"] > 1).any()  # reports were merged
    for table, order in (("events", ["event_id"]), ("event_actors", ["event_id", "actor", "role"])):
        whole, pieces = (store.read_table(tmp_path / name, table) for name in ("whole", "pieces"))
        assert whole.sort_values(order, ignore_index=True).equals(pieces.sort_values(order, ignore_index=True)), table


class Counted:
    """An Arrow IPC file reader or writer that adds the rows passing through it to a counter."""

    def __init__(self, inner: object, rows: dict[str, int]) -> None:
        self.inner, self.rows = inner, rows

    def __getattr__(self, name: str) -> object:
        attribute = getattr(self.inner, name)
        if name in ("write_batch", "write_table"):
            return lambda data: (self.rows.__setitem__("written", self.rows["written"] + data.num_rows), attribute(data))[1]
        if name in ("get_batch", "read_all"):
            return lambda *args: self._read(attribute(*args))
        return attribute

    def _read(self, data: object) -> object:
        self.rows["read"] += data.num_rows
        self.rows["reads"] += 1
        return data

    def __enter__(self) -> Counted:
        return self

    def __exit__(self, *exc: object) -> None:
        self.inner.close()


def test_each_staged_row_of_a_month_in_pieces_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    records = [{"id": f"r{n}", "text": f"{STORY} Talks number {n} began on January {n % 28 + 1}, 2022.",
                "published": "2022-01-21"} for n in range(40)]
    source = tmp_path / "reports.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in records))
    build([source], tmp_path / "whole")
    monkeypatch.setattr(MonthParts, "PIECE_ROWS", 10)
    monkeypatch.setattr(MonthParts, "BATCH_ROWS", 15)
    rows = {"written": 0, "read": 0, "reads": 0}
    new_file, open_file = ipc.new_file, ipc.open_file
    monkeypatch.setattr(ipc, "new_file", lambda *args: Counted(new_file(*args), rows))
    monkeypatch.setattr(ipc, "open_file", lambda *args: Counted(open_file(*args), rows))
    build([source], tmp_path / "pieces")
    assert rows["written"] > 0 and rows["reads"] > 10  # spilled to disk, and the month read in several pieces
    assert rows["read"] == rows["written"]  # every row staged on disk read back once, not once per piece
    whole, pieces = (store.read_table(tmp_path / name, "events").sort_values("event_id", ignore_index=True)
                     for name in ("whole", "pieces"))
    assert pieces.equals(whole)


def test_rebuild_keeps_event_ids(tmp_path: Path) -> None:
    build([SEED], tmp_path / "a")
    build([SEED], tmp_path / "b")
    assert store.read_table(tmp_path / "a", "events")["event_id"].tolist() == store.read_table(tmp_path / "b", "events")["event_id"].tolist()


def test_duplicate_ids_across_files_are_made_unique(tmp_path: Path) -> None:
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text(json.dumps({"id": "same", "text": STORY}))
    build([tmp_path], tmp_path / "out", published=date(2022, 1, 1))
    assert sorted(store.read_table(tmp_path / "out", "articles")["article_id"]) == ["same", "same~2"]


def test_build_killed_half_way_leaves_previous_tables_readable(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([SEED], out)
    before = {t: store.read_table(out, t) for t in store.SCHEMAS}
    big = tmp_path / "big.jsonl"
    big.write_text("\n".join(json.dumps({"id": f"n{n}", "text": STORY * 20, "published": "2022-01-21"}) for n in range(3000)))
    command = [sys.executable, "-m", "pipeline", "build", str(big), "--out", str(out), "--workers", "1"]
    for delay in (0.5, 1.5, 3.0):
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        assert process.wait() == -signal.SIGKILL, "the build ended before it was killed"
        for table in store.SCHEMAS:  # each table is the previous one or a whole new one
            now = store.read_table(out, table)
            assert list(now.columns) == list(before[table].columns)
    build([SEED], out)
    assert not [p for p in out.iterdir() if p.name.startswith(".")], "staging left behind"
    for table in store.SCHEMAS:
        assert store.read_table(out, table).equals(before[table]), table


def test_incremental_rebuild_reuses_unchanged_articles_and_redoes_changed_ones(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for n in range(3):
        (source / f"a{n}.json").write_text(json.dumps({"text": STORY, "published": f"2022-01-2{n}"}))
    first = build([source], tmp_path / "out")
    assert first.reused == 0
    (source / "a1.json").write_text(json.dumps({"text": STORY + " Sanctions followed.", "published": "2022-01-21"}))
    (source / "a2.json").unlink()
    second = build([source], tmp_path / "out")
    assert (second.articles, second.reused) == (2, 1)
    build([source], tmp_path / "full", full=True)
    for table in ("mentions", "events", "event_actors"):
        incremental = store.read_table(tmp_path / "out", table)
        full = store.read_table(tmp_path / "full", table)
        key = list(incremental.columns[:2])
        assert incremental.sort_values(key, ignore_index=True).astype(str).equals(
            full.sort_values(key, ignore_index=True).astype(str)
        ), table
    assert build([source], tmp_path / "out", full=True).reused == 0


def test_incremental_rebuild_of_an_article_without_events(tmp_path: Path) -> None:
    (tmp_path / "quiet.json").write_text(json.dumps({"text": "Nothing of note.", "published": "2022-01-21"}))
    build([tmp_path / "quiet.json"], tmp_path / "out")
    again = build([tmp_path / "quiet.json"], tmp_path / "out")
    assert (again.articles, again.reused, again.events) == (1, 1, 0)


def test_an_article_over_its_time_budget_is_an_error_and_the_others_are_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow = "SLOW " + STORY

    def tag(text: str, published: date | None, language: str = "en") -> list:
        if text.startswith("SLOW"):
            while True:  # a stage that never returns
                pass
        return real_tag(text, published, language)

    real_tag = analysis.timex.tag
    monkeypatch.setattr(analysis.timex, "tag", tag)
    monkeypatch.setattr(analysis.limits, "ARTICLE_SECONDS", 0.5)
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps({"id": i, "text": t, "published": "2022-01-21"}) for i, t in [("a", STORY), ("b", slow)]))
    summary = build([source], tmp_path / "out", workers=1)
    [error] = summary.error_rows
    assert (error.stage, error.message.split(":")[0]) == ("timex", "b")
    assert "time budget" in error.message
    assert set(store.read_table(tmp_path / "out", "events")["article_id"]) == {"a"}


def children_of(pid: int) -> set[int]:
    """The ids of the live processes whose parent is `pid` (read from /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # a process that ended while the listing was read
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    """Whether a process still runs (neither gone nor a zombie)."""
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the process table from /proc")
def test_a_killed_build_leaves_no_worker_behind(tmp_path: Path) -> None:
    big = tmp_path / "big.jsonl"
    big.write_text("\n".join(json.dumps({"id": f"n{n}", "text": STORY * 20, "published": "2022-01-21"}) for n in range(3000)))
    command = [sys.executable, "-m", "pipeline", "build", str(big), "--out", str(tmp_path / "out"), "--workers", "2"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while len(workers := children_of(process.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(workers) >= 2, "the build started no workers"
    process.send_signal(signal.SIGKILL)
    assert process.wait() == -signal.SIGKILL, "the build ended before it was killed"
    deadline = time.monotonic() + 5
    while any(map(alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in workers if alive(pid)]
    for pid in left:  # not to leave them on the machine when the test fails
        os.kill(pid, signal.SIGKILL)
    assert not left, "workers outlived their build"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the process table from /proc")
def test_a_build_that_loses_a_worker_stops_in_one_line_keeping_the_tables(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([SEED], out)
    before = {t: store.read_table(out, t) for t in store.SCHEMAS}
    big = tmp_path / "big.jsonl"
    big.write_text("\n".join(json.dumps({"id": f"n{n}", "text": STORY * 20, "published": "2022-01-21"}) for n in range(3000)))
    command = [sys.executable, "-m", "pipeline", "build", str(big), "--out", str(out), "--workers", "2"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not (workers := children_of(process.pid)) and time.monotonic() < deadline:
        time.sleep(0.1)
    os.kill(min(workers), signal.SIGKILL)  # as the out-of-memory killer would
    _, errors = process.communicate(timeout=120)
    assert process.returncode == 1 and "Traceback" not in errors
    assert errors.splitlines()[-1].startswith("error: a worker process died")
    for table in store.SCHEMAS:
        assert store.read_table(out, table).equals(before[table]), table
