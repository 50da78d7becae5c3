"""Downloads hold exactly the filtered events, in CSV (formula-safe), JSON and Parquet."""

from __future__ import annotations

import csv
import io
import json

import duckdb
import pyarrow.parquet as pq
import pytest

from dashboard import data, exports, queries
from dashboard.queries import Filters
from tests.dashboard_fixtures import write_build


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    """A connection over the fixture build."""
    return data.connect((write_build(tmp_path_factory.mktemp("build")),))


def csv_rows(payload: bytes) -> list[dict[str, str]]:
    """Parse CSV bytes into rows."""
    return list(csv.DictReader(io.StringIO(payload.decode("utf-8"))))


@pytest.mark.parametrize(
    ("filters", "expected"),
    [(Filters(), ["e3", "e2", "e1", "e4", "e6", "e5"]), (Filters(topics=("economy",)), ["e4", "e5"]),
     (Filters(search="nothing like this"), [])],
)
def test_every_format_holds_exactly_the_filtered_rows(
    con: duckdb.DuckDBPyConnection, filters: Filters, expected: list[str]
) -> None:
    table = queries.filtered(con, filters)
    from_csv = [row["event_id"] for row in csv_rows(exports.to_csv(table))]
    from_json = [row["event_id"] for row in json.loads(exports.to_json(table))]
    from_parquet = pq.read_table(io.BytesIO(exports.to_parquet(table))).column("event_id").to_pylist()
    assert from_csv == from_json == from_parquet == expected


def test_csv_escapes_formulas_and_joins_lists(con: duckdb.DuckDBPyConnection) -> None:
    rows = {row["event_id"]: row for row in csv_rows(exports.to_csv(queries.filtered(con, Filters())))}
    assert rows["e4"]["sentence"].startswith("'=HYPERLINK")
    assert rows["e1"]["sentence"] == "Russia attacked Ukraine on February 24."
    assert rows["e1"]["actors"] == "Russia; Ukraine"
    assert rows["e3"]["date_start"] == "2022-01-01"


def test_json_keeps_dates_and_lists(con: duckdb.DuckDBPyConnection) -> None:
    [row] = json.loads(exports.to_json(queries.filtered(con, Filters(months=("2022-01",)))))
    assert row["date_start"] == "2022-01-01" and row["published"] == "2021-12-21"
    assert row["topics"] == ["diplomacy", "security"]


def test_parquet_keeps_the_contract_schema(con: duckdb.DuckDBPyConnection) -> None:
    table = pq.read_table(io.BytesIO(exports.to_parquet(queries.filtered(con, Filters()))))
    assert str(table.schema.field("date_start").type) == "date32[day]"
    assert "month" not in table.column_names
    assert set(exports.FORMATS) == set(exports.WRITERS)


def test_json_and_parquet_escape_formulas_too(con: duckdb.DuckDBPyConnection) -> None:
    table = queries.filtered(con, Filters())
    from_json = {row["event_id"]: row["sentence"] for row in json.loads(exports.to_json(table))}
    parquet = pq.read_table(io.BytesIO(exports.to_parquet(table))).to_pydict()
    from_parquet = dict(zip(parquet["event_id"], parquet["sentence"]))
    assert from_json["e4"].startswith("'=HYPERLINK") and from_parquet["e4"] == from_json["e4"]
    assert from_json["e1"] == from_parquet["e1"] == "Russia attacked Ukraine on February 24."


def test_downloads_carry_roles_and_the_article(con: duckdb.DuckDBPyConnection) -> None:
    rows = {row["event_id"]: row for row in csv_rows(exports.to_csv(queries.filtered(con, Filters())))}
    assert rows["e1"]["source_actors"] == "Russia" and rows["e1"]["target_actors"] == "Ukraine"
    assert rows["e6"]["source_actors"] == "Volodymyr Zelensky" and rows["e6"]["target_actors"] == "NATO"
    assert rows["e1"]["title"] == "Press release e1" and rows["e1"]["outlet"] == "Example Wire"
    assert rows["e1"]["published"] == "2022-02-20" and rows["e1"]["url"] == "https://example.org/e1"
