"""Finding and checking a build folder, and loading single-file, partitioned and several builds alike."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from dashboard import data, queries
from tests.dashboard_fixtures import write_build, write_partitioned_build


def test_missing_folder_says_how_to_build(tmp_path: Path) -> None:
    with pytest.raises(data.BuildError, match="python -m pipeline build"):
        data.check_build(tmp_path / "nowhere")


def test_missing_table_is_named(tmp_path: Path) -> None:
    write_build(tmp_path)
    (tmp_path / "event_actors.parquet").unlink()
    with pytest.raises(data.BuildError, match="no `event_actors` table"):
        data.check_build(tmp_path)


def test_foreign_table_is_refused(tmp_path: Path) -> None:
    write_build(tmp_path)
    pd.DataFrame({"id": [1], "name": ["x"]}).to_parquet(tmp_path / "events.parquet")
    with pytest.raises(data.BuildError, match="not a `events` table.*event_id"):
        data.check_build(tmp_path)


@pytest.mark.parametrize("writer", [write_build, write_partitioned_build])
def test_single_files_and_partitioned_folders_read_the_same(tmp_path: Path, writer) -> None:
    con = data.connect((writer(tmp_path),))
    table = queries.filtered(con, queries.Filters(months=("2022-02",)))
    assert sorted(table.column("event_id").to_pylist()) == ["e1", "e2"]
    assert "year" not in table.column_names  # partition keys are not events columns


def test_several_builds_are_stacked(tmp_path: Path) -> None:
    con = data.connect((write_build(tmp_path / "a"), write_build(tmp_path / "b", prefix="up-")))
    assert queries.count(con, queries.Filters()) == 12
    assert queries.count(con, queries.Filters(actors=("Russia",), role="source")) == 2


def test_stamp_changes_when_a_table_is_rewritten(tmp_path: Path) -> None:
    write_build(tmp_path)
    before = data.build_stamp((tmp_path,))
    os.utime(tmp_path / "events.parquet", (before[0] + 10, before[0] + 10))
    assert data.build_stamp((tmp_path,)) != before


@pytest.mark.parametrize(
    ("argv", "environ", "expected"),
    [
        ([], {}, "data/build"),
        ([], {"DASHBOARD_DATA": "/srv/build"}, "/srv/build"),
        (["--data", "/tmp/x"], {"DASHBOARD_DATA": "/srv/build"}, "/tmp/x"),
        (["--other", "1", "--data=/tmp/y"], {}, "/tmp/y"),
    ],
)
def test_data_folder_from_argument_environment_or_default(argv: list[str], environ: dict, expected: str) -> None:
    assert data.data_folder(argv, environ) == Path(expected)
