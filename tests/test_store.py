"""Store: schemas, formula escaping, CSV round trips and writes that are whole or absent."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline import store


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+1 555", "'+1 555"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tindent", "'\tindent"),
        ("\rreturn", "'\rreturn"),
        ("Talks in January", "Talks in January"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_escape_formulas_text_cells(cell: str, expected: str) -> None:
    escaped = store.escape_formulas(pd.DataFrame({"sentence": [cell]}))
    assert escaped.loc[0, "sentence"] == expected


def test_escape_formulas_leaves_numbers_and_input_alone() -> None:
    data = pd.DataFrame({"n": [-3, 4], "text": ["=1", "ok"]})
    escaped = store.escape_formulas(data)
    assert escaped["n"].tolist() == [-3, 4]
    assert data.loc[0, "text"] == "=1"


def test_csv_bytes_joins_lists_and_round_trips() -> None:
    data = store.frame("events", [
        {"event_id": "e1", "actors": ["Russia", "NATO"], "sentence": "=cmd|' /C calc'!A0", "sentence_start": 5,
         "published": date(2021, 12, 21)},
    ])
    back = pd.read_csv(io.BytesIO(store.csv_bytes(data)), keep_default_na=False)
    assert list(back.columns) == store.SCHEMAS["events"].names
    assert back.loc[0, "actors"] == "Russia; NATO"
    assert back.loc[0, "sentence"] == "'=cmd|' /C calc'!A0"
    assert back.loc[0, "published"] == "2021-12-21"


def test_every_contract_table_has_its_contract_columns() -> None:
    contract = (Path(__file__).resolve().parents[1].parent / "shared" / "CONTRACT.md")
    if not contract.exists():
        pytest.skip("../shared/CONTRACT.md is absent")
    text = contract.read_text()
    for table, schema in store.SCHEMAS.items():
        for column in schema.names:
            if column in ("n_sources", "sources"):  # added by de-duplication, see README
                continue
            assert f"`{column}`" in text, f"{table}.{column} is not in the contract"


def test_write_parquet_keeps_schema_when_empty(tmp_path: Path) -> None:
    store.write_parquet(tmp_path, "events", store.frame("events", []))
    table = pq.read_table(tmp_path / "events.parquet")
    assert table.num_rows == 0 and table.schema.equals(store.SCHEMAS["events"])


def test_failed_write_leaves_the_previous_table(tmp_path: Path) -> None:
    store.write_parquet(tmp_path, "errors", store.frame("errors", [{"path": "a", "stage": "ingest", "message": "m"}]))

    def crash(temp: Path) -> None:
        temp.write_bytes(b"half a table")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        store.write_atomic(tmp_path / "errors.parquet", crash)
    assert pq.read_table(tmp_path / "errors.parquet").column("path").to_pylist() == ["a"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["errors.parquet"]


def test_read_table_reads_single_file_and_partitioned_folder(tmp_path: Path) -> None:
    rows = [{"path": "a", "stage": "ingest", "message": "m"}]
    store.write_parquet(tmp_path / "single", "errors", store.frame("errors", rows))
    folder = tmp_path / "parts" / "errors" / "year=2021"
    folder.mkdir(parents=True)
    pq.write_table(store.to_arrow("errors", store.frame("errors", rows)), folder / "part-0.parquet")
    assert store.read_table(tmp_path / "single", "errors")["path"].tolist() == ["a"]
    assert store.read_table(tmp_path / "parts", "errors")["path"].tolist() == ["a"]
