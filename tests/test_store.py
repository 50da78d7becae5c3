"""Store: schemas, formula escaping, CSV round trips and writes that are whole or absent."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import store
from tests.shared import shared


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
    escaped = store.escape_formulas(pa.table({"sentence": [cell]}))
    assert escaped["sentence"].to_pylist() == [expected]


def test_escape_formulas_leaves_numbers_and_input_alone() -> None:
    data = pa.table({"n": [-3, 4], "text": ["=1", None], "list": [["=1"], []]})
    escaped = store.escape_formulas(data)
    assert escaped.schema.equals(data.schema)
    assert escaped["n"].to_pylist() == [-3, 4] and escaped["list"].to_pylist() == [["=1"], []]
    assert escaped["text"].to_pylist() == ["'=1", None]
    assert data["text"].to_pylist() == ["=1", None]


def test_csv_bytes_joins_lists_and_round_trips() -> None:
    data = pa.Table.from_pylist([
        {"event_id": "e1", "actors": ["Russia", "NATO"], "sentence": "=cmd|' /C calc'!A0", "sentence_start": 5,
         "published": date(2021, 12, 21)},
    ], schema=store.SCHEMAS["events"])
    back = pd.read_csv(io.BytesIO(store.csv_bytes(data)), keep_default_na=False)
    assert list(back.columns) == store.SCHEMAS["events"].names
    assert back.loc[0, "actors"] == "Russia; NATO"
    assert back.loc[0, "sentence"] == "'=cmd|' /C calc'!A0"
    assert back.loc[0, "published"] == "2021-12-21"


def test_every_contract_table_has_its_contract_columns() -> None:
    text = shared("CONTRACT.md").read_text()
    for table, schema in store.SCHEMAS.items():
        for column in schema.names:
            if column in ("n_sources", "sources"):  # added by de-duplication, see README
                continue
            assert f"`{column}`" in text, f"{table}.{column} is not in the contract"


def test_read_table_reads_a_tables_file(tmp_path: Path) -> None:
    rows = [{"path": "a", "stage": "ingest", "message": "m"}]
    pq.write_table(pa.Table.from_pylist(rows, schema=store.SCHEMAS["errors"]), tmp_path / "errors.parquet")
    assert store.read_table(tmp_path, "errors").to_dict("records") == rows
