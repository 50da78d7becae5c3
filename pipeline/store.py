"""Store: the contract's tables, their schemas, and their CSV form."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

if TYPE_CHECKING:
    import pandas as pd

_TEXT = pa.string()
_LIST = pa.list_(pa.string())

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            ("article_id", _TEXT), ("path", _TEXT), ("title", _TEXT), ("source", _TEXT), ("url", _TEXT),
            ("published", pa.date32()), ("published_from", _TEXT), ("language", _TEXT),
            ("n_chars", pa.int64()), ("sha256", _TEXT),
        ]
    ),
    "mentions": pa.schema(
        [
            ("article_id", _TEXT), ("mention_id", _TEXT), ("text", _TEXT), ("start", pa.int64()),
            ("end", pa.int64()), ("type", _TEXT), ("value", _TEXT), ("date_start", pa.date32()),
            ("date_end", pa.date32()), ("precision", _TEXT),
        ]
    ),
    "events": pa.schema(
        [
            ("event_id", _TEXT), ("article_id", _TEXT), ("published", pa.date32()), ("date", _TEXT),
            ("date_start", pa.date32()), ("date_end", pa.date32()), ("precision", _TEXT),
            ("date_text", _TEXT), ("date_basis", _TEXT), ("status", _TEXT), ("trigger", _TEXT),
            ("trigger_start", pa.int64()), ("trigger_end", pa.int64()), ("event_type", _TEXT),
            ("topic", _TEXT), ("topics", _LIST), ("actors", _LIST), ("countries", _LIST),
            ("sentence", _TEXT), ("sentence_start", pa.int64()), ("title", _TEXT), ("source", _TEXT),
            ("url", _TEXT), ("n_sources", pa.int64()), ("sources", _LIST),
        ]
    ),
    "event_actors": pa.schema(
        [
            ("event_id", _TEXT), ("actor", _TEXT), ("actor_type", _TEXT), ("country", _TEXT),
            ("role", _TEXT), ("text", _TEXT),
        ]
    ),
    "errors": pa.schema([("path", _TEXT), ("stage", _TEXT), ("message", _TEXT)]),
}

# Kept beside the tables for incremental rebuilds: which articles were analysed, under which rules.
CACHE_SCHEMAS: dict[str, pa.Schema] = {
    "analysed": pa.schema([("article_id", _TEXT), ("fingerprint", _TEXT)]),
    "events": SCHEMAS["events"],
    "event_actors": SCHEMAS["event_actors"],
}


def schema_of(table: str) -> pa.Schema:
    """The schema of a contract table, or of the cache's list of analysed articles."""
    return CACHE_SCHEMAS["analysed"] if table == "analysed" else SCHEMAS[table]


FORMULA_PATTERN = r"^[=+\-@\t\r]"  # what a spreadsheet reads as the start of a formula
LIST_SEPARATOR = "; "


def escape_formulas(table: pa.Table) -> pa.Table:
    """Prefix with ' every text cell a spreadsheet would run as a formula (OWASP CSV injection rule)."""
    columns = [_escaped(column) if _is_text(column.type) else column for column in table.columns]
    return pa.Table.from_arrays(columns, schema=table.schema)


def _is_text(kind: pa.DataType) -> bool:
    """Whether a column holds text cells."""
    return pa.types.is_string(kind) or pa.types.is_large_string(kind)


def _escaped(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """A text column with its formula-like cells prefixed with '."""
    formula = pc.match_substring_regex(column, FORMULA_PATTERN)
    return pc.if_else(formula, pc.binary_join_element_wise("'", column, ""), column)


def join_lists(table: pa.Table) -> pa.Table:
    """Join list cells with '; ' so that a table fits a CSV."""
    columns = {name: _joined(table[name]) for name in table.column_names}
    return pa.table(columns)


def _joined(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """A list column as text (an empty list gives an empty cell); other columns unchanged."""
    if not (pa.types.is_list(column.type) or pa.types.is_large_list(column.type)):
        return column
    return pc.binary_join(column.cast(pa.list_(pa.string())), LIST_SEPARATOR)


def csv_ready(table: pa.Table) -> pa.Table:
    """A table as its CSV holds it: list cells joined, formula-like text cells escaped."""
    return escape_formulas(join_lists(table))


# Rows end in CRLF as RFC 4180 has them. Arrow quotes every text cell, so commas, quotes and line breaks in
# them survive; the header's names are plain words and go unquoted, as spreadsheets expect.
CSV_OPTIONS = pacsv.WriteOptions(eol="\r\n", quoting_header="none")


def csv_bytes(table: pa.Table) -> bytes:
    """A table as CSV bytes (UTF-8, with its header), lists joined and formula cells escaped."""
    sink = io.BytesIO()
    pacsv.write_csv(csv_ready(table), sink, CSV_OPTIONS)
    return sink.getvalue()


def csv_writer(path: Path, table: str) -> pacsv.CSVWriter:
    """A CSV file of one of the contract's tables, written piece by piece with `write_table(csv_ready(...))`."""
    return pacsv.CSVWriter(path, csv_ready(SCHEMAS[table].empty_table()).schema, write_options=CSV_OPTIONS)


def read_table(out: Path, table: str) -> pd.DataFrame:  # pyarrow imports pandas only when it is called
    """Read a table back from DIR/<table>.parquet."""
    return pq.read_table(out / f"{table}.parquet").to_pandas()
