"""Store: the contract's tables, their schemas, and writes that are whole or absent."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

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
            ("date_text", _TEXT), ("date_basis", _TEXT), ("status", _TEXT), ("event_type", _TEXT),
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

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LIST_SEPARATOR = "; "


def frame(table: str, rows: Iterable[dict], schemas: dict[str, pa.Schema] = SCHEMAS) -> pd.DataFrame:
    """Rows as a DataFrame with exactly the table's columns, in order."""
    return pd.DataFrame(list(rows), columns=schemas[table].names)


def to_arrow(table: str, data: pd.DataFrame, schemas: dict[str, pa.Schema] = SCHEMAS) -> pa.Table:
    """A DataFrame as an Arrow table of the table's schema (missing columns are null)."""
    schema = schemas[table]
    data = data.reindex(columns=schema.names)
    return pa.Table.from_arrays([_column(data[field.name], field.type) for field in schema], schema=schema)


def _column(series: pd.Series, kind: pa.DataType) -> pa.Array:
    """One column as Arrow; pandas keeps an all-missing column as floats (NaN), whatever it holds."""
    if pd.api.types.is_float_dtype(series) and not pa.types.is_floating(kind):
        series = series.astype("Int64") if pa.types.is_integer(kind) else series.astype(object).where(series.notna(), None)
    return pa.array(series, type=kind, from_pandas=True)


def escape_formulas(data: pd.DataFrame) -> pd.DataFrame:
    """Prefix with ' every text cell a spreadsheet would run as a formula (OWASP CSV injection rule)."""
    escaped = data.copy()
    for column in escaped.columns:
        cells = escaped[column]
        if cells.dtype == object:  # mixed cells: only the text ones can be formulas
            escaped[column] = cells.map(_escape_cell)
        elif pd.api.types.is_string_dtype(cells):
            formula = cells.str.startswith(FORMULA_STARTS, na=False)
            if formula.any():  # rare: most columns need no copy at all
                escaped.loc[formula, column] = "'" + cells[formula]
    return escaped


def _escape_cell(value: object) -> object:
    """One cell, escaped if it is text that starts like a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def flatten_lists(data: pd.DataFrame) -> pd.DataFrame:
    """Join list cells with '; ' so that a table fits a CSV."""
    flat = data.copy()
    for column in flat.columns:
        cells = flat[column]
        if cells.dtype == object and cells.map(lambda cell: isinstance(cell, (list, tuple)) or hasattr(cell, "tolist")).any():
            flat[column] = cells.map(_join)
    return flat


def _join(cell: object) -> object:
    """A list cell as one string; other cells unchanged."""
    if hasattr(cell, "tolist"):
        cell = cell.tolist()
    return LIST_SEPARATOR.join(map(str, cell)) if isinstance(cell, (list, tuple)) else cell


def csv_bytes(data: pd.DataFrame, header: bool = True) -> bytes:
    """A table as CSV bytes (UTF-8, CRLF rows as RFC 4180 has them), lists joined and formula cells escaped."""
    # With "\n" rows the csv module leaves a cell holding a lone "\r" unquoted, and that "\r" splits the row.
    flat = escape_formulas(flatten_lists(data))
    return flat.to_csv(index=False, header=header, lineterminator="\r\n").encode("utf-8")


def write_atomic(path: Path, write: Callable[[Path], None]) -> None:
    """Call write(temp_path) on a temporary file beside `path`, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(f".{path.name}.*.tmp"):  # left by a write that was killed half way
        stale.unlink(missing_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        write(Path(temp))
        with open(temp, "rb") as written:
            os.fsync(written.fileno())
        os.chmod(temp, 0o644)  # mkstemp's 0600 would hide the tables from a dashboard run by another user
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_parquet(out: Path, table: str, data: pd.DataFrame, schemas: dict[str, pa.Schema] = SCHEMAS) -> Path:
    """Write one table as DIR/<table>.parquet, whole or not at all."""
    target = out / f"{table}.parquet"
    arrow = to_arrow(table, data, schemas)
    write_atomic(target, lambda temp: pq.write_table(arrow, temp))
    _remove_partitioned(out / table)
    return target


def write_csv(out: Path, table: str, data: pd.DataFrame) -> Path:
    """Write one table as DIR/<table>.csv for spreadsheets, whole or not at all."""
    target = out / f"{table}.csv"
    payload = csv_bytes(data.reindex(columns=SCHEMAS[table].names))
    write_atomic(target, lambda temp: temp.write_bytes(payload))
    return target


def _remove_partitioned(folder: Path) -> None:
    """Drop a partitioned copy of a table left by an earlier distributed build."""
    if folder.is_dir():
        shutil.rmtree(folder)


def write_tables(out: Path, tables: dict[str, pd.DataFrame]) -> None:
    """Write every table as Parquet, and events also as CSV."""
    for name, data in tables.items():
        write_parquet(out, name, data)
    if "events" in tables:
        write_csv(out, "events", tables["events"])


def read_table(out: Path, table: str) -> pd.DataFrame:
    """Read a table back, from DIR/<table>.parquet or a partitioned DIR/<table>/ folder."""
    single = out / f"{table}.parquet"
    source = single if single.exists() else out / table
    return pq.read_table(source).to_pandas()
