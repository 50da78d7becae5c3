"""Exports: the filtered events as CSV, JSON and Parquet bytes, exactly as filtered."""

from __future__ import annotations

import io
import json

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.store import csv_bytes

FORMATS = {"CSV": ("events.csv", "text/csv"), "JSON": ("events.json", "application/json"),
           "Parquet": ("events.parquet", "application/vnd.apache.parquet")}


def to_csv(table: pa.Table) -> bytes:
    """CSV with list cells joined by '; ' and formula-like cells prefixed with ' (the pipeline's own writer)."""
    return csv_bytes(table.to_pandas())


def to_json(table: pa.Table) -> bytes:
    """A JSON array of objects; dates as YYYY-MM-DD, lists as arrays."""
    return json.dumps(table.to_pylist(), default=str, ensure_ascii=False).encode("utf-8")


def to_parquet(table: pa.Table) -> bytes:
    """Parquet bytes with the table's own schema."""
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()


WRITERS = {"CSV": to_csv, "JSON": to_json, "Parquet": to_parquet}
