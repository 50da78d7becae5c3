"""Exports: the filtered events as CSV, JSON and Parquet bytes, exactly as filtered.

Every format escapes text cells that a spreadsheet would run as formulas, as the contract asks of
every download: spreadsheets import JSON and Parquet too.
"""

from __future__ import annotations

import io
import json

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.store import csv_bytes, escape_formulas

FORMATS = {"CSV": ("events.csv", "text/csv"), "JSON": ("events.json", "application/json"),
           "Parquet": ("events.parquet", "application/vnd.apache.parquet")}


def to_csv(table: pa.Table) -> bytes:
    """CSV with list cells joined by '; ' and formula-like cells prefixed with ' (the pipeline's own writer)."""
    return csv_bytes(table)


def to_json(table: pa.Table) -> bytes:
    """A JSON array of objects; dates as YYYY-MM-DD, lists as arrays."""
    return json.dumps(escape_formulas(table).to_pylist(), default=str, ensure_ascii=False).encode("utf-8")


def to_parquet(table: pa.Table) -> bytes:
    """Parquet bytes with the table's own schema."""
    buffer = io.BytesIO()
    pq.write_table(escape_formulas(table), buffer)
    return buffer.getvalue()


WRITERS = {"CSV": to_csv, "JSON": to_json, "Parquet": to_parquet}
