"""Downloads hold exactly the filtered events (CSV formula-safe, JSON, Parquet, TimelineJS), named after the filter."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import duckdb
import jsonschema
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


@pytest.mark.parametrize(
    ("filters", "extension", "expected"),
    [
        (Filters(), "csv", "events.csv"),
        (Filters(actors=("Russia",), months=("2022-02",)), "csv", "events_Russia_2022-02.csv"),
        (Filters(actors=("Russia",), partners=("Ukraine",)), "json", "events_Russia_with-Ukraine.json"),
        (Filters(actors=("United States",), search="../etc/passwd"), "parquet",
         "events_United-States_q-..-etc-passwd.parquet"),
        (Filters(date_from=date(2022, 2, 1)), "timeline.json", "events_2022-02-01-to.timeline.json"),
        (Filters(kinds=("press briefing",), languages=("de",)), "csv", "events_press-briefing_de.csv"),
    ],
)
def test_downloads_are_named_after_the_filter(filters: Filters, extension: str, expected: str) -> None:
    assert exports.file_name(filters, extension) == expected
    assert "/" not in exports.file_name(filters, extension)


# TimelineJS's documented JSON format (timeline.knightlab.com/docs/json-format.html), the parts the export uses.
DATE = {"type": "object", "required": ["year"], "additionalProperties": False,
        "properties": {part: {"type": "integer", "minimum": 1} for part in ("year", "month", "day")}}
TEXT = {"type": "object", "properties": {"headline": {"type": "string"}, "text": {"type": "string"}}}
TIMELINEJS = {
    "type": "object", "required": ["events"],
    "properties": {
        "title": {"type": "object", "properties": {"text": TEXT}},
        "events": {"type": "array", "items": {
            "type": "object", "required": ["start_date"],
            "properties": {"start_date": DATE, "end_date": DATE, "text": TEXT, "group": {"type": "string"},
                           "display_date": {"type": "string"}, "unique_id": {"type": "string"}},
        }},
    },
}


def test_timelinejs_export_follows_its_format_at_each_event_precision(con: duckdb.DuckDBPyConnection) -> None:
    document = json.loads(exports.to_timelinejs(queries.filtered(con, Filters())))
    jsonschema.validate(document, TIMELINEJS)
    slides = {slide["unique_id"]: slide for slide in document["events"]}
    assert slides["e1"]["start_date"] == {"year": 2022, "month": 2, "day": 24} and "end_date" not in slides["e1"]
    assert slides["e3"]["start_date"] == {"year": 2022, "month": 1}  # a month, not its first day
    assert (slides["e5"]["start_date"], slides["e5"]["end_date"]) == ({"year": 2022, "month": 4},
                                                                      {"year": 2022, "month": 6})
    assert slides["e1"]["text"]["headline"] == "ASSAULT: Russia → Ukraine" and slides["e1"]["group"] == "Russia"
    assert "&lt;b&gt;aid&lt;/b&gt;" in slides["e5"]["text"]["text"]  # the article's words escaped
    assert '<a href="https://example.org/e1">Press release e1</a>' in slides["e1"]["text"]["text"]
    by_topic = json.loads(exports.to_timelinejs(queries.filtered(con, Filters()), group="topic"))
    assert {slide["group"] for slide in by_topic["events"]} == {"security", "diplomacy", "economy"}
