"""Distributed build: the local build's tables, in its layout, from the analysis on a Dask cluster."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import dask
import duckdb
import pandas as pd
import pytest
from distributed import LocalCluster

from pipeline import analysis, store
from pipeline.build import build
from pipeline.distributed import CLUSTER_CONFIG, build_distributed
from pipeline.model import Article

ROOT = Path(__file__).resolve().parents[1]
STORIES = (
    "Russian Foreign Minister Sergei Lavrov met Secretary of State Antony Blinken in Geneva on January 21, 2022. "
    "The two sides will hold more talks next month.",
    "NATO foreign ministers met in Brussels on March 4, 2022. Ukraine asked the alliance for more air defence.",
    "The United Nations Security Council voted on a resolution yesterday. Russia vetoed it.",
)


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a two-worker local cluster (threads: process workers take seconds each to start)."""
    with dask.config.set(CLUSTER_CONFIG), LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


def small_folder(root: Path) -> Path:
    """Articles over several months, the same story in several articles, and a broken file."""
    root.mkdir()
    records = [
        {"id": f"r{n}", "text": STORIES[n % 3], "published": f"2022-0{n % 4 + 1}-{n % 27 + 1:02d}", "source": f"S{n % 5}"}
        for n in range(40)
    ]
    (root / "wire.jsonl").write_text("\n".join(json.dumps(record) for record in records) + "\n{oops\n")
    (root / "undated.txt").write_text("Talks\nDiplomats will meet again soon to discuss the ceasefire.\n")
    (root / "empty.txt").write_bytes(b"")
    return root


def as_strings(data: pd.DataFrame) -> list[str]:
    """A table's rows as sorted strings, list cells as lists, so that two builds compare whatever their order."""
    cells = data.reindex(columns=sorted(data.columns)).map(lambda cell: list(cell) if hasattr(cell, "tolist") else cell)
    return sorted(map(str, cells.itertuples(index=False)))


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory, scheduler: str) -> tuple[Path, Path]:
    """The small folder built locally and on the cluster."""
    root = tmp_path_factory.mktemp("builds")
    source = small_folder(root / "in")
    build([source], root / "local")
    build_distributed([source], root / "dask", scheduler=scheduler)
    return root / "local", root / "dask"


@pytest.mark.parametrize("table", list(store.SCHEMAS))
def test_distributed_build_gives_the_local_builds_rows(builds: tuple[Path, Path], table: str) -> None:
    local, dask = builds
    expected = store.read_table(local, table)
    assert as_strings(store.read_table(dask, table)) == as_strings(expected)
    if table == "events":
        assert len(expected) > 0 and (expected["n_sources"] > 1).any()  # de-duplication across articles ran


def test_both_engines_write_one_layout_that_duckdb_reads(builds: tuple[Path, Path]) -> None:
    local, dask = builds
    files = {engine: sorted(p.relative_to(engine).as_posix() for p in engine.rglob("*")) for engine in builds}
    assert files[dask] == files[local] and "events.parquet" in files[dask]
    query = f"select * from read_parquet('{dask}/events.parquet')"
    assert as_strings(duckdb.sql(query).to_arrow_table().to_pandas()) == as_strings(store.read_table(local, "events"))


def test_events_csv_holds_every_event_once(builds: tuple[Path, Path]) -> None:
    local, dask = builds
    assert sorted((dask / "events.csv").read_text().splitlines()) == sorted((local / "events.csv").read_text().splitlines())


def test_a_distributed_rebuild_reuses_a_local_builds_unchanged_articles(tmp_path: Path, scheduler: str) -> None:
    source = small_folder(tmp_path / "in")
    out = tmp_path / "out"
    first = build([source], out)
    summary = build_distributed([source], out, scheduler=scheduler)
    assert (summary.articles, summary.reused, summary.errors) == (first.articles, first.articles, 2)
    assert summary.events == first.events == len(store.read_table(out, "events"))
    assert not [path for path in out.iterdir() if path.name.startswith(".")]  # staging removed
    full = build_distributed([source], out, scheduler=scheduler, full=True)
    assert (full.reused, full.events) == (0, first.events)


def test_errors_are_reported_as_they_are_met(tmp_path: Path, scheduler: str) -> None:
    seen = []
    summary = build_distributed([small_folder(tmp_path / "in"), tmp_path / "missing"], tmp_path / "out", None, scheduler, seen.append)
    assert summary.errors == len(seen) == 3 and summary.articles == 41
    assert {error.stage for error in seen} == {"ingest"}


def test_a_build_that_fails_before_the_end_leaves_the_earlier_tables(
    tmp_path: Path, scheduler: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = small_folder(tmp_path / "in")
    out = tmp_path / "out"
    build_distributed([source], out, scheduler=scheduler)
    before = {table: as_strings(store.read_table(out, table)) for table in store.SCHEMAS}

    def broken(*_: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr("pipeline.dedup.dedupe", broken)
    with pytest.raises(RuntimeError):
        build_distributed([source, tmp_path / "missing"], out, scheduler=scheduler)
    assert {table: as_strings(store.read_table(out, table)) for table in store.SCHEMAS} == before
    assert not [path for path in out.iterdir() if path.name.startswith(".")]


def test_the_local_cluster_keeps_no_profile_of_its_workers() -> None:
    # Dask's profiler adds a call tree per worker every second, kept for 1,000 seconds: a long build grew with it.
    # A fresh interpreter: worker processes are spawned from __main__, which the dashboard's tests replace.
    script = """if True:
        import json, time
        from pipeline.distributed import connected
        with connected(None) as client:
            client.submit(time.sleep, 1.5, pure=False).result()  # longer than a profiling cycle
            print(json.dumps(client.run(lambda dask_worker: len(dask_worker.profile_history))))
    """
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    histories = json.loads(run.stdout.splitlines()[-1])
    assert histories and set(histories.values()) == {0}


# Builds on a two-worker local cluster, one of whose workers is killed once the first result has come back, and
# counts the records this process (the client) turned into articles: the tasks read the input, not the client.
# A fresh interpreter: worker processes are spawned from __main__, which the dashboard's tests replace.
LOSING_A_WORKER = """if True:
    import json, os, signal, sys
    from pathlib import Path
    import dask
    from distributed import Client, LocalCluster
    from pipeline import readers
    from pipeline.build import build
    from pipeline.distributed import CLUSTER_CONFIG, DaskExecutor

    read_here = []
    making_articles = readers.article_records
    readers.article_records = lambda *args, **kwargs: read_here.append(1) or making_articles(*args, **kwargs)

    class LosingAWorker(DaskExecutor):
        def map(self, function, items):
            results = super().map(function, items)
            yield next(results)
            self.killed = next(iter(self.client.run(os.getpid).values()))
            os.kill(self.killed, signal.SIGKILL)
            yield from results

    with dask.config.set(CLUSTER_CONFIG), LocalCluster(
        n_workers=2, threads_per_worker=1, dashboard_address=None
    ) as cluster, Client(cluster) as client:
        executor = LosingAWorker(client)
        summary = build([Path(sys.argv[1])], Path(sys.argv[2]), executor=executor)
    print(json.dumps({"articles": summary.articles, "errors": summary.errors, "killed": executor.killed,
                      "read_here": len(read_here)}))
"""


def test_a_build_whose_tasks_read_the_input_survives_the_loss_of_a_worker(tmp_path: Path) -> None:
    records = [{"id": f"r{n}", "text": STORIES[n % 3] * 3, "published": f"2022-0{n % 4 + 1}-10"} for n in range(600)]
    source = tmp_path / "wire.jsonl"
    source.write_text("\n".join(json.dumps(record) for record in records))
    build([source], tmp_path / "local")
    command = [sys.executable, "-c", LOSING_A_WORKER, str(source), str(tmp_path / "dask")]
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    outcome = json.loads(run.stdout.splitlines()[-1])
    assert (outcome["articles"], outcome["errors"]) == (600, 0) and outcome["killed"] > 0
    assert outcome["read_here"] == 0  # the client handed out byte ranges: its memory does not hold the input
    for table in store.SCHEMAS:
        assert as_strings(store.read_table(tmp_path / "dask", table)) == as_strings(store.read_table(tmp_path / "local", table))


@pytest.mark.parametrize(
    ("options", "message"),
    [(["--scheduler", "tcp://127.0.0.1:1"], "--engine dask"),
     (["--engine", "dask", "--scheduler", "tcp://127.0.0.1:1", "--workers", "2"], "--workers")],
    ids=["scheduler without dask", "workers of a remote cluster"],
)
def test_options_one_engine_cannot_honour_are_refused(tmp_path: Path, options: list[str], message: str) -> None:
    command = [sys.executable, "-m", "pipeline", "build", str(tmp_path), "--out", str(tmp_path / "out"), *options]
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and message in run.stderr.splitlines()[-1]
    assert not (tmp_path / "out").exists()


def test_the_command_line_dask_build_takes_workers_and_rebuilds_incrementally(tmp_path: Path) -> None:
    source = small_folder(tmp_path / "in")
    command = [sys.executable, "-m", "pipeline", "build", str(source), "--out", str(tmp_path / "out"),
               "--engine", "dask", "--workers", "1"]
    first = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    again = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    full = subprocess.run([*command, "--full"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert [r.returncode for r in (first, again, full)] == [0, 0, 0], first.stderr[-2000:]
    assert "unchanged" not in first.stdout and "(41 unchanged)" in again.stdout and "unchanged" not in full.stdout


def test_an_article_over_its_time_budget_is_an_error_on_dask_too(
    tmp_path: Path, scheduler: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the cluster's workers are threads of this process: its stages' resources loaded here are theirs
    analysis.analyse(Article("warm", "", "", STORIES[0], date(2022, 1, 21), "metadata"))
    real_tag = analysis.timex.tag

    def tag(text: str, published: date | None, language: str = "en") -> list:
        while text.startswith("SLOW"):  # a stage that never returns
            pass
        return real_tag(text, published, language)

    monkeypatch.setattr(analysis.timex, "tag", tag)
    monkeypatch.setattr(analysis.limits, "ARTICLE_SECONDS", 0.5)
    source = tmp_path / "in.jsonl"
    records = [{"id": "a", "text": STORIES[0]}, {"id": "b", "text": "SLOW " + STORIES[0]}]
    source.write_text("\n".join(json.dumps({**record, "published": "2022-01-21"}) for record in records))
    summary = build_distributed([source], tmp_path / "out", scheduler=scheduler)
    [error] = summary.error_rows
    assert (error.stage, error.message) == ("timex", "b: BudgetExceeded: over the time budget of 0.5 s")
    assert set(store.read_table(tmp_path / "out", "events")["article_id"]) == {"a"}


def test_a_build_whose_cluster_has_no_worker_left_stops_in_one_line_keeping_the_tables(tmp_path: Path) -> None:
    source = small_folder(tmp_path / "in")
    out = tmp_path / "out"
    build([source], out)
    before = {table: as_strings(store.read_table(out, table)) for table in store.SCHEMAS}
    quick = {**CLUSTER_CONFIG, "distributed.scheduler.no-workers-timeout": "1s"}
    with dask.config.set(quick), LocalCluster(n_workers=0, processes=False, protocol="tcp", dashboard_address=None) as empty:
        command = [sys.executable, "-m", "pipeline", "build", str(source), "--out", str(out), "--full",
                   "--engine", "dask", "--scheduler", empty.scheduler_address]
        run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.splitlines()[-1].startswith("error: the Dask cluster lost its workers")
    assert {table: as_strings(store.read_table(out, table)) for table in store.SCHEMAS} == before
    assert not [path for path in out.iterdir() if path.name.startswith(".")]


def test_ids_taken_by_earlier_tasks_are_made_unique_as_a_local_build_makes_them(tmp_path: Path, scheduler: str) -> None:
    from tests.test_shares import CUT

    source = tmp_path / "in"
    source.mkdir()
    for name, data in CUT.items():
        (source / name).write_bytes(data)
    build([source], tmp_path / "local")
    build_distributed([source], tmp_path / "dask", scheduler=scheduler)
    ids = store.read_table(tmp_path / "dask", "articles")["article_id"].tolist()
    assert ids == store.read_table(tmp_path / "local", "articles")["article_id"].tolist() and "same~9" in ids
    for table in store.SCHEMAS:
        assert as_strings(store.read_table(tmp_path / "dask", table)) == as_strings(store.read_table(tmp_path / "local", table))
